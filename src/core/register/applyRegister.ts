import { SheetRow } from '../sheet/readSheet';
import { Vacancy } from '../types';
import { DepartmentRegister, MissingDepartment, registerKey } from './types';

/**
 * The sheet's rows with the register's facts: each vacancy's departmentGroup (the register's
 * Gruppe, "" for a department it does not have), and its areaStatus where its own cell is empty
 * or absent. The departments the register does not have are counted, for the summary. Rows with
 * errors stay as they are; a vacancy the register changes nothing for keeps its object.
 */
export function applyRegister(rows: readonly SheetRow[], register: DepartmentRegister): { rows: SheetRow[]; missing: MissingDepartment[] } {
  const missing = new Map<string, MissingDepartment>();
  const out = rows.map((row) => {
    const v = row.vacancy;
    if (v === null) return row;
    // Without an organisation a vacancy matches no row of a register keyed by organisation too.
    const entry = v.department === null || (register.byOrganisation && v.organisation === null) ? undefined : register.entries.get(registerKey(register.byOrganisation, v.organisation, v.department));
    if (entry === undefined) {
      const key = `${v.organisation ?? ''}\u0000${v.department ?? ''}`;
      const seen = missing.get(key) ?? missing.set(key, { organisation: v.organisation, department: v.department, rows: 0 }).get(key)!;
      seen.rows++;
      return row;
    }
    const areaStatus = v.areaStatus === '' ? entry.areaStatus : v.areaStatus;
    if (entry.group === v.departmentGroup && areaStatus === v.areaStatus) return row;
    const vacancy: Vacancy = { ...v, areaStatus, departmentGroup: entry.group };
    return { ...row, vacancy };
  });
  const text = (x: string | null, y: string | null) => (x ?? '').localeCompare(y ?? '', 'da', { numeric: true });
  return { rows: out, missing: [...missing.values()].sort((a, b) => text(a.organisation, b.organisation) || text(a.department, b.department)) };
}

import * as da from '../da';
import { FIELD_BY_KEY } from '../sheet/fields';
import { parseAreaStatus } from '../sheet/labels';
import { cellOf, ColumnSpec, isProblem, locateTable, TablePosition, TableProblem } from '../tables/sideTable';
import { CellTable } from '../types';
import { DepartmentRegister, RegisterEntry, registerKey } from './types';

type RegisterColumn = 'department' | 'organisation' | 'areaStatus' | 'group' | 'name';

const h = da.register.headers;
const variants = (key: 'department' | 'organisation' | 'areaStatus') => FIELD_BY_KEY.get(key)!.variants;
export const REGISTER_COLUMNS: readonly ColumnSpec<RegisterColumn>[] = [
  { key: 'department', header: h.department, variants: variants('department') },
  { key: 'organisation', header: h.organisation, variants: variants('organisation') },
  { key: 'areaStatus', header: h.areaStatus, variants: variants('areaStatus') },
  { key: 'group', header: h.group, variants: ['gruppe', 'afdelingsgruppe', 'trin'] },
  { key: 'name', header: h.name, variants: ['navn', 'afdelingsnavn'] },
];

export type RegisterRead = { ok: true; register: DepartmentRegister } | { ok: false; problems: TableProblem[] };

/**
 * The department register (DOMAIN.md, "A department register"): Afdeling required, Boligorganisation,
 * Områdestatus, Gruppe and Navn optional, other columns ignored. A repeated department or a bad
 * label refuses the register, every problem with its row and column.
 */
export function readRegister(table: CellTable, position: TablePosition = {}): RegisterRead {
  const t = locateTable(table, REGISTER_COLUMNS, 'department', 'register', position);
  if (isProblem(t)) return { ok: false, problems: [t] };
  const byOrganisation = t.columns.organisation !== undefined;
  const problems: TableProblem[] = [];
  const entries = new Map<string, RegisterEntry>();
  for (const r of t.rows) {
    const text = (key: RegisterColumn) => cellOf(t, r, key, problems).text;
    const department = text('department');
    const organisation = byOrganisation ? text('organisation') : null;
    const statusText = text('areaStatus');
    const areaStatus = statusText === '' ? '' : parseAreaStatus(statusText);
    if (areaStatus === undefined) problems.push(t.problem('badAreaStatus', r.row, 'areaStatus', { text: statusText }));
    if (department === '') {
      problems.push(t.problem('emptyDepartment', r.row, 'department', {}));
      continue;
    }
    if (organisation === '') {
      problems.push(t.problem('emptyOrganisation', r.row, 'organisation', {}));
      continue;
    }
    const key = registerKey(byOrganisation, organisation, department);
    const earlier = entries.get(key);
    if (earlier !== undefined) {
      problems.push(t.problem('duplicateDepartment', r.row, 'department', { department, organisation, earlierRow: earlier.row }));
      continue;
    }
    const name = text('name');
    entries.set(key, { department, organisation, group: text('group'), areaStatus: areaStatus ?? '', name: name === '' ? null : name, row: r.row });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, register: { byOrganisation, entries } };
}

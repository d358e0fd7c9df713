import { AreaStatus } from '../types';

/** One department of the register (afdelingsregister): its group and its area status. */
export interface RegisterEntry {
  department: string;
  /** Null when the register has no Boligorganisation column. */
  organisation: string | null;
  /** The text of Gruppe; "" when none. */
  group: string;
  /** "" when the register gives none: the vacancy's own cell then stands. */
  areaStatus: AreaStatus;
  name: string | null;
  row: number;
}

/**
 * The department register: found by department, or by organisation and department when it has
 * a Boligorganisation column (department numbers repeat across organisations).
 */
export interface DepartmentRegister {
  byOrganisation: boolean;
  entries: ReadonlyMap<string, RegisterEntry>;
}

/** A department of the sheet the register does not have (with how many of the sheet's vacancies). */
export interface MissingDepartment {
  organisation: string | null;
  department: string | null;
  rows: number;
}

/** The register's key of a department: the NUL between the parts is in no cell a user can type. */
export function registerKey(byOrganisation: boolean, organisation: string | null, department: string): string {
  return byOrganisation ? `${organisation ?? ''}\u0000${department}` : department;
}

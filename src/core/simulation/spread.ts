import { AreaStatus, Vacancy } from '../types';

export interface DepartmentCount {
  /** '' when the sheet names no department. */
  department: string;
  count: number;
  /** count / all municipal vacancies. */
  share: number;
}

export interface Spread {
  /** Every area status, '' (on none of the lists) included, even when 0. */
  areaStatus: Record<AreaStatus, number>;
  /** Most municipal vacancies first; ties by department number/name. */
  departments: DepartmentCount[];
  /** The department that takes the largest share of the municipal vacancies; null when none. */
  largestDepartment: DepartmentCount | null;
}

const AREA_STATUSES: readonly AreaStatus[] = ['', 'udsat', 'forebyggelse', 'omdannelse', 'parallelsamfund'];

/** Where the municipal vacancies lie: concentration in one estate is what agreements try to avoid. */
export function spreadOf(municipal: readonly Vacancy[]): Spread {
  const areaStatus = Object.fromEntries(AREA_STATUSES.map((s) => [s, 0])) as Record<AreaStatus, number>;
  const byDepartment = new Map<string, number>();
  for (const v of municipal) {
    areaStatus[v.areaStatus]++;
    const department = v.department ?? '';
    byDepartment.set(department, (byDepartment.get(department) ?? 0) + 1);
  }
  const departments = [...byDepartment]
    .map(([department, count]) => ({ department, count, share: count / municipal.length }))
    .sort((a, b) => b.count - a.count || a.department.localeCompare(b.department, 'da', { numeric: true }));
  return { areaStatus, departments, largestDepartment: departments[0] ?? null };
}

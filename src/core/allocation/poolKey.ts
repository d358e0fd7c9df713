import { PoolPer } from '../agreement/types';
import { PoolKey, Vacancy } from '../types';

/**
 * Whose counter a vacancy moves in a pool counted per organisation or department: the text as
 * read, "" for an empty cell (a key of its own). Department numbers repeat across organisations,
 * so a department is always counted within its organisation.
 */
export function poolKeyOf(per: PoolPer, vacancy: Vacancy): PoolKey {
  return { organisation: vacancy.organisation ?? '', department: per === 'department' ? (vacancy.department ?? '') : null };
}

/** One text per key, for Maps: the NUL between the parts is in no cell a user can type. */
export function keyId(key: PoolKey): string {
  return key.department === null ? key.organisation : `${key.organisation}\u0000${key.department}`;
}

/** Keys in the order a reader looks for them: organisation, then department, numbers by value ("9" before "10"). */
export function compareKeys(a: PoolKey, b: PoolKey): number {
  const text = (x: string, y: string) => x.localeCompare(y, 'da', { numeric: true });
  return text(a.organisation, b.organisation) || text(a.department ?? '', b.department ?? '');
}

import { columnLetter } from '../core/util';

/** An A1 address from a 1-based row and a 0-based column, as the port counts them. */
export function a1(row: number, column: number, rows = 1, columns = 1): string {
  const first = `${columnLetter(column)}${row}`;
  if (rows === 1 && columns === 1) return first;
  return `${first}:${columnLetter(column + columns - 1)}${row + rows - 1}`;
}

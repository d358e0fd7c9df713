import { columnLetter } from '../../util/columnLetter';

/** "D5" (or "$D$5") from a 1-based row and a 0-based column. */
export function a1Address(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetter(column)}$${row}` : `${columnLetter(column)}${row}`;
}

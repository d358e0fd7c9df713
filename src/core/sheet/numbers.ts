import { CellValue } from '../types';

/**
 * Numbers are read up to this size (exclusive). Below it every whole number, and every amount in
 * øre, is exact in a double; past it "12345678901234567890" would silently read as another number,
 * and a rent of 400 nines as Infinity.
 */
export const NUMBER_LIMIT = 1e15;

/**
 * Reads an amount in the forms DOMAIN.md lists: plain (4000, 4000.5), Danish (4.000, 4.000,50, 65,5),
 * with kr, kr. or DKK before or after, and spaces anywhere. Anything else (also "4.000,-") is no number,
 * nor is a number as large as NUMBER_LIMIT or larger (see isTooLarge to tell the two apart).
 * Returns undefined for a cell that is not a number; blank cells are the caller's concern.
 */
export function parseNumber(cell: CellValue): number | undefined {
  const n = readNumber(cell);
  return n !== undefined && Math.abs(n) < NUMBER_LIMIT ? n : undefined;
}

/** A cell that has the form of a number but is too large to be read exactly (NUMBER_LIMIT or more, or infinite). */
export function isTooLarge(cell: CellValue): boolean {
  const n = readNumber(cell);
  return n !== undefined && !(Math.abs(n) < NUMBER_LIMIT);
}

/** The number a cell has the form of, however large (Infinity included); undefined when it has no such form. */
function readNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isNaN(cell) ? undefined : cell;
  if (typeof cell !== 'string') return undefined;
  if (DIGITS.test(cell)) return Number(cell);
  let s = cell.replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/^(kr\.?|dkk)/i, '').replace(/(kr\.?|dkk)$/i, '');
  const sign = s.startsWith('-') || s.startsWith('−') ? -1 : 1;
  if (sign < 0 || s.startsWith('+')) s = s.slice(1);
  const value = parseUnsigned(s);
  return value === undefined ? undefined : sign * value;
}

/** The common case, whole kroner as digits, read without the rest of the machinery. */
const DIGITS = /^\d{1,15}$/;
const PLAIN = /^\d+(\.\d+)?$/;
const DANISH_THOUSANDS = /^\d{1,3}(\.\d{3})+$/;
const DANISH_DECIMAL = /^(\d+|\d{1,3}(\.\d{3})+),\d+$/;

function parseUnsigned(s: string): number | undefined {
  // A dot followed by exactly three digits in groups is a Danish thousands separator (4.000),
  // so it is tested before the plain decimal reading (4000.5).
  if (DANISH_THOUSANDS.test(s)) return Number(s.replace(/\./g, ''));
  if (PLAIN.test(s)) return Number(s);
  if (DANISH_DECIMAL.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

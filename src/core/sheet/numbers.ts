import { CellValue } from '../types';

/**
 * Reads an amount in the forms DOMAIN.md lists: plain (4000, 4000.5), Danish (4.000, 4.000,50, 65,5),
 * with kr, kr. or DKK before or after, and spaces anywhere. Anything else (also "4.000,-") is no number.
 * Returns undefined for a cell that is not a number; blank cells are the caller's concern.
 */
export function parseNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
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

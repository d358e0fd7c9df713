import { Agreement } from '../agreement/types';
import * as da from '../da';
import { Decision } from '../types';

export type ResultCell = string | number | null;

/** The five result columns (Anvisning, Regel, Pulje, Nr. i pulje, Begrundelse) for one decision. */
export function resultCells(d: Decision, agreement: Agreement): ResultCell[] {
  const pool = d.pool === null ? null : (agreement.pools.get(d.pool)?.label ?? d.pool);
  return [da.outcomeLabel[d.outcome], d.rule, pool, d.position, d.reason];
}

/**
 * Where the result columns go: over an earlier run's result block if the header row has one
 * at the right edge (the product owns those cells), else right of the last column that holds anything.
 */
export function resultColumnStart(headerCells: readonly unknown[], usedWidth: number): number {
  const headers = da.resultColumns as readonly string[];
  for (let c = 0; c + headers.length <= headerCells.length; c++) {
    const isOurBlock = headers.every((h, i) => String(headerCells[c + i] ?? '').trim() === h);
    if (isOurBlock && c + headers.length >= usedWidth) return c;
  }
  return usedWidth;
}

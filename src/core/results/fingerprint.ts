import { CellValue } from '../types';
import { cellText } from '../sheet/cellText';

/**
 * A short fingerprint of a block of cells as text, so the add-in can tell later whether the
 * result cells still hold exactly what it wrote (FNV-1a, 32 bit; not a security measure).
 */
export function fingerprint(values: readonly (readonly CellValue[])[]): string {
  let h = FNV_OFFSET;
  for (const row of values) {
    for (const cell of row) {
      h = feed(h, cellText(cell).trim());
      h = feed(h, '\u0001');
    }
    h = feed(h, '\u0002');
  }
  return hex(h);
}

/** The same kind of fingerprint of one text, with its length: that a stored text came back whole. */
export function textFingerprint(text: string): string {
  return `${text.length}:${hex(feed(FNV_OFFSET, text))}`;
}

const FNV_OFFSET = 0x811c9dc5;

function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const hex = (h: number) => h.toString(16).padStart(8, '0');

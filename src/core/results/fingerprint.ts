import { CellValue } from '../types';
import { cellText } from '../sheet/cellText';

/**
 * A short fingerprint of a block of cells as text, so the add-in can tell later whether the
 * result cells still hold exactly what it wrote (FNV-1a, 32 bit; not a security measure).
 */
export function fingerprint(values: readonly (readonly CellValue[])[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const row of values) {
    for (const cell of row) {
      feed(cellText(cell).trim());
      feed('\u0001');
    }
    feed('\u0002');
  }
  return h.toString(16).padStart(8, '0');
}

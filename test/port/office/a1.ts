/** A rectangle of cells: row 1-based, column 0-based, as the port counts them. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseAddress(address: string): Rect {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw Object.assign(new Error(`InvalidArgument: address ${address}`), { code: 'InvalidArgument' });
  const [c1, r1] = [columnIndex(m[1]), Number(m[2])];
  const [c2, r2] = [columnIndex(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export function formatAddress(r: Rect): string {
  const first = `${columnName(r.column)}${r.row}`;
  return r.rows === 1 && r.columns === 1 ? first : `${first}:${columnName(r.column + r.columns - 1)}${r.row + r.rows - 1}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.row + inner.rows <= outer.row + outer.rows && inner.column >= outer.column && inner.column + inner.columns <= outer.column + outer.columns;
}

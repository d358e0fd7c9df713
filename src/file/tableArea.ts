/** An A1 area: rows 1-based, columns 0-based. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function parseRef(ref: string): Area | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return undefined;
  return { c1: columnIndex(m[1]), r1: Number(m[2]), c2: columnIndex(m[3] ?? m[1]), r2: Number(m[4] ?? m[2]) };
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Where an exceljs table lies: one made in memory keeps only its top-left cell in `ref` and its area in `tableRef`; one read from a file has its area in `ref`. */
export function tableArea(t: { ref: string; tableRef?: string }): Area | undefined {
  return parseRef(t.tableRef ?? t.ref);
}

/** Pads the figure columns (all after the first `left` ones) to one width, so they line up under their header. */
export function rightAligned(headers: readonly string[], rows: readonly (readonly string[])[], left = 1): { headers: string[]; rows: string[][] } {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const pad = (r: readonly string[]) => r.map((cell, c) => (c < left ? cell : cell.padStart(widths[c])));
  return { headers: pad(headers), rows: rows.map(pad) };
}

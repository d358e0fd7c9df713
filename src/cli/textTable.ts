/** Plain aligned columns for a terminal; numbers right-aligned, the last column left free. */
export function textTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[], indent = '  '): string {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  return cells
    .map(
      (r) =>
        indent +
        r
          .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : c === r.length - 1 ? cell : cell.padEnd(widths[c])))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

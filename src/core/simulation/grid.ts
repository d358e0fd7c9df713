/** One number of an agreement to vary: a pool's `every`, or a rent threshold wherever it appears. */
export type GridDimension = { kind: 'every'; pool: string; values: number[] } | { kind: 'threshold'; fact: string; from: number; values: number[] };

export const MAX_DIMENSIONS = 2;
/** Enough for a 10 × 10 grid; more would take minutes on a history of a few thousand vacancies. */
export const MAX_VARIANTS = 100;

/** The key a variant's setting is reported under; it echoes the command line's syntax. */
export function settingKey(d: GridDimension): string {
  return d.kind === 'every' ? `every:${d.pool}` : `threshold:${d.fact}:${d.from}`;
}

/** Every combination of the dimensions' values, the first dimension varying slowest. */
export function gridPoints(grid: readonly GridDimension[]): number[][] {
  return grid.reduce<number[][]>((points, d) => points.flatMap((p) => d.values.map((v) => [...p, v])), [[]]);
}

/** Small timing helpers: a monotonic clock, the median, and timing a run several times. */

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `body` `warmups` times untimed, then `runs` times timed; the median in seconds. */
export async function medianSeconds(body: () => unknown, runs: number, warmups = 1): Promise<{ median: number; runs: number[] }> {
  for (let i = 0; i < warmups; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await body();
    times.push(now() - start);
  }
  return { median: median(times), runs: times };
}

export const round = (n: number, digits = 0): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** 1234567 → "1 234 567", for reading long numbers in the text report. */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);

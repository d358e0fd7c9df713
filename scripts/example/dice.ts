/** Seeded randomness for the example generators: the same seed gives the same workbook. */

/** mulberry32: tiny, seedable, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Uniform in [-spread, spread]. */
  jitter(spread: number): number {
    return (this.next() * 2 - 1) * spread;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/**
 * Room counts for a department's vacancies in the proportions of the weights (largest
 * remainder), shuffled. Drawing each unit independently would let a small department's mix
 * drift far from its profile, and with it the affordability shares the example is meant to show.
 */
export function planRooms(dice: Dice, weights: readonly number[], n: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * n) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = weights.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < n; k++) counts[byRemainder[k]]++;
  const plan = counts.flatMap((c, i) => Array<number>(c).fill(i + 1));
  for (let i = plan.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  return plan;
}

import { Pool } from '../agreement/types';
import { AllocationState } from './state';

/** The mutable part of a run: pool counters and monthly cap use, started from the saved state. */
export class Counters {
  private readonly counters: Record<string, number>;
  private readonly capUse: Record<string, Record<string, number>>;
  /** Hits turned away by a monthly cap in this run, per pool (reported, not saved). */
  readonly capped = new Map<string, number>();

  constructor(state: AllocationState) {
    this.counters = { ...state.counters };
    this.capUse = Object.fromEntries(Object.entries(state.capUse).map(([k, v]) => [k, { ...v }]));
  }

  /** Moves the pool's counter and returns the vacancy's position in it. */
  next(pool: Pool): number {
    const position = (this.counters[pool.name] ?? pool.start) + 1;
    this.counters[pool.name] = position;
    return position;
  }

  current(pool: Pool): number {
    return this.counters[pool.name] ?? pool.start;
  }

  capUsed(pool: Pool, month: string): number {
    return this.capUse[pool.name]?.[month] ?? 0;
  }

  useCap(pool: Pool, month: string): void {
    const months = (this.capUse[pool.name] ??= {});
    months[month] = (months[month] ?? 0) + 1;
  }

  recordCapped(pool: Pool): void {
    this.capped.set(pool.name, (this.capped.get(pool.name) ?? 0) + 1);
  }

  snapshot(): Pick<AllocationState, 'counters' | 'capUse'> {
    return { counters: { ...this.counters }, capUse: Object.fromEntries(Object.entries(this.capUse).map(([k, v]) => [k, { ...v }])) };
  }
}

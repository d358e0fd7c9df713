import { Pool } from '../agreement/types';
import { nullRecord, ownEntries } from '../util/records';
import { AllocationState } from './state';

/**
 * The mutable part of a run: pool counters and monthly cap use, started from the saved state.
 * Kept in Maps, since pool names are the user's words and may be "constructor" or "toString".
 */
export class Counters {
  private readonly counters: Map<string, number>;
  private readonly capUse: Map<string, Map<string, number>>;
  /** Hits turned away by a monthly cap in this run, per pool (reported, not saved). */
  readonly capped = new Map<string, number>();

  constructor(state: AllocationState) {
    this.counters = new Map(ownEntries(state.counters));
    this.capUse = new Map(ownEntries(state.capUse).map(([pool, months]) => [pool, new Map(ownEntries(months))]));
  }

  /** Moves the pool's counter and returns the vacancy's position in it. */
  next(pool: Pool): number {
    const position = this.current(pool) + 1;
    this.counters.set(pool.name, position);
    return position;
  }

  current(pool: Pool): number {
    return this.counters.get(pool.name) ?? pool.start;
  }

  capUsed(pool: Pool, month: string): number {
    return this.capUse.get(pool.name)?.get(month) ?? 0;
  }

  useCap(pool: Pool, month: string): void {
    const months = this.capUse.get(pool.name) ?? this.capUse.set(pool.name, new Map()).get(pool.name)!;
    months.set(month, (months.get(month) ?? 0) + 1);
  }

  recordCapped(pool: Pool): void {
    this.capped.set(pool.name, (this.capped.get(pool.name) ?? 0) + 1);
  }

  /** The state's records, without a prototype, so whoever reads them next cannot hit Object.prototype either. */
  snapshot(): Pick<AllocationState, 'counters' | 'capUse'> {
    return { counters: nullRecord(this.counters), capUse: nullRecord([...this.capUse].map(([pool, months]) => [pool, nullRecord(months)] as const)) };
  }
}

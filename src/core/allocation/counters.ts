import { Pool } from '../agreement/types';
import { PoolKey } from '../types';
import { nullRecord, ownEntries } from '../util/records';
import { keyId } from './poolKey';
import { AllocationState, KeyedCounter } from './state';

/** One key's counter in a pool counted per organisation or department. */
interface KeyedSlot {
  key: PoolKey;
  counter: number | undefined;
  capUse: Map<string, number>;
  capped: number;
}

/**
 * The mutable part of a run: pool counters and monthly cap use, started from the saved state.
 * Kept in Maps, since pool names, organisations and departments are the user's words and may be
 * "constructor" or "toString". A pool counted per organisation or department keeps one slot per
 * key; `key` is null for every other pool.
 */
export class Counters {
  private readonly counters: Map<string, number>;
  private readonly capUse: Map<string, Map<string, number>>;
  /** pool → key id → slot */
  private readonly keyed: Map<string, Map<string, KeyedSlot>>;
  /** Hits turned away by a monthly cap in this run, per pool (reported, not saved). */
  readonly capped = new Map<string, number>();

  constructor(state: AllocationState) {
    this.counters = new Map(ownEntries(state.counters));
    this.capUse = new Map(ownEntries(state.capUse).map(([pool, months]) => [pool, new Map(ownEntries(months))]));
    this.keyed = new Map(
      ownEntries(state.keyedCounters ?? nullRecord<KeyedCounter[]>()).map(([pool, slots]) => [
        pool,
        new Map(
          slots.map((k): [string, KeyedSlot] => {
            const key = { organisation: k.organisation, department: k.department ?? null };
            return [keyId(key), { key, counter: k.counter, capUse: new Map(ownEntries(k.capUse)), capped: 0 }];
          }),
        ),
      ]),
    );
  }

  /** Moves the pool's counter (the key's, in a pool counted per key) and returns the vacancy's position in it. */
  next(pool: Pool, key: PoolKey | null): number {
    const position = this.current(pool, key) + 1;
    if (key === null) this.counters.set(pool.name, position);
    else this.slot(pool, key).counter = position;
    return position;
  }

  current(pool: Pool, key: PoolKey | null = null): number {
    if (key === null) return this.counters.get(pool.name) ?? pool.start;
    return this.keyed.get(pool.name)?.get(keyId(key))?.counter ?? pool.start;
  }

  capUsed(pool: Pool, key: PoolKey | null, month: string): number {
    const months = key === null ? this.capUse.get(pool.name) : this.keyed.get(pool.name)?.get(keyId(key))?.capUse;
    return months?.get(month) ?? 0;
  }

  useCap(pool: Pool, key: PoolKey | null, month: string): void {
    const months = key === null ? (this.capUse.get(pool.name) ?? this.capUse.set(pool.name, new Map()).get(pool.name)!) : this.slot(pool, key).capUse;
    months.set(month, (months.get(month) ?? 0) + 1);
  }

  recordCapped(pool: Pool, key: PoolKey | null): void {
    this.capped.set(pool.name, (this.capped.get(pool.name) ?? 0) + 1);
    if (key !== null) this.slot(pool, key).capped++;
  }

  /** The keys a pool has a counter for, from the state or this run, with their counters and hits capped in this run. */
  keysOf(pool: Pool): { key: PoolKey; counter: number; capped: number }[] {
    return [...(this.keyed.get(pool.name)?.values() ?? [])].map((s) => ({ key: s.key, counter: s.counter ?? pool.start, capped: s.capped }));
  }

  private slot(pool: Pool, key: PoolKey): KeyedSlot {
    const slots = this.keyed.get(pool.name) ?? this.keyed.set(pool.name, new Map()).get(pool.name)!;
    const id = keyId(key);
    return slots.get(id) ?? slots.set(id, { key, counter: undefined, capUse: new Map(), capped: 0 }).get(id)!;
  }

  /** The state's records, without a prototype, so whoever reads them next cannot hit Object.prototype either. */
  snapshot(): Pick<AllocationState, 'counters' | 'capUse' | 'keyedCounters'> {
    const plain = { counters: nullRecord(this.counters), capUse: nullRecord([...this.capUse].map(([pool, months]) => [pool, nullRecord(months)] as const)) };
    const keyed = [...this.keyed].map(([pool, slots]) => [pool, [...slots.values()].filter((s) => s.counter !== undefined).map(keyedCounter)] as const).filter(([, slots]) => slots.length > 0);
    // Absent when no pool counts per key, so a state of an agreement without such pools is what it was.
    return keyed.length === 0 ? plain : { ...plain, keyedCounters: nullRecord(keyed) };
  }
}

function keyedCounter(s: KeyedSlot): KeyedCounter {
  return { organisation: s.key.organisation, ...(s.key.department === null ? {} : { department: s.key.department }), counter: s.counter!, capUse: nullRecord(s.capUse) };
}

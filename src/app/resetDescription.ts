import { Agreement, parseState } from '../core';
import * as da from '../core/da';
import { StoredData, WorkbookPort } from '../port/workbookPort';

/** The counters (by the pool's label) and the number of decided vacancies a stored state holds; 'unreadable' when it cannot be read, null when there is none. */
export function storedCounters(stored: StoredData, agreement: Agreement | null): { pools: { label: string; counter: number }[]; decided: number } | 'unreadable' | null {
  if (stored.state === null) return null;
  if (stored.damaged?.includes('state')) return 'unreadable';
  const parsed = parseState(stored.state, agreement?.id ?? null);
  if (!parsed.ok) return 'unreadable';
  const label = (name: string) => agreement?.pools.get(name)?.label ?? name;
  const pools = [
    ...Object.entries(parsed.state.counters).map(([name, counter]) => ({ label: label(name), counter })),
    // A pool counted per organisation or department loses one counter per key.
    ...Object.entries(parsed.state.keyedCounters ?? {}).flatMap(([name, keys]) => keys.map((k) => ({ label: da.poolKeyLabel(label(name), k), counter: k.counter }))),
  ];
  return { pools, decided: parsed.state.ledger.length };
}

/** The confirmation text for a reset: the counters and the number of decided vacancies that would be lost; null when nothing is stored. */
export async function describeStoredState(port: WorkbookPort, agreement: Agreement | null): Promise<string | null> {
  const counters = storedCounters(await port.loadStored(), agreement);
  if (counters === null) return null;
  return counters === 'unreadable' ? da.ui.resetBodyUnreadable : da.ui.resetBody(counters.pools, counters.decided);
}

/** "Nulstil tællere": the stored counters and ledger go; the agreement and the results fingerprint stay. */
export async function resetCounters(port: WorkbookPort): Promise<void> {
  const stored = await port.loadStored();
  await port.saveStored({ ...stored, state: null });
}

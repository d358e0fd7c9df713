import { Agreement, parseState } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';

/** The confirmation text for a reset: the counters and the number of decided vacancies that would be lost; null when nothing is stored. */
export async function describeStoredState(port: WorkbookPort, agreement: Agreement | null): Promise<string | null> {
  const stored = await port.loadStored();
  if (stored.state === null) return null;
  if (stored.damaged?.includes('state')) return da.ui.resetBodyUnreadable;
  const parsed = parseState(stored.state, agreement?.id ?? null);
  if (!parsed.ok) return da.ui.resetBodyUnreadable;
  const pools = Object.entries(parsed.state.counters).map(([name, counter]) => ({ label: agreement?.pools.get(name)?.label ?? name, counter }));
  return da.ui.resetBody(pools, parsed.state.ledger.length);
}

import { Agreement, AllocationSummary, Decision, SheetRow } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';

export interface LastRun {
  agreement: Agreement;
  decisions: Decision[];
  rows: SheetRow[];
  summary: AllocationSummary;
  sheetName: string;
  firstColumn: number;
}

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  title?: string;
  text: string;
}

/** The confirmation text for a reset: the counters and the number of decided vacancies that would be lost. */
export async function describeStoredState(port: WorkbookPort, agreement: Agreement | null): Promise<string | null> {
  const stored = await port.loadStored();
  if (stored.state === null) return null;
  try {
    const doc = JSON.parse(stored.state) as { counters?: Record<string, number>; ledger?: unknown[] };
    const pools = Object.entries(doc.counters ?? {}).map(([name, counter]) => ({ label: agreement?.pools.get(name)?.label ?? name, counter }));
    return da.ui.resetBody(pools, doc.ledger?.length ?? 0);
  } catch {
    return da.ui.resetBody([], 0);
  }
}

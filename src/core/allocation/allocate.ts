import { Agreement } from '../agreement/types';
import { SheetRow } from '../sheet/readSheet';
import { Decision, Vacancy } from '../types';
import { Counters } from './counters';
import { decide } from './decide';
import { createRuleChooser, RuleChooser } from './ruleChooser';
import { AllocationState, emptyState, LedgerEntry, ledgerKey, toLedgerEntry } from './state';
import { AllocationSummary, summarise } from './summary';

export interface AllocationResult {
  /** One per non-empty data row, in sheet order. */
  decisions: Decision[];
  /** The state to save after the run: all of it, or none of it. */
  state: AllocationState;
  summary: AllocationSummary;
}

/**
 * Decides every row of a read sheet under an agreement, continuing from a saved state.
 * Pure: the given state is not changed; a new one is returned.
 */
export async function allocate(
  rows: readonly SheetRow[],
  agreement: Agreement,
  state: AllocationState | null,
  chooser: RuleChooser = createRuleChooser(agreement),
  onProgress?: (done: number, total: number) => void,
): Promise<AllocationResult> {
  const start = state ?? emptyState(agreement.id);
  const ledger = new Map<string, LedgerEntry>(start.ledger.map((e) => [ledgerKey(e.unitId, e.vacantFrom), e]));
  const newEntries: LedgerEntry[] = [];
  const counters = new Counters(start);
  const decisions = new Map<SheetRow, Decision>();
  let fromLedger = 0;

  for (const row of rows) {
    if (row.vacancy === null) {
      decisions.set(row, { row: row.row, unitId: row.unitId, outcome: 'error', pool: null, position: null, rule: null, reason: row.errors.join(' ') });
    }
  }
  const ordered = inDecisionOrder(rows);
  for (const [done, row] of ordered.entries()) {
    if (onProgress && done % 500 === 0) onProgress(done, ordered.length);
    const vacancy = row.vacancy!;
    const key = ledgerKey(vacancy.unitId, vacancy.vacantFrom);
    const earlier = ledger.get(key);
    if (earlier !== undefined) {
      fromLedger++;
      decisions.set(row, { row: row.row, unitId: vacancy.unitId, outcome: earlier.outcome, pool: earlier.pool, position: earlier.position, rule: earlier.rule, reason: earlier.reason });
      continue;
    }
    const chosen = chooser(vacancy);
    // Compiled choosers answer at once; awaiting only the engine's promises keeps a million rows fast.
    const rule = chosen instanceof Promise ? await chosen : chosen;
    const decision = decide(vacancy, row.row, rule, agreement, counters);
    decisions.set(row, decision);
    const entry = toLedgerEntry(decision, vacancy.vacantFrom);
    ledger.set(key, entry);
    newEntries.push(entry);
  }

  onProgress?.(ordered.length, ordered.length);
  const inSheetOrder = rows.map((r) => decisions.get(r)!);
  return {
    decisions: inSheetOrder,
    state: { agreement: start.agreement, ...counters.snapshot(), ledger: [...start.ledger, ...newEntries] },
    summary: summarise(inSheetOrder, agreement, counters, fromLedger),
  };
}

/** Valid rows by vacantFrom, ties (and sheets without dates) in sheet order. */
function inDecisionOrder(rows: readonly SheetRow[]): SheetRow[] {
  return rows
    .filter((r): r is SheetRow & { vacancy: Vacancy } => r.vacancy !== null)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareDates(a.r.vacancy.vacantFrom, b.r.vacancy.vacantFrom) || a.i - b.i)
    .map(({ r }) => r);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

import { Agreement } from '../agreement/types';
import { SheetRow } from '../sheet/readSheet';
import { Decision } from '../types';
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
  /** Called every 500 rows; when it returns a promise (the pane letting the page paint), deciding waits for it. */
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<AllocationResult> {
  const start = state ?? emptyState(agreement.id);
  // Keys are made only to find earlier decisions; within one sheet readSheet already refuses repeats.
  const ledger = new Map<string, LedgerEntry>(start.ledger.map((e) => [ledgerKey(e.unitId, e.vacantFrom), e]));
  // Indices decided in this run, in decision order: the ledger's new entries, made only if asked for.
  const decidedNow: number[] = [];
  const counters = new Counters(start);
  const decisions: Decision[] = new Array(rows.length);
  let fromLedger = 0;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.vacancy === null) decisions[i] = { row: row.row, unitId: row.unitId, outcome: 'error', pool: null, position: null, rule: null, reason: row.errors.join(' ') };
  }
  const ordered = decisionOrder(rows);
  for (let done = 0; done < ordered.length; done++) {
    if (onProgress && done % 500 === 0) {
      const paused = onProgress(done, ordered.length);
      if (paused) await paused;
    }
    const i = ordered[done];
    const row = rows[i];
    const vacancy = row.vacancy!;
    const earlier = ledger.size === 0 ? undefined : ledger.get(ledgerKey(vacancy.unitId, vacancy.vacantFrom));
    if (earlier !== undefined) {
      fromLedger++;
      decisions[i] = { row: row.row, unitId: vacancy.unitId, outcome: earlier.outcome, pool: earlier.pool, position: earlier.position, rule: earlier.rule, reason: earlier.reason };
      continue;
    }
    const chosen = chooser(vacancy);
    // Compiled choosers answer at once; awaiting only the engine's promises keeps a million rows fast.
    const rule = chosen instanceof Promise ? await chosen : chosen;
    decisions[i] = decide(vacancy, row.row, rule, agreement, counters);
    decidedNow.push(i);
  }

  onProgress?.(ordered.length, ordered.length);
  const snapshot = counters.snapshot();
  let newState: AllocationState | null = null;
  return {
    decisions,
    // Built on first use: a million-row run that saves no state never pays for a million entries.
    get state(): AllocationState {
      newState ??= {
        agreement: start.agreement,
        ...snapshot,
        ledger: start.ledger.concat(decidedNow.map((i) => toLedgerEntry(decisions[i], rows[i].vacancy!.vacantFrom))),
      };
      return newState;
    },
    summary: summarise(decisions, agreement, counters, fromLedger),
  };
}

/** Indices of the valid rows, by vacantFrom; ties (and sheets without dates) in sheet order. */
function decisionOrder(rows: readonly SheetRow[]): number[] {
  const valid: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i].vacancy !== null) valid.push(i);
  return valid.sort((a, b) => compareDates(rows[a].vacancy!.vacantFrom, rows[b].vacancy!.vacantFrom) || a - b);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

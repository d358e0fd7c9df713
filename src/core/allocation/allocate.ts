import * as da from '../da';
import { Agreement } from '../agreement/types';
import { applyRegister } from '../register/applyRegister';
import { DepartmentRegister } from '../register/types';
import { RequestBook } from '../requests/requestBook';
import { summariseRequests } from '../requests/summary';
import { MunicipalRequest } from '../requests/types';
import { SheetRow } from '../sheet/readSheet';
import { Decision } from '../types';
import { Counters } from './counters';
import { decide, decision, outcomeOf } from './decide';
import { poolKeyOf } from './poolKey';
import { createRuleChooser, RuleChooser } from './ruleChooser';
import { AllocationState, emptyState, LedgerEntry, ledgerKey, toLedgerEntry } from './state';
import { AllocationSummary, summarise } from './summary';

/** What a run may have besides the sheet and the agreement: the department register, the municipality's requests. */
export interface RunInputs {
  register?: DepartmentRegister | null;
  requests?: readonly MunicipalRequest[] | null;
}

export interface AllocationResult {
  /** One per non-empty data row, in sheet order. */
  decisions: Decision[];
  /** The rows as decided: with a register, each vacancy has its group and, where its cell was empty, the register's area status. */
  rows: readonly SheetRow[];
  /** The state to save after the run: all of it, or none of it. */
  state: AllocationState;
  summary: AllocationSummary;
}

/**
 * Decides every row of a read sheet under an agreement, continuing from a saved state.
 * Pure: the given state is not changed; a new one is returned.
 */
export async function allocate(
  sheetRows: readonly SheetRow[],
  agreement: Agreement,
  state: AllocationState | null,
  chooser: RuleChooser = createRuleChooser(agreement),
  /** Called every 500 rows; when it returns a promise (the pane letting the page paint), deciding waits for it. */
  onProgress?: (done: number, total: number) => void | Promise<void>,
  inputs: RunInputs = {},
): Promise<AllocationResult> {
  const start = state ?? emptyState(agreement.id);
  const registered = inputs.register ? applyRegister(sheetRows, inputs.register) : null;
  const rows = registered?.rows ?? sheetRows;
  // Keys are made only to find earlier decisions; within one sheet readSheet already refuses repeats.
  const ledger = new Map<string, LedgerEntry>(start.ledger.map((e) => [ledgerKey(e.unitId, e.vacantFrom), e]));
  // Indices decided in this run, in decision order: the ledger's new entries, made only if asked for.
  const decidedNow: number[] = [];
  const counters = new Counters(start);
  const requests = inputs.requests ? new RequestBook(inputs.requests, earlierFills(start.ledger)) : null;
  const decisions: Decision[] = new Array(rows.length);
  let fromLedger = 0;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.vacancy === null) decisions[i] = decision(row.rowNumber, row.unitId, 'error', null, null, null, da.sheet.rowErrors(row.errors));
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
      // The key is the vacancy's own organisation and department: the ledger need not keep it.
      const pool = earlier.pool === null ? undefined : agreement.pools.get(earlier.pool);
      const key = pool?.per ? poolKeyOf(pool.per, vacancy) : null;
      decisions[i] = decision(row.rowNumber, vacancy.unitId, earlier.outcome, earlier.pool, earlier.position, earlier.rule, earlier.reason, earlier.request ?? null, key);
      continue;
    }
    const chosen = chooser(vacancy);
    // Compiled choosers answer at once; awaiting only the engine's promises keeps a million rows fast.
    const rule = chosen instanceof Promise ? await chosen : chosen;
    decisions[i] = decide(vacancy, row.rowNumber, rule, agreement, counters, requests);
    decidedNow.push(i);
  }

  onProgress?.(ordered.length, ordered.length);
  const snapshot = counters.snapshot();
  let newState: AllocationState | null = null;
  const summary = summarise(decisions, agreement, counters, fromLedger);
  if (registered !== null) summary.departmentsNotInRegister = registered.missing;
  if (requests !== null) summary.requests = summariseRequests(inputs.requests!, requests.fills(), latestDate(rows));
  return {
    decisions,
    rows,
    // Built on first use: a million-row run that saves no state never pays for a million entries.
    get state(): AllocationState {
      newState ??= {
        agreement: start.agreement,
        ...snapshot,
        ledger: start.ledger.concat(decidedNow.map((i) => toLedgerEntry(decisions[i], rows[i].vacancy!.vacantFrom))),
      };
      return newState;
    },
    summary,
  };
}

/**
 * The rows an agreement gives the municipality, as `allocate` from an empty state decides them,
 * in decision order: counters move and requests are filled alike, but no decision, reason, ledger
 * or summary is made. The simulation decides one history under many agreements and asks only
 * this. `rows` are as decided (any register applied), `order` is decisionOrder(rows).
 */
export async function municipalRows(
  rows: readonly SheetRow[],
  order: readonly number[],
  agreement: Agreement,
  requests: readonly MunicipalRequest[] | null = null,
  chooser: RuleChooser = createRuleChooser(agreement),
): Promise<number[]> {
  const counters = new Counters(emptyState(agreement.id));
  const book = requests ? new RequestBook(requests, []) : null;
  const out: number[] = [];
  for (let done = 0; done < order.length; done++) {
    const i = order[done];
    const vacancy = rows[i].vacancy!;
    const chosen = chooser(vacancy);
    const rule = chosen instanceof Promise ? await chosen : chosen;
    if (outcomeOf(vacancy, rule, agreement, counters, book) === 'municipality') out.push(i);
  }
  return out;
}

/** The requests the state's ledger says earlier runs filled, and with which vacancy. */
function* earlierFills(ledger: readonly LedgerEntry[]): Generator<{ request: string; unitId: string; vacantFrom: string | null }> {
  for (const e of ledger) if (e.request !== undefined) yield { request: e.request, unitId: e.unitId, vacantFrom: e.vacantFrom };
}

/** The latest Ledig fra among the sheet's valid rows: the day the run's requests are as of. */
function latestDate(rows: readonly SheetRow[]): string | null {
  let latest: string | null = null;
  for (const r of rows) {
    const d = r.vacancy?.vacantFrom ?? null;
    if (d !== null && (latest === null || d > latest)) latest = d;
  }
  return latest;
}

/** Indices of the valid rows, by vacantFrom; ties (and sheets without dates) in sheet order. */
export function decisionOrder(rows: readonly SheetRow[]): number[] {
  const valid: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i].vacancy !== null) valid.push(i);
  // A sheet has a few thousand distinct dates at most: ranked once, the sort compares numbers, not
  // strings fetched through two objects a row (1.6 s of a million-row run with a comparator).
  const ranks = new Map<string | null, number>();
  for (const i of valid) ranks.set(rows[i].vacancy!.vacantFrom, 0);
  const dates = [...ranks.keys()].filter((d): d is string => d !== null).sort();
  dates.forEach((d, r) => ranks.set(d, r));
  // No date sorts last.
  ranks.set(null, dates.length);
  // rank × n + index is one exact number (n is at most a few million, far below 2^53 / n ranks).
  const n = rows.length;
  const keys = new Float64Array(valid.length);
  let sorted = true;
  for (let k = 0; k < valid.length; k++) {
    const i = valid[k];
    keys[k] = ranks.get(rows[i].vacancy!.vacantFrom)! * n + i;
    if (k > 0 && keys[k] < keys[k - 1]) sorted = false;
  }
  if (sorted) return valid;
  keys.sort();
  for (let k = 0; k < keys.length; k++) valid[k] = keys[k] % n;
  return valid;
}

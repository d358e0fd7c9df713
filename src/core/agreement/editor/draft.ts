import * as da from '../../da';
import type { ReportCell } from '../../results/resultCells';
import { modelFromAgreement } from '../model/fromAgreement';
import { RuleOutcome } from '../model/types';
import { factForHeader } from '../grammar/factKinds';
import { agreementSheetLayout } from '../sheet/layout';
import { Agreement } from '../types';

/**
 * What the pane's agreement editor holds: the agreement as the user is typing it, every value as
 * text in the value grammar (so a half-typed "under 4." is kept, not lost), with a key per pool and
 * rule that stays the same when rules move. `readDraft` turns it into a checked agreement or into
 * errors on the fields they belong to.
 */
export interface Draft {
  meta: DraftMeta;
  pools: DraftPool[];
  /** In decision order: the first rule whose conditions all hold decides. */
  rules: DraftRule[];
  /** For the keys of pools and rules added later. */
  nextKey: number;
}

export type DefaultOutcome = 'waitlist' | 'municipality' | 'excluded';

export interface DraftMeta {
  id: string;
  name: string;
  parties: string;
  legalBasis: string;
  description: string;
  defaultOutcome: DefaultOutcome;
  validFrom: string;
  validTo: string;
}

export interface DraftPool {
  key: string;
  name: string;
  label: string;
  every: string;
  phase: string;
  share: string;
  capPerMonth: string;
  start: string;
  /** Tælles pr.: '' (one counter), or the sheet's word for organisation or department. */
  per: string;
  description: string;
}

export interface DraftCell {
  fact: string;
  /** The condition in the value grammar, as typed ("under 4.000", "103; 106", "Familiebolig"). */
  text: string;
}

export interface DraftRule {
  key: string;
  name: string;
  description: string;
  cells: DraftCell[];
  outcome: RuleOutcome;
  pool: string;
  /** Betingelse (JSON): what the cells cannot say (any, not, named conditions), as JSON text; '' for none. */
  extra: string;
}

export type PoolField = Exclude<keyof DraftPool, 'key'>;
export type MetaField = keyof DraftMeta;

const text = (v: ReportCell | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? v.date : String(v));

/** The draft of a checked agreement: each value written as the agreement sheet writes it. */
export function draftFromAgreement(agreement: Agreement): Draft {
  const model = modelFromAgreement(agreement);
  const [, poolTable, ruleTable] = agreementSheetLayout(model).tables;
  const s = da.agreementSheet;
  const factColumns = ruleTable.headers.slice(1, ruleTable.headers.indexOf(s.ruleHeaders.outcome));
  let next = 0;
  const key = () => `k${++next}`;
  const poolColumn = (h: string) => poolTable.headers.indexOf(h);
  const ph = s.poolHeaders;
  const pools = model.pools.map((p, i): DraftPool => {
    const row = poolTable.rows[i];
    const at = (h: string) => (poolColumn(h) < 0 ? '' : text(row[poolColumn(h)]));
    return {
      key: key(),
      name: p.name,
      label: p.label ?? '',
      every: at(ph.every),
      phase: at(ph.phase),
      share: at(ph.share),
      capPerMonth: at(ph.capPerMonth),
      start: at(ph.start),
      per: at(ph.per),
      description: p.description ?? '',
    };
  });
  const facts = factColumns.map((h) => factForHeader(h) ?? h);
  const rules = model.rules.map((r, i): DraftRule => {
    const row = ruleTable.rows[i];
    const cells = facts.flatMap((fact, c) => {
      const t = text(row[1 + c]);
      return t === '' ? [] : [{ fact, text: t }];
    });
    return { key: key(), name: r.name, description: r.description, cells, outcome: r.outcome, pool: r.pool ?? '', extra: text(row[row.length - 2]) };
  });
  return {
    meta: {
      id: model.id ?? agreement.id,
      name: model.name ?? agreement.name,
      parties: (model.parties ?? []).join('; '),
      legalBasis: model.legalBasis ?? '',
      description: model.description ?? '',
      defaultOutcome: model.defaultOutcome ?? 'waitlist',
      validFrom: model.validFrom ?? '',
      validTo: model.validTo ?? '',
    },
    pools,
    rules,
    nextKey: next,
  };
}

/** A new agreement with nothing in it but a name: every vacancy goes to the waiting list. */
export function emptyDraft(): Draft {
  return {
    meta: { id: 'ny-aftale', name: da.editor.newAgreementName, parties: '', legalBasis: '', description: '', defaultOutcome: 'waitlist', validFrom: '', validTo: '' },
    pools: [],
    rules: [],
    nextKey: 0,
  };
}

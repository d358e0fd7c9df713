/** A condition tree in json-rules-engine's format. Kept loose: the schema and validate.ts check it. */
export type ConditionTree = Record<string, unknown>;

/** A rule's event as the agreement file spells it (a contract: the JSON keeps these words). */
export type EventType = 'quota' | 'allocate' | 'waitlist' | 'exclude' | 'request';

/**
 * What a rule does, named as the outcome it leads to: `pool` counts the vacancy in the rule's pool,
 * `request` gives it to an open request of the municipality's that it fits. The file's event
 * words ("exclude" for the outcome "excluded", "allocate" for "municipality") are read into these once.
 */
export type RuleOutcome = 'excluded' | 'waitlist' | 'municipality' | 'pool' | 'request';

export const EVENT_OUTCOME: Readonly<Record<EventType, RuleOutcome>> = { exclude: 'excluded', waitlist: 'waitlist', allocate: 'municipality', quota: 'pool', request: 'request' };
export type DefaultOutcome = 'waitlist' | 'municipality' | 'excluded';

export interface PoolSpec {
  name: string;
  label?: string;
  description?: string;
  every?: number;
  phase?: number;
  share?: string | number;
  capPerMonth?: number;
  start?: number;
  /** Count each housing organisation, or each department within its organisation, apart. */
  per?: PoolPer;
}

/** What a pool counts apart: one counter, cap use and run of positions per value of this fact. */
export type PoolPer = 'organisation' | 'department';

export interface RuleSpec {
  name?: string;
  description?: string;
  priority?: number;
  conditions: ConditionTree;
  event: { type: EventType; params?: { pool?: string } };
}

/** The agreement file as written. */
export interface AgreementFile {
  $schema?: string;
  id?: string;
  name?: string;
  parties?: string[];
  description?: string;
  legalBasis?: string;
  validFrom?: string;
  validTo?: string;
  defaultOutcome?: DefaultOutcome;
  pools?: PoolSpec[];
  namedConditions?: Record<string, ConditionTree>;
  rules: RuleSpec[];
}

/** How a pool decides: every N-th at a phase, or an exact share a/b. */
export type PoolKind = { kind: 'every'; every: number; phase: number } | { kind: 'share'; numerator: number; denominator: number; percent: string | null };

export interface Pool {
  name: string;
  label: string;
  kind: PoolKind;
  capPerMonth: number | null;
  start: number;
  /** Null: one counter for the whole pool. */
  per: PoolPer | null;
}

export interface Rule {
  /** Position in the file, 0-based: breaks priority ties. */
  index: number;
  name: string;
  priority: number;
  conditions: ConditionTree;
  outcome: RuleOutcome;
  /** The pool's name, when the outcome is `pool`. */
  pool: string | null;
}

/** A checked agreement, ready for allocation. */
export interface Agreement {
  id: string;
  name: string;
  parties: string[];
  description: string;
  defaultOutcome: DefaultOutcome;
  pools: Map<string, Pool>;
  namedConditions: Record<string, ConditionTree>;
  rules: Rule[];
  /** The file as written, for storing alongside a workbook. */
  source: AgreementFile;
}

export type { AgreementError, CellPlace } from './agreementError';

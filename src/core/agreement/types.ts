/** A condition tree in json-rules-engine's format. Kept loose: the schema and validate.ts check it. */
export type ConditionTree = Record<string, unknown>;

export type EventType = 'quota' | 'allocate' | 'waitlist' | 'exclude' | 'request';
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
  event: EventType;
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

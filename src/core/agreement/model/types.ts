import { CellCondition } from '../grammar/cellCondition';
import { AgreementFile, ConditionTree, PoolSpec } from '../types';

/** What a rule does with the vacancies it decides, in the words of the sheet's Udfald column (request: Forespørgsel). */
export type { RuleOutcome } from '../types';
import type { RuleOutcome } from '../types';

/** The condition one cell of a rule row states on its fact. */
export interface FactCell {
  fact: string;
  condition: CellCondition;
}

/** One row of the rules table. */
export interface RuleModel {
  name: string;
  description: string;
  /** At most one per fact, in the order the fact columns stand. */
  cells: FactCell[];
  /** Betingelse (JSON): whatever the cells cannot say, joined with them by `all`. */
  extra: ConditionTree | null;
  outcome: RuleOutcome;
  /** The pool's name, when the outcome is `pool`. */
  pool: string | null;
}

/**
 * The editable model of an agreement: what the agreement sheet and the pane's editor show and
 * change. Rules stand in decision order (the first that holds decides); pools as in the JSON.
 */
export interface AgreementModel extends Omit<AgreementFile, '$schema' | 'rules' | 'pools' | 'namedConditions'> {
  pools: PoolSpec[];
  rules: RuleModel[];
}

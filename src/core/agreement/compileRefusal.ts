import type { JsonPath } from './path';

/**
 * Why a condition tree is outside the compiled subset, so that json-rules-engine decides the
 * agreement (about a thousand times slower): the kind of construct and where in the rule's
 * conditions it sits. da.compile.refusal makes the sentence.
 */
export type CompileRefusalCode =
  | 'notACondition'
  | 'unknownNamedCondition'
  | 'circularNamedCondition'
  | 'factNotText'
  | 'operatorNotText'
  | 'jsonPath'
  | 'factParams'
  | 'decoratedOperator'
  | 'unknownOperator'
  | 'noValue'
  | 'listOperatorWithoutList'
  | 'factReferenceWithMore';

export interface CompileRefusal {
  readonly refused: CompileRefusalCode;
  /** Where in the rule's `conditions` (a named condition's own tree counts from where it is named). */
  readonly path: JsonPath;
  /** The operator or named condition concerned, where there is one. */
  readonly name?: string;
}

/** A refusal and the rule it is in: the first rule, in the order that decides, outside the subset. */
export interface RuleRefusal extends CompileRefusal {
  readonly rule: string;
  readonly ruleIndex: number;
}

export function isRefusal(compiled: unknown): compiled is CompileRefusal {
  return typeof compiled === 'object' && compiled !== null && 'refused' in compiled;
}

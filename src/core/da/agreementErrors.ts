import type { AgreementError, AgreementIssue, AgreementIssueValues } from '../agreement/agreementError';
import { formatPath } from '../agreement/path';
import { textOf, TextsOf } from '../util/issue';
import { agreement as a, agreementValues as v } from './agreement';
import { agreementSheet as s } from './agreementSheet';
import { grammar } from './grammar';
import { ui } from './ui';

const or = (x: string | null) => x ?? undefined;

/** The Danish sentence of each agreement error, from its values. */
export const agreementErrorText: TextsOf<AgreementIssueValues> = {
  invalidJson: (e) => a.invalidJson(e.values.jsonError ?? a.unreadableJson),
  notAnObject: () => a.notAnObject,
  tooLarge: (e) => a.tooLarge(e.values.characters),
  tooDeep: (e) => a.tooDeep(e.values.limit),
  required: (e) => a.required(e.values.field),
  unknownField: (e) => a.unknownField(e.values.field, or(e.values.suggestion)),
  type: (e) => a.type(e.values.types),
  enum: (e) => a.enumValue(e.values.allowed),
  minimum: (e) => a.minimum(e.values.limit),
  maximum: (e) => a.maximum(e.values.limit),
  empty: () => a.minLength,
  pattern: (e) => a.pattern(e.values.field),
  invalid: () => a.invalid,
  pathNotAllowed: () => a.pathNotAllowed,
  rootCondition: () => a.rootCondition,
  unknownFact: (e) => a.unknownFact(e.values.fact, or(e.values.suggestion)),
  unknownOperator: (e) => a.unknownOperator(e.values.operator, or(e.values.suggestion)),
  conditionCycle: (e) => a.conditionCycle(e.values.names),
  unknownCondition: (e) => a.unknownCondition(e.values.name),
  factValueShape: () => a.factValueShape,
  needsList: (e) => v.needsList(e.values.operator),
  needsNumber: (e) => v.needsNumber(e.values.operator, e.values.value),
  textNotNumber: (e) => v.textNotNumber(e.values.fact, e.values.value),
  unknownLabel: (e) => v.unknownLabel(e.values.fact, e.values.value, e.values.allowed, or(e.values.suggestion)),
  unknownPool: (e) => a.unknownPool(e.values.pool, e.values.known, or(e.values.suggestion)),
  duplicatePool: (e) => a.duplicatePool(e.values.pool, e.values.firstIndex),
  poolNeedsRule: () => a.poolNeedsRule,
  poolBothRules: () => a.poolBothRules,
  phaseWithoutEvery: () => a.phaseWithoutEvery,
  phaseTooLarge: (e) => a.phaseTooLarge(e.values.phase, e.values.every),
  badShare: () => a.badShare,
  zeroDenominator: (e) => a.zeroDenominator(e.values.share),
  noSheet: () => s.noSheet,
  noRules: () => s.noRules,
  missingColumn: (e) => s.missingColumn(e.values.table, e.values.column),
  unknownColumn: (e) => s.unknownColumn(e.values.table, e.values.header, or(e.values.suggestion), e.values.known),
  duplicateColumn: (e) => s.duplicateColumn(e.values.header),
  dataWithoutHeader: () => s.dataWithoutHeader,
  unknownSheetField: (e) => s.unknownField(e.values.field, or(e.values.suggestion), e.values.known),
  duplicateField: (e) => s.duplicateField(e.values.field),
  badDefaultOutcome: (e) => s.badDefaultOutcome(e.values.text),
  badSheetDate: (e) => s.badDate(e.values.text),
  poolNameMissing: () => s.poolNameMissing,
  notWholeNumber: (e) => s.notWholeNumber(e.values.header, e.values.text),
  badPer: (e) => s.badPer(e.values.text),
  badCondition: (e) => grammar.problem(e.values.problem, e.values.header),
  missingOutcome: () => s.missingOutcome,
  badOutcome: (e) => s.badOutcome(e.values.text),
  poolNotUsed: (e) => s.poolNotUsed(e.values.outcome),
  missingPool: () => s.missingPool,
  badJson: (e) => s.badJson(`${e.values.error.where}: ${agreementErrors.message(e.values.error)}`),
  extraNotCondition: () => s.extraNotCondition,
  storedUnreadable: (e) => e.values.reason,
  storedDamaged: () => ui.storedAgreementDamaged,
};

export const agreementErrors = {
  /** What is wrong, in Danish; an error inside a cell's Betingelse (JSON) says where in it. */
  message: (e: AgreementIssue & { inner?: (string | number)[] }): string => {
    const text = textOf(agreementErrorText, e);
    return e.inner !== undefined && e.inner.length > 0 ? s.inExtra(formatPath(e.inner), text) : text;
  },
  /** "rules[2].event.params.pool: …": the place and the sentence, as a list of errors shows each. */
  line: (e: AgreementError): string => `${e.where}: ${agreementErrors.message(e)}`,
};

/** The public entry of core/agreement: what the rest of the product may use of it. */
export {
  addPool,
  addRule,
  amend,
  baseline,
  cellChoice,
  choiceText,
  deleteRule,
  draftFromAgreement,
  duplicateRule,
  emptyDraft,
  errorsOn,
  liveEffect,
  moveRule,
  poolStrip,
  readDraft,
  record,
  redo,
  removeCell,
  removePool,
  setCell,
  setDefaultOutcome,
  setExtra,
  setMeta,
  setOutcome,
  setPoolField,
  setRuleName,
  startHistory,
  undo,
  variantChanges,
} from './editor';
export type { Baseline, DefaultOutcome, Draft, DraftPool, DraftReading, DraftRule, FieldKey, LiveEffect, PoolField } from './editor';
export { KNOWN_FACTS, OPERATORS } from './facts';
export { lintAgreement } from './findings';
export { LABEL_FACTS, SHEET_FACTS, factHeader, factKind, labelText } from './grammar/factKinds';
export type { LabelFactName } from './grammar/factKinds';
export { MAX_AGREEMENT_SIZE } from './limits';
export { modelFromAgreement } from './model/fromAgreement';
export { fileFromModel } from './model/toFile';
export type { RuleOutcome } from './model/types';
export { missingInputs, usesRequests } from './needs';
export { formatPath } from './path';
export { plainReading } from './reading/plainReading';
export type { AgreementReading } from './reading/plainReading';
export { a1Address } from './sheet/address';
export type { AgreementSheetCells, CellBlock } from './sheet/cells';
export { agreementSheetLayout, columnWidths } from './sheet/layout';
export type { AgreementSheetLayout, ColumnValidation, TableLayout } from './sheet/layout';
export { longCell } from './sheet/longCell';
export { readAgreementSheet } from './sheet/readAgreementSheet';
export type { AgreementFile } from './types';

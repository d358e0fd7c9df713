/** The pure core: sheet reading, agreements and allocation. No Office.js, React, fs or xlsx here. */
export * from './types';
export { readSheet, readSheetSteps } from './sheet/readSheet';
export type { SheetRow, SheetReadResult, SheetReadOptions } from './sheet/readSheet';
export { FIELDS } from './sheet/fields';
export type { FieldKey } from './sheet/fields';
export { loadAgreement, checkAgreement } from './agreement/load';
export type { AgreementResult } from './agreement/load';
export type { Agreement, AgreementError, AgreementFile, Pool, Rule } from './agreement/types';
export { allocate } from './allocation/allocate';
export { chooserRefusal } from './allocation/ruleChooser';
export type { RuleRefusal } from './agreement/compileRefusal';
export type { AllocationResult } from './allocation/allocate';
export type { AllocationSummary, PoolSummary } from './allocation/summary';
export { emptyState } from './allocation/state';
export { parseState, serialiseState } from './allocation/stateFormat';
export type { AllocationState, LedgerEntry } from './allocation/state';
export * from './simulation';

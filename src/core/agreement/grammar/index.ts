/** The value grammar: one cell's text ⇄ the json-rules-engine conditions on one fact. */
export * from './cellCondition';
export { parseCell } from './parseCell';
export type { GrammarProblem, CellReading } from './parseCell';
export { writeCell } from './writeCell';
export { factKind, factHeader, factForHeader, SHEET_FACTS, LABEL_FACTS, labelText } from './factKinds';
export type { FactKind } from './factKinds';
export { numberText, dateText } from './valueText';

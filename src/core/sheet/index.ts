/** The public entry of core/sheet: what the rest of the product may use of it. */
export { cellText, lastFilled } from './cellText';
export { toExcelSerial } from './dates';
export { FIELD_BY_KEY } from './fields';
export type { FieldKey, FieldSpec } from './fields';
export { missingFields } from './headers';
export type { HeaderMap } from './headers';
export { parseNumber } from './numbers';
export { leadingRows } from './readSheet';
export type { RowSource } from './readSheet';

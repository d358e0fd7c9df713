/**
 * Every sentence a user reads, in Danish, one file per audience. Identifiers stay English; this
 * folder is the only one that speaks to people. The dev server's and sideload script's texts live
 * beside those scripts (scripts/da.ts).
 */
export * from './format';
export * from './labels';
export * from './sheet';
export * from './agreement';
export * from './grammar';
export * from './agreementSheet';
export * from './reasons';
export * from './state';
export * from './file';
export * from './cli';
export * from './workbook';
export * from './ui';
export * from './fields';
export * from './simulateTab';
export * from './editor';
export * from './selfTest';
export * from './officeErrors';
export * from './check';
export * from './simulation';
export * from './reading';
export * from './findings';
export * from './diff';
export * from './tables';
export * from './agreementErrors';
export * from './compile';

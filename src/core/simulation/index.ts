/** The negotiator's simulation: agreement variants over a vacancy history, and the target search. */
export { simulate } from './simulate';
export type { SimulationResult, VariantResult, YearFigures } from './simulate';
export { sweep } from './sweep';
export type { SweepOutcome, SweepResult, SweepVariant } from './sweep';
export type { GridDimension } from './grid';
export { settingKey, MAX_DIMENSIONS, MAX_VARIANTS } from './grid';
export { DEFAULT_PARAMS, REDUCTION } from './params';
export type { SimulationParams } from './params';
export type { Spread, DepartmentCount } from './spread';
export type { History } from './history';
export { comparisonReport } from './comparisonReport';

/** The public entry of core/util: what the rest of the product may use of it. */
export { columnLetter } from './columnLetter';
export { DanishError } from './danishError';
export { decodeText } from './decode';
export { timeSlicer } from './slices';
export type { Slicer } from './slices';

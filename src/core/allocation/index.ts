/** The public entry of core/allocation: what the rest of the product may use of it. */
export type { RunInputs } from './allocate';

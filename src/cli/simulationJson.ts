import { SimulationResult } from '../core/simulation';

/** The contract other tools read: the variants as the core measures them, and the parameters used. */
export function simulationJson(result: SimulationResult): string {
  return JSON.stringify({ variants: result.variants, params: result.params }, null, 2) + '\n';
}

/** What a negotiator can turn: the affordability line, the reduction pool, the answer time, the queue. */
export interface SimulationParams {
  /** kr a month incl. consumption, after any rent reduction, that the target group can pay. */
  affordable: number;
  /** Units the rent-reduction pool may reduce over the whole history. */
  reductionUnits: number;
  /** Working days the municipality takes to answer an offer. */
  answerDays: number;
  /** Citizens waiting on the first day of the history. */
  queue: number;
  /** New citizens on the first day of every month. */
  arrivals: number;
}

export const DEFAULT_PARAMS: SimulationParams = { affordable: 4000, reductionUnits: 0, answerDays: 7, queue: 0, arrivals: 0 };

/** Fonden for Blandede Byer's grant (seed 002): 15,000 kr a year for units with this rent band. */
export const REDUCTION = { perYear: 15_000, perMonth: 1_250, minRent: 4_500, maxRent: 6_500 } as const;

export function withDefaults(params: Partial<SimulationParams> = {}): SimulationParams {
  const out = { ...DEFAULT_PARAMS };
  for (const key of Object.keys(DEFAULT_PARAMS) as (keyof SimulationParams)[]) {
    const value = params[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

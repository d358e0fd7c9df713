import { Vacancy } from '../types';
import { isAffordable } from './affordability';
import { REDUCTION, SimulationParams } from './params';
import { reductionGrants } from './reductionPool';
import { vacancyRentOre } from './vacancyRent';

/** One municipal vacancy seen through the negotiator's questions. */
export interface AssessedUnit {
  vacancy: Vacancy;
  affordable: boolean;
  /** Got a grant from the rent-reduction pool. */
  reduced: boolean;
  affordableWithReduction: boolean;
  /** Not affordable (without the pool): the municipality pays vacancy rent for it. */
  unusable: boolean;
  /** The vacancy rent for an unusable unit; null when it is usable or cannot be priced. */
  vacancyRentOre: number | null;
}

/** `municipal` in decision order (Ledig fra, ties in sheet order): the reduction pool is spent in it. */
export function assessUnits(municipal: readonly Vacancy[], params: SimulationParams): AssessedUnit[] {
  const grants = reductionGrants(municipal, params.reductionUnits);
  return municipal.map((vacancy, i) => {
    const affordable = isAffordable(vacancy, params.affordable);
    const reduced = grants[i];
    return {
      vacancy,
      affordable,
      reduced,
      affordableWithReduction: isAffordable(vacancy, params.affordable, reduced ? REDUCTION.perMonth : 0),
      unusable: !affordable,
      vacancyRentOre: affordable ? null : vacancyRentOre(vacancy, params.answerDays),
    };
  });
}

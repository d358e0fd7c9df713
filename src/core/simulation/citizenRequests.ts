import { MunicipalRequest } from '../requests/types';
import { monthsFromTo } from './calendar';
import { SimulationParams } from './params';

/**
 * The waiting citizens as the municipality's requests, for an agreement that gives units on
 * request (DOMAIN.md, "Requests"): each citizen a request made the day they join the queue (the
 * first day of the history for those waiting at the start, the 1st of each month for those who
 * arrive), asking only for a rent incl. consumption no higher than the affordability line. So
 * "on request" is compared with "every fourth" and "targeted" on the same citizens.
 */
export function citizenRequests(firstMonth: string | null, lastMonth: string | null, params: SimulationParams): MunicipalRequest[] {
  if (firstMonth === null || lastMonth === null) return [];
  const out: MunicipalRequest[] = [];
  monthsFromTo(firstMonth, lastMonth).forEach((month, i) => {
    const joining = params.arrivals + (i === 0 ? params.queue : 0);
    for (let k = 0; k < joining; k++) out.push(citizen(out.length + 1, `${month}-01`, params.affordable));
  });
  return out;
}

function citizen(n: number, created: string, affordable: number): MunicipalRequest {
  return { id: `Borger ${n}`, created, expires: null, housingType: null, minRooms: null, maxRooms: null, maxRentInclConsumption: affordable, departments: null, organisation: null, row: 0 };
}

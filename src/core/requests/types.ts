import { HousingType } from '../types';

/**
 * One of the municipality's requests (forespørgsler): "a unit like this, within this price".
 * A condition left empty asks nothing; dates are ISO yyyy-mm-dd.
 */
export interface MunicipalRequest {
  id: string;
  created: string;
  expires: string | null;
  housingType: HousingType | null;
  minRooms: number | null;
  maxRooms: number | null;
  maxRentInclConsumption: number | null;
  /** One of these departments (the text as written), or any when null. */
  departments: readonly string[] | null;
  organisation: string | null;
  /** The sheet row it was read from (1-based); 0 for a request made in the program (a simulated citizen). */
  row: number;
}

/** Which vacancy filled a request; `earlier` when a run before this one did (the state's ledger says so). */
export interface RequestFill {
  request: string;
  unitId: string;
  vacantFrom: string;
  earlier: boolean;
}

import { Vacancy } from '../types';
import { MunicipalRequest } from './types';

/**
 * Whether a vacancy is what the request asks for: every condition it has holds. A vacancy that
 * does not know a fact a condition needs (no rooms, no rent) does not match that condition.
 */
export function matchesRequest(r: MunicipalRequest, v: Vacancy): boolean {
  if (r.housingType !== null && v.housingType !== r.housingType) return false;
  if (r.minRooms !== null && (v.rooms === null || v.rooms < r.minRooms)) return false;
  if (r.maxRooms !== null && (v.rooms === null || v.rooms > r.maxRooms)) return false;
  if (r.maxRentInclConsumption !== null && (v.rentInclConsumption === null || v.rentInclConsumption > r.maxRentInclConsumption)) return false;
  if (r.departments !== null && (v.department === null || !r.departments.includes(v.department))) return false;
  if (r.organisation !== null && v.organisation !== r.organisation) return false;
  return true;
}

/** Open for a vacancy vacant from `date`: created on or before it, and not expired before it. */
export function isOpenOn(r: MunicipalRequest, date: string): boolean {
  return r.created <= date && (r.expires === null || date <= r.expires);
}

/** Requests that ask the same share one answer per vacancy (a simulation's citizens all ask the same). */
export function conditionKey(r: MunicipalRequest): string {
  return JSON.stringify([r.housingType, r.minRooms, r.maxRooms, r.maxRentInclConsumption, r.departments, r.organisation]);
}

import { daysBetween } from '../simulation/calendar';
import { MunicipalRequest, RequestFill } from './types';

export interface FilledRequest {
  request: string;
  created: string;
  unitId: string;
  vacantFrom: string;
  /** From Oprettet to the Ledig fra of the vacancy that filled it. */
  daysWaited: number;
  /** Filled by an earlier run (the state), not this one. */
  earlier: boolean;
}

export interface OpenRequest {
  request: string;
  created: string;
  expires: string | null;
  /** From Oprettet to the run's date; null when the sheet has no dated vacancy. */
  daysWaited: number | null;
}

export interface ExpiredRequest {
  request: string;
  created: string;
  expires: string;
  /** From Oprettet to Udløber: all the time it was open. */
  daysWaited: number;
}

/** The requests table after a run: filled, still open, expired unfilled, each in table order. */
export interface RequestSummary {
  /** The run's date: the latest Ledig fra of the sheet; a request that expired before it is expired. */
  date: string | null;
  filled: FilledRequest[];
  open: OpenRequest[];
  expired: ExpiredRequest[];
}

/**
 * Where each request of the table stands. The run is as of its sheet's latest Ledig fra (the core
 * knows no clock): a request unfilled and expired before that day is expired, any other unfilled
 * one open. Fills recorded in the state for requests no longer in the table are not listed.
 */
export function summariseRequests(requests: readonly MunicipalRequest[], fills: ReadonlyMap<string, RequestFill>, date: string | null): RequestSummary {
  const out: RequestSummary = { date, filled: [], open: [], expired: [] };
  for (const r of requests) {
    const fill = fills.get(r.id);
    if (fill !== undefined)
      out.filled.push({ request: r.id, created: r.created, unitId: fill.unitId, vacantFrom: fill.vacantFrom, daysWaited: daysBetween(r.created, fill.vacantFrom), earlier: fill.earlier });
    else if (r.expires !== null && date !== null && r.expires < date) out.expired.push({ request: r.id, created: r.created, expires: r.expires, daysWaited: daysBetween(r.created, r.expires) });
    else out.open.push({ request: r.id, created: r.created, expires: r.expires, daysWaited: date === null ? null : Math.max(0, daysBetween(r.created, date)) });
  }
  return out;
}

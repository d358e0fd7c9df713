import { Vacancy } from '../types';
import { conditionKey, matchesRequest } from './match';
import { MunicipalRequest, RequestFill } from './types';

interface Entry {
  request: MunicipalRequest;
  /** Place in the table: breaks ties between requests created the same day. */
  order: number;
}

/** Requests that ask the same, earliest created first: one test of the vacancy answers for all of them. */
interface Group {
  sample: MunicipalRequest;
  entries: Entry[];
  /** Entries before it are filled: a fill is for good. */
  front: number;
}

/**
 * The municipality's requests during one run: which are still open, and which vacancy filled
 * which. A request filled earlier (the state's ledger says by which vacancy) is never open again.
 */
export class RequestBook {
  private readonly groups: Group[] = [];
  private readonly filled = new Map<string, RequestFill>();

  constructor(requests: readonly MunicipalRequest[], earlierFills: Iterable<{ request: string; unitId: string; vacantFrom: string | null }>) {
    for (const f of earlierFills) if (f.vacantFrom !== null) this.filled.set(f.request, { request: f.request, unitId: f.unitId, vacantFrom: f.vacantFrom, earlier: true });
    const byCondition = new Map<string, Group>();
    requests.forEach((request, order) => {
      const key = conditionKey(request);
      const group = byCondition.get(key) ?? byCondition.set(key, { sample: request, entries: [], front: 0 }).get(key)!;
      group.entries.push({ request, order });
    });
    for (const group of byCondition.values()) {
      group.entries.sort((a, b) => (a.request.created < b.request.created ? -1 : a.request.created > b.request.created ? 1 : a.order - b.order));
      this.groups.push(group);
    }
  }

  /**
   * The request the vacancy goes to, which is then filled: of the requests open on its Ledig fra
   * that it matches, the one created first (ties in table order). Null when none; an undated
   * vacancy matches no request.
   */
  take(vacancy: Vacancy): MunicipalRequest | null {
    const date = vacancy.vacantFrom;
    if (date === null) return null;
    let best: Entry | null = null;
    for (const group of this.groups) {
      const first = this.firstOpen(group, date);
      if (first === null || (best !== null && !earlier(first, best))) continue;
      if (matchesRequest(group.sample, vacancy)) best = first;
    }
    if (best === null) return null;
    this.filled.set(best.request.id, { request: best.request.id, unitId: vacancy.unitId, vacantFrom: date, earlier: false });
    return best.request;
  }

  /** Every fill known: from the state, then this run's in the order they were made. */
  fills(): ReadonlyMap<string, RequestFill> {
    return this.filled;
  }

  /** The group's earliest-created request open on this date, if any. */
  private firstOpen(group: Group, date: string): Entry | null {
    const { entries } = group;
    while (group.front < entries.length && this.filled.has(entries[group.front].request.id)) group.front++;
    for (let i = group.front; i < entries.length; i++) {
      const r = entries[i].request;
      if (r.created > date) return null; // the rest were created later still
      if (this.filled.has(r.id) || (r.expires !== null && r.expires < date)) continue;
      return entries[i];
    }
    return null;
  }
}

function earlier(a: Entry, b: Entry): boolean {
  return a.request.created < b.request.created || (a.request.created === b.request.created && a.order < b.order);
}

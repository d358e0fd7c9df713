import { daysBetween, monthOf, monthsFromTo } from './calendar';

export interface WaitingListParams {
  /** Citizens waiting on the first day of the first month. */
  queue: number;
  /** New citizens on the first day of every month, the first month included. */
  arrivals: number;
}

export interface WaitingListResult {
  served: number;
  /** Still waiting after the last vacancy, all arrivals up to the last month counted. */
  queueAtEnd: number;
  /** Rounded to one decimal; null when nobody was served. */
  averageWaitDays: number | null;
  /** The middle wait (the mean of the two middle ones for an even count); null when nobody was served. */
  medianWaitDays: number | null;
  /** Waiting at the end of each month, first to last month of the history. */
  queueByMonth: { month: string; waiting: number }[];
}

interface Batch {
  date: string;
  left: number;
}

/**
 * First come, first served: each date in `offers` (sorted, one per affordable municipal vacancy)
 * houses the citizen who has waited longest among those present that day; an offer with nobody
 * waiting houses no one. Citizens arrive in monthly batches on the 1st, so one batch waits alike.
 */
export function runWaitingList(offers: readonly string[], firstMonth: string | null, lastMonth: string | null, params: WaitingListParams): WaitingListResult {
  if (firstMonth === null || lastMonth === null) {
    return { served: 0, queueAtEnd: params.queue, averageWaitDays: null, medianWaitDays: null, queueByMonth: [] };
  }
  const months = monthsFromTo(firstMonth, lastMonth);
  const batches: Batch[] = months.map((month, i) => ({ date: `${month}-01`, left: params.arrivals + (i === 0 ? params.queue : 0) }));
  const waits: number[] = [];
  const servedByMonth = new Map<string, number>();
  let arrived = 0;
  let front = 0;
  for (const date of offers) {
    while (arrived < batches.length && batches[arrived].date <= date) arrived++;
    while (front < arrived && batches[front].left === 0) front++;
    if (front >= arrived) continue;
    batches[front].left--;
    waits.push(daysBetween(batches[front].date, date));
    servedByMonth.set(monthOf(date), (servedByMonth.get(monthOf(date)) ?? 0) + 1);
  }

  let waiting = 0;
  const queueByMonth = months.map((month, i) => {
    waiting += params.arrivals + (i === 0 ? params.queue : 0) - (servedByMonth.get(month) ?? 0);
    return { month, waiting };
  });
  return {
    served: waits.length,
    queueAtEnd: waiting,
    averageWaitDays: waits.length === 0 ? null : Math.round((10 * waits.reduce((a, b) => a + b, 0)) / waits.length) / 10,
    medianWaitDays: median(waits),
    queueByMonth,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Date arithmetic on ISO yyyy-mm-dd strings, in UTC so no time zone or summer time shifts a day. */

const DAY_MS = 86_400_000;

function toMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Calendar days from `from` until the last of `workingDays` Monday–Friday days after it (no holidays). */
export function daysUntilAnswer(from: string, workingDays: number): number {
  let day = new Date(toMs(from));
  let days = 0;
  for (let counted = 0; counted < workingDays;) {
    day = new Date(day.getTime() + DAY_MS);
    days++;
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted++;
  }
  return days;
}

/** "2024-03-15" → "2024-03" */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Every month from the first to the last, both included ("2023-11", "2023-12", "2024-01" …). */
export function monthsFromTo(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

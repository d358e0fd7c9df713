/** Danish working days: nobody hands over keys at weekends or on public holidays. */

const DAY = 86_400_000;

/** Easter Sunday (Gregorian, the anonymous algorithm), as a UTC time. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Public holidays plus the days housing offices keep closed (Grundlovsdag, Christmas Eve,
 * New Year's Eve). Store bededag was abolished from 2024.
 */
export function closedDays(year: number): Set<string> {
  const easter = easterSunday(year);
  const fromEaster = [-3, -2, 1, 39, 50];
  if (year < 2024) fromEaster.push(26);
  return new Set([...fromEaster.map((n) => iso(easter + n * DAY)), ...['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'].map((md) => `${year}-${md}`)]);
}

/** The working days of one month (0-based), as UTC midnight dates. */
export function workdaysOfMonth(year: number, month: number): Date[] {
  const closed = closedDays(year);
  const days: Date[] = [];
  for (let t = Date.UTC(year, month, 1); new Date(t).getUTCMonth() === month; t += DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !closed.has(iso(t))) days.push(new Date(t));
  }
  return days;
}

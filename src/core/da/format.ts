const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** 20000 → "20.000": counts as Danes write them. */
export function count(n: number): string {
  return n.toLocaleString('da-DK', { maximumFractionDigits: 0 });
}

/** 4000 → "4.000", 4000.5 → "4.000,5" */
export function kr(n: number): string {
  return n.toLocaleString('da-DK', { maximumFractionDigits: 2 });
}

/** "2024-01" → "januar 2024" */
export function monthName(yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  const name = MONTHS[Number(m) - 1];
  return name === undefined ? 'ukendt måned' : `${name} ${y}`;
}

const SHOWN = 60;

/** A user's cell text inside a sentence, cut when long: 40,000 characters of one cell would bury the sentence (and overflow an Excel cell). */
export function shown(text: string): string {
  return text.length <= SHOWN ? text : `${text.slice(0, SHOWN - 1)}… (${kr(text.length)} tegn)`;
}

/** Texts a sheet has (its column headers) as a quoted list; past `max`, how many more. */
export function shownList(items: readonly string[], max = 30): string {
  const list = items
    .slice(0, max)
    .map((f) => `"${shown(f)}"`)
    .join(', ');
  return items.length > max ? `${list} og ${items.length - max} flere` : list;
}

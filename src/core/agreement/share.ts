const FRACTION = /^(\d+)\s*\/\s*(\d+)$/;
const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;

/** Whether a text has the form of a share ("1/4", "30 %"), whatever its numbers; the schema's pattern says the same. */
export function isShareText(share: string): boolean {
  const s = share.trim();
  return FRACTION.test(s) || PERCENT.test(s);
}

/**
 * Reads a pool's share, "a/b" or a percentage ("30 %", "12,5%", 30), into an exact fraction.
 * Undefined when it has no such form, or its numbers cannot be counted with (a zero denominator,
 * more digits than a double holds exactly).
 */
export function parseShare(share: string | number): { numerator: number; denominator: number; percent: string | null } | undefined {
  if (typeof share === 'number') return fromPercent(String(share));
  const s = share.trim();
  const fraction = FRACTION.exec(s);
  if (fraction) return reduce(Number(fraction[1]), Number(fraction[2]), null);
  const percent = PERCENT.exec(s);
  return percent ? fromPercent(percent[1].replace(',', '.')) : undefined;
}

function fromPercent(text: string): ReturnType<typeof parseShare> {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const [whole, decimals = ''] = text.split('.');
  const scale = 10 ** decimals.length;
  return reduce(Number(whole + decimals), 100 * scale, `${text.replace('.', ',')} %`);
}

function reduce(a: number, b: number, percent: string | null) {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b === 0) return undefined;
  const g = gcd(a, b);
  return { numerator: a / g, denominator: b / g, percent };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Reads a pool's share, "a/b" or a percentage ("30 %", "12,5%", 30), into an exact fraction. */
export function parseShare(share: string | number): { numerator: number; denominator: number; percent: string | null } | undefined {
  if (typeof share === 'number') return fromPercent(String(share));
  const s = share.trim();
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (fraction) return reduce(Number(fraction[1]), Number(fraction[2]), null);
  const percent = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(s);
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

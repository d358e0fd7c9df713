/**
 * Numbers and dates as an agreement sheet writes them: Danish, exact, and read back by the same
 * rules as a vacancy sheet (sheet/numbers.ts, sheet/dates.ts) to the very same value.
 */

/** 4000 → "4.000", 4000.5 → "4.000,5", -250 → "-250"; null for what needs an exponent (1e21, 5e-324). */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  // The shortest text that reads back as this very number.
  const plain = String(Object.is(n, -0) ? 0 : n);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return null;
  const grouped = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${m[1]}${grouped}${m[3] === undefined ? '' : `,${m[3]}`}`;
}

/** "2024-03-01" → "01.03.2024": the Danish form, which a range's dash cannot be mistaken for. */
export function dateText(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : null;
}

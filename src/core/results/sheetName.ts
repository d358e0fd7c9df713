const NAME_LIMIT = 31;

/** A sheet name not yet taken; Excel compares names without regard to case and allows 31 characters. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, ' ').slice(0, NAME_LIMIT);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const name = clean.slice(0, NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel compares sheet and table names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

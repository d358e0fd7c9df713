/**
 * Records keyed by text a user chose (pool names, months, department numbers). A plain `{}` answers
 * `constructor`, `toString` or `__proto__` from Object.prototype, so a pool with such a name would
 * read a function as its counter. These records have no prototype: only what was put in is there.
 */
export function nullRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The own entries of a record, whatever its prototype: inherited members are never read. */
export function ownEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.keys(record).map((key) => [key, record[key]]);
}

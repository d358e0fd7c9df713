import * as da from '../core/da';

export interface OptionSpec {
  required?: boolean;
  /** Takes every following value up to the next --option (e.g. --agreements A.json B.json). */
  variadic?: boolean;
  /** The only values allowed. */
  values?: readonly string[];
}

export type OptionValues = Record<string, string | string[] | undefined>;

/** Parses `--name value`, `--name=value` and variadic options against a spec; Danish errors. */
export function parseOptions(argv: readonly string[], spec: Record<string, OptionSpec>): { ok: true; values: OptionValues } | { ok: false; error: string } {
  const values: OptionValues = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) return { ok: false, error: da.cli.unexpectedArgument(arg) };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const option = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!option) return { ok: false, error: da.cli.unknownOption(name) };
    if (values[name] !== undefined) return { ok: false, error: da.cli.repeatedOption(name) };
    const taken: string[] = eq > 0 ? [arg.slice(eq + 1)] : [];
    while (eq < 0 && i + 1 < argv.length && !argv[i + 1].startsWith('--') && (option.variadic || taken.length === 0)) taken.push(argv[++i]);
    if (taken.length === 0 || taken.some((t) => t === '')) return { ok: false, error: da.cli.missingValue(name) };
    if (option.values && !option.values.includes(taken[0])) return { ok: false, error: da.cli.badValue(name, taken[0], option.values) };
    values[name] = option.variadic ? taken : taken[0];
  }
  for (const [name, option] of Object.entries(spec)) {
    if (option.required && values[name] === undefined) return { ok: false, error: da.cli.missingOption(name) };
  }
  return { ok: true, values };
}

/** A whole number ≥ min from an option, or a Danish error. */
export function numberOption(values: OptionValues, name: string, fallback: number, min = 0): number | string {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(String(raw).replace(',', '.'));
  return Number.isFinite(n) && n >= min ? n : da.cli.badNumberOption(name, String(raw));
}

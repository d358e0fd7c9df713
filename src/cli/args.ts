import * as da from '../core/da';

export interface AllocateArgs {
  command: 'allocate';
  agreement: string;
  input: string;
  sheet?: string;
  state?: string;
  output?: string;
  format: 'table' | 'json';
}

export type ParsedArgs = { ok: true; args: AllocateArgs } | { ok: true; help: true } | { ok: false; error: string };

const OPTIONS = ['--agreement', '--input', '--sheet', '--state', '--output', '--format'] as const;
type Option = (typeof OPTIONS)[number];

/** `anvisning allocate --agreement F --input F …`; options also as --name=value. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { ok: false, error: da.cli.noCommand };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { ok: true, help: true };
  if (command !== 'allocate') return { ok: false, error: da.cli.unknownCommand(command) };
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!name.startsWith('--')) return { ok: false, error: da.cli.unexpectedArgument(arg) };
    if (!(OPTIONS as readonly string[]).includes(name)) return { ok: false, error: da.cli.unknownOption(name) };
    const value = inline ?? rest[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return { ok: false, error: da.cli.missingValue(name) };
    if (values[name as Option] !== undefined) return { ok: false, error: da.cli.repeatedOption(name) };
    values[name as Option] = value;
  }
  for (const required of ['--agreement', '--input'] as const) {
    if (values[required] === undefined) return { ok: false, error: da.cli.missingOption(required) };
  }
  const format = values['--format'] ?? 'table';
  if (format !== 'table' && format !== 'json') return { ok: false, error: da.cli.badFormat(format) };
  return {
    ok: true,
    args: { command: 'allocate', agreement: values['--agreement']!, input: values['--input']!, sheet: values['--sheet'], state: values['--state'], output: values['--output'], format },
  };
}

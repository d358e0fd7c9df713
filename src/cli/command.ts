import { Io } from './io';
import { OptionSpec, OptionValues } from './options';

/** One subcommand of `anvisning`: its options and what it does; returns the exit code. */
export interface Command {
  name: string;
  options: Record<string, OptionSpec>;
  run(values: OptionValues, io: Io): Promise<number>;
}

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

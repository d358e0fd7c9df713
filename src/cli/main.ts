import * as da from '../core/da';
import { FileProblem } from '../file/errors';
import { agreementCommand } from './agreementCommand';
import { allocateCommand } from './allocateCommand';
import { checkCommand } from './checkCommand';
import { Command, EXIT } from './command';
import { diffCommand } from './diffCommand';
import { Io, processIo } from './io';
import { lintCommand } from './lintCommand';
import { parseOptions } from './options';
import { simulateCommand } from './simulateCommand';
import { sweepCommand } from './sweepCommand';

export type { Io } from './io';
export { EXIT } from './command';

/** Every subcommand; a new one is added here. */
const COMMANDS: readonly Command[] = [allocateCommand, checkCommand, simulateCommand, sweepCommand, agreementCommand, lintCommand, diffCommand];

/** Runs the command line; returns the exit code. Errors go to `io.err` in Danish. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.out(`${da.cli.usage}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const parsed = command ? parseOptions(rest, command.options) : { ok: false as const, error: name === undefined ? da.cli.noCommand : da.cli.unknownCommand(name) };
  if (!parsed.ok) {
    io.err(`${parsed.error}\n\n${da.cli.usage}\n`);
    return EXIT.usage;
  }
  try {
    return await command!.run(parsed.values, io);
  } catch (e) {
    if (e instanceof FileProblem) {
      io.err(e.kind === 'usage' ? `${e.message}\n${da.cli.seeHelp}\n` : `${e.message}\n`);
      return e.kind === 'usage' ? EXIT.usage : EXIT.input;
    }
    // A fault in the program itself: said in Danish, without the stack trace a user cannot act on
    // (ANVISNING_DEBUG=1 shows it to whoever mends the program).
    io.err(`${da.cli.unexpected}\n`);
    if (process.env.ANVISNING_DEBUG === '1') io.err(`${(e as Error).stack ?? String(e)}\n`);
    return EXIT.input;
  }
}

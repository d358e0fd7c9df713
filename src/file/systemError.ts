import * as da from '../core/da';
import { FileProblem } from './errors';

/**
 * Node's file errors carry English system text ("EISDIR: illegal operation on a directory, read").
 * The user reads what is wrong with which file, in Danish, from the error's code alone.
 */
export function readProblem(path: string, e: unknown): FileProblem {
  return new FileProblem(da.file.cannotRead(path, da.file.systemReason(errorCode(e))));
}

export function writeProblem(path: string, e: unknown): FileProblem {
  if (e instanceof FileProblem) return e;
  return new FileProblem(da.file.cannotWrite(path, da.file.systemReason(errorCode(e))));
}

/** The code of a Node system error (ENOENT, EACCES …), or undefined for anything else. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

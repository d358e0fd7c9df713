import * as nodeFs from 'fs';
import { basename, dirname, join } from 'path';
import { AllocationState, parseState } from '../core';
import * as da from '../core/da';
import { FileProblem } from './errors';

/** The saved state for this agreement, or null when the file does not exist yet (a first run). */
export function readStateFile(path: string, agreementId: string): AllocationState | null {
  return readStateFileOf(path, [agreementId]);
}

/** The saved state of whichever of these agreements it belongs to (the first named, when it does not say). */
export function readStateFileOf(path: string, agreementIds: readonly string[]): AllocationState | null {
  if (!nodeFs.existsSync(path)) return null;
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileProblem(da.file.cannotRead(path, (e as Error).message));
  }
  let parsed = parseState(text, agreementIds[0]);
  const other = parsed.ok ? undefined : parsed.agreement;
  if (other !== undefined && agreementIds.includes(other)) parsed = parseState(text, other);
  if (!parsed.ok) throw new FileProblem(`${path}: ${parsed.error}`);
  return parsed.state;
}

export type FsForAtomicWrite = Pick<typeof nodeFs, 'writeFileSync' | 'renameSync' | 'rmSync' | 'openSync' | 'fsyncSync' | 'closeSync'>;

/**
 * Writes the whole file or nothing: a temporary file beside the target, flushed to disk, then
 * renamed over it (rename is atomic within a directory). On failure the old file is untouched.
 */
export function writeFileAtomically(path: string, text: string, fs: FsForAtomicWrite = nodeFs): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, text, 'utf8');
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The temporary file could not even be made; there is nothing to clean up.
    }
    throw new FileProblem(da.file.stateNotSaved(path, (e as Error).message));
  }
}

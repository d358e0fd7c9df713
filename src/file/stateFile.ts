import { AllocationState, parseState } from '../core';
import * as da from '../core/da';
import { FileProblem } from './errors';
import { exists, readUserFile } from './readFile';

/** The saved state for this agreement, or null when the file does not exist yet (a first run). */
export function readStateFile(path: string, agreementId: string): AllocationState | null {
  return readStateFileOf(path, [agreementId]);
}

/** The saved state of whichever of these agreements it belongs to (the first named, when it does not say). */
export function readStateFileOf(path: string, agreementIds: readonly string[]): AllocationState | null {
  if (!exists(path)) return null;
  const text = readUserFile(path).toString('utf8');
  let parsed = parseState(text, agreementIds[0]);
  const other = parsed.ok ? undefined : parsed.agreement;
  if (other !== undefined && agreementIds.includes(other)) parsed = parseState(text, other);
  if (!parsed.ok) throw new FileProblem(`${path}: ${da.state.problem(parsed.error)}`);
  return parsed.state;
}

/** How a state that cannot be saved is told. */
export const stateProblem = (path: string, code: string | undefined) => da.file.stateNotSaved(path, da.file.systemReason(code));

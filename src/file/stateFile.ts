import { AllocationState, parseState } from '../core';
import * as da from '../core/da';
import { FileProblem } from './errors';
import { exists, readUserFile } from './readFile';

/** The saved state for this agreement, or null when the file does not exist yet (a first run). */
export function readStateFile(path: string, agreementId: string): AllocationState | null {
  if (!exists(path)) return null;
  const text = readUserFile(path).toString('utf8');
  const parsed = parseState(text, agreementId);
  if (!parsed.ok) throw new FileProblem(`${path}: ${parsed.error}`);
  return parsed.state;
}

/** How a state that cannot be saved is told. */
export const stateProblem = (path: string, code: string | undefined) => da.file.stateNotSaved(path, da.file.systemReason(code));

import { accessSync, constants, realpathSync, statSync } from 'fs';
import { resolve } from 'path';
import * as da from '../core/da';
import { FileProblem } from './errors';

/**
 * Whether two paths name one file: the same path, the same file through links, or the same file
 * by device and inode (a hard link has its own path and its own real path, but the same inode).
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b) || realPath(a) === realPath(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  // Some file systems (FAT, some network drives) report inode 0 for every file: then only paths tell.
  return sa !== null && sb !== null && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * A file the run will replace must be one it may replace: not a directory, and not one the user
 * made read-only (the rename would replace it all the same, and drop its mode). Checked before
 * anything is read or decided.
 */
export function checkReplaceable(path: string, option: string): void {
  const stat = statOrNull(path);
  if (stat === null) return;
  if (stat.isDirectory()) throw new FileProblem(da.file.targetIsDirectory(option, path), 'usage');
  // The owner's write bit: root may write anything, but a file its owner made read-only stays so.
  if ((stat.mode & 0o200) === 0 || !writable(path)) throw new FileProblem(da.file.readOnly(option, path));
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path a write goes to: through a symbolic link to the file it points at, so the link stays a link. */
export function writeTarget(path: string): string {
  return statOrNull(path) === null ? resolve(path) : realPath(path);
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

import type ExcelJS from 'exceljs';
import { exceljs } from './exceljsModule';
import { readFileSync, statSync } from 'fs';
import * as da from '../core/da';
import { FileProblem } from './errors';
import { keepEmptyFormulaResults } from './exceljsEmptyResult';
import { errorCode, readProblem } from './systemError';

/**
 * The bytes of a file the user named, or a Danish FileProblem naming it: missing, a directory,
 * unreadable, or (with maxBytes) larger than the caller will look at, told before it is read.
 */
export function readUserFile(path: string, tooLarge?: { maxBytes: number; message: (path: string, bytes: number) => string }): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileProblem(da.file.isDirectory(path));
    size = stat.size;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if (errorCode(e) === 'ENOENT') throw new FileProblem(da.file.notFound(path));
    throw readProblem(path, e);
  }
  if (tooLarge !== undefined && size > tooLarge.maxBytes) throw new FileProblem(tooLarge.message(path, size));
  try {
    return readFileSync(path);
  } catch (e) {
    throw readProblem(path, e);
  }
}

/** Whether something exists at the path (a broken link counts as nothing). */
export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The bytes of an .xlsx as a workbook; anything else (an old .xls, a damaged file) is told in Danish. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  keepEmptyFormulaResults();
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem(da.file.badXlsx(path));
  }
  return workbook;
}

import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import * as da from '../core/da';
import { FileProblem } from './errors';

/** A file the user named, whole; a missing or unreadable one is told in Danish. */
export function readFileBytes(path: string): Buffer {
  if (!existsSync(path)) throw new FileProblem(da.file.notFound(path));
  try {
    return readFileSync(path);
  } catch (e) {
    throw new FileProblem(da.file.cannotRead(path, (e as Error).message));
  }
}

/** The bytes of an .xlsx as a workbook; anything else (an old .xls, a damaged file) is told in Danish. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem(da.file.badXlsx(path));
  }
  return workbook;
}

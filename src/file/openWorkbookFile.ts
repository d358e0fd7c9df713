import ExcelJS from 'exceljs';
import * as da from '../core/da';
import { timeSlicer } from '../core/util';
import { readCsvTable } from './csvTable';
import { ExceljsWorkbook } from './exceljsWorkbook';

export type OpenedWorkbook = { ok: true; port: ExceljsWorkbook } | { ok: false; error: string };

/**
 * A file the user picked, opened as a workbook for the file port (the workbench): an .xlsx as it
 * is, a .csv read exactly as the command line reads it (encoding and delimiter found by
 * themselves, every cell text) onto one sheet named after the file. Never throws: a file that
 * cannot be opened gives a Danish sentence naming it.
 */
export async function openWorkbookFile(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  try {
    if (ext === 'csv' || ext === 'txt') {
      const workbook = await csvWorkbook(fileName, bytes);
      return typeof workbook === 'string' ? { ok: false, error: workbook } : { ok: true, port: new ExceljsWorkbook(workbook) };
    }
    if (ext !== 'xlsx' && ext !== 'xlsm') return { ok: false, error: da.ui.openUnsupported(fileName) };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    if (!workbook.worksheets.some((w) => w.state === 'visible')) return { ok: false, error: da.ui.openNoSheets(fileName) };
    return { ok: true, port: new ExceljsWorkbook(workbook) };
  } catch {
    return { ok: false, error: ext === 'csv' || ext === 'txt' ? da.ui.openCsvFailed(fileName) : da.ui.openFailed(fileName) };
  }
}

async function csvWorkbook(fileName: string, bytes: Uint8Array): Promise<ExcelJS.Workbook | string> {
  const parsed = readCsvTable(bytes);
  if (!parsed.ok) return da.file.unclosedQuote(fileName, parsed.unclosedQuoteLine);
  const table = parsed.table;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameFor(fileName));
  const slicer = timeSlicer();
  for (let r = 0; r < table.length; r++) {
    const row = sheet.getRow(r + 1);
    table[r].forEach((text, c) => {
      if (text !== '') row.getCell(c + 1).value = text;
    });
    if (slicer.due()) await slicer.pause();
  }
  return workbook;
}

/** The file's name without its extension, made a valid sheet name (31 characters, none of \ / ? * [ ] :). */
function sheetNameFor(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[\\/?*[\]:]/g, ' ')
    .trim()
    .slice(0, 31);
  return base === '' ? 'Ark1' : base;
}

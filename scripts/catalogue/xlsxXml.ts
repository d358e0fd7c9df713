import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * An xlsx as other programs write it: made with exceljs, then the first sheet's XML edited, so a
 * test can hold cells exceljs itself would never write (a formula with an empty <v/>, a cell far
 * out at XFD1048576). Built in memory: no binary fixture is kept in the repository.
 */
export async function xlsxWithSheetXml(rows: unknown[][], edit: (sheetXml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const name = 'xl/worksheets/sheet1.xml';
  zip.file(name, edit(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A zip that is no workbook: what a user gets by renaming another archive to .xlsx. */
export async function zipWithoutWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('readme.txt', 'ikke en projektmappe');
  return zip.generateAsync({ type: 'nodebuffer' });
}

import ExcelJS from 'exceljs';
import { HEADERS } from '../../scripts/make-example';

type Cell = ExcelJS.CellValue;

/** A row of the example workbooks (ledige-boliger.xlsx and historik.xlsx share their columns). */
export interface VacancyRow {
  unitId: string;
  department: Cell;
  housingType: string;
  rooms: number;
  area: number;
  rent: number;
  consumption: number;
  vacantFrom: Date;
  areaStatus: string;
  letting: string;
  rentReduction: number | null;
}

export function vacancyRows(sheet: ExcelJS.Worksheet): VacancyRow[] {
  const col = (name: string) => HEADERS.indexOf(name) + 1;
  const rows: VacancyRow[] = [];
  for (let r = 2, rowCount = sheet.rowCount; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const v = (name: string) => row.getCell(col(name)).value;
    rows.push({
      unitId: String(v('Lejemål')),
      department: v('Afdeling'),
      housingType: String(v('Boligtype')),
      rooms: v('Rum') as number,
      area: v('Areal') as number,
      rent: v('Husleje') as number,
      consumption: v('Forbrug') as number,
      vacantFrom: v('Ledig fra') as Date,
      areaStatus: (v('Områdestatus') as string | null) ?? '',
      letting: (v('Udlejning') as string | null) ?? '',
      rentReduction: v('Huslejenedsættelse') as number | null,
    });
  }
  return rows;
}

/** The header row both example workbooks promise: these columns, bold, frozen and filtered. */
export function expectAgreedHeader(sheet: ExcelJS.Worksheet): void {
  expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
  expect(HEADERS).toEqual([
    'Lejemål',
    'Boligorganisation',
    'Afdeling',
    'Adresse',
    'Boligtype',
    'Rum',
    'Areal',
    'Husleje',
    'Forbrug',
    'Ledig fra',
    'Områdestatus',
    'Udlejning',
    'Huslejenedsættelse',
    'Bemærkning',
  ]);
  expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBe('A1:N1');
}

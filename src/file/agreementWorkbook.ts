import { exceljs } from './exceljsModule';
import { AgreementSheetLayout } from '../core/agreement';
import { writeAgreementTables } from './agreementSheetFile';

/** The agreement sheet as a workbook file of its own (anvisning agreement --output FILE.xlsx). */
export async function writeAgreementWorkbook(path: string, layout: AgreementSheetLayout): Promise<void> {
  const workbook = new (exceljs().Workbook)();
  writeAgreementTables(workbook, layout, false);
  await workbook.xlsx.writeFile(path);
}

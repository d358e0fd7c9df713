import * as da from '../core/da';
import { DataTarget, RangeSnapshot, SheetList, WorkbookPort } from '../port/workbookPort';
import { SIDE_SHEETS, SideSheets, sideSheetsOf } from './sideTables';

/**
 * Which data the next action works on. The sheet the user is looking at, unless it is one of the
 * add-in's own report sheets (an offer list, a check, a comparison), the agreement sheet, or the
 * department register or requests sheet (Afdelinger, Forespørgsler): the
 * add-in never takes its own output or the agreement for data, so then the data stays what it was, or is the first sheet that is the user's.
 * Null when the workbook has no sheet of the user's.
 */
export function chooseTarget(list: SheetList, current: DataTarget | null): DataTarget | null {
  // The agreement sheet is the agreement, and Afdelinger and Forespørgsler are read beside the data: none of them is data, whoever wrote them.
  const own = new Set([...list.own.map((o) => o.name.toLowerCase()), ...[da.agreementSheet.sheetName, ...SIDE_SHEETS].map((n) => n.toLowerCase())]);
  const isUsers = (name: string) => !own.has(name.toLowerCase()) && list.names.includes(name);
  if (isUsers(list.active)) return current?.sheetName === list.active ? current : { sheetName: list.active, tableName: null };
  if (current && isUsers(current.sheetName)) return current;
  const first = list.names.find(isUsers);
  return first === undefined ? null : { sheetName: first, tableName: null };
}

/**
 * Reads the data the next action works on, and says where it was found. `followSelection` (the
 * pane opening, the user turning to a sheet, "Læs data igen") reads the table the selection is in
 * when the target is the active sheet; an action reads exactly what the Data panel named.
 */
export async function readTarget(port: WorkbookPort, current: DataTarget | null, followSelection: boolean): Promise<{ target: DataTarget; snapshot: RangeSnapshot; sideSheets: SideSheets } | null> {
  const list = await port.listSheets();
  const target = chooseTarget(list, current);
  if (target === null) return null;
  const snapshot = followSelection && target.sheetName === list.active ? await port.readData() : await port.readData(target);
  return { target: { sheetName: snapshot.sheetName, tableName: snapshot.tableName }, snapshot, sideSheets: sideSheetsOf(list) };
}

import { JsonPath } from '../path';
import { DataRow, TableCells } from './tableCells';

/** Where a JSON path of the built agreement came from: a cell, and for Betingelse (JSON) the path inside it. */
export interface CellOrigin {
  table: TableCells;
  row: DataRow | -1;
  column: number;
  inner?: JsonPath;
}

/** Finds the cell a JSON path of the built agreement came from (the paths it knows), or null. */
export type Locator = (path: JsonPath) => CellOrigin | null;

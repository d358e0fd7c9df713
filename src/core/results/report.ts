/** One table of a report sheet, under its title. */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: (string | number | null)[][];
}

/**
 * A chart over one of the report's tables: the first column gives the categories (years, months),
 * every other column is a series (one per agreement variant).
 */
export interface ChartSpec {
  title: string;
  table: number;
  kind: 'column' | 'line';
}

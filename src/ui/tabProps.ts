import type { Notice } from '../app/notice';
import type { ColumnOverrides, DataSheet } from '../app/readVacancies';
import type { WorkbookPort } from '../port/workbookPort';
import type { PaneData } from './usePaneData';

/** Runs a piece of work, turning what it throws into a notice (the tabs share one way to fail). */
export type Attempt = (work: () => Promise<void>, setNotice: (n: Notice) => void) => Promise<void>;

/** What every tab gets: the workbook, the data the pane names, a way to read it again, and `attempt`. */
export interface TabProps {
  port: WorkbookPort;
  data: PaneData;
  reread: (followSelection?: boolean, overrides?: ColumnOverrides) => Promise<void>;
  /** Takes a job's own read of the data as the pane's, instead of reading it again. */
  adopt: (read: DataSheet) => void;
  attempt: Attempt;
}

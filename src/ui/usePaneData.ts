import { useCallback, useEffect, useRef, useState } from 'react';
import { chooseTarget, readTarget } from '../app/dataTarget';
import { ColumnOverrides, readVacancies } from '../app/readVacancies';
import { NO_SIDE_SHEETS, SideSheets } from '../app/sideTables';
import { SheetReadResult } from '../core';
import { timeSlicer } from '../core/util/slices';
import { DataTarget, RangeSnapshot, WorkbookPort } from '../port/workbookPort';

export interface PaneData {
  target: DataTarget | null;
  snapshot: RangeSnapshot | null;
  sheet: SheetReadResult | null;
  overrides: ColumnOverrides;
  reading: boolean;
  /** The workbook has no sheet of the user's (only the add-in's own). */
  noData: boolean;
  /** The sheets Afdelinger and Forespørgsler the workbook has, used beside the data. */
  sideSheets: SideSheets;
}

/**
 * The data the pane's actions work on, kept current: read when the pane opens, when the user turns
 * to another sheet, and on request. A read that a newer one overtook is dropped.
 */
export function usePaneData(port: WorkbookPort, onError: (e: unknown) => void) {
  const [data, setData] = useState<PaneData>({ target: null, snapshot: null, sheet: null, overrides: {}, reading: true, noData: false, sideSheets: NO_SIDE_SHEETS });
  const latest = useRef(data);
  latest.current = data;
  const generation = useRef(0);

  const refresh = useCallback(
    async (followSelection: boolean, overrides: ColumnOverrides = latest.current.overrides) => {
      const mine = ++generation.current;
      setData((d) => ({ ...d, reading: true }));
      try {
        const found = await readTarget(port, latest.current.target, followSelection);
        if (mine !== generation.current) return;
        if (found === null) {
          setData({ target: null, snapshot: null, sheet: null, overrides, reading: false, noData: true, sideSheets: NO_SIDE_SHEETS });
          return;
        }
        // Mappings belong to one sheet's columns: another sheet starts without them.
        const sameSheet = found.target.sheetName === latest.current.target?.sheetName;
        const kept = sameSheet ? overrides : {};
        const sheet = await readVacancies(found.snapshot, kept, timeSlicer());
        if (mine !== generation.current) return;
        setData({ target: found.target, snapshot: found.snapshot, sheet, overrides: kept, reading: false, noData: false, sideSheets: found.sideSheets });
      } catch (e) {
        if (mine === generation.current) setData((d) => ({ ...d, reading: false }));
        onError(e);
      }
    },
    [port, onError],
  );

  useEffect(() => {
    void refresh(true);
    return port.onSheetActivated((name) => {
      // Showing one of the add-in's own sheets (a report it just made) leaves the data as it is: nothing to read again.
      void port
        .listSheets()
        .then((list) => {
          const current = latest.current.target;
          const next = chooseTarget(list, current);
          if (next === current && current !== null && current.sheetName !== name) return;
          return refresh(true);
        })
        .catch(onError);
    });
  }, [port, refresh, onError]);

  return { data, refresh };
}

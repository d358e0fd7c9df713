import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { chooseTarget } from '../app/dataTarget';
import { adoptRead, NO_PANE_DATA, PaneData, readPaneData } from '../app/paneData';
import { ColumnOverrides, DataSheet } from '../app/readVacancies';
import { timeSlicer } from '../core/util';
import { WorkbookPort } from '../port/workbookPort';

export type { PaneData } from '../app/paneData';

/**
 * The data the pane's actions work on, kept current: read when the pane opens, when the user turns
 * to another sheet, and on request. A read that a newer one overtook is dropped.
 */
export function usePaneData(port: WorkbookPort, onError: (e: unknown) => void) {
  const [data, setData] = useState<PaneData>(NO_PANE_DATA);
  // The callbacks below read the current data through this, set after each render.
  const latest = useRef(data);
  useLayoutEffect(() => {
    latest.current = data;
  });
  const generation = useRef(0);

  const refresh = useCallback(
    async (followSelection: boolean, overrides: ColumnOverrides = latest.current.overrides) => {
      const mine = ++generation.current;
      setData((d) => ({ ...d, reading: true }));
      try {
        const next = await readPaneData(port, latest.current.target, followSelection, overrides, timeSlicer());
        if (mine === generation.current) setData(next);
      } catch (e) {
        if (mine === generation.current) setData((d) => ({ ...d, reading: false }));
        onError(e);
      }
    },
    [port, onError],
  );

  // A job's own read stands for the pane's: it overtakes any read still under way.
  const adopt = useCallback((read: DataSheet) => {
    ++generation.current;
    setData((d) => adoptRead(d, read));
  }, []);

  useEffect(() => {
    // Reading the workbook and following Excel's sheet events is what this effect is for; the read marks itself under way.
    // eslint-disable-next-line react-hooks/set-state-in-effect
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

  return { data, refresh, adopt };
}

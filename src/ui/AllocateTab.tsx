import { Button, Divider, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { allocateInWorkbook } from '../app/allocateInWorkbook';
import { Agreement, FieldKey, readSheet, SheetReadResult } from '../core';
import * as da from '../core/da';
import { offerList } from '../core/results/offerList';
import { withoutResultColumns } from '../core/results/stripResults';
import { RangeSnapshot, WorkbookPort } from '../port/workbookPort';
import { describeStoredState, LastRun, Notice } from './appState';
import { DataPanel } from './DataPanel';
import { NoticeBar } from './NoticeBar';
import { ResetButton } from './ResetButton';
import { ResultPanel } from './ResultPanel';

/** The administrator's weekly job: preview the data, allocate, make the offer list, reset the counters. */
export function AllocateTab(props: { port: WorkbookPort; agreement: Agreement | null; attempt: (work: () => Promise<void>, setNotice: (n: Notice) => void) => Promise<void> }) {
  const { port, agreement } = props;
  const [snapshot, setSnapshot] = useState<RangeSnapshot | null>(null);
  const [sheet, setSheet] = useState<SheetReadResult | null>(null);
  const [overrides, setOverrides] = useState<Partial<Record<FieldKey, number>>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const attempt = (work: () => Promise<void>) => props.attempt(work, setNotice);

  const readPreview = useCallback(
    async (map: Partial<Record<FieldKey, number>> = overrides) => {
      const snap = await port.readData();
      setSnapshot(snap);
      setSheet(readSheet(withoutResultColumns(snap.values), { firstRow: snap.firstRow, firstColumn: snap.firstColumn, overrides: map }));
    },
    [port, overrides],
  );

  useEffect(() => {
    void attempt(() => readPreview());
    // Once per workbook: the data the pane was opened on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const run = () =>
    attempt(async () => {
      if (!agreement) return;
      setNotice(null);
      setProgress(0);
      try {
        const outcome = await allocateInWorkbook(port, agreement, { overrides, onProgress: (d, t) => setProgress(d / Math.max(1, t)) });
        if (!outcome.ok) {
          setNotice({ intent: 'error', title: da.ui.errorTitle, text: outcome.error });
          return;
        }
        const s = outcome.result.summary;
        setLastRun({ agreement, decisions: outcome.result.decisions, rows: outcome.sheet.rows, summary: s, sheetName: outcome.sheetName, firstColumn: snapshot?.firstColumn ?? 0 });
        setNotice({ intent: 'success', title: da.ui.allocatedTitle, text: da.ui.allocated(s.rows - s.error, s.municipality, s.fromLedger) });
        await readPreview();
      } finally {
        setProgress(null);
      }
    });

  const makeOffer = () =>
    attempt(async () => {
      if (!lastRun) return;
      const list = offerList(lastRun.decisions, lastRun.rows, lastRun.agreement);
      if (list.rows.length === 0) {
        setNotice({ intent: 'info', text: da.workbook.noOffers });
        return;
      }
      const name = await port.createTableSheet(da.workbook.offerSheetName, list.headers, list.rows);
      setNotice({ intent: 'success', text: da.ui.offerMade(name, list.rows.length) });
    });

  const reset = () =>
    attempt(async () => {
      const stored = await port.loadStored();
      await port.saveStored({ ...stored, state: null });
      setLastRun(null);
      setNotice({ intent: 'success', text: da.ui.resetDone });
    });

  return (
    <>
      <DataPanel
        snapshot={snapshot}
        sheet={sheet}
        overrides={overrides}
        onReread={() => void attempt(() => readPreview())}
        onMap={(header, field) =>
          void attempt(async () => {
            const headerRow = sheet?.ok ? sheet.headerRow - (snapshot?.firstRow ?? 1) : 0;
            const index = (snapshot?.values[headerRow] ?? []).findIndex((h) => String(h ?? '').trim() === header);
            const next = Object.fromEntries(Object.entries(overrides).filter(([, i]) => i !== index)) as Partial<Record<FieldKey, number>>;
            if (field) next[field] = index;
            setOverrides(next);
            await readPreview(next);
          })
        }
      />
      {sheet && !sheet.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{sheet.error}</MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <Button appearance="primary" disabled={!agreement || progress !== null || !sheet?.ok} onClick={() => void run()}>
        {progress === null ? da.ui.allocate : da.ui.allocating}
      </Button>
      {progress !== null && <ProgressBar value={progress} aria-label={da.ui.progress(progress, 1)} />}
      <NoticeBar notice={notice} />
      {lastRun && <ResultPanel summary={lastRun.summary} onGoToRow={(row) => void attempt(() => port.selectCell(lastRun.sheetName, row, lastRun.firstColumn))} />}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button disabled={!lastRun} onClick={() => void makeOffer()}>
          {da.ui.makeOffer}
        </Button>
        <ResetButton describe={() => describeStoredState(port, agreement)} onConfirm={() => void reset()} />
      </div>
    </>
  );
}

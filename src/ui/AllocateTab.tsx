import { Button } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { allocateInWorkbook, RunPhase } from '../app/allocateInWorkbook';
import { describeColumns, mapColumn } from '../app/columnMapping';
import { errorNotice, Notice } from '../app/notice';
import { makeOfferList } from '../app/offerListInWorkbook';
import { planRemoval, removeResults } from '../app/removeResults';
import { describeStoredState, resetCounters } from '../app/resetDescription';
import { Agreement, AllocationSummary, Decision, SheetRow } from '../core';
import * as da from '../core/da';
import { timeSlicer } from '../core/util';
import type { TabProps } from './tabProps';
import { ColumnsPanel } from './ColumnsPanel';
import { useConfirm } from './ConfirmDialog';
import { NoticeBar } from './NoticeBar';
import { useAskReplace } from './ReplaceDialog';
import { ResetButton } from './ResetButton';
import { ResultPanel } from './ResultPanel';
import { RunProgress, RunState } from './RunProgress';
import { SelfTestPanel } from './SelfTestPanel';

interface LastRun {
  agreement: Agreement;
  decisions: Decision[];
  rows: SheetRow[];
  summary: AllocationSummary;
  sheetName: string;
  firstColumn: number;
}

/** The administrator's weekly job: allocate the data the pane names, make the offer list, reset the counters. */
export function AllocateTab(props: TabProps & { agreement: Agreement | null }) {
  const { port, agreement, data } = props;
  const [run, setRun] = useState<RunState | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { ask, dialog } = useAskReplace();
  const { confirm, dialog: confirmDialog } = useConfirm();
  const abort = useRef<AbortController | null>(null);
  const attempt = (work: () => Promise<void>) => props.attempt(work, setNotice);
  const busy = run !== null;

  const allocate = () =>
    attempt(async () => {
      if (!agreement || !data.target) return;
      setNotice(null);
      const controller = new AbortController();
      abort.current = controller;
      const progress = (done: number, total: number, phase: RunPhase) =>
        setRun({
          done: phase === 'reading' ? 0 : done,
          total,
          text: phase === 'reading' ? da.ui.phase.reading(done, total) : phase === 'deciding' ? da.ui.phase.deciding(done, total) : da.ui.phase.writing(done, total),
          cancel: phase === 'writing' ? null : () => controller.abort(),
        });
      try {
        const outcome = await allocateInWorkbook(port, agreement, {
          target: data.target,
          overrides: data.overrides,
          onProgress: progress,
          slicer: timeSlicer(),
          signal: controller.signal,
          sideSheets: data.sideSheets,
        });
        if (!outcome.ok) {
          setNotice(outcome.cancelled ? { intent: 'info', text: outcome.error } : { intent: 'error', title: da.ui.errorTitle, text: outcome.error });
          return;
        }
        const s = outcome.result.summary;
        // The rows as decided: with a register, the offer list shows the area status it gave.
        setLastRun({ agreement, decisions: outcome.result.decisions, rows: [...outcome.result.rows], summary: s, sheetName: outcome.sheetName, firstColumn: outcome.firstColumn });
        setNotice({ intent: 'success', title: da.ui.allocatedTitle, text: da.ui.allocated(s.rows - s.error, s.municipality, s.fromLedger) });
        // The run read the data once and knows what it wrote beside it: the pane shows that, unread again.
        props.adopt(outcome.read);
      } finally {
        abort.current = null;
        setRun(null);
      }
    });

  const makeOffer = () =>
    attempt(async () => {
      if (!lastRun) return;
      const made = await makeOfferList(port, lastRun, ask);
      if (made === 'empty') setNotice({ intent: 'info', text: da.workbook.noOffers });
      else if (made !== null) setNotice({ intent: 'success', text: da.ui.offerMade(made.name, made.rows) + (made.replaced ? ` ${da.ui.reportReplaced}` : '') });
    });

  const reset = () =>
    attempt(async () => {
      await resetCounters(port);
      setLastRun(null);
      setNotice({ intent: 'success', text: da.ui.resetDone });
    });

  // "Fjern resultater": the job says what goes; the dialog asks before anything is removed.
  const remove = () =>
    attempt(async () => {
      const removal = await planRemoval(port, agreement);
      if (removal === null) return setNotice({ intent: 'info', text: da.ui.nothingToRemove });
      if (!(await confirm(da.ui.removeTitle, removal.body, da.ui.removeConfirm))) return;
      setNotice({ intent: 'success', text: await removeResults(port, removal) });
      setLastRun(null);
      await props.reread(false);
    });

  const columns = data.snapshot && data.sheet ? describeColumns(data.snapshot, data.sheet, data.overrides) : null;
  return (
    <>
      <Button appearance="primary" disabled={!agreement || busy || !data.sheet?.ok || data.reading} onClick={() => void allocate()}>
        {busy ? da.ui.allocating : da.ui.allocate}
      </Button>
      <RunProgress run={run} />
      {data.sheet && !data.sheet.ok && <NoticeBar notice={{ intent: 'error', text: da.sheet.problem(data.sheet.error) }} />}
      <NoticeBar notice={notice} />
      {lastRun && <ResultPanel summary={lastRun.summary} onGoToRow={(row) => void attempt(() => port.selectCell(lastRun.sheetName, row, lastRun.firstColumn))} />}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button disabled={!lastRun || busy} onClick={() => void makeOffer()}>
          {da.ui.makeOffer}
        </Button>
        <ResetButton disabled={busy} describe={() => describeStoredState(port, agreement)} onConfirm={() => void reset()} onError={(e) => setNotice(errorNotice(da.ui.errorTitle, e))} />
        <Button disabled={busy} onClick={() => void remove()}>
          {da.ui.removeResults}
        </Button>
      </div>
      {columns && <ColumnsPanel columns={columns} openByDefault={!data.sheet?.ok} onMap={(index, field) => void props.reread(false, mapColumn(data.overrides, index, field))} />}
      <SelfTestPanel port={port} disabled={busy} />
      {dialog}
      {confirmDialog}
    </>
  );
}

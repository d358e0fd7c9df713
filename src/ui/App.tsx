import { Button, Divider, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Title3, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { allocateInWorkbook } from '../app/allocateInWorkbook';
import { checkAgreement, FieldKey, loadAgreement, readSheet, SheetReadResult } from '../core';
import * as da from '../core/da';
import { offerList } from '../core/results/offerList';
import { withoutResultColumns } from '../core/results/stripResults';
import { RangeSnapshot, WorkbookPort } from '../port/workbookPort';
import { AgreementOption, AgreementPanel, AgreementProblem } from './AgreementPanel';
import { BUNDLED } from './bundledAgreements';
import { ResetButton } from './ResetButton';
import { ResultPanel } from './ResultPanel';
import { DataPanel } from './DataPanel';
import { LastRun, Notice, describeStoredState } from './appState';

const bundledOptions: AgreementOption[] = BUNDLED.flatMap(({ id, file }) => {
  const r = checkAgreement(file, id);
  return r.ok ? [{ key: id, text: r.agreement.name, agreement: r.agreement }] : [];
});

/** The task pane: the same component in Excel (Office.js port) and in the workbench (file port). */
export function App(props: { port: WorkbookPort; defaultAgreementId?: string }) {
  const { port } = props;
  const [options, setOptions] = useState<AgreementOption[]>(bundledOptions);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<AgreementProblem | null>(null);
  const [snapshot, setSnapshot] = useState<RangeSnapshot | null>(null);
  const [sheet, setSheet] = useState<SheetReadResult | null>(null);
  const [overrides, setOverrides] = useState<Partial<Record<FieldKey, number>>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const agreement = options.find((o) => o.key === selected)?.agreement ?? null;

  const readPreview = useCallback(
    async (map: Partial<Record<FieldKey, number>> = overrides) => {
      const snap = await port.readData();
      setSnapshot(snap);
      setSheet(readSheet(withoutResultColumns(snap.values), { firstRow: snap.firstRow, firstColumn: snap.firstColumn, overrides: map }));
    },
    [port, overrides],
  );

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', title: da.ui.errorTitle, text: (e as Error).message });
    }
  };

  useEffect(() => {
    void attempt(async () => {
      const stored = await port.loadStored();
      let initial = props.defaultAgreementId ?? 'standard-25';
      if (stored.agreement) {
        const r = checkAgreement(stored.agreement, 'projektmappe');
        if (r.ok) {
          setOptions((o) => [...o.filter((x) => x.key !== 'stored'), { key: 'stored', text: da.ui.storedOption(r.agreement.name), agreement: r.agreement }]);
          initial = 'stored';
        } else setProblem({ source: da.ui.storedAgreementRejected, errors: r.errors });
      }
      setSelected(initial);
      await readPreview();
    });
    // Runs once per port: the workbook the pane was opened on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const importAgreement = (fileName: string, text: string) => {
    const r = loadAgreement(text, fileName.replace(/\.json$/i, ''));
    if (!r.ok) {
      setProblem({ source: fileName, errors: r.errors });
      return;
    }
    setProblem(null);
    setOptions((o) => [...o.filter((x) => x.key !== 'imported'), { key: 'imported', text: da.ui.importedOption(r.agreement.name), agreement: r.agreement }]);
    setSelected('imported');
  };

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
    <FluentProvider theme={webLightTheme} style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Title3 as="h1">{da.ui.title}</Title3>
      <AgreementPanel options={options} selected={selected} onSelect={(k) => (setSelected(k), setProblem(null))} onImport={importAgreement} problem={problem} />
      <Divider />
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
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {lastRun && <ResultPanel summary={lastRun.summary} onGoToRow={(row) => void attempt(() => port.selectCell(lastRun.sheetName, row, lastRun.firstColumn))} />}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button disabled={!lastRun} onClick={() => void makeOffer()}>
          {da.ui.makeOffer}
        </Button>
        <ResetButton describe={() => describeStoredState(port, agreement)} onConfirm={() => void reset()} />
      </div>
    </FluentProvider>
  );
}

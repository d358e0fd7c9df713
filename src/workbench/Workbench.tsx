import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Spinner, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import * as da from '../core/da';
import { ExceljsWorkbook } from '../file/exceljsWorkbook';
import { openWorkbookFile } from '../file/openWorkbookFile';
import { App } from '../ui/App';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Grid } from './Grid';

const EXAMPLE = 'examples/ledige-boliger.xlsx';
/** Excel gives a task pane 320–350 px; the workbench gives it the same (?pane=320 for the narrowest). */
const PANE_WIDTH = (() => {
  const asked = Number(new URLSearchParams(window.location.search).get('pane'));
  return Number.isFinite(asked) && asked >= 280 && asked <= 800 ? asked : 350;
})();

/** The task pane beside a sheet, in a plain browser, against the file port: the product without Excel. */
export function Workbench() {
  const [port, setPort] = useState<ExceljsWorkbook | null>(null);
  const [fileName, setFileName] = useState('ledige-boliger.xlsx');
  // Each opened file gets a fresh pane, as a newly opened workbook does in Excel.
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const open = async (name: string, bytes: Uint8Array) => {
    setOpening(name);
    try {
      const opened = await openWorkbookFile(name, bytes);
      if (!opened.ok) {
        setError(opened.error);
        return;
      }
      setPort(opened.port);
      setFileName(name);
      setGeneration((g) => g + 1);
      setError(null);
    } finally {
      setOpening(null);
    }
  };

  useEffect(() => {
    void fetch(EXAMPLE)
      .then((r) => r.arrayBuffer())
      .then((b) => open('ledige-boliger.xlsx', new Uint8Array(b)))
      .catch(() => setError(da.ui.openFailed(EXAMPLE)));
  }, []);

  const download = async () => {
    if (!port) return;
    const buffer = await port.workbook.xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.(xlsx|xlsm|csv|txt)$/i, '') + '-fordelt.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 12px', borderBottom: '1px solid #ddd', flexWrap: 'wrap' }}>
        <Title3 as="h1">{da.ui.workbenchTitle}</Title3>
        <Caption1>{da.ui.workbenchIntro}</Caption1>
        <span style={{ flex: 1 }} />
        {opening && <Spinner size="tiny" label={da.ui.opening(opening)} labelPosition="after" />}
        <Button onClick={() => fileInput.current?.click()} disabled={opening !== null}>
          {da.ui.openFile}
        </Button>
        <Button appearance="primary" disabled={!port} onClick={() => void download()}>
          {da.ui.download}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.xlsm,.csv,.txt"
          hidden
          data-testid="workbook-file"
          aria-label={da.ui.openFile}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const bytes = await file.arrayBuffer().then(
              (b) => new Uint8Array(b),
              () => null,
            );
            if (bytes === null) setError(da.ui.openFailed(file.name));
            else await open(file.name, bytes);
          }}
        />
      </header>
      {error && (
        <MessageBar intent="error" data-testid="workbench-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <main style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          <ErrorBoundary>{port ? <Grid port={port} /> : <p style={{ padding: 12 }}>{da.ui.loadingExample}</p>}</ErrorBoundary>
        </div>
        <aside data-testid="pane" style={{ width: PANE_WIDTH, flex: `0 0 ${PANE_WIDTH}px`, borderLeft: '1px solid #ddd', overflowY: 'auto', overflowX: 'auto' }} aria-label={da.ui.title}>
          {port && <App key={generation} port={port} defaultAgreementId="randers-bolig" />}
        </aside>
      </main>
    </FluentProvider>
  );
}

import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Title3, webLightTheme } from '@fluentui/react-components';
import ExcelJS from 'exceljs';
import { useEffect, useRef, useState } from 'react';
import * as da from '../core/da';
import { ExceljsWorkbook } from '../file/exceljsWorkbook';
import { App } from '../ui/App';
import { Grid } from './Grid';

const EXAMPLE = 'examples/ledige-boliger.xlsx';

async function open(buffer: ArrayBuffer): Promise<ExceljsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return new ExceljsWorkbook(workbook);
}

/** The task pane beside a sheet, in a plain browser, against the file port: the product without Excel. */
export function Workbench() {
  const [port, setPort] = useState<ExceljsWorkbook | null>(null);
  const [fileName, setFileName] = useState('ledige-boliger.xlsx');
  // Each opened file gets a fresh pane, as a newly opened workbook does in Excel.
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void fetch(EXAMPLE)
      .then((r) => r.arrayBuffer())
      .then(open)
      .then(setPort)
      .catch(() => setError(da.ui.openFailed(EXAMPLE)));
  }, []);

  const download = async () => {
    if (!port) return;
    const buffer = await port.workbook.xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.xlsx$/i, '') + '-fordelt.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 12px', borderBottom: '1px solid #ddd' }}>
        <Title3 as="h1">{da.ui.workbenchTitle}</Title3>
        <Caption1>{da.ui.workbenchIntro}</Caption1>
        <span style={{ flex: 1 }} />
        <Button onClick={() => fileInput.current?.click()}>{da.ui.openFile}</Button>
        <Button appearance="primary" disabled={!port} onClick={() => void download()}>
          {da.ui.download}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="workbook-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            try {
              setPort(await open(await file.arrayBuffer()));
              setFileName(file.name);
              setGeneration((g) => g + 1);
              setError(null);
            } catch {
              setError(da.ui.openFailed(file.name));
            }
          }}
        />
      </header>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <main style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0 }}>{port ? <Grid port={port} /> : <p style={{ padding: 12 }}>{da.ui.loadingExample}</p>}</div>
        <aside style={{ width: 400, borderLeft: '1px solid #ddd', overflow: 'auto' }} aria-label={da.ui.title}>
          {port && <App key={generation} port={port} defaultAgreementId="randers-bolig" />}
        </aside>
      </main>
    </FluentProvider>
  );
}

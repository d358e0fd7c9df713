import { Button, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { Agreement } from '../core';
import { checkLettings, CheckResult } from '../core/check/checkLettings';
import { checkTables } from '../core/check/report';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { Notice } from './appState';
import { NoticeBar } from './NoticeBar';

/**
 * The allocation officer's check: the lettings log in the sheet against the agreement. Writes a
 * report sheet (pools and deviations as Excel tables) and marks the deviating rows in the log.
 */
export function CheckTab(props: { port: WorkbookPort; agreement: Agreement | null; attempt: (work: () => Promise<void>, setNotice: (n: Notice) => void) => Promise<void> }) {
  const { port, agreement } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<{ result: CheckResult; sheetName: string; firstColumn: number } | null>(null);

  const run = () =>
    props.attempt(async () => {
      if (!agreement) return;
      setBusy(true);
      setNotice(null);
      try {
        const snapshot = await port.readData();
        const r = await checkLettings(snapshot.values, agreement, null, { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn });
        if (!r.ok) {
          setNotice({ intent: 'error', title: da.ui.errorTitle, text: r.error });
          return;
        }
        const report = await port.createReportSheet(da.check.reportSheet, checkTables(r.result));
        const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 1);
        const area = { firstRow: snapshot.firstRow, lastRow: snapshot.firstRow + snapshot.values.length - 1, firstColumn: snapshot.firstColumn, lastColumn: snapshot.firstColumn + width - 1 };
        await port.highlightRows(snapshot.sheetName, area, r.result.deviations.map((d) => d.row));
        setChecked({ result: r.result, sheetName: snapshot.sheetName, firstColumn: snapshot.firstColumn });
        setNotice({ intent: r.result.deviations.length === 0 ? 'success' : 'warning', text: da.check.checked(report, r.result.deviations.length) });
      } finally {
        setBusy(false);
      }
    }, setNotice);

  const [pools] = checked ? checkTables(checked.result) : [null];
  return (
    <section aria-label={da.ui.tabCheck} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Caption1 block>{da.check.checkIntro}</Caption1>
      <Button appearance="primary" disabled={!agreement || busy} onClick={() => void run()}>
        {da.check.checkButton}
      </Button>
      <NoticeBar notice={notice} />
      {checked && pools && (
        <>
          <Subtitle2 block as="h3">
            {da.check.reportPoolsTitle}
          </Subtitle2>
          <Table size="small" aria-label={da.check.reportPoolsTitle} data-testid="check-pools">
            <TableHeader>
              <TableRow>
                {pools.headers.map((h) => (
                  <TableHeaderCell key={h}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {pools.rows.map((r, i) => (
                <TableRow key={i}>
                  {r.map((c, j) => (
                    <TableCell key={j}>{c}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Subtitle2 block as="h3">
            {da.check.deviationsHeading(checked.result.deviations.length)}
          </Subtitle2>
          <ul data-testid="deviations">
            {checked.result.deviations.map((d) => (
              <li key={d.row}>
                <Button appearance="transparent" size="small" style={{ textAlign: 'left', height: 'auto' }} onClick={() => void props.attempt(() => port.selectCell(checked.sheetName, d.row, checked.firstColumn), setNotice)}>
                  <Caption1>{da.check.deviationLine(d.row, d.reason)}</Caption1>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

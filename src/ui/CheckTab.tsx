import { Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { checkInWorkbook } from '../app/checkInWorkbook';
import { Notice } from '../app/notice';
import { Agreement } from '../core';
import { CheckResult } from '../core/check';
import { checkTables } from '../core/check';
import * as da from '../core/da';
import { reportCellText } from '../core/results';
import type { TabProps } from './tabProps';
import { CompactTable } from './CompactTable';
import { NoticeBar } from './NoticeBar';
import { useAskReplace } from './ReplaceDialog';
import { RowLinks } from './ResultPanel';

/**
 * The allocation officer's check: the lettings log the pane names against the agreement. Writes a
 * report sheet (pools, deviations, what is not let yet, what cannot be read) and marks the deviating rows in the log.
 */
export function CheckTab(props: TabProps & { agreement: Agreement | null }) {
  const { port, agreement, data } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<{ result: CheckResult; sheetName: string; firstColumn: number } | null>(null);
  const { ask, dialog } = useAskReplace();
  const goTo = (row: number) => checked && void props.attempt(() => port.selectCell(checked.sheetName, row, checked.firstColumn), setNotice);

  const run = () =>
    props.attempt(async () => {
      if (!agreement || !data.target) return;
      setBusy(true);
      setNotice(null);
      try {
        const r = await checkInWorkbook(port, agreement, data.target, ask, data.sideSheets);
        if (!r.ok) {
          setNotice({ intent: 'error', title: da.ui.errorTitle, text: r.error });
          return;
        }
        setChecked({ result: r.result, sheetName: r.sheetName, firstColumn: r.firstColumn });
        const n = r.result.deviations.length;
        const unread = r.result.unreadable.length;
        const text = r.report === null ? da.check.checkedNoReport(n) : da.check.checked(r.report.name, n) + (r.report.replaced ? ` ${da.ui.reportReplaced}` : '');
        setNotice({ intent: n === 0 && unread === 0 ? 'success' : 'warning', text: unread > 0 ? `${text} ${da.check.unreadableNote(unread)}` : text });
      } finally {
        setBusy(false);
      }
    }, setNotice);

  const pools = checked ? checkTables(checked.result)[0] : null;
  return (
    <section aria-label={da.ui.tabCheck} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Button appearance="primary" disabled={!agreement || busy || !data.target || data.reading} onClick={() => void run()}>
        {da.check.checkButton}
      </Button>
      <Caption1 block>{da.check.checkIntro}</Caption1>
      <NoticeBar notice={notice} />
      {checked && pools && (
        <>
          <Subtitle2 block as="h3">
            {da.check.reportPoolsTitle}
          </Subtitle2>
          <CompactTable
            label={da.check.reportPoolsTitle}
            headers={da.check.poolColumnsShort}
            rows={pools.rows.map((r) => r.map((c) => (typeof c === 'number' ? c : reportCellText(c))))}
            testId="check-pools"
          />
          {checked.result.deviations.length > 0 ? (
            <RowLinks
              heading={da.check.deviationsHeading(checked.result.deviations.length)}
              testId="deviations"
              items={checked.result.deviations.map((d) => ({ row: d.row, text: da.check.deviationLine(d.row, d.reason) }))}
              onGoToRow={goTo}
            />
          ) : (
            <Subtitle2 block as="h3">
              {da.check.deviationsHeading(0)}
            </Subtitle2>
          )}
          {checked.result.pending.length > 0 && (
            <RowLinks
              heading={da.check.pendingHeading(checked.result.pending.length)}
              testId="pending"
              items={checked.result.pending.map((p) => ({ row: p.row, text: da.check.deviationLine(p.row, p.reason) }))}
              onGoToRow={goTo}
            />
          )}
          {checked.result.unreadable.length > 0 && (
            <RowLinks
              heading={da.check.unreadableHeading(checked.result.unreadable.length)}
              testId="unreadable"
              items={checked.result.unreadable.map((u) => ({ row: u.row, text: u.message }))}
              onGoToRow={goTo}
            />
          )}
        </>
      )}
      {dialog}
    </section>
  );
}

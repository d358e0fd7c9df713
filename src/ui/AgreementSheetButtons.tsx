import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { readAgreementFromSheet, selectErrorCell, writeAgreementToSheet } from '../app/agreementSheet';
import { errorNotice, Notice } from '../app/notice';
import { Agreement, AgreementError } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { useConfirm } from './ConfirmDialog';
import { NoticeBar } from './NoticeBar';

/**
 * The agreement as a sheet of the workbook: "Skriv aftalen i et ark" puts the chosen one on the sheet
 * Aftale, "Brug aftalen fra arket" reads it back, with every error linked to its cell.
 */
export function AgreementSheetButtons(props: { port: WorkbookPort; agreement: Agreement | null; onRead: (agreement: Agreement) => void }) {
  const { port, agreement } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [errors, setErrors] = useState<{ heading: string; errors: AgreementError[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const { confirm, dialog } = useConfirm();
  const s = da.agreementSheet;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice(errorNotice(da.ui.errorTitle, e));
    } finally {
      setBusy(false);
    }
  };

  const write = () =>
    run(async () => {
      if (!agreement) return;
      setErrors(null);
      let written = await writeAgreementToSheet(port, agreement);
      if (!written.ok && written.code === 'sheetExists') {
        if (!(await confirm(s.replaceTitle(s.sheetName), s.replaceBody(s.sheetName), s.replaceConfirm))) return;
        written = await writeAgreementToSheet(port, agreement, { replace: true });
      }
      setNotice(written.ok ? { intent: 'success', text: written.message } : { intent: 'error', title: da.ui.errorTitle, text: written.message });
    });

  const read = () =>
    run(async () => {
      const r = await readAgreementFromSheet(port);
      if (!r.ok) {
        setErrors({ heading: r.message, errors: r.errors });
        return;
      }
      setErrors(null);
      props.onRead(r.agreement);
      setNotice({ intent: 'success', text: r.message });
    });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Button size="small" disabled={!agreement || busy} onClick={() => void write()}>
          {s.writeButton}
        </Button>
        <Button size="small" disabled={busy} onClick={() => void read()}>
          {s.readButton}
        </Button>
      </div>
      <NoticeBar notice={notice} />
      {errors && (
        <MessageBar intent="error" layout="multiline" data-testid="agreement-sheet-errors">
          <MessageBarBody style={{ overflowWrap: 'anywhere' }}>
            <MessageBarTitle>{errors.heading}</MessageBarTitle>
            <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
              {errors.errors.map((e, i) => (
                <li key={i}>
                  {e.cell ? (
                    <Link as="button" inline onClick={() => void run(async () => void (await selectErrorCell(port, e)))} aria-label={`${s.goToCell(e.where)}: ${da.agreementErrors.message(e)}`}>
                      {e.where}
                    </Link>
                  ) : (
                    e.where
                  )}
                  : {da.agreementErrors.message(e)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {dialog}
    </div>
  );
}

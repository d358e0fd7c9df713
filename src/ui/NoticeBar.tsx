import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { Notice } from '../app/notice';
import * as da from '../core/da';

/** The one message a tab shows after an action; a failure's raw text only behind "Detaljer". */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  const [open, setOpen] = useState(false);
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
      <MessageBarBody style={{ overflowWrap: 'anywhere' }}>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
        {notice.details && (
          <div>
            <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              {open ? da.ui.hideDetails : da.ui.showDetails}
            </Button>
            {open && (
              <pre data-testid="notice-details" style={{ whiteSpace: 'pre-wrap', fontSize: 11, margin: 0 }}>
                {notice.details}
              </pre>
            )}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

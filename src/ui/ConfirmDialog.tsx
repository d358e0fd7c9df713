import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import * as da from '../core/da';

/** Asks one yes-or-no question before something is lost; returns the asking function and the dialog to render. */
export function useConfirm(): { confirm: (title: string, body: string, yes: string) => Promise<boolean>; dialog: JSX.Element } {
  const [question, setQuestion] = useState<{ title: string; body: string; yes: string } | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const confirm = useCallback(
    (title: string, body: string, yes: string) =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setQuestion({ title, body, yes });
      }),
    [],
  );
  const reply = (yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    setQuestion(null);
  };
  const dialog = (
    <Dialog open={question !== null} onOpenChange={(_, d) => !d.open && reply(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{question?.title}</DialogTitle>
          <DialogContent>{question?.body}</DialogContent>
          <DialogActions fluid>
            <Button appearance="secondary" onClick={() => reply(false)}>
              {da.ui.cancel}
            </Button>
            <Button appearance="primary" onClick={() => reply(true)}>
              {question?.yes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirm, dialog };
}

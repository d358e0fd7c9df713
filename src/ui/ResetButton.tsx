import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import * as da from '../core/da';

/** "Nulstil tællere", behind a confirmation that says exactly what will be lost. Focus goes back to the button when it closes. */
export function ResetButton(props: { describe: () => Promise<string | null>; onConfirm: () => void; onError: (e: unknown) => void; disabled?: boolean }) {
  const [body, setBody] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog was opened from an async click, not by a DialogTrigger, so Fluent cannot restore focus itself.
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <Button
        ref={button}
        appearance="secondary"
        disabled={props.disabled}
        onClick={async () => {
          try {
            setBody(await props.describe());
            setOpen(true);
          } catch (e) {
            props.onError(e);
          }
        }}
      >
        {da.ui.reset}
      </Button>
      <Dialog open={open} onOpenChange={(_, d) => !d.open && close()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{da.ui.resetTitle}</DialogTitle>
            <DialogContent>{body ?? da.ui.nothingStored}</DialogContent>
            <DialogActions fluid>
              <Button appearance="secondary" onClick={close}>
                {da.ui.cancel}
              </Button>
              <Button
                appearance="primary"
                disabled={body === null}
                onClick={() => {
                  close();
                  props.onConfirm();
                }}
              >
                {da.ui.resetConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

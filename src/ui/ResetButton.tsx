import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { useState } from 'react';
import * as da from '../core/da';

/** "Nulstil tællere", behind a confirmation that says exactly what will be lost. */
export function ResetButton(props: { describe: () => Promise<string | null>; onConfirm: () => void }) {
  const [body, setBody] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        appearance="secondary"
        onClick={async () => {
          setBody(await props.describe());
          setOpen(true);
        }}
      >
        {da.ui.reset}
      </Button>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{da.ui.resetTitle}</DialogTitle>
          <DialogContent>{body ?? da.ui.nothingStored}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{da.ui.cancel}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={body === null}
              onClick={() => {
                setOpen(false);
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

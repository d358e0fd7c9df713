import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { AskReplace, ReplaceChoice } from '../app/reports';
import * as da from '../core/da';

/**
 * Asks what to do with an earlier report sheet the user has changed: replace it, keep it and make a
 * new one, or stop. Returns the function the jobs call, and the dialog to render.
 */
export function useAskReplace(): { ask: AskReplace; dialog: JSX.Element } {
  const [sheet, setSheet] = useState<string | null>(null);
  const answer = useRef<((c: ReplaceChoice) => void) | null>(null);
  const ask = useCallback<AskReplace>(
    (name) =>
      new Promise<ReplaceChoice>((resolve) => {
        answer.current = resolve;
        setSheet(name);
      }),
    [],
  );
  const choose = (c: ReplaceChoice) => {
    answer.current?.(c);
    answer.current = null;
    setSheet(null);
  };
  const dialog = (
    <Dialog open={sheet !== null} onOpenChange={(_, d) => !d.open && choose('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{da.ui.replaceTitle(sheet ?? '')}</DialogTitle>
          <DialogContent>{da.ui.replaceBody(sheet ?? '')}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => choose('new')}>
              {da.ui.replaceNew}
            </Button>
            <Button onClick={() => choose('replace')}>{da.ui.replaceOverwrite}</Button>
            <Button appearance="subtle" onClick={() => choose('cancel')}>
              {da.ui.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { ask, dialog };
}

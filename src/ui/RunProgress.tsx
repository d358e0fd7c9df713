import { Button, Caption1, ProgressBar } from '@fluentui/react-components';
import * as da from '../core/da';

export interface RunState {
  done: number;
  total: number;
  /** What the pane says it is doing, with counts. */
  text: string;
  /** Null once cancelling is no longer possible (writing has begun). */
  cancel: (() => void) | null;
}

/** Progress with counts, and "Annullér" while a run can still be stopped. */
export function RunProgress({ run }: { run: RunState | null }) {
  if (!run) return null;
  return (
    <div data-testid="run-progress" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <ProgressBar value={run.total > 0 ? run.done / run.total : undefined} aria-label={run.text} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}>
        <Caption1 aria-live="polite" data-testid="run-progress-text">
          {run.text}
        </Caption1>
        {run.cancel ? (
          <Button size="small" onClick={run.cancel}>
            {da.ui.cancelRun}
          </Button>
        ) : (
          <Caption1>{da.ui.writingCannotCancel}</Caption1>
        )}
      </div>
    </div>
  );
}

/**
 * Long loops in the pane give the browser a turn now and then, so it can paint progress and take a
 * click on "Annullér": `due()` says when a slice has run long enough, `pause()` yields to the event loop.
 */
export interface Slicer {
  due(): boolean;
  pause(): Promise<void>;
}

/** A slice of about `ms` milliseconds of work between pauses. */
export function timeSlicer(ms = 25): Slicer {
  let start = Date.now();
  return {
    due: () => Date.now() - start >= ms,
    pause: () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          start = Date.now();
          resolve();
        }, 0),
      ),
  };
}

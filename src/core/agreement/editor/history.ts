/** Undo and redo inside the editor: every change a new present, the past kept, the future dropped by a new change. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** How many steps back the editor remembers. */
const LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

/** The present replaced without a new step: keystrokes in one field make one step, not one each. */
export function amend<T>(h: History<T>, next: T): History<T> {
  return next === h.present ? h : { ...h, present: next };
}

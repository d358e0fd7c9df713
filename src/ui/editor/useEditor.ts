import { useCallback, useMemo, useRef, useState } from 'react';
import { amend, Draft, DraftReading, readDraft, record, redo as redoStep, startHistory, undo as undoStep } from '../../core/agreement';
import type { Agreement } from '../../core';

/** How long keystrokes in one field count as one change for undo. */
const TYPING_MS = 1200;

/**
 * The draft being edited, with undo and redo: a change is a pure function of the draft (the core's
 * operations); keystrokes in the same field within a moment make one step. Every draft is read as
 * the agreement sheet is; the last draft that read cleanly is kept for what needs a valid agreement.
 */
export function useEditor(initial: Draft) {
  const [history, setHistory] = useState(() => startHistory(initial));
  const typing = useRef<{ field: string; at: number } | null>(null);
  const draft = history.present;
  const reading: DraftReading = useMemo(() => readDraft(draft), [draft]);
  // The last agreement that read cleanly, adjusted while rendering (React's pattern for state derived from a change).
  const [lastValid, setLastValid] = useState<Agreement | null>(null);
  if (reading.ok && lastValid !== reading.agreement) setLastValid(reading.agreement);

  /** Applies a change; `field` names the text field typed into, so its keystrokes merge into one step. */
  const change = useCallback((apply: (d: Draft) => Draft, field?: string) => {
    const now = Date.now();
    const merge = field !== undefined && typing.current?.field === field && now - typing.current.at < TYPING_MS;
    typing.current = field === undefined ? null : { field, at: now };
    setHistory((h) => (merge ? amend(h, apply(h.present)) : record(h, apply(h.present))));
  }, []);
  const replace = useCallback((next: Draft) => {
    typing.current = null;
    setHistory((h) => record(h, next));
  }, []);
  const undo = useCallback(() => {
    typing.current = null;
    setHistory(undoStep);
  }, []);
  const redo = useCallback(() => {
    typing.current = null;
    setHistory(redoStep);
  }, []);
  return { draft, reading, valid: reading.ok ? reading.agreement : lastValid, change, replace, undo, redo, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}

export type Editor = ReturnType<typeof useEditor>;

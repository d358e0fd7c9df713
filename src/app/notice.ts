import { describeError } from './describeError';

/** The one message a tab shows after an action: success, information, or what went wrong. */
export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  title?: string;
  text: string;
  /** The raw text behind a failure (Excel's own English), shown only behind "Detaljer". */
  details?: string | null;
}

export function errorNotice(title: string, error: unknown): Notice {
  const { text, details } = describeError(error);
  return { intent: 'error', title, text, details };
}

import { textFingerprint } from '../core/results';
import type { StoredData } from '../port/workbookPort';

const FORMAT = 'anvisning-projektmappe';
const VERSION = 1;

interface Meta {
  format: typeof FORMAT;
  version: typeof VERSION;
  agreement: StoredData['agreement'];
  results: StoredData['results'];
  hasState: boolean;
  /** Length and hash of the state as written: a host that hands a part back changed is caught. */
  stateCheck?: string;
}

/**
 * One line of JSON for the small things, then the state exactly as serialised: the ledger, which
 * makes up nearly all of it, is not escaped a second time, and it reads back byte for byte.
 */
export function storedToText(stored: StoredData): string {
  const meta: Meta = {
    format: FORMAT,
    version: VERSION,
    agreement: stored.agreement,
    results: stored.results,
    hasState: stored.state !== null,
    ...(stored.state !== null ? { stateCheck: textFingerprint(stored.state) } : {}),
  };
  return `${JSON.stringify(meta)}\n${stored.state ?? ''}`;
}

export function textToStored(text: string): StoredData {
  const cut = text.indexOf('\n');
  const meta = parseMeta(cut < 0 ? text : text.slice(0, cut));
  // Unreadable: hand the text on as the state, so the pane reports it as damaged and a reset can replace it.
  if (meta === null) return { agreement: null, state: text, results: null, damaged: ['agreement', 'results'] };
  const state = meta.hasState ? text.slice(cut + 1) : null;
  const whole = state === null || meta.stateCheck === undefined || textFingerprint(state) === meta.stateCheck;
  return { agreement: meta.agreement ?? null, results: meta.results ?? null, state, ...(whole ? {} : { damaged: ['state' as const] }) };
}

function parseMeta(line: string): Meta | null {
  try {
    const meta = JSON.parse(line) as Partial<Meta> | null;
    return meta !== null && typeof meta === 'object' && meta.format === FORMAT && meta.version === VERSION ? (meta as Meta) : null;
  } catch {
    return null;
  }
}

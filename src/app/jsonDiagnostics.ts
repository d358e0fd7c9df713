import * as da from '../core/da';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { Agreement, loadAgreement } from '../core';
import { KNOWN_FACTS, OPERATORS } from '../core/agreement';
import { LABEL_FACTS } from '../core/agreement';

/** One of the core's errors placed in the JSON text, for the JSON view's markers. */
export interface JsonMarker {
  from: number;
  to: number;
  message: string;
}

export type JsonReading = { ok: true; agreement: Agreement; markers: [] } | { ok: false; markers: JsonMarker[] };

/**
 * The agreement's JSON as the pane's JSON view holds it, checked by the core as any agreement
 * file is; each error is placed on the text it is about (its JSON path, or its line and column),
 * or on the first character when it concerns the whole.
 */
export function readJsonText(text: string, fallbackId: string): JsonReading {
  const r = loadAgreement(text, fallbackId);
  if (r.ok) return { ok: true, agreement: r.agreement, markers: [] };
  const tree = parseTree(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return {
    ok: false,
    markers: r.errors.map((e) => {
      const node = e.path && tree ? findNodeAtLocation(tree, e.path) : undefined;
      if (node) return { from: node.offset, to: node.offset + node.length, message: da.agreementErrors.message(e) };
      const at = e.values as { line?: number; column?: number };
      const line = typeof at.line === 'number' ? at.line : null;
      const column = typeof at.column === 'number' ? at.column : 1;
      const from = line === null ? 0 : Math.min(text.length, (lineStarts[line - 1] ?? 0) + column - 1);
      return { from, to: Math.min(text.length, from + 1), message: da.agreementErrors.message(e) };
    }),
  };
}

/** What the JSON view completes: facts, operators, and the values of label facts. */
export const JSON_COMPLETIONS = {
  facts: KNOWN_FACTS,
  operators: OPERATORS,
  labels: Object.fromEntries(Object.entries(LABEL_FACTS).map(([fact, l]) => [fact, l.values])) as Record<string, readonly string[]>,
};

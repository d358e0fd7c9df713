import { parseTree, findNodeAtLocation, Node, ParseError } from 'jsonc-parser';
import * as da from '../da';
import { AgreementError } from './types';

export type JsonParseResult = { ok: true; value: unknown; tree: Node | undefined } | { ok: false; error: AgreementError };

/** JSON.parse decides validity; jsonc-parser (strict settings) tells where the first fault is. */
export function parseJson(text: string): JsonParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    const value = JSON.parse(clean);
    return { ok: true, value, tree: parseTree(clean, [], { disallowComments: true, allowTrailingComma: false }) };
  } catch {
    const errors: ParseError[] = [];
    parseTree(clean, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first === undefined) return { ok: false, error: { code: 'invalidJson', where: da.agreement.whole, values: { jsonError: null } } };
    const { line, column } = lineAndColumn(clean, first.offset);
    return { ok: false, error: { code: 'invalidJson', where: da.agreement.at(line, column), values: { jsonError: first.error, line, column } } };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  // The last line that starts at or before the offset: binary search, so a file with thousands of
  // errors is not scanned from the top for each.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

let indexed: { text: string; starts: number[] } | null = null;

/** Where each line begins; kept for the last text asked about (one agreement's errors are located together). */
function lineStarts(text: string): number[] {
  if (indexed?.text === text) return indexed.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  indexed = { text, starts };
  return starts;
}

/** Line and column of the value at a JSON path, when the text is at hand. */
export function locate(text: string | undefined, tree: Node | undefined, path: (string | number)[]): { line: number; column: number } | undefined {
  if (text === undefined || tree === undefined) return undefined;
  return lineAndColumn(text.replace(/^\uFEFF/, ''), nodeOffset(tree, path));
}

/** Offset of the deepest existing node on a JSON path (a missing field points at its parent). */
export function nodeOffset(tree: Node, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node.offset;
  }
  return 0;
}

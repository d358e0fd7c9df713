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
  } catch (e) {
    const errors: ParseError[] = [];
    parseTree(clean, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first === undefined) return { ok: false, error: { code: 'invalidJson', where: da.agreement.whole, message: da.agreement.invalidJson((e as Error).message) } };
    const { line, column } = lineAndColumn(clean, first.offset);
    return { ok: false, error: { code: 'invalidJson', where: da.agreement.at(line, column), message: da.agreement.invalidJson(first.error), values: { line, column } } };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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

import * as da from '../da';
import { lineAndColumn } from './parseJson';
import { MAX_AGREEMENT_DEPTH, MAX_AGREEMENT_SIZE } from './limits';
import { AgreementError } from './types';

/**
 * Refuses an agreement text that is too large or too deeply nested before it is parsed: the JSON
 * parser, the schema check and the rule engine all walk the tree recursively, so 10,000 levels
 * would overflow the stack, and 50 MB would take the heap half a minute to fill. One pass, no
 * recursion: braces and brackets are counted outside strings.
 */
export function textLimitError(text: string): AgreementError | null {
  if (text.length > MAX_AGREEMENT_SIZE) return { code: 'tooLarge', where: da.agreement.whole, values: { characters: text.length, limit: MAX_AGREEMENT_SIZE } };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_AGREEMENT_DEPTH) {
        const at = lineAndColumn(text, i);
        return { code: 'tooDeep', where: da.agreement.at(at.line, at.column), values: { limit: MAX_AGREEMENT_DEPTH, line: at.line, column: at.column } };
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/** The same depth limit for an agreement that arrives parsed (stored in a workbook): walked with a stack, not recursion. */
export function valueLimitError(value: unknown): AgreementError | null {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_AGREEMENT_DEPTH) return { code: 'tooDeep', where: da.agreement.whole, values: { limit: MAX_AGREEMENT_DEPTH } };
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return null;
}

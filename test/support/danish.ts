/**
 * Signs that a message is not the product's own Danish: a stack trace, Node's English system text,
 * JavaScript's own words for broken values.
 */
export const NOT_OURS =
  /\n\s+at .+[:(]\d+|\bE(ISDIR|NOENT|ACCES|PERM|NOTDIR|PIPE|BUSY|XDEV|NOSPC)\b|illegal operation|no such file|permission denied|Unexpected (token|end)|is not valid JSON|\bundefined\b|\[object Object\]|native code|TypeError|RangeError|SyntaxError|\bError:/;

/** Words every one of the product's messages uses one of. */
const DANISH = /[æøåÆØÅ]|\b(er|ikke|skal|kan|mangler|findes|linje|række|kolonne|aftalen|filen|feltet|arket)\b/i;

/** The problem with a message, or null when it reads as the product's own Danish. */
export function notDanish(message: unknown): string | null {
  if (typeof message !== 'string' || message.trim() === '') return `not a message: ${JSON.stringify(message)}`;
  if (NOT_OURS.test(message)) return `not ours: ${message.slice(0, 300)}`;
  if (!DANISH.test(message)) return `not Danish: ${message.slice(0, 300)}`;
  return null;
}

import * as da from '../core/da';
import { parseNumber } from '../core/sheet';

export type NumberInput = { ok: true; value: number } | { ok: false; error: string };

/**
 * A number typed into a field of the pane, read as a Dane writes it: "4.500" is 4,500, "4500,50"
 * is 4,500.5, "kr." may follow. An emptied field means its default; a negative number, text, or
 * (where `whole`) a fraction is refused with a sentence saying what to write.
 */
export function readNumberField(text: string, fallback: number, options: { whole?: boolean } = {}): NumberInput {
  if (text.trim() === '') return { ok: true, value: fallback };
  const value = parseNumber(text);
  if (value === undefined) return { ok: false, error: da.fields.notANumber(text.trim(), options.whole === true) };
  if (value < 0) return { ok: false, error: da.fields.negative };
  if (options.whole && !Number.isInteger(value)) return { ok: false, error: da.fields.notWhole };
  return { ok: true, value };
}

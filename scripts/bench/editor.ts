/**
 * Part 5: the agreement editor's live effect, as the pane works it out after a keystroke: the
 * draft read as the agreement sheet is (readDraft), then the edited agreement against the original
 * on the sheet (effectOf: an allocate run, the comparison, the hits per rule and lint's findings).
 * Each keystroke changes "Hver" of the first pool of randers-bolig to the next of 3…7 and back.
 * The pane waits EFFECT_DELAY_MS (src/ui/editor/EditorPanel.tsx) after the last keystroke first;
 * these figures are the work after that wait.
 */
import { effectGround, effectOf } from '../../src/app/editorEffect';
import { readSheet } from '../../src/core';
import { draftFromAgreement, readDraft, setPoolField } from '../../src/core/agreement';
import { bundled } from './agreements';
import { generateTable } from './generate';
import { median, now, round } from './timing';

export const EDITOR_ROWS = 10_000;
const KEYSTROKES = 15;

export interface EditorFigures {
  rows: number;
  agreement: string;
  keystrokes: number;
  /** Reading the draft after a keystroke (the fields' errors come from it): median and largest, in ms. */
  readDraftMs: { median: number; max: number };
  /** The live effect after the wait: median and largest, in ms. */
  effectMs: { median: number; max: number };
  /** The original's decisions on the sheet, once when the editor opens, in ms. */
  groundMs: number;
}

export async function editorChild(rows = EDITOR_ROWS): Promise<EditorFigures> {
  const sheet = readSheet(generateTable(rows));
  if (!sheet.ok) throw new Error(sheet.error.code);
  const original = bundled('randers-bolig');
  const t0 = now();
  const ground = await effectGround(sheet, original);
  const groundMs = (now() - t0) * 1000;
  if (ground === null) throw new Error('no ground');
  let draft = draftFromAgreement(original);
  const key = draft.pools[0].key;
  const reads: number[] = [];
  const effects: number[] = [];
  // Two warm-up keystrokes, not counted: the first calls compile what later ones reuse.
  for (let i = 0; i < KEYSTROKES + 2; i++) {
    const a = now();
    draft = setPoolField(draft, key, 'every', String(3 + (i % 5)));
    const reading = readDraft(draft);
    const b = now();
    if (!reading.ok) throw new Error('the draft does not read');
    const effect = await effectOf(ground, reading.agreement);
    const c = now();
    if (effect.rows !== sheet.rows.length) throw new Error('the effect missed rows');
    if (i >= 2) {
      reads.push((b - a) * 1000);
      effects.push((c - b) * 1000);
    }
  }
  return {
    rows,
    agreement: original.id,
    keystrokes: KEYSTROKES,
    readDraftMs: { median: round(median(reads), 1), max: round(Math.max(...reads), 1) },
    effectMs: { median: round(median(effects), 1), max: round(Math.max(...effects), 1) },
    groundMs: round(groundMs, 1),
  };
}

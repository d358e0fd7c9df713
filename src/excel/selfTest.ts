import type { ProbeResult } from '../port/workbookPort';
import { fromPieces, newToken, onePiece } from './storedPieces';
import { PIECE_BYTES } from './limits';
import { utf8Length } from './wireSize';

/** The self-test's own namespace: its part is never taken for stored data. */
const PROBE_NAMESPACE = 'urn:anvisningsaftaler:selvtest:v1';
/** The part size the add-in falls back to where a 1 MB part did not come back whole. */
export const SAFE_PIECE_BYTES = 100_000;

/** What the probes found, as the adapter keeps it for the rest of the session. */
export interface ProbeFindings {
  results: ProbeResult[];
  /** False: text that looks like a formula is not written at all (cellWrite.ts). */
  textStaysText: boolean;
  /** The largest stored part that came back whole; null when none did (then nothing is stored). */
  pieceBytes: number | null;
}

/**
 * Tries, in the user's own Excel, what no page promises and the add-in relies on, on a temporary
 * sheet that is deleted again (Worksheet.delete cannot be undone: Excel clears its undo list,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 *  - text starting with "=", "+", "-" or "@" written into cells formatted "@" stays that text;
 *  - a custom XML part of about 1 MB, as the stored data is written, comes back byte for byte
 *    (else one of 100 KB is tried);
 *  - a chart over a table whose first column is years as text gets one series per other column;
 *  - Range.conditionalFormats lists only the formats that intersect the range.
 * Each probe stands alone: one that fails (or that Excel refuses) is reported and the next runs.
 */
export async function runProbes(context: Excel.RequestContext): Promise<ProbeFindings> {
  const sheet = context.workbook.worksheets.add(`Selvtest ${newToken().slice(-6)}`);
  await context.sync();
  try {
    const text = await probe(() => textStaysText(context, sheet));
    const big = await probe(() => partComesBack(context, PIECE_BYTES));
    const small = big.ok ? big : await probe(() => partComesBack(context, SAFE_PIECE_BYTES));
    const chart = await probe(() => chartSeries(context, sheet));
    const formats = await probe(() => conditionalFormats(context, sheet));
    const xml: ProbeResult = { probe: 'xmlRoundTrip', ok: big.ok, details: big.ok ? null : [big.details, small.ok ? `${SAFE_PIECE_BYTES} bytes: ok` : small.details].join('; ') };
    return {
      results: [{ ...text, probe: 'textStaysText' }, xml, { ...chart, probe: 'chartSeries' }, { ...formats, probe: 'conditionalFormats' }],
      textStaysText: text.ok,
      pieceBytes: big.ok ? PIECE_BYTES : small.ok ? SAFE_PIECE_BYTES : null,
    };
  } finally {
    sheet.delete();
    await context.sync();
  }
}

type Outcome = { ok: boolean; details: string | null };

async function probe(run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (e) {
    const code = (e as { code?: unknown })?.code;
    return { ok: false, details: `${typeof code === 'string' ? `${code}: ` : ''}${e instanceof Error ? e.message : String(e)}` };
  }
}

const FORMULA_LIKE = ['=1+1', '+45 12 34 56', '-5 kr.', '@navn'];

async function textStaysText(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Outcome> {
  const range = sheet.getRange('A1:D1');
  range.numberFormat = [FORMULA_LIKE.map(() => '@')];
  range.values = [FORMULA_LIKE];
  range.load('values');
  await context.sync();
  const back = range.values[0];
  const ok = FORMULA_LIKE.every((t, i) => back[i] === t);
  return { ok, details: ok ? null : `written ${JSON.stringify(FORMULA_LIKE)}, read back ${JSON.stringify(back)}` };
}

/** About `bytes` of text like the stored state's (quotes, <&>, line ends, Danish letters), as one part. */
function probeText(bytes: number): string {
  const line = '{"unitId":"103-0417","reason":"3. bolig i puljen \'Under 4.000 kr.\' – <hver 3.> & går til kommunen"}\n';
  return line.repeat(Math.max(1, Math.floor((bytes - 400) / (utf8Length(JSON.stringify(line)) + 8))));
}

async function partComesBack(context: Excel.RequestContext, bytes: number): Promise<Outcome> {
  const text = probeText(bytes);
  const part = context.workbook.customXmlParts.add(onePiece(text, PROBE_NAMESPACE));
  try {
    const xml = part.getXml();
    await context.sync();
    const back = fromPieces([xml.value]);
    const same = back === text;
    let at = 0;
    while (!same && at < text.length && back[at] === text[at]) at++;
    return { ok: same, details: same ? null : `${bytes} bytes: came back ${back.length} characters for ${text.length}, first difference at ${at}` };
  } finally {
    part.delete();
    await context.sync().catch(() => undefined);
  }
}

async function chartSeries(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Outcome> {
  const source = sheet.getRange('A3:C5');
  source.numberFormat = [
    ['@', 'General', 'General'],
    ['@', 'General', 'General'],
    ['@', 'General', 'General'],
  ];
  source.values = [
    ['År', 'A', 'B'],
    ['2022', 1, 2],
    ['2023', 3, 4],
  ];
  const chart = sheet.charts.add('ColumnClustered', source, 'Columns');
  chart.series.load('count');
  await context.sync();
  const ok = chart.series.count === 2;
  return { ok, details: ok ? null : `${chart.series.count} series for 2 value columns` };
}

async function conditionalFormats(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Outcome> {
  for (const address of ['F1:F2', 'H1:H2']) {
    const format = sheet.getRange(address).conditionalFormats.add('Custom');
    format.custom.rule.formula = '=FALSE';
  }
  const formats = sheet.getRange('F1:F2').conditionalFormats;
  formats.load('items/id');
  const count = formats.getCount();
  await context.sync();
  const ok = formats.items.length === 1;
  return { ok, details: `${formats.items.length} listed for a range with 1; getCount ${count.value}` };
}

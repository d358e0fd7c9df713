/**
 * Property-based fuzzing (fast-check) of the readers a user's files go through: the CSV reader,
 * the sheet reader, the agreement loader and the state reader, with random bytes, random text and
 * random cells, and with valid files broken at random places. Each must give a result or a Danish
 * error, and never throw. Seeded, so a failure can be repeated.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { allocate, CellValue, emptyState, loadAgreement, parseState, readSheet, serialiseState, UncalculatedFormula } from '../../src/core';
import { csvText, neutralised, parseCsv, unneutralised } from '../../src/file/csv';
import { decodeText } from '../../src/core/util/decode';
import { FileProblem } from '../../src/file/errors';
import { loadVacancyFile } from '../../src/file/vacancyFile';
import { tempDir } from '../cli/harness';
import { BUNDLED, ROOT } from '../helpers';
import { notDanish } from '../support/danish';
import * as da from '../../src/core/da';

const SEED = 1313;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** Text made mostly of what CSV and JSON care about, so the fuzz reaches the interesting states. */
const spiky = fc.string({ unit: fc.constantFrom('"', ';', ',', '\t', '\r', '\n', '{', '}', '[', ']', ':', '\\', ' ', 'a', 'æ', '0', '-', '=', "'", '\uFEFF'), maxLength: 200 });
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), spiky);

const HEADERS = [
  'Lejemål',
  'Afdeling',
  'Boligtype',
  'Rum',
  'Areal',
  'Husleje',
  'Forbrug',
  'Husleje inkl. forbrug',
  'Ledig fra',
  'Områdestatus',
  'Udlejning',
  'Huslejenedsættelse',
  'constructor',
  '__proto__',
  '',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    undefined,
    '',
    ' ',
    '0',
    '-0',
    '-4000',
    '4.000,50',
    '1e999',
    '9'.repeat(400),
    'Familiebolig',
    'intern',
    'udsat',
    '2024-02-29',
    '30.02.2024',
    'constructor',
    '__proto__',
    'toString',
  ),
  fc.constantFrom<CellValue>(NaN, Infinity, -Infinity, -0, 0, 45292, 2_958_466, Number.MAX_VALUE, new Date(NaN), new Date(Date.UTC(2024, 0, 1)), true, false),
  fc.constantFrom(...HEADERS),
  fc.double(),
  fc.integer(),
  anyText,
  fc.string().map((f) => new UncalculatedFormula(f)),
);

describe('the CSV reader', () => {
  test('any text gives rows or the line of an unclosed quote, which is a line of the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<';' | ',' | '\t'>(';', ',', '\t'), (text, delimiter) => {
        const r = parseCsv(text, delimiter);
        if (r.ok) return r.rows.every((row) => row.every((c) => typeof c === 'string'));
        const lines = text.split(/\r\n|\n|\r/).length;
        return Number.isInteger(r.unclosedQuoteLine) && r.unclosedQuoteLine >= 1 && r.unclosedQuoteLine <= lines;
      }),
      runs(3000),
    );
  });

  test('any bytes decode to text the reader takes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = decodeText(bytes);
        return typeof text === 'string' && typeof parseCsv(text).ok === 'boolean';
      }),
      runs(2000),
    );
  });

  test('what the writer writes, the reader reads back: the cells as neutralised, and writing them again changes nothing', () => {
    const rowsArb = fc.array(fc.array(anyText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const parsed = parseCsv(csvText(rows, ';').replace(/^\uFEFF/, ''), ';');
        if (!parsed.ok) return false;
        const written = rows.map((r) => r.map(neutralised));
        // A result file read as next week's input and written again is the same file.
        const again = parsed.rows.map((r) => r.map((c) => neutralised(unneutralised(c))));
        return JSON.stringify(parsed.rows) === JSON.stringify(written) && JSON.stringify(again) === JSON.stringify(written);
      }),
      runs(2000),
    );
  });

  test('a cell reads back as the user wrote it, unless the user wrote what the writer itself writes', () => {
    fc.assert(
      fc.property(anyText, (text) => unneutralised(text) !== text || unneutralised(neutralised(text)) === text),
      runs(3000),
    );
  });

  test('no cell written to CSV begins like a formula, unless it is a plain number', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = neutralised(text);
        return !/^[=+\-@\t\r]/.test(out) || /^[+-]?\d+([.,]\d+)*([eE][+-]?\d+)?$/.test(out);
      }),
      runs(3000),
    );
  });
});

describe('the sheet reader', () => {
  test('any table of any cells gives decisions or a Danish sheet error; every row error names its row', async () => {
    const tableArb = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 });
    const agreement = loadAgreement(readFileSync(join(ROOT, 'rules', 'faaborg-flex.json'), 'utf8'), 'faaborg-flex');
    if (!agreement.ok) throw new Error('bundled agreement');
    await fc.assert(
      fc.asyncProperty(fc.option(fc.constantFrom(...HEADERS.map((h) => [h, 'Lejemål', 'Husleje', 'Ledig fra', 'Rum']))), tableArb, async (header, body) => {
        const table = header === null ? body : [header, ...body];
        const sheet = readSheet(table);
        if (!sheet.ok) return notDanish(da.sheet.problem(sheet.error)) === null;
        for (const row of sheet.rows) for (const e of row.errors) if (!/^Række \d+/.test(da.sheet.rowError(e)) || notDanish(da.sheet.rowError(e)) !== null) return false;
        const result = await allocate(sheet.rows, agreement.agreement, null);
        return result.decisions.length === sheet.rows.length && result.decisions.every((d) => typeof d.reason === 'string' && (d.position === null || Number.isSafeInteger(d.position)));
      }),
      runs(1500),
    );
  });

  test('a vacancy file of random bytes, or a real workbook with bytes broken at random, is read or refused in Danish', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ledige');
    [
      ['Lejemål', 'Husleje', 'Ledig fra'],
      ['A', 4000, new Date(Date.UTC(2024, 0, 2))],
      ['B', { formula: 'B2*2' }, '2024-01-03'],
    ].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
    const workbook = Buffer.from(await wb.xlsx.writeBuffer());
    const broken = fc.array(fc.tuple(fc.nat(workbook.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
      const b = Buffer.from(workbook);
      for (const [at, byte] of edits) b[at] = byte;
      return b;
    });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((u) => Buffer.from(u)),
      broken,
      fc.nat(workbook.length).map((n) => workbook.subarray(0, n)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('.csv', '.xlsx'), async (content, ext) => {
        const path = join(dir, `fil${n++}${ext}`);
        writeFileSync(path, content);
        try {
          const loaded = await loadVacancyFile(path);
          const sheet = readSheet(loaded.table);
          return sheet.ok || notDanish(da.sheet.problem(sheet.error)) === null;
        } catch (e) {
          return e instanceof FileProblem && notDanish(e.message) === null && e.message.includes(path);
        }
      }),
      runs(300),
    );
  });
});

describe('the agreement loader', () => {
  const bundledTexts = BUNDLED.map((id) => readFileSync(join(ROOT, 'rules', `${id}.json`), 'utf8'));
  const sheet = readSheet([
    ['Lejemål', 'Afdeling', 'Boligtype', 'Rum', 'Husleje', 'Forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning'],
    ['A', '103', 'familie', 1, 3500, 400, '2024-01-02', '', ''],
    ['B', '106', 'familie', 2, 4500, 600, '2024-01-03', 'udsat', 'intern'],
    ['C', '7', 'ungdom', 1, 5500, 700, '2024-02-01', '', ''],
  ]);
  if (!sheet.ok) throw new Error(sheet.error.code);

  /** Loads; an agreement that loads must also decide a sheet without throwing (a "1/0" share would not). */
  async function holds(text: string): Promise<boolean> {
    const r = loadAgreement(text, 'fuzz');
    if (!r.ok) return r.errors.length > 0 && r.errors.every((e) => typeof e.where === 'string' && e.where !== '' && notDanish(da.agreementErrors.message(e)) === null);
    if (!sheet.ok) return false;
    const result = await allocate(sheet.rows, r.agreement, null);
    return result.decisions.every((d) => d.position === null || Number.isSafeInteger(d.position));
  }

  test('random text and random bytes', async () => {
    await fc.assert(fc.asyncProperty(anyText, holds), runs(3000));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (b) => holds(decodeText(b))),
      runs(1000),
    );
  });

  test('random JSON values', async () => {
    await fc.assert(fc.asyncProperty(fc.json({ maxDepth: 6 }), holds), runs(2000));
  });

  test('bundled agreements with a value replaced at a random place', async () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom('1/0', '0/0', '5/4', '99999999999999999999/1', 1e300, -1, 0, 'constructor', '__proto__', 'toString', { fact: 'constructor' }, '$..x', []),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(bundledTexts.length - 1), fc.nat(), replacement, async (which, where, value) => {
        const doc = JSON.parse(bundledTexts[which]);
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (node: unknown) => {
          if (node === null || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
            walk(v);
          }
        };
        walk(doc);
        const [parent, key] = slots[where % slots.length];
        (parent as Record<string | number, unknown>)[key] = value;
        return holds(JSON.stringify(doc));
      }),
      runs(3000),
    );
  });

  test('bundled agreements cut at a random place, or nested past the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(bundledTexts.length - 1), fc.nat(), async (which, at) => holds(bundledTexts[which].slice(0, at % bundledTexts[which].length))),
      runs(1000),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), async (n, open) => holds(open.repeat(n))),
      runs(200),
    );
  });
});

describe('the state reader', () => {
  const valid = serialiseState({
    ...emptyState('a'),
    counters: Object.assign(Object.create(null), { p: 3 }),
    ledger: [{ unitId: 'A', vacantFrom: '2024-01-01', outcome: 'waitlist', rule: 'r', pool: 'p', position: 1, reason: 'x' }],
  });
  const holds = (text: string) => {
    const r = parseState(text, 'a');
    if (r.ok) return Object.values(r.state.counters).every((c) => Number.isSafeInteger(c)) && r.state.ledger.every((e) => typeof e.unitId === 'string');
    return notDanish(da.state.problem(r.error)) === null;
  };

  test('random text, bytes and JSON', () => {
    fc.assert(fc.property(anyText, holds), runs(3000));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => holds(decodeText(b))),
      runs(1000),
    );
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), holds), runs(2000));
  });

  test('a valid state with a value replaced, a character changed, or nested ten thousand deep', () => {
    fc.assert(
      fc.property(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(-1, 1e300, 2 ** 53 + 2, '3', null, [], {}, '['.repeat(5000))), (where, value) => {
        const doc = JSON.parse(valid);
        const keys = ['format', 'version', 'agreement', 'counters', 'capUse', 'ledgerColumns', 'ledger'];
        doc[keys[where % keys.length]] = value;
        return holds(JSON.stringify(doc));
      }),
      runs(2000),
    );
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (at, c) => holds(valid.slice(0, at % valid.length) + c + valid.slice((at % valid.length) + 1))),
      runs(2000),
    );
    expect(holds(valid.replace(/"ledgerColumns": \[[^\]]*\]/, `"ledgerColumns": ${'['.repeat(10_000)}${']'.repeat(10_000)}`))).toBe(true);
  });
});

/**
 * The pane's two doors for a user's files, fuzzed as the command line's readers are: "Importér
 * aftale (JSON) …" and the workbench's "Åbn fil …". Random bytes, random text, and valid files
 * broken at random places: each gives an agreement or workbook, or Danish problems, and never throws.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { importAgreement } from '../../src/app/importAgreement';
import { openWorkbookFile } from '../../src/file/openWorkbookFile';
import { BUNDLED, ROOT } from '../helpers';
import { notDanish } from '../support/danish';
import * as da from '../../src/core/da';

jest.setTimeout(120_000);

const SEED = 912;
const bytes = fc.uint8Array({ maxLength: 600 });
const agreementBytes = (id: string) => new Uint8Array(readFileSync(join(ROOT, 'rules', `${id}.json`)));
/** A valid file with a few bytes changed, cut off, or with something put in. */
const broken = (valid: Uint8Array) =>
  fc.oneof(
    fc.record({ at: fc.nat(valid.length - 1), value: fc.integer({ min: 0, max: 255 }) }).map(({ at, value }) => Uint8Array.from(valid, (b, i) => (i === at ? value : b))),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc.tuple(fc.nat(valid.length), fc.uint8Array({ maxLength: 40 })).map(([at, extra]) => new Uint8Array([...valid.slice(0, at), ...extra, ...valid.slice(at)])),
  );

describe('Importér aftale (JSON) …', () => {
  test('random bytes give an agreement or Danish problems', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('aftale.json', 'constructor.json', '__proto__.json', 'a b.json'), (b, name) => {
        const r = importAgreement(name, b);
        if (!r.ok) {
          expect(r.problem.source).toBe(name);
          expect(r.problem.errors.length).toBeGreaterThan(0);
          for (const e of r.problem.errors) expect(notDanish(da.agreementErrors.message(e))).toBeNull();
        }
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  test('every bundled agreement, broken at random places, gives an agreement or Danish problems', () => {
    for (const id of BUNDLED) {
      fc.assert(
        fc.property(broken(agreementBytes(id)), (b) => {
          const r = importAgreement(`${id}.json`, b);
          if (!r.ok) for (const e of r.problem.errors) expect(notDanish(da.agreementErrors.message(e))).toBeNull();
        }),
        { seed: SEED, numRuns: 150 },
      );
    }
    // And unbroken, each is an agreement (the property is not vacuous).
    for (const id of BUNDLED) expect(importAgreement(`${id}.json`, agreementBytes(id)).ok).toBe(true);
  });
});

describe('Åbn fil … in the workbench', () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uge 1');
    ws.addRow(['Lejemål', 'Boligtype', 'Ledig fra']);
    ws.addRow(['A1', 'Familiebolig', '2024-01-02']);
    xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  test('random bytes as .xlsx, .csv or anything else give a workbook or one Danish sentence naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('uge.xlsx', 'uge.csv', 'uge.txt', 'uge.xls', 'uge'), async (b, name) => {
        const r = await openWorkbookFile(name, b);
        if (!r.ok) {
          expect(notDanish(r.error)).toBeNull();
          expect(r.error).toContain(name);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  test('a real workbook broken at random places gives the workbook or a Danish sentence', async () => {
    await fc.assert(
      fc.asyncProperty(broken(xlsx), async (b) => {
        const r = await openWorkbookFile('uge.xlsx', b);
        if (!r.ok) expect(notDanish(r.error)).toBeNull();
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect((await openWorkbookFile('uge.xlsx', xlsx)).ok).toBe(true);
  });

  test('a CSV with a quote never closed names the line where it opened', async () => {
    const r = await openWorkbookFile('uge.csv', new TextEncoder().encode('Lejemål;Adresse\r\nA1;"Vej 1\r\nA2;Vej 2\r\n'));
    expect(r).toEqual({ ok: false, error: expect.stringContaining('linje 2') });
  });
});

import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cli, rules, tempDir, writeCsv, writeXlsx } from '../cli/harness';

/** The new shapes on the command line: the options, the JSON additions, the Danish summaries, the exit codes. */

const H = ['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Rum', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus'];
const day = (d: number) => `2024-01-${String(d).padStart(2, '0')}`;
// Alfa and Beta alternate, all family units: per organisation, A4 and B4 are each one's 4th.
const MIXED = [H, ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => [`${d % 2 ? 'A' : 'B'}${Math.ceil(d / 2)}`, d % 2 ? 'Alfa' : 'Beta', '1', 'Familiebolig', 3, 4000, day(d), ''])];

describe('allocate, a pool counted per organisation', () => {
  test('--format json: each decision as before plus "request": null; one summary row per organisation, with its key', async () => {
    const { code, out, err } = await cli('allocate', '--agreement', rules('standard-25-pr-organisation'), '--input', writeCsv(tempDir(), 'l.csv', MIXED), '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc.decisions[0])).toEqual(['row', 'unitId', 'outcome', 'pool', 'position', 'rule', 'reason', 'request']);
    expect(doc.decisions[6]).toEqual({
      row: 8,
      unitId: 'A4',
      outcome: 'municipality',
      pool: 'familieboliger',
      position: 4,
      rule: 'Familieboliger i fjerdedelspuljen',
      reason: "4. bolig i puljen 'Familieboliger' for Alfa – hver 4. går til kommunen",
      request: null,
    });
    expect(doc.summary.pools).toEqual([
      { pool: 'familieboliger', label: 'Familieboliger', key: { organisation: 'Alfa' }, counted: 4, municipality: 1, capped: 0, counterAfter: 4 },
      { pool: 'familieboliger', label: 'Familieboliger', key: { organisation: 'Beta' }, counted: 4, municipality: 1, capped: 0, counterAfter: 4 },
    ]);
    expect(Object.keys(doc.summary)).toEqual(['rows', 'municipality', 'waitlist', 'excluded', 'error', 'fromLedger', 'pools', 'errors']);
  });

  test("the table names each organisation's row", async () => {
    const { out } = await cli('allocate', '--agreement', rules('standard-25-pr-organisation'), '--input', writeCsv(tempDir(), 'l.csv', MIXED));
    expect(out).toMatch(/Familieboliger – Alfa\s+4\s+1\s+0\s+4\n/);
    expect(out).toMatch(/Familieboliger – Beta\s+4\s+1\s+0\s+4\n/);
  });

  test('lint --input finds no mixed organisations in a pool that counts each apart, and does under one counter', async () => {
    const input = writeCsv(tempDir(), 'l.csv', MIXED);
    const codes = async (id: string) => JSON.parse((await cli('lint', '--agreement', rules(id), '--input', input, '--format', 'json')).out).findings.map((f: { code: string }) => f.code);
    expect(await codes('standard-25')).toContain('mixedOrganisations');
    expect(await codes('standard-25-pr-organisation')).not.toContain('mixedOrganisations');
  });
});

describe("allocate with the municipality's requests", () => {
  const REQUESTS = [
    ['Forespørgsel', 'Oprettet', 'Udløber', 'Mindst rum', 'Højst husleje inkl. forbrug'],
    ['F-1', '2024-01-02', '', 2, '4.500'],
    ['F-2', '2024-01-01', '2024-01-03', 4, '5.000'],
  ];
  const SHEET = [H, ['V1', 'Alfa', '1', 'Familiebolig', 3, 4200, day(4), ''], ['V2', 'Alfa', '1', 'Familiebolig', 3, 4200, day(5), '']];

  test('"request" names the request a vacancy filled; the summary lists filled, open and expired; the state remembers', async () => {
    const d = tempDir();
    const state = join(d, 'tilstand.json');
    const requests = writeCsv(d, 'forespoergsler.csv', REQUESTS);
    const { code, out, err } = await cli(
      'allocate',
      '--agreement',
      rules('esbjerg-forespoergsel'),
      '--input',
      writeCsv(d, 'l.csv', SHEET),
      '--requests',
      requests,
      '--state',
      state,
      '--format',
      'json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.decisions.map((x: { request: string | null; outcome: string }) => [x.request, x.outcome])).toEqual([
      ['F-1', 'municipality'],
      [null, 'waitlist'],
    ]);
    expect(doc.summary.requests).toEqual({
      date: '2024-01-05',
      filled: [{ request: 'F-1', created: '2024-01-02', unitId: 'V1', vacantFrom: '2024-01-04', daysWaited: 2, earlier: false }],
      open: [],
      expired: [{ request: 'F-2', created: '2024-01-01', expires: '2024-01-03', daysWaited: 2 }],
    });
    expect(readFileSync(state, 'utf8')).toContain('"F-1"]');
    // Next week: F-1 stays filled, so the same kind of unit goes to the waiting list.
    const week2 = await cli(
      'allocate',
      '--agreement',
      rules('esbjerg-forespoergsel'),
      '--input',
      writeCsv(d, 'uge2.csv', [H, ['V3', 'Alfa', '1', 'Familiebolig', 3, 4200, day(8), '']]),
      '--requests',
      requests,
      '--state',
      state,
    );
    expect(week2.code).toBe(0);
    expect(week2.out).toContain('Forespørgsler: ');
    expect(week2.out).toMatch(/Opfyldt \(1\)\n\s+F-1 \(oprettet 02-01-2024\): lejemål V1, ledig fra 04-01-2024 – ventede 2 dage \(ved en tidligere kørsel\)/);
    expect(week2.out).toMatch(/Udløbet uden bolig \(1\)\n\s+F-2 \(oprettet 01-01-2024, udløb 03-01-2024\) – ventede 2 dage uden en passende bolig/);
    expect(week2.out).toMatch(/Kommunal anvisning\s+0\n/);
  });

  test('an agreement of requests without --requests is wrong usage, told in Danish (exit 2), and nothing is saved', async () => {
    const d = tempDir();
    const state = join(d, 'tilstand.json');
    const { code, err } = await cli('allocate', '--agreement', rules('esbjerg-forespoergsel'), '--input', writeCsv(d, 'l.csv', SHEET), '--state', state);
    expect(code).toBe(2);
    expect(err).toContain('Aftalen "esbjerg-forespoergsel" giver kommunen boliger efter dens forespørgsler');
    expect(err).toContain('--requests FIL');
    expect(existsSync(state)).toBe(false);
  });

  test('a bad requests table: exit 1, every problem by row and column, nothing saved', async () => {
    const d = tempDir();
    const state = join(d, 'tilstand.json');
    const bad = writeCsv(d, 'f.csv', [
      ['Forespørgsel', 'Oprettet'],
      ['F-1', '2024-01-01'],
      ['F-1', '31-02-2024'],
    ]);
    const { code, err } = await cli('allocate', '--agreement', rules('esbjerg-forespoergsel'), '--input', writeCsv(d, 'l.csv', SHEET), '--requests', bad, '--state', state);
    expect(code).toBe(1);
    expect(err).toBe(
      `${bad}: Forespørgslerne kan ikke bruges – 2 fejl; intet er fordelt:\n` +
        '  Række 3, kolonne \'Forespørgsel\' (A): forespørgslen "F-1" står allerede i række 2; hver forespørgsel skal have sit eget id.\n' +
        '  Række 3, kolonne \'Oprettet\' (B): "31-02-2024" er ikke en gyldig dato (skriv fx 2024-03-01, 01-03-2024, 01.03.2024 eller 01/03/2024).\n',
    );
    expect(existsSync(state)).toBe(false);
  });

  test('check --requests: a vacancy that matched an open request but was let from the waiting list; the JSON tells the requests', async () => {
    const d = tempDir();
    const log = writeCsv(d, 'log.csv', [
      [...H, 'Udlejet til'],
      [...SHEET[1], 'Venteliste'],
      [...SHEET[2], 'Venteliste'],
    ]);
    const { code, out } = await cli('check', '--agreement', rules('esbjerg-forespoergsel'), '--input', log, '--requests', writeCsv(d, 'f.csv', REQUESTS), '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.deviations).toEqual([{ row: 2, unitId: 'V1', expected: 'municipality', actual: 'waitlist' }]);
    expect(doc.requests).toEqual({ counted: 2, entitled: 1, delivered: 0 });
    expect(doc.pools).toEqual([]);
  });

  test('diff --requests: the same requests under both agreements', async () => {
    const d = tempDir();
    const { code, out } = await cli(
      'diff',
      '--agreement',
      rules('standard-25'),
      '--variant',
      rules('esbjerg-forespoergsel'),
      '--input',
      writeCsv(d, 'l.csv', SHEET),
      '--requests',
      writeCsv(d, 'f.csv', REQUESTS),
      '--format',
      'json',
    );
    expect(code).toBe(0);
    // V1 fills F-1; V2 leaves the pool (no request rule counts), so its pool changes too.
    expect(JSON.parse(out).changed).toEqual([
      { row: 2, unitId: 'V1', from: 'waitlist', to: 'municipality', fromPool: 'familieboliger', toPool: null },
      { row: 3, unitId: 'V2', from: 'waitlist', to: 'waitlist', fromPool: 'familieboliger', toPool: null },
    ]);
  });
});

describe('allocate with a department register', () => {
  const SHEET = [
    H,
    ['a1', 'Alfa', '1', 'Familiebolig', 3, 4000, day(1), ''],
    ['a2', 'Alfa', '1', 'Familiebolig', 3, 4000, day(2), ''],
    ['a3', 'Alfa', '1', 'Familiebolig', 3, 4000, day(3), ''],
    ['g1', 'Gamma', '9', 'Familiebolig', 3, 4000, day(4), ''],
  ];
  const REGISTER = [
    ['Boligorganisation', 'Afdeling', 'Gruppe', 'Navn'],
    ['Alfa', '1', 'A', 'Engen'],
  ];

  test('--departments (.xlsx, the sheet Afdelinger): groups decide; departments it lacks are listed; json says the same', async () => {
    const d = tempDir();
    const register = await writeXlsx(d, 'register.xlsx', { Noter: [['ikke registret']], Afdelinger: REGISTER });
    const table = await cli('allocate', '--agreement', rules('rammeaftale-grupper'), '--input', writeCsv(d, 'l.csv', SHEET), '--departments', register);
    expect(table.code).toBe(0);
    expect(table.out).toContain(`Afdelingsregister: ${register} (1 afdeling).`);
    expect(table.out).toMatch(/Gruppe A \(hver 3\.\) – afd\. 1, Alfa\s+3\s+1\s+0\s+3\n/);
    expect(table.out).toContain('1 afdeling i arket står ikke i afdelingsregistret; de har ingen gruppe, og deres egen områdestatus gælder:\n  afd. 9, Gamma: 1 bolig');
    const json = JSON.parse((await cli('allocate', '--agreement', rules('rammeaftale-grupper'), '--input', writeCsv(d, 'l.csv', SHEET), '--departments', register, '--format', 'json')).out);
    expect(json.summary.departmentsNotInRegister).toEqual([{ organisation: 'Gamma', department: '9', rows: 1 }]);
    expect(json.decisions.map((x: { outcome: string }) => x.outcome)).toEqual(['waitlist', 'waitlist', 'municipality', 'waitlist']);
  });

  test('one workbook holds the vacancies and the register: without --sheet, the sheet Afdelinger is not taken for vacancies', async () => {
    const d = tempDir();
    const book = await writeXlsx(d, 'uge.xlsx', { Afdelinger: REGISTER, 'Ledige boliger': SHEET });
    const { code, out } = await cli('allocate', '--agreement', rules('rammeaftale-grupper'), '--input', book, '--departments', book, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).summary.rows).toBe(4);
  });

  test('lint --input --departments: a group a rule names that no vacancy of the sheet has', async () => {
    const d = tempDir();
    const { code, out } = await cli('lint', '--agreement', rules('rammeaftale-grupper'), '--input', writeCsv(d, 'l.csv', SHEET), '--departments', writeCsv(d, 'afd.csv', REGISTER), '--format', 'json');
    expect(code).toBe(0);
    const unknown = JSON.parse(out)
      .findings.filter((f: { code: string }) => f.code === 'unknownValue')
      .map((f: { fact: string; value: string }) => [f.fact, f.value]);
    expect(unknown).toEqual([
      ['departmentGroup', 'B'],
      ['departmentGroup', 'C'],
    ]);
  });

  test('an agreement of groups without --departments is wrong usage (exit 2)', async () => {
    const { code, err } = await cli('allocate', '--agreement', rules('rammeaftale-grupper'), '--input', writeCsv(tempDir(), 'l.csv', SHEET));
    expect(code).toBe(2);
    expect(err).toContain('kan ikke bruges uden et afdelingsregister');
    expect(err).toContain('--departments FIL');
  });

  test('a register with a repeated department and a bad label: exit 1, by row and column', async () => {
    const d = tempDir();
    const bad = writeCsv(d, 'afd.csv', [
      ['Afdeling', 'Områdestatus'],
      ['1', ''],
      ['1', 'Ghetto'],
    ]);
    const { code, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', writeCsv(d, 'l.csv', SHEET), '--departments', bad);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}: Afdelingsregistret kan ikke bruges – 2 fejl; intet er fordelt:`);
    expect(err).toContain('Række 3, kolonne \'Områdestatus\' (B): "Ghetto" er ikke en kendt områdestatus');
    expect(err).toContain("Række 3, kolonne 'Afdeling' (A): afdeling 1 står allerede i række 2");
  });

  test('--output may not write over the register', async () => {
    const d = tempDir();
    const register = writeCsv(d, 'afd.csv', REGISTER);
    const { code, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', writeCsv(d, 'l.csv', SHEET), '--departments', register, '--output', register);
    expect(code).toBe(2);
    expect(err).toContain('er den samme fil som --departments');
  });
});

describe('simulate and sweep with an agreement of requests: the waiting citizens are its requests', () => {
  const HISTORY = [H, ...[1, 2, 3, 4, 5, 6].map((m) => [`U${m}`, 'Alfa', '1', 'Familiebolig', 2, m % 2 ? 3500 : 4800, `2024-0${m}-10`, ''])];

  test('simulate compares every fourth, targeted and on request, no --requests needed', async () => {
    const d = tempDir();
    const { code, out, err } = await cli(
      'simulate',
      '--agreements',
      rules('standard-25'),
      rules('randers-bolig'),
      rules('esbjerg-forespoergsel'),
      '--input',
      writeCsv(d, 'h.csv', HISTORY),
      '--queue',
      '2',
      '--format',
      'json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    // Two citizens from 1 January asking for at most 4,000 kr: U1 (10 Jan) and U3 (10 Mar) house them.
    const onRequest = JSON.parse(out).variants[2];
    expect(onRequest).toMatchObject({ agreement: 'esbjerg-forespoergsel', municipality: 2, affordable: 2, served: 2, averageWaitDays: (9 + 69) / 2 });
  });

  test('sweep takes --queue and --arrivals for such an agreement', async () => {
    const d = tempDir();
    const agreement = join(d, 'forespoergsel-billig.json');
    const file = JSON.parse(readFileSync(rules('esbjerg-forespoergsel'), 'utf8'));
    file.rules[1].conditions = { all: [{ fact: 'rentInclConsumption', operator: 'lessThanInclusive', value: 4000 }] };
    writeFileSync(agreement, JSON.stringify(file));
    const { code, out, err } = await cli(
      'sweep',
      '--agreement',
      agreement,
      '--input',
      writeCsv(d, 'h.csv', HISTORY),
      '--threshold',
      'rentInclConsumption:4000=3000..5000:1000',
      '--target',
      '1',
      '--queue',
      '3',
      '--format',
      'json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const municipality = Object.fromEntries(
      JSON.parse(out).variants.map((v: { settings: Record<string, number>; municipality: number }) => [v.settings['threshold:rentInclConsumption:4000'], v.municipality]),
    );
    // At 3,000 kr no unit is offered; at 4,000 the three at 3,500; at 5,000 all six are offered, but only three citizens ask.
    expect(municipality).toEqual({ 3000: 0, 4000: 3, 5000: 3 });
  });
});

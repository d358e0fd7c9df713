import * as da from '../../src/core/da';
import fc from 'fast-check';
import { readSheet } from '../../src/core';
import { compileConditions, Predicate } from '../../src/core/agreement/compile';
import { agreementFindings, decisionOrder } from '../../src/core/agreement/findings/agreementFindings';
import { lintAgreement } from '../../src/core/agreement/findings';
import { checkAgreement } from '../../src/core/agreement/load';
import { GUARD_VALUES, guardedSpecArb, LABELS, NUMBERS, STRINGS, toFile } from '../compiled/arbitraries';
import { agreementFrom, BUNDLED, bundled } from '../helpers';
import { bigSheet } from '../port/fixtures';

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
const rule = (name: string, priority: number, all: object[], event: object = { type: 'allocate' }) => ({ name, priority, conditions: { all }, event });
const codes = (json: object) => agreementFindings(agreementFrom(json)).map((f) => [f.code, f.rule ?? f.pool]);

describe('shadowed: a rule covered by one earlier rule', () => {
  it('ranges: under 4.000 covers under 3.000; mindst 4.000 covers 4.000–6.000; not the other way round', () => {
    expect(codes({ rules: [rule('bred', 2, [leaf('rent', 'lessThan', 4000)]), rule('smal', 1, [leaf('rent', 'lessThan', 3000), leaf('rooms', 'equal', 2)])] })).toEqual([['shadowed', 'smal']]);
    expect(
      codes({ rules: [rule('mindst', 2, [leaf('rent', 'greaterThanInclusive', 4000)]), rule('bånd', 1, [leaf('rent', 'greaterThanInclusive', 4000), leaf('rent', 'lessThanInclusive', 6000)])] }),
    ).toEqual([['shadowed', 'bånd']]);
    expect(codes({ rules: [rule('smal', 2, [leaf('rent', 'lessThan', 3000)]), rule('bred', 1, [leaf('rent', 'lessThan', 4000)])] })).toEqual([]);
    // over 4.000 does not cover mindst 4.000: a rent of exactly 4.000 reaches the second.
    expect(codes({ rules: [rule('over', 2, [leaf('rent', 'greaterThan', 4000)]), rule('mindst', 1, [leaf('rent', 'greaterThanInclusive', 4000)])] })).toEqual([]);
  });

  it('lists and labels: a list covers its part; all housing types cover a rule on housing type; an empty cell is covered by nothing narrower', () => {
    expect(codes({ rules: [rule('liste', 2, [leaf('department', 'in', ['103', '106', '118'])]), rule('en', 1, [leaf('department', 'equal', '106')])] })).toEqual([['shadowed', 'en']]);
    expect(
      codes({
        rules: [rule('alle typer', 2, [leaf('housingType', 'in', ['familie', 'ungdom', 'aeldre'])]), rule('familie', 1, [leaf('housingType', 'equal', 'familie'), leaf('rooms', 'lessThan', 3)])],
      }),
    ).toEqual([['shadowed', 'familie']]);
    // A blank Boligtype is no housing type: "not familie" covers ungdom and ældre, and also blank.
    expect(codes({ rules: [rule('ikke familie', 2, [leaf('housingType', 'notEqual', 'familie')]), rule('ungdom eller ældre', 1, [leaf('housingType', 'in', ['ungdom', 'aeldre'])])] })).toEqual([
      ['shadowed', 'ungdom eller ældre'],
    ]);
    expect(codes({ rules: [rule('ungdom eller ældre', 2, [leaf('housingType', 'in', ['ungdom', 'aeldre'])]), rule('ikke familie', 1, [leaf('housingType', 'notEqual', 'familie')])] })).toEqual([]);
    expect(codes({ rules: [rule('ekstern eller bytte', 2, [leaf('lettingType', 'in', ['ekstern', 'bytte'])]), rule('ikke intern', 1, [leaf('lettingType', 'notEqual', 'intern')])] })).toEqual([
      ['shadowed', 'ikke intern'],
    ]);
    expect(codes({ rules: [rule('103', 2, [leaf('department', 'equal', '103')]), rule('ingen betingelse', 1, [])] })).toEqual([]);
  });

  it('a rule without conditions shadows everything after it; one with a condition the check cannot read shadows nothing', () => {
    expect(codes({ rules: [rule('alt', 2, []), rule('resten', 1, [leaf('rooms', 'equal', 1)])] })).toEqual([['shadowed', 'resten']]);
    const opaque = { name: 'any', priority: 2, conditions: { any: [leaf('rent', 'lessThan', 4000), leaf('rooms', 'equal', 1)] }, event: { type: 'allocate' } };
    expect(codes({ rules: [opaque, rule('smal', 1, [leaf('rent', 'lessThan', 3000)])] })).toEqual([]);
  });

  it('decision order is by priority, not by place in the file', () => {
    expect(codes({ rules: [rule('smal', 1, [leaf('rent', 'lessThan', 3000)]), rule('bred', 5, [leaf('rent', 'lessThan', 4000)])] })).toEqual([['shadowed', 'smal']]);
  });

  it('the message names both rules and their places', () => {
    const [f] = agreementFindings(agreementFrom({ rules: [rule('bred', 2, [leaf('rent', 'lessThan', 4000)]), rule('smal', 1, [leaf('rent', 'lessThan', 3000)])] }));
    expect(f).toMatchObject({ code: 'shadowed', rule: 'smal', pool: null, fact: null, value: null, values: { position: 2, by: 'bred', byPosition: 1 } });
    expect(da.findings.text(f)).toBe(
      "Reglen 'smal' (nr. 2) afgør aldrig en bolig: hver bolig, den gælder for, er allerede afgjort af reglen 'bred' (nr. 1), som står før den. Flyt den op, gør den snævrere, eller slet den.",
    );
  });

  test.each(BUNDLED)('no false shadowed on %s', (id) => {
    expect(agreementFindings(bundled(id)).filter((f) => f.code === 'shadowed')).toEqual([]);
  });

  it('never wrong: a rule reported shadowed holds for no vacancy that its coverer does not (random agreements, vacancies as the sheet reader gives them)', () => {
    const numberOrNull = fc.option(fc.constantFrom(...NUMBERS), { nil: null });
    const textOrNull = fc.option(fc.constantFrom(...STRINGS, ...(GUARD_VALUES.department.filter((v) => typeof v === 'string') as string[])), { nil: null });
    const vacancy = fc.record({
      unitId: fc.constantFrom('A-1', '12'),
      organisation: textOrNull,
      department: textOrNull,
      address: textOrNull,
      housingType: fc.option(fc.constantFrom(...LABELS.housingType), { nil: null }),
      rooms: fc.option(fc.constantFrom(0, 1, 3, 4, 12), { nil: null }),
      area: numberOrNull,
      rent: numberOrNull,
      consumption: numberOrNull,
      rentInclConsumption: numberOrNull,
      vacantFrom: fc.option(fc.constantFrom('2024-01-01', '2024-12-31'), { nil: null }),
      areaStatus: fc.constantFrom(...LABELS.areaStatus),
      lettingType: fc.constantFrom(...LABELS.lettingType),
      rentReduction: fc.constantFrom(0, 4000),
    });
    let reported = 0;
    fc.assert(
      fc.property(guardedSpecArb({ validated: true, conditionPriorities: false, throwing: false }), fc.array(vacancy, { minLength: 20, maxLength: 20 }), (spec, rows) => {
        const loaded = checkAgreement(toFile(spec), 'generated');
        if (!loaded.ok) return;
        const agreement = loaded.agreement;
        const order = decisionOrder(agreement);
        for (const f of agreementFindings(agreement).filter((x) => x.code === 'shadowed')) {
          reported++;
          const inner = order.find((r) => r.name === f.rule)!;
          const outer = order.find((r) => r.name === f.values!.by)!;
          const [holdsInner, holdsOuter] = [inner, outer].map((r) => compileConditions(r.conditions, agreement.namedConditions) as Predicate);
          for (const row of rows) if (holdsInner(row)) expect({ row, outer: holdsOuter(row) }).toEqual({ row, outer: true });
        }
      }),
      { numRuns: 1500, seed: 20241201 },
    );
    expect(reported).toBeGreaterThan(100);
  });
});

describe('the other findings', () => {
  it('unusedPool: a pool no rule feeds', () => {
    const json = {
      pools: [
        { name: 'brugt', every: 3 },
        { name: 'glemt', label: 'Glemt pulje', every: 4 },
      ],
      rules: [rule('r', 1, [], { type: 'quota', params: { pool: 'brugt' } })],
    };
    const found = agreementFindings(agreementFrom(json));
    expect(found).toMatchObject([{ code: 'unusedPool', pool: 'glemt', rule: null, fact: null, value: null, values: { label: 'Glemt pulje' } }]);
  });

  it('boundary: under X in one rule and over X in another leave exactly X out; højst X in either closes the gap', () => {
    const gap = { rules: [rule('billig', 2, [leaf('rentInclConsumption', 'lessThan', 4000)]), rule('dyr', 1, [leaf('rentInclConsumption', 'greaterThan', 4000)])] };
    const [f] = agreementFindings(agreementFrom(gap));
    expect(f).toMatchObject({ code: 'boundary', rule: 'dyr', fact: 'rentInclConsumption', value: 4000, values: { under: 'billig', over: 'dyr' } });
    expect(da.findings.text(f)).toContain('en bolig med præcis 4.000 kr. er ikke med i nogen af dem');
    const closed = { rules: [rule('billig', 2, [leaf('rentInclConsumption', 'lessThanInclusive', 4000)]), rule('dyr', 1, [leaf('rentInclConsumption', 'greaterThan', 4000)])] };
    expect(agreementFindings(agreementFrom(closed))).toEqual([]);
    const third = { rules: [...gap.rules, rule('præcis', 0 + 1, [leaf('rentInclConsumption', 'equal', 4000)])] };
    expect(agreementFindings(agreementFrom(third)).map((x) => x.code)).toEqual([]);
  });

  test.each(BUNDLED)('%s has no findings of its own', (id) => {
    expect(agreementFindings(bundled(id))).toEqual([]);
  });

  describe('with a sheet', () => {
    const sheet = (rows: (string | number | null)[][]) => {
      const r = readSheet([['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Husleje', 'Ledig fra'], ...rows]);
      if (!r.ok) throw new Error(r.error.code);
      return { vacancies: r.rows.map((x) => x.vacancy!), columns: new Set(Object.keys(r.headers.columns)) };
    };
    const rows = [
      ['1', 'Randers Bolig', '103', 'Familiebolig', 3000, '2024-01-02'],
      ['2', 'Randers Bolig', '106', 'Familiebolig', 5000, '2024-01-03'],
      ['3', 'Boligselskabet Sct. Jørgen', '12', 'Familiebolig', 3500, '2024-01-04'],
      ['4', null, '12', 'Ungdomsbolig', 2500, '2024-01-05'],
    ];

    it('noHits: a rule that decides no row; unknownValue: a department no row has', async () => {
      const json = { rules: [rule('afd. 103 og 130', 2, [leaf('department', 'in', ['103', '130'])]), rule('ældre', 1, [leaf('housingType', 'equal', 'aeldre')])] };
      const found = await lintAgreement(agreementFrom(json), sheet(rows));
      expect(found.map((f) => [f.code, f.rule, f.fact, f.value])).toEqual([
        ['noHits', 'ældre', null, null],
        ['unknownValue', 'afd. 103 og 130', 'department', '130'],
      ]);
      expect(da.findings.text(found[1])).toBe('Reglen \'afd. 103 og 130\' nævner Afdeling "130", men ingen bolig i arket har den værdi. Er den stavet, som arket staver den?');
    });

    it('mixedOrganisations: a pool counting vacancies of two organisations in one counter', async () => {
      const found = (await lintAgreement(bundled('standard-25'), sheet(rows))).filter((f) => f.code !== 'noHits');
      expect(found).toMatchObject([
        { code: 'mixedOrganisations', pool: 'familieboliger', rule: null, fact: 'organisation', value: null, values: { organisations: ['Boligselskabet Sct. Jørgen', 'Randers Bolig'] } },
      ]);
      expect(da.findings.text(found[0])).toContain('§ 59');
      // One organisation (and a row without one) is not a mix.
      const one = await lintAgreement(bundled('standard-25'), sheet(rows.filter((r) => r[1] !== 'Boligselskabet Sct. Jørgen')));
      expect(one.map((f) => f.code)).toEqual(['noHits']);
    });

    test.each(BUNDLED)('%s on a realistic sheet of one organisation: only rules that decided nothing, if any', async (id) => {
      const r = readSheet(bigSheet(2000));
      if (!r.ok) throw new Error(r.error.code);
      const found = await lintAgreement(bundled(id), { vacancies: r.rows.map((x) => x.vacancy!), columns: new Set(Object.keys(r.headers.columns)) });
      expect(found.filter((f) => f.code !== 'noHits' && f.code !== 'unknownValue')).toEqual([]);
    });
  });
});

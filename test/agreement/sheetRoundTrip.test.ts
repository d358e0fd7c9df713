import fc from 'fast-check';
import { Agreement, Vacancy } from '../../src/core';
import { checkAgreement } from '../../src/core/agreement/load';
import { createRuleChooser } from '../../src/core/allocation/ruleChooser';
import { AgreementSpec, agreementSpecArb, GenOptions, guardedRowArb, guardedSpecArb, leafArb, NUMBERS, rowArb, toFile } from '../compiled/arbitraries';
import { BUNDLED, bundled, run } from '../helpers';
import { bigSheet } from '../port/fixtures';
import { throughSheet } from '../support/agreementSheet';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';

jest.setTimeout(300_000);

const VALIDATED: GenOptions = { validated: true, conditionPriorities: false, throwing: false };
const WITH_PRIORITIES: GenOptions = { ...VALIDATED, conditionPriorities: true };

/** Non-vacuity: how much went into fact cells and how much into Betingelse (JSON). */
const seen = { rules: 0, cells: 0, ranges: 0, lists: 0, extra: 0, chosen: 0, none: 0 };

/** The rule each row gets under both agreements, by name (the generated names are unique). */
async function sameChoices(original: Agreement, back: Agreement, rows: readonly Record<string, unknown>[]): Promise<void> {
  const a = createRuleChooser(original);
  const b = createRuleChooser(back);
  for (const row of rows) {
    const [x, y] = [await a(row as unknown as Vacancy), await b(row as unknown as Vacancy)];
    seen[x === null ? 'none' : 'chosen']++;
    expect({ row, rule: y?.name ?? null }).toEqual({ row, rule: x?.name ?? null });
  }
}

describe('JSON → sheet → JSON chooses the same rule for every row', () => {
  test.each(BUNDLED)('%s: the same decision for every vacancy of a realistic sheet, and the same id, name and pools', async (id) => {
    const original = bundled(id);
    const back = throughSheet(original);
    expect(back.id).toBe(original.id);
    expect(back.name).toBe(original.name);
    expect(back.defaultOutcome).toBe(original.defaultOutcome);
    expect([...back.pools.values()]).toEqual([...original.pools.values()]);
    const rows = bigSheet(2000);
    expect((await run(rows, back)).decisions).toEqual((await run(rows, original)).decisions);
  });

  function property(specs: fc.Arbitrary<AgreementSpec>, rows: fc.Arbitrary<Record<string, unknown>[]>, numRuns: number, seed: number) {
    let checked = 0;
    return fc
      .assert(
        fc.asyncProperty(specs, rows, async (spec, r) => {
          const loaded = checkAgreement(toFile(spec), 'generated');
          if (!loaded.ok) return;
          checked++;
          for (const rule of modelFromAgreement(loaded.agreement).rules) {
            seen.rules++;
            seen.cells += rule.cells.length;
            seen.ranges += rule.cells.filter((c) => c.condition.op === 'between').length;
            seen.lists += rule.cells.filter((c) => c.condition.op === 'in' || c.condition.op === 'notIn').length;
            if (rule.extra !== null) seen.extra++;
          }
          await sameChoices(loaded.agreement, throughSheet(loaded.agreement), r);
        }),
        { numRuns, seed },
      )
      .then(() => checked);
  }

  it('1,000 random agreements from the differential test’s generator (nested all/any/not, named conditions, messy values)', async () => {
    const checked = await property(agreementSpecArb(VALIDATED), fc.array(rowArb, { minLength: 1, maxLength: 6 }), 1000, 20241111);
    expect(checked).toBeGreaterThanOrEqual(1000);
  });

  it('300 random agreements with condition priorities (every such condition goes whole into Betingelse (JSON))', async () => {
    expect(await property(agreementSpecArb(WITH_PRIORITIES), fc.array(rowArb, { minLength: 1, maxLength: 6 }), 300, 20241113)).toBeGreaterThanOrEqual(300);
  });

  it('500 random agreements shaped like real ones (rules sharing guards on letting type, housing type, department, rooms)', async () => {
    const checked = await property(guardedSpecArb(VALIDATED), fc.array(guardedRowArb, { minLength: 1, maxLength: 8 }), 500, 20241112);
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it('300 random agreements of bands (a lower and an upper bound on one number, as in Randers) beside other conditions', async () => {
    const band = fc
      .tuple(
        fc.constantFrom('rent', 'rentInclConsumption', 'rooms', 'area'),
        fc.constantFrom(...NUMBERS),
        fc.constantFrom(...NUMBERS),
        fc.constantFrom('greaterThanInclusive', 'greaterThan'),
        fc.constantFrom('lessThanInclusive', 'lessThan'),
      )
      .map(([fact, a, b, low, high]) => [
        { fact, operator: low, value: Math.min(a, b) },
        { fact, operator: high, value: Math.max(a, b) },
      ]);
    const specs = fc.record({
      named: fc.constant({}),
      rules: fc.array(
        fc.record({ priority: fc.integer({ min: 1, max: 3 }), conditions: fc.tuple(band, fc.array(leafArb(VALIDATED), { maxLength: 2 })).map(([b, rest]) => ({ all: [...b, ...rest] })) }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    expect(await property(specs, fc.array(rowArb, { minLength: 1, maxLength: 6 }), 300, 20241114)).toBeGreaterThanOrEqual(300);
  });

  afterAll(() => {
    // Both halves of the sheet were exercised: conditions in cells (lists among them) and in Betingelse (JSON), rows that a rule decided and rows none did.
    expect(seen.cells).toBeGreaterThan(1500);
    expect(seen.lists).toBeGreaterThan(300);
    expect(seen.ranges).toBeGreaterThan(150);
    expect(seen.extra).toBeGreaterThan(1500);
    expect(seen.chosen).toBeGreaterThan(2000);
    expect(seen.none).toBeGreaterThan(500);
  });
});

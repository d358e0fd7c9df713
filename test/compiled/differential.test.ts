/**
 * Differential test (issue 5, item 2): the compiled rule chooser (compileChooser) against
 * json-rules-engine's engine.run (createEngineChooser, the reference), on random agreements and
 * rows. For every row both must choose the same rule (by index) or both none.
 *
 * Seeds are fixed so that a failure reproduces; fast-check prints the shrunk counterexample.
 *
 * Undefined facts: the product only ever hands the chooser a Vacancy with all 15 fields present
 * (null or a default where the sheet is blank; see readSheet's toVacancy and the Vacancy type), so
 * the properties that must agree use rows with every key present, values possibly undefined, null,
 * '' or of the wrong type. A fact missing from the row object entirely is a different matter:
 * json-rules-engine (allowUndefinedFacts: false) then rejects the whole run with UndefinedFactError
 * whenever any rule refers to it, while the compiled chooser reads it as undefined. That divergence
 * is pinned down below (and is exactly the engine's allowUndefinedFacts: true), together with the
 * reader's guarantee that it cannot arise.
 */
import fc from 'fast-check';
import { accessor, compileConditions, Predicate } from '../../src/core/agreement/compile';
import { isRefusal, RuleRefusal } from '../../src/core/agreement/compileRefusal';
import { checkAgreement } from '../../src/core/agreement/load';
import type { Agreement, AgreementFile, Rule } from '../../src/core/agreement/types';
import { buildDispatch, DispatchNode } from '../../src/core/allocation/dispatch';
import { compileChooser, createEngineChooser, createRuleChooser } from '../../src/core/allocation/ruleChooser';
import { readSheet } from '../../src/core/sheet/readSheet';
import type { Vacancy } from '../../src/core/types';
import { agreementSpecArb, AgreementSpec, FACTS, GenOptions, guardedRowArb, guardedSpecArb, OPERATORS, outOfSubsetSpecArb, rowArb, rowWithMissingArb, toAgreement, toFile, Tree } from './arbitraries';

jest.setTimeout(120_000);

const SEED = 20240505;
const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 5 });

// ---------------------------------------------------------------- running both sides

type Outcome = { kind: 'rule'; index: number } | { kind: 'none' } | { kind: 'throws'; error: string };
const key = (o: Outcome) => (o.kind === 'rule' ? `rule ${o.index}` : o.kind === 'none' ? 'no rule' : 'throws');
const show = (o: Outcome) => (o.kind === 'throws' ? `throws (${o.error})` : key(o));
const fromRule = (r: Rule | null): Outcome => (r === null ? { kind: 'none' } : { kind: 'rule', index: r.index });
const fromError = (e: unknown): Outcome => ({ kind: 'throws', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });

type Row = Record<string, unknown>;

/** The compiled chooser of an agreement inside the subset; a refusal there is a failure of the test. */
function compiledChooser(agreement: Agreement): (v: Vacancy) => Rule | null {
  const compiled = compileChooser(agreement);
  if (!compiled.ok) throw new Error(`compileChooser refused an agreement inside the compiled subset: ${JSON.stringify(compiled.refusal)}`);
  return compiled.choose;
}

function predicate(compiled: Predicate | ReturnType<typeof compileConditions>): Predicate {
  if (isRefusal(compiled)) throw new Error(`compileConditions refused a tree inside the compiled subset: ${JSON.stringify(compiled)}`);
  return compiled;
}
const asVacancy = (row: Row) => row as unknown as Vacancy;

function runCompiled(choose: (v: Vacancy) => Rule | null, row: Row): Outcome {
  try {
    return fromRule(choose(asVacancy(row)));
  } catch (e) {
    return fromError(e);
  }
}

async function runEngine(choose: (v: Vacancy) => Rule | null | Promise<Rule | null>, row: Row): Promise<Outcome> {
  try {
    return fromRule(await choose(asVacancy(row)));
  } catch (e) {
    return fromError(e);
  }
}

/**
 * createEngineChooser, rebuilt after a rejected run. json-rules-engine 7.3.1 keeps evaluating a
 * rejected run's remaining priority sets and, at their end, sets engine.status = FINISHED; a run
 * started on the same engine meanwhile then skips its own remaining priority sets (rules of lower
 * priority never hold). An engine that has rejected once is not a reference any more.
 */
function referenceChooser(agreement: Agreement, make: (a: Agreement) => (v: Vacancy) => Rule | null | Promise<Rule | null> = createEngineChooser) {
  let choose = make(agreement);
  return async (row: Row): Promise<Outcome> => {
    const outcome = await runEngine(choose, row);
    if (outcome.kind === 'throws') choose = make(agreement);
    return outcome;
  };
}

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** A check that adds a line to `problems` when a count falls short. */
const atLeastInto = (problems: string[]) => (what: string, n: number, min: number) => {
  if (n < min) problems.push(`${what}: ${n} < ${min}`);
};

/** Non-vacuity: what the rows actually exercised. */
class Stats {
  agreements = 0;
  rows = 0;
  none = 0;
  chosen = 0;
  throws = 0;
  /** Two or more rules held at the winning priority: order in the file decided. */
  tieDecided = 0;
  /** A rule later in the file won over an earlier one that also held: priority decided. */
  priorityDecided = 0;
  emptyAll = 0;
  emptyAny = 0;
  /** A rule reached a named condition that itself refers to another. */
  nestedNamed = 0;
  factRefs = [0, 0];
  /** The register's departmentGroup, compared [failing, holding]: it must go through the compiler like any fact. */
  groupLeaves = [0, 0];
  conditionPriorities = 0;
  /** Numeric comparisons with the row's number equal to the compared number, or 0.01 from it. */
  atBoundary = 0;
  nearBoundary = 0;
  /** Numeric comparisons where the row holds a string ("4000", "4.000", " 12 ", "abc"). */
  stringsAsNumbers = [0, 0];
  ops: Record<string, [number, number]> = Object.fromEntries(OPERATORS.map((op) => [op, [0, 0]]));
  /** The chooser's decision tree: agreements where it branches, rows it routed by a fact's value (once, twice or more), rows its folded leaf decided without a test. */
  branchingAgreements = 0;
  routedOnce = 0;
  routedTwice = 0;
  routedByGroup = 0;
  decidedBySure = 0;

  record(agreement: Agreement, rows: readonly Row[], outcomes: readonly Outcome[]): void {
    this.agreements++;
    const leaves: Tree[] = [];
    const walk = (n: unknown, inNamed: boolean, seen: Set<string>): void => {
      if (n === null || typeof n !== 'object') return;
      const t = n as Tree;
      if (Array.isArray(t.all)) {
        if (t.all.length === 0) this.emptyAll++;
        t.all.forEach((c) => walk(c, inNamed, seen));
      } else if (Array.isArray(t.any)) {
        if (t.any.length === 0) this.emptyAny++;
        t.any.forEach((c) => walk(c, inNamed, seen));
      } else if ('not' in t) walk(t.not, inNamed, seen);
      else if (typeof t.condition === 'string') {
        if (inNamed) this.nestedNamed++;
        if (!seen.has(t.condition)) walk(agreement.namedConditions[t.condition], true, new Set([...seen, t.condition]));
      } else if (typeof t.fact === 'string') leaves.push(t);
      if (t.priority !== undefined) this.conditionPriorities++;
    };
    for (const rule of agreement.rules) walk(rule.conditions, false, new Set());
    const holds = agreement.rules.map((r) => predicate(compileConditions(r.conditions, agreement.namedConditions)));
    const compiledLeaves = leaves.map((leaf) => ({
      leaf,
      test: predicate(compileConditions({ all: [leaf] }, {})),
      isRef: leaf.value !== null && typeof leaf.value === 'object' && !Array.isArray(leaf.value),
    }));
    const root = buildDispatch(agreement);
    if (!(root instanceof DispatchNode)) throw new Error(`buildDispatch refused an agreement inside the compiled subset: ${JSON.stringify(root)}`);
    if (root.table !== null) this.branchingAgreements++;
    rows.forEach((row, i) => {
      this.rows++;
      let node = root;
      let routed = 0;
      while (node.table !== null) {
        const next = node.table.get(node.read!(row));
        if (next !== undefined) routed++;
        if (next !== undefined && node.read === accessor('departmentGroup')) this.routedByGroup++;
        node = next ?? node.other!;
      }
      if (routed >= 1) this.routedOnce++;
      if (routed >= 2) this.routedTwice++;
      if (outcomes[i].kind === 'rule' && node.sure !== null && node.sure.index === (outcomes[i] as { index: number }).index && node.tests.every((t) => !t(row))) this.decidedBySure++;
      const o = outcomes[i];
      if (o.kind === 'throws') this.throws++;
      else if (o.kind === 'none') this.none++;
      else {
        this.chosen++;
        const winner = agreement.rules[o.index];
        const holding = agreement.rules.filter((r, j) => holds[j]!(row));
        if (holding.filter((r) => r.priority === winner.priority).length > 1) this.tieDecided++;
        if (holding.some((r) => r.index < winner.index)) this.priorityDecided++;
      }
      for (const { leaf, test, isRef } of compiledLeaves) {
        const result = test(row) ? 1 : 0;
        this.ops[leaf.operator as string][result]++;
        if (isRef) this.factRefs[result]++;
        if (leaf.fact === 'departmentGroup') this.groupLeaves[result]++;
        const a = row[leaf.fact as string];
        if (NUMERIC.has(leaf.operator as string) && typeof a === 'string') this.stringsAsNumbers[result]++;
        if (NUMERIC.has(leaf.operator as string) && typeof a === 'number' && typeof leaf.value === 'number') {
          const d = Math.abs(a - leaf.value);
          if (d === 0) this.atBoundary++;
          else if (Math.abs(d - 0.01) < 1e-9) this.nearBoundary++;
        }
      }
    });
  }

  /** The decision tree was exercised: it branched, routed rows by value at one and two levels, and decided rows by folding alone. */
  expectDispatchCoverage(): void {
    const problems: string[] = [];
    const atLeast = atLeastInto(problems);
    atLeast('agreements whose chooser branches on a fact', this.branchingAgreements, this.agreements / 2);
    atLeast("rows routed by a fact's value", this.routedOnce, this.rows / 3);
    atLeast("rows routed by two facts' values", this.routedTwice, this.rows / 20);
    atLeast("rows routed by the department's group", this.routedByGroup, this.rows / 50);
    atLeast('rows decided by a rule known to hold where the row was routed', this.decidedBySure, this.rows / 20);
    atLeast('rows where no rule was chosen', this.none, this.rows / 20);
    atLeast('rows decided by order in the file (tie)', this.tieDecided, 100);
    atLeast('rows decided by priority', this.priorityDecided, 100);
    expect(problems).toEqual([]);
  }

  /** The properties cannot pass vacuously: every branch the issue lists was taken, both ways. */
  expectCoverage(): void {
    const problems: string[] = [];
    const atLeast = atLeastInto(problems);
    atLeast('rows where a rule was chosen', this.chosen, this.rows / 10);
    atLeast('rows where no rule was chosen', this.none, this.rows / 20);
    atLeast('rows decided by order in the file (tie)', this.tieDecided, 100);
    atLeast('rows decided by priority', this.priorityDecided, 100);
    atLeast('empty all', this.emptyAll, 100);
    atLeast('empty any', this.emptyAny, 100);
    atLeast('named condition referring to another', this.nestedNamed, 100);
    atLeast('numeric comparisons at the compared value', this.atBoundary, 100);
    atLeast('numeric comparisons 0.01 from the compared value', this.nearBoundary, 100);
    atLeast('condition priorities', this.conditionPriorities, 100);
    atLeast('numeric comparisons holding on a string', this.stringsAsNumbers[1], 50);
    atLeast('numeric comparisons failing on a string', this.stringsAsNumbers[0], 50);
    atLeast('{fact} comparisons holding', this.factRefs[1], 100);
    atLeast('{fact} comparisons failing', this.factRefs[0], 100);
    atLeast('departmentGroup comparisons holding', this.groupLeaves[1], 50);
    atLeast('departmentGroup comparisons failing', this.groupLeaves[0], 50);
    for (const [op, [no, yes]] of Object.entries(this.ops)) {
      atLeast(`${op} holding`, yes, 50);
      atLeast(`${op} failing`, no, 50);
    }
    expect(problems).toEqual([]);
  }
}

/** Both choosers on every row; throws a readable message on the first disagreement. */
async function compareOnRows(agreement: Agreement, rows: readonly Row[], stats?: Stats): Promise<void> {
  const compiled = compiledChooser(agreement);
  const engine = referenceChooser(agreement);
  const outcomes: Outcome[] = [];
  for (const [i, row] of rows.entries()) {
    const c = runCompiled(compiled, row);
    const e = await engine(row);
    if (key(c) !== key(e)) throw new Error(`row ${i}: compiled chooses ${show(c)}, engine.run chooses ${show(e)}`);
    outcomes.push(e);
  }
  stats?.record(agreement, rows, outcomes);
}

function loadChecked(spec: AgreementSpec): Agreement {
  const res = checkAgreement(toFile(spec), 'generated');
  if (!res.ok) throw new Error(`generator made an agreement validation refuses: ${JSON.stringify(res.errors)}`);
  return res.agreement;
}

// ---------------------------------------------------------------- the properties

const SAFE_VALIDATED: GenOptions = { validated: true, conditionPriorities: true, throwing: false };
const SAFE_FREE: GenOptions = { validated: false, conditionPriorities: true, throwing: false };

/** Every generated agreement and its rows through both choosers; none may throw. The stats, for coverage. */
async function agreeOn(specs: fc.Arbitrary<AgreementSpec>, rows: fc.Arbitrary<Row[]>, build: (spec: AgreementSpec) => Agreement, numRuns: number, seed: number): Promise<Stats> {
  const stats = new Stats();
  await fc.assert(
    fc.asyncProperty(specs, rows, async (spec, r) => {
      await compareOnRows(build(spec), r, stats);
    }),
    { numRuns, seed },
  );
  expect(stats.throws).toBe(0);
  return stats;
}

describe('compiled chooser = engine.run', () => {
  it('agreements that pass validation (checkAgreement), rows with every fact present', async () => {
    (await agreeOn(agreementSpecArb(SAFE_VALIDATED), rowsArb, loadChecked, 3500, SEED)).expectCoverage();
  });

  it('agreements built directly, beyond what validation accepts (unknown labels, numbers for text, strings for numbers, lists for equal)', async () => {
    (await agreeOn(agreementSpecArb(SAFE_FREE), rowsArb, toAgreement, 3500, SEED + 1)).expectCoverage();
  });
});

describe('compiled chooser = engine.run where rules share facts (the decision tree branches)', () => {
  const guardedRows = fc.array(guardedRowArb, { minLength: 1, maxLength: 6 });
  it('agreements that pass validation', async () => {
    (await agreeOn(guardedSpecArb(SAFE_VALIDATED), guardedRows, loadChecked, 1500, SEED + 6)).expectDispatchCoverage();
  });

  it('agreements built directly', async () => {
    (await agreeOn(guardedSpecArb(SAFE_FREE), guardedRows, toAgreement, 1500, SEED + 7)).expectDispatchCoverage();
  });
});

/**
 * in/notIn against `{fact: …}`: validation accepts it, but no fact holds a list, so the engine's
 * `b.indexOf(a)` throws whenever the other fact holds a number, null or a boolean (and is a
 * substring test when it holds text). The engine evaluates every condition of every rule (all
 * conditions of one priority at once, Promise.all) before it answers, so one such condition
 * anywhere makes the whole run reject; the compiled chooser stops at the first rule that holds and
 * at the first deciding condition, in file order, ignoring condition `priority`.
 *
 * What the product picks (createRuleChooser: compiled, or the engine when the compiler declines)
 * must still agree with the engine, throwing included. An agreement validation refuses cannot
 * reach the product and is skipped.
 */
describe('conditions that throw', () => {
  /** False when validation refuses the agreement (the product never meets it). */
  async function productAgreesWithEngine(file: AgreementFile, rows: readonly Row[]): Promise<boolean> {
    const res = checkAgreement(file, 'generated');
    if (!res.ok) return false;
    const product = referenceChooser(res.agreement, createRuleChooser);
    const engine = referenceChooser(res.agreement);
    for (const [i, row] of rows.entries()) {
      const p = await product(row);
      const e = await engine(row);
      if (key(p) !== key(e)) throw new Error(`row ${i}: the product's chooser gives ${show(p)}, engine.run gives ${show(e)}`);
    }
    return true;
  }

  it('validated agreements with in/notIn against a fact and condition priorities', async () => {
    await fc.assert(
      fc.asyncProperty(agreementSpecArb({ validated: true, conditionPriorities: true, throwing: true }), fc.array(rowArb, { minLength: 1, maxLength: 3 }), async (spec, rows) => {
        fc.pre(await productAgreesWithEngine(toFile(spec), rows));
      }),
      { numRuns: 1500, seed: SEED + 2 },
    );
  });

  it('the same shapes without validation: the compiler declines in/notIn against a non-list, so the product throws exactly when the engine does', async () => {
    let threw = 0;
    await fc.assert(
      fc.asyncProperty(agreementSpecArb({ validated: false, conditionPriorities: true, throwing: true }), fc.array(rowArb, { minLength: 1, maxLength: 3 }), async (spec, rows) => {
        const agreement = toAgreement(spec);
        const product = referenceChooser(agreement, createRuleChooser);
        const engine = referenceChooser(agreement);
        for (const row of rows) {
          const p = await product(row);
          const e = await engine(row);
          expect(key(p)).toBe(key(e));
          if (e.kind === 'throws') threw++;
        }
      }),
      { numRuns: 1500, seed: SEED + 5 },
    );
    expect(threw).toBeGreaterThan(100);
  });

  const row: Row = {
    unitId: 'A-1',
    organisation: 'Randers Bolig',
    department: '12',
    address: 'Vej 12',
    housingType: 'familie',
    rooms: 3,
    area: 75,
    rent: 4000,
    consumption: 500,
    rentInclConsumption: 4500,
    vacantFrom: '2024-01-01',
    areaStatus: '',
    lettingType: 'ekstern',
    rentReduction: 0,
  };
  const file = (rules: Tree[]): AgreementFile => ({ rules: rules.map((conditions) => ({ conditions, event: { type: 'allocate' } })) });
  const roomsInRent = { fact: 'rooms', operator: 'in', value: { fact: 'rent' } };

  it('example: the engine rejects where the compiled chooser has already found a rule', async () => {
    // Rule 0 holds (an empty all); rule 1 would throw (4000.indexOf). The engine evaluates rule 1 anyway.
    await productAgreesWithEngine(file([{ all: [] }, { all: [roomsInRent] }]), [row]);
  });

  it('example: the compiled chooser throws where the engine, by condition priority, never evaluates the throwing condition', async () => {
    // The engine evaluates priority 2 first, finds it false and stops; the compiled chooser goes in file order.
    await productAgreesWithEngine(file([{ all: [roomsInRent, { fact: 'rooms', operator: 'equal', value: 99, priority: 2 }] }]), [row]);
  });
});

describe('facts missing from the row object', () => {
  /** createEngineChooser with allowUndefinedFacts: true: a missing fact reads as undefined. */
  const lenientEngineChooser = (agreement: Agreement) => createEngineChooser(agreement, { allowUndefinedFacts: true });

  /** Facts the engine will look up: every fact condition and {fact} value in the rules and the named conditions they reach. */
  function referencedFacts(agreement: Agreement): Set<string> {
    const out = new Set<string>();
    const walk = (n: unknown, seen: ReadonlySet<string>): void => {
      if (Array.isArray(n)) n.forEach((c) => walk(c, seen));
      else if (n !== null && typeof n === 'object') {
        const t = n as Tree;
        if (typeof t.condition === 'string' && !seen.has(t.condition)) walk(agreement.namedConditions[t.condition], new Set([...seen, t.condition]));
        for (const k of ['all', 'any', 'not'] as const) if (k in t) walk(t[k], seen);
        if (typeof t.fact === 'string') out.add(t.fact);
        const v = t.value as Tree | null | undefined;
        if (v !== null && typeof v === 'object' && typeof v.fact === 'string') out.add(v.fact);
      }
    };
    for (const rule of agreement.rules) walk(rule.conditions, new Set());
    return out;
  }

  it('the engine rejects exactly when a rule refers to a missing fact; the compiled chooser reads it as undefined (= allowUndefinedFacts: true)', async () => {
    let rejected = 0;
    let agreed = 0;
    await fc.assert(
      fc.asyncProperty(agreementSpecArb({ validated: false, conditionPriorities: false, throwing: false }), fc.array(rowWithMissingArb, { minLength: 1, maxLength: 3 }), async (spec, rows) => {
        const agreement = toAgreement(spec);
        const compiled = compiledChooser(agreement);
        const engine = referenceChooser(agreement);
        const lenient = referenceChooser(agreement, lenientEngineChooser);
        const referenced = referencedFacts(agreement);
        for (const { row, missing } of rows) {
          const c = runCompiled(compiled, row);
          const e = await engine(row);
          const l = await lenient(row);
          expect(c.kind).not.toBe('throws');
          expect(key(c)).toBe(key(l));
          if (missing.some((f) => referenced.has(f))) {
            rejected++;
            expect(e).toEqual({ kind: 'throws', error: expect.stringMatching(/^Error: Undefined fact: /) });
          } else {
            agreed++;
            expect(key(e)).toBe(key(c));
          }
        }
      }),
      { numRuns: 1200, seed: SEED + 3 },
    );
    expect(rejected).toBeGreaterThan(200);
    expect(agreed).toBeGreaterThan(200);
  });

  it('cannot arise in the product: the sheet reader always gives all 15 facts, blank ones as null or a default', () => {
    const read = readSheet([
      ['Lejemål', 'Husleje'],
      ['A-1', ''],
      ['A-2', '4.000'],
    ]);
    if (!read.ok) throw new Error(read.error.code);
    for (const r of read.rows) expect(Object.keys(r.vacancy!).sort()).toEqual([...FACTS].sort());
    expect(read.rows[0].vacancy).toMatchObject({ rent: null, housingType: null, areaStatus: '', lettingType: 'ekstern', rentReduction: 0 });
  });
});

describe('outside the compiled subset', () => {
  it('decorated operators, params and path: compileChooser refuses with the construct and its place, and createRuleChooser falls back to the engine', async () => {
    await fc.assert(
      fc.asyncProperty(outOfSubsetSpecArb, fc.array(rowArb, { minLength: 1, maxLength: 3 }), async (spec, rows) => {
        const agreement = toAgreement(spec);
        const compiled = compileChooser(agreement);
        expect(compiled.ok).toBe(false);
        const refusal = (compiled as { refusal: RuleRefusal }).refusal;
        expect(['decoratedOperator', 'factParams', 'jsonPath', 'factReferenceWithMore']).toContain(refusal.refused);
        // The place leads to what was refused, in the rule the refusal names.
        const rule = agreement.rules[refusal.ruleIndex];
        expect(refusal.rule).toBe(rule.name);
        const target = refusal.path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], rule.conditions);
        // A fact reference with a path ({ fact, path } as the value) is refused at the value.
        const expected = { decoratedOperator: 'operator', factParams: 'params', jsonPath: 'path', factReferenceWithMore: 'value' }[
          refusal.refused as 'decoratedOperator' | 'factParams' | 'jsonPath' | 'factReferenceWithMore'
        ];
        expect(refusal.path[refusal.path.length - 1]).toBe(expected);
        expect(target).toBeDefined();
        if (refusal.refused === 'decoratedOperator') expect(target).toContain(':');
        const probe = createRuleChooser(agreement)(asVacancy(rows[0]));
        expect(probe).toBeInstanceOf(Promise);
        await (probe as Promise<unknown>).catch(() => undefined);
        const product = referenceChooser(agreement, createRuleChooser);
        const engine = referenceChooser(agreement);
        for (const row of rows) expect(key(await product(row))).toBe(key(await engine(row)));
      }),
      { numRuns: 400, seed: SEED + 4 },
    );
  });
});

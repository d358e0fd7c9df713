/**
 * fast-check arbitraries for the differential test of the compiled rule chooser against
 * json-rules-engine (test/compiled/differential.test.ts): agreements (condition trees, named
 * conditions, priorities) and vacancy rows, messy on purpose.
 *
 * Values on both sides come from shared pools so that conditions hold about as often as they fail:
 * a number compared with 4000 meets 3999.99, 4000 and 4000.01 in the rows.
 */
import fc from 'fast-check';
import type { Agreement, AgreementFile, Rule } from '../../src/core/agreement/types';

export type Tree = Record<string, unknown>;

/** The 15 Vacancy fields: the facts a rule may test (src/core/types.ts), the register's departmentGroup among them. */
export const FACTS = [
  'unitId',
  'organisation',
  'department',
  'address',
  'housingType',
  'rooms',
  'area',
  'rent',
  'consumption',
  'rentInclConsumption',
  'vacantFrom',
  'areaStatus',
  'lettingType',
  'rentReduction',
  'departmentGroup',
] as const;
export type Fact = (typeof FACTS)[number];

export const OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
export type Operator = (typeof OPERATORS)[number];

const LIST_OPERATORS: readonly string[] = ['in', 'notIn'];
const NUMERIC_OPERATORS: readonly string[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

const TEXT_FACTS: readonly string[] = ['unitId', 'organisation', 'department', 'address', 'vacantFrom', 'departmentGroup'];
/** The groups a department register gives (the text of Gruppe; "" for a department it lacks). */
const GROUPS: readonly string[] = ['A', 'B', 'C', '', 'Trin 2'];
export const LABELS: Readonly<Record<string, readonly string[]>> = {
  housingType: ['familie', 'ungdom', 'aeldre'],
  areaStatus: ['', 'udsat', 'forebyggelse', 'omdannelse', 'parallelsamfund'],
  lettingType: ['ekstern', 'intern', 'bytte'],
};
type FactKind = 'text' | 'label' | 'number';
const kindOf = (fact: string): FactKind => (TEXT_FACTS.includes(fact) ? 'text' : fact in LABELS ? 'label' : 'number');

// ---------------------------------------------------------------- values

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Compared values and their neighbours ±0.01, zero and negatives. (NaN and ±Infinity are not JSON.) */
export const NUMBERS: readonly number[] = [...new Set([0, 1, 3, 4, 12, 65, 4000, 4500, -1, -250].flatMap((b) => [b, round2(b - 0.01), round2(b + 0.01)]))];
/** Strings where numbers are expected, and everyday text. */
export const STRINGS: readonly string[] = [
  '',
  '4000',
  '4.000',
  '4000,00',
  '3999.99',
  '4000.01',
  'abc',
  ' 12 ',
  '12',
  '0',
  '-1',
  '-0.01',
  '1e3',
  '0x10',
  'Infinity',
  'null',
  'true',
  'Vej 12',
  'A-1',
  '2024-01-01',
  '2024-12-31',
  ...GROUPS,
  ...Object.values(LABELS).flat(),
];

export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 15 }) },
  { weight: 1, arbitrary: fc.double({ min: -5000, max: 5000, noNaN: true }) },
);
export const stringArb: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...STRINGS) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) });
/** Any JSON scalar: numbers, strings (numeric-looking or not), null, booleans. */
export const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: numberArb },
  { weight: 4, arbitrary: stringArb },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
);
/** A few values that lists in rows and conditions share, so that in/contains hold often enough. */
const COMMON: readonly unknown[] = [0, 12, 4000, '4000', '', 'familie', 'udsat', 'ekstern', 'Vej 12', null, true];
/** Lists: for in/notIn values, and as fact values for contains/doesNotContain. */
export const arrayArb: fc.Arbitrary<unknown[]> = fc.oneof(
  { weight: 1, arbitrary: fc.array(scalarArb, { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...COMMON), { minLength: 1, maxLength: 4 }) },
);

// ---------------------------------------------------------------- rows

const unitIdArb = fc.constantFrom('A-1', 'A-2', 'B-17', '12', '4000', ' 12 ');

/** What the sheet reader gives for a fact: text or null, a label, a number or null. */
function typedValue(fact: Fact): fc.Arbitrary<unknown> {
  if (fact === 'unitId') return unitIdArb;
  if (fact === 'lettingType') return fc.constantFrom(...LABELS.lettingType);
  if (fact === 'areaStatus') return fc.constantFrom(...LABELS.areaStatus);
  if (fact === 'housingType') return fc.option(fc.constantFrom(...LABELS.housingType), { nil: null });
  if (fact === 'rentReduction') return numberArb;
  // Always text: "" without a register, or for a department the register lacks.
  if (fact === 'departmentGroup') return fc.constantFrom(...GROUPS);
  const kind = kindOf(fact);
  return fc.option<unknown, null>(kind === 'text' ? stringArb : numberArb, { nil: null, freq: 4 });
}

/** Whatever else a row might carry: an explicit undefined, '', booleans, arrays, strings for numbers. */
const messyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: arrayArb },
);

/** A row with every one of the 14 facts present (a value may still be undefined, null, '' ...). */
export const rowArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  Object.fromEntries(FACTS.map((f) => [f, fc.oneof({ weight: 3, arbitrary: typedValue(f) }, { weight: 1, arbitrary: messyValue })])) as Record<Fact, fc.Arbitrary<unknown>>,
);

/** A row from which some facts are missing entirely (the key is not there). */
export const rowWithMissingArb: fc.Arbitrary<{ row: Record<string, unknown>; missing: string[] }> = fc.tuple(rowArb, fc.subarray([...FACTS], { minLength: 1, maxLength: 4 })).map(([full, missing]) => {
  const row = { ...full };
  for (const f of missing) delete row[f];
  return { row, missing };
});

// ---------------------------------------------------------------- conditions

export interface GenOptions {
  /** Only shapes and values checkAgreement accepts. */
  validated: boolean;
  /** `priority` keys on conditions (the engine orders and short-circuits by them). */
  conditionPriorities: boolean;
  /**
   * Conditions that can throw: in/notIn against `{fact}` (no fact holds a list, so b.indexOf is
   * not a function when it holds a number, null or a boolean) and, unvalidated, in/notIn against a
   * literal that is not a list. Off in the properties that must agree row by row without throwing.
   */
  throwing: boolean;
}

const factArb = fc.constantFrom(...FACTS);
const factRefArb = factArb.map((fact) => ({ fact }));

/** Whether validation accepts the literal for the fact (checkLiteral in conditionCheck.ts). */
function isValidLiteral(fact: Fact, v: unknown): boolean {
  const kind = kindOf(fact);
  if (kind === 'text') return typeof v !== 'number';
  if (kind === 'label') return typeof v !== 'string' || LABELS[fact].includes(v);
  return true;
}

/** contains/doesNotContain: mostly a value the row lists hold. */
function containsValue(fact: Fact, literal: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...COMMON.filter((v) => isValidLiteral(fact, v))) }, { weight: 1, arbitrary: literal });
}

/** A literal that validation accepts for the fact. */
function validLiteral(fact: Fact): fc.Arbitrary<unknown> {
  const kind = kindOf(fact);
  if (kind === 'text') return fc.oneof({ weight: 4, arbitrary: stringArb as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.boolean() });
  if (kind === 'label')
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...LABELS[fact]) },
      { weight: 1, arbitrary: numberArb },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.boolean() },
    );
  return scalarArb;
}

function valueFor(fact: Fact, op: Operator, o: GenOptions): fc.Arbitrary<unknown> {
  const ref = { weight: 1, arbitrary: factRefArb as fc.Arbitrary<unknown> };
  const isList = LIST_OPERATORS.includes(op);
  if (o.validated) {
    let literal: fc.Arbitrary<unknown>;
    if (isList) literal = fc.array(validLiteral(fact), { maxLength: 4 });
    else if (NUMERIC_OPERATORS.includes(op)) literal = kindOf(fact) === 'text' ? fc.oneof(stringArb, fc.constant(null), fc.boolean()) : numberArb;
    else if (op === 'contains' || op === 'doesNotContain') literal = containsValue(fact, validLiteral(fact));
    else literal = fc.oneof({ weight: 6, arbitrary: validLiteral(fact) }, { weight: 1, arbitrary: fc.array(validLiteral(fact), { maxLength: 3 }) });
    if (isList && !o.throwing) return literal;
    return fc.oneof({ weight: isList && o.throwing ? 2 : 4, arbitrary: literal }, ref);
  }
  if (isList) {
    // in/notIn against anything but a list is outside the compiled subset (the compiler hands it to
    // the engine), so the row-by-row properties give lists only; the "may throw" mode gives the rest.
    const lists = [{ weight: 5, arbitrary: arrayArb as fc.Arbitrary<unknown> }];
    if (!o.throwing) return fc.oneof(...lists);
    lists.push({ weight: 1, arbitrary: stringArb as fc.Arbitrary<unknown> }); // "abc".indexOf(x): a substring test, but no throw
    return fc.oneof(...lists, { weight: 2, arbitrary: fc.oneof(numberArb, fc.constant(null), fc.boolean()) as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: factRefArb as fc.Arbitrary<unknown> });
  }
  const literal =
    op === 'contains' || op === 'doesNotContain'
      ? containsValue(fact, scalarArb)
      : NUMERIC_OPERATORS.includes(op)
        ? fc.oneof({ weight: 3, arbitrary: numberArb as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: scalarArb })
        : scalarArb;
  return fc.oneof({ weight: 5, arbitrary: literal }, { weight: 1, arbitrary: arrayArb as fc.Arbitrary<unknown> }, ref);
}

const optionalPriority = (o: GenOptions): fc.Arbitrary<number | undefined> =>
  o.conditionPriorities ? fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }) : fc.constant(undefined);

function withPriority(node: fc.Arbitrary<Tree>, o: GenOptions): fc.Arbitrary<Tree> {
  if (!o.conditionPriorities) return node;
  return fc.tuple(node, optionalPriority(o)).map(([n, priority]) => (priority === undefined ? n : { ...n, priority }));
}

/** A fact condition: every operator against every fact. */
export function leafArb(o: GenOptions): fc.Arbitrary<Tree> {
  const perFact = FACTS.map((fact) => fc.oneof(...OPERATORS.map((operator) => valueFor(fact, operator, o).map((value): Tree => ({ fact, operator, value })))));
  return withPriority(fc.oneof(...perFact), o);
}

/** A condition below the root: a fact condition, all/any (possibly empty), not, or a named reference. */
function treeArb(leaf: fc.Arbitrary<Tree>, names: readonly string[], depth: number, o: GenOptions): fc.Arbitrary<Tree> {
  const ref = names.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...names).map((condition): Tree => ({ condition })) }] : [];
  if (depth === 0) return fc.oneof({ weight: 4, arbitrary: leaf }, ...ref);
  const sub = treeArb(leaf, names, depth - 1, o);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: withPriority(
        fc.array(sub, { maxLength: 3 }).map((all): Tree => ({ all })),
        o,
      ),
    },
    {
      weight: 2,
      arbitrary: withPriority(
        fc.array(sub, { maxLength: 3 }).map((any): Tree => ({ any })),
        o,
      ),
    },
    {
      weight: 1,
      arbitrary: withPriority(
        sub.map((not): Tree => ({ not })),
        o,
      ),
    },
    ...ref,
  );
}

/** A rule's (or named condition's) root: all, any, not or a named reference, as the engine requires. */
export function rootArb(names: readonly string[], o: GenOptions, depth = 3): fc.Arbitrary<Tree> {
  const leaf = leafArb(o);
  const sub = treeArb(leaf, names, depth - 1, o);
  const ref = names.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...names).map((condition): Tree => ({ condition })) }] : [];
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(sub, { maxLength: 3 }).map((all): Tree => ({ all })) },
    { weight: 3, arbitrary: fc.array(sub, { maxLength: 3 }).map((any): Tree => ({ any })) },
    { weight: 1, arbitrary: sub.map((not): Tree => ({ not })) },
    ...ref,
  );
}

// ---------------------------------------------------------------- agreements

export interface AgreementSpec {
  /** n0 refers to nothing, n1 may refer to n0, n2 to n0 and n1: one name referencing another, no rings. */
  named: Record<string, Tree>;
  rules: { priority: number; conditions: Tree }[];
}

export const NAMES = ['n0', 'n1', 'n2'] as const;

/** Priorities 1–5, mostly 1–2 so that ties are common; 1–8 rules. */
const priorityArb = fc.oneof(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 5 }));

export function agreementSpecArb(o: GenOptions): fc.Arbitrary<AgreementSpec> {
  return fc.record({
    named: fc.tuple(rootArb([], o, 2), rootArb(['n0'], o, 2), rootArb(['n0', 'n1'], o, 2)).map(([n0, n1, n2]) => ({ n0, n1, n2 })),
    rules: fc.array(fc.record({ priority: priorityArb, conditions: rootArb(NAMES, o) }), { minLength: 1, maxLength: 8 }),
  });
}

/** The agreement file the spec describes (for checkAgreement). */
export function toFile(spec: AgreementSpec): AgreementFile {
  return {
    id: 'generated',
    namedConditions: spec.named,
    rules: spec.rules.map((r, i) => ({ name: `regel ${i}`, priority: r.priority, conditions: r.conditions, event: { type: 'allocate' } })),
  };
}

/** The Agreement built directly, bypassing validation. */
export function toAgreement(spec: AgreementSpec): Agreement {
  const rules: Rule[] = spec.rules.map((r, index) => ({
    index,
    name: `regel ${index}`,
    priority: r.priority,
    conditions: r.conditions,
    outcome: 'municipality',
    pool: null,
  }));
  return {
    id: 'generated',
    name: 'generated',
    parties: [],
    description: '',
    defaultOutcome: 'waitlist',
    pools: new Map(),
    namedConditions: spec.named,
    rules,
    source: toFile(spec),
  };
}

// ---------------------------------------------------------------- outside the compiled subset

/** Fact conditions the compiler leaves to the engine: decorated operators, `params`, `path`, `{fact, path}` values. */
export const outOfSubsetLeafArb: fc.Arbitrary<Tree> = fc.oneof(
  fc.record({
    fact: factArb,
    operator: fc.constantFrom('not:equal', 'not:in', 'everyFact:lessThan', 'someFact:equal', 'someValue:equal', 'everyValue:greaterThan', 'swap:contains', 'not:swap:in'),
    value: fc.oneof(arrayArb as fc.Arbitrary<unknown>, scalarArb),
  }),
  fc.record({ fact: factArb, operator: fc.constantFrom(...OPERATORS), value: scalarArb, params: fc.constant({ unit: 'kr' }) }),
  fc.record({ fact: factArb, operator: fc.constantFrom(...OPERATORS), value: scalarArb, path: fc.constant('$.x') }),
  fc.record({ fact: factArb, operator: fc.constantFrom('equal', 'lessThan'), value: factArb.map((fact) => ({ fact, path: '$' })) }),
);

/** An agreement in the subset with one out-of-subset condition put into one of its rules. */
export const outOfSubsetSpecArb: fc.Arbitrary<AgreementSpec> = fc
  .tuple(agreementSpecArb({ validated: false, conditionPriorities: false, throwing: false }), fc.nat(), outOfSubsetLeafArb, fc.boolean())
  .map(([spec, at, leaf, asAll]) => {
    const rules = spec.rules.map((r) => ({ ...r }));
    const i = at % rules.length;
    rules[i] = { ...rules[i], conditions: asAll ? { all: [leaf, rules[i].conditions] } : { any: [rules[i].conditions, leaf] } };
    return { ...spec, rules };
  });

// ---------------------------------------------------------------- shaped like real agreements

/**
 * Real agreements open their rules with `equal` or `in` on a few facts (letting type, housing
 * type, area status, department, rooms) and share those facts across rules; the chooser's
 * decision tree branches on them. These specs and rows make that common, with the rows drawing
 * most values from the same pools the conditions name.
 */
export const GUARD_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  lettingType: LABELS.lettingType,
  housingType: [...LABELS.housingType, null],
  areaStatus: LABELS.areaStatus,
  department: ['12', '4000', ' 12 ', 'A-1', '', null],
  rooms: [0, 1, 3, 4, 12, '4000', null],
  departmentGroup: [...GROUPS, ' A '],
};
const GUARD_FACTS = Object.keys(GUARD_VALUES);

function guardLeafArb(fact: string): fc.Arbitrary<Tree> {
  const value = fc.constantFrom(...GUARD_VALUES[fact]);
  return fc.oneof(
    { weight: 3, arbitrary: value.map((v): Tree => ({ fact, operator: 'equal', value: v })) },
    { weight: 2, arbitrary: fc.uniqueArray(value, { minLength: 1, maxLength: 4 }).map((v): Tree => ({ fact, operator: 'in', value: v })) },
  );
}

/** A guard: a fact condition, or an `any` of two or three on one fact (like "an area on the list"). */
const guardArb: fc.Arbitrary<Tree> = fc
  .constantFrom(...GUARD_FACTS)
  .chain((fact) => fc.oneof({ weight: 4, arbitrary: guardLeafArb(fact) }, { weight: 1, arbitrary: fc.array(guardLeafArb(fact), { minLength: 2, maxLength: 3 }).map((any): Tree => ({ any })) }));

/** `all` of one to three guards (or a named condition that is one), then maybe a random rest. */
function guardedRootArb(names: readonly string[], o: GenOptions): fc.Arbitrary<Tree> {
  const ref = names.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...names).map((condition): Tree => ({ condition })) }] : [];
  const part = fc.oneof({ weight: 4, arbitrary: guardArb }, ...ref);
  const rest = fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: leafArb(o) }, { weight: 1, arbitrary: rootArb(names, o, 2) });
  return fc.tuple(fc.array(part, { minLength: 1, maxLength: 3 }), rest).map(([guards, tail]): Tree => ({ all: tail === null ? guards : [...guards, tail] }));
}

export function guardedSpecArb(o: GenOptions): fc.Arbitrary<AgreementSpec> {
  return fc.record({
    named: fc.tuple(guardArb, guardedRootArb(['n0'], o), rootArb(['n0', 'n1'], o, 2)).map(([g, n1, n2]) => ({ n0: { all: [g] }, n1, n2 })),
    rules: fc.array(fc.record({ priority: priorityArb, conditions: fc.oneof({ weight: 5, arbitrary: guardedRootArb(NAMES, o) }, { weight: 1, arbitrary: rootArb(NAMES, o) }) }), {
      minLength: 2,
      maxLength: 12,
    }),
  });
}

/** A row whose guard facts mostly hold values the guards name. */
export const guardedRowArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(rowArb, fc.record(Object.fromEntries(GUARD_FACTS.map((f) => [f, fc.option(fc.constantFrom(...GUARD_VALUES[f]), { nil: undefined, freq: 5 })]))))
  .map(([row, guarded]) => {
    const out = { ...row };
    for (const [f, v] of Object.entries(guarded)) if (v !== undefined) out[f] = v;
    return out;
  });

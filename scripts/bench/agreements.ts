/**
 * The agreements the benchmark runs: the six bundled ones, a 30-rule agreement written here to
 * stress rule choice, and Randers variants for the simulation.
 */
import fs from 'fs';
import path from 'path';
import { Agreement, AgreementFile, loadAgreement } from '../../src/core';
import { repoRoot } from '../repoRoot';

export const BUNDLED = ['standard-25', 'randers-bolig', 'domea-randers', 'ishoej-100', 'privat-udlejer', 'faaborg-flex'] as const;
export const THIRTY = 'tretti-regler';

export function bundledFile(id: string): AgreementFile {
  return JSON.parse(fs.readFileSync(path.join(repoRoot(), 'rules', `${id}.json`), 'utf8')) as AgreementFile;
}

export function load(file: AgreementFile, id: string): Agreement {
  const r = loadAgreement(JSON.stringify(file), id);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.errors)}`);
  return r.agreement;
}

export function bundled(id: string): Agreement {
  return load(bundledFile(id), id);
}

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

/**
 * Thirty rules over nine facts: exclusions first, named conditions (one built on `any`), a `not`,
 * a fact-to-fact comparison, twenty department rules whose priorities interleave (ties decided by
 * file order), and catch-alls last, so that a typical row is tested against most of the rules.
 * scripts/bench/handWritten.ts decides the same rules by hand, in the same order.
 */
export function thirtyRuleFile(): AgreementFile {
  const departmentRules = Array.from({ length: 20 }, (_, k) => ({
    name: `Afdeling ${100 + 2 * k} og ${101 + 2 * k}: ${1 + (k % 3)}–${2 + (k % 3)} rum under ${danishKr(3600 + 100 * k)}`,
    // 50, 49, 48, 47, 50, 49, …: interleaved, with ties.
    priority: 50 - (k % 4),
    conditions: {
      all: [
        leaf('department', 'in', [String(100 + 2 * k), String(101 + 2 * k)]),
        leaf('rooms', 'greaterThanInclusive', 1 + (k % 3)),
        leaf('rooms', 'lessThanInclusive', 2 + (k % 3)),
        leaf('rentInclConsumption', 'lessThan', 3600 + 100 * k),
      ],
    },
    event: { type: k % 5 === 4 ? 'allocate' : 'quota', params: k % 5 === 4 ? undefined : { pool: `afdelinger-${k % 4}` } },
  }));
  return {
    id: THIRTY,
    name: 'Tredive regler (benchmark)',
    defaultOutcome: 'waitlist',
    pools: [
      { name: 'listet', every: 4 },
      { name: 'ungdom', every: 5 },
      { name: 'aeldre', every: 3 },
      { name: 'nedsat', every: 2 },
      { name: 'familie', every: 4 },
      ...[0, 1, 2, 3].map((k) => ({ name: `afdelinger-${k}`, every: 2 + k })),
    ],
    namedConditions: {
      familie: { all: [leaf('housingType', 'equal', 'familie')] },
      billig: { all: [leaf('rentInclConsumption', 'lessThan', 4500)] },
      listet: { any: [leaf('areaStatus', 'equal', 'udsat'), leaf('areaStatus', 'equal', 'forebyggelse'), leaf('areaStatus', 'equal', 'parallelsamfund')] },
    },
    rules: [
      { name: 'Intern udlejning undtages', priority: 100, conditions: { all: [leaf('lettingType', 'equal', 'intern')] }, event: { type: 'exclude' } },
      { name: 'Bytte undtages', priority: 100, conditions: { all: [leaf('lettingType', 'equal', 'bytte')] }, event: { type: 'exclude' } },
      { name: 'Omdannelsesområde undtages', priority: 90, conditions: { all: [leaf('areaStatus', 'equal', 'omdannelse')] }, event: { type: 'exclude' } },
      {
        name: 'Billig familiebolig i listet område',
        priority: 80,
        conditions: { all: [{ condition: 'familie' }, { condition: 'listet' }, { condition: 'billig' }] },
        event: { type: 'quota', params: { pool: 'listet' } },
      },
      { name: 'Andre boliger i listet område', priority: 70, conditions: { all: [{ condition: 'listet' }] }, event: { type: 'waitlist' } },
      ...departmentRules,
      {
        name: 'Et- og to-rums ungdomsbolig',
        priority: 20,
        conditions: { all: [leaf('housingType', 'equal', 'ungdom'), leaf('rooms', 'lessThanInclusive', 2), leaf('rent', 'lessThanInclusive', 3500)] },
        event: { type: 'quota', params: { pool: 'ungdom' } },
      },
      {
        name: 'Ældrebolig uden nedsættelse',
        priority: 20,
        conditions: { all: [leaf('housingType', 'equal', 'aeldre'), { not: leaf('rentReduction', 'greaterThan', 0) }] },
        event: { type: 'quota', params: { pool: 'aeldre' } },
      },
      {
        name: 'Stor eller dyr familiebolig',
        priority: 15,
        conditions: {
          all: [{ condition: 'familie' }, leaf('area', 'greaterThanInclusive', 100), { any: [leaf('rooms', 'greaterThanInclusive', 4), leaf('rentInclConsumption', 'greaterThan', 7000)] }],
        },
        event: { type: 'waitlist' },
      },
      {
        name: 'Nedsat leje',
        priority: 12,
        conditions: { all: [leaf('rentReduction', 'greaterThan', 0), leaf('consumption', 'greaterThan', { fact: 'rentReduction' })] },
        event: { type: 'quota', params: { pool: 'nedsat' } },
      },
      { name: 'Øvrige familieboliger', priority: 1, conditions: { all: [{ condition: 'familie' }] }, event: { type: 'quota', params: { pool: 'familie' } } },
    ],
  } as AgreementFile;
}

function danishKr(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} kr.`;
}

/**
 * Twenty variants for the simulation: the six bundled agreements and fourteen Randers variants
 * (the under-4,000 pool every 2nd–5th, the 4,000–6,000 pool every 4th–8th, and the 4,000 kr
 * threshold moved to 3,500–5,000).
 */
export function simulationVariants(): Agreement[] {
  const base = bundledFile('randers-bolig');
  const variants: Agreement[] = BUNDLED.map((id) => bundled(id));
  const variant = (id: string, change: (f: AgreementFile) => void) => {
    const f = JSON.parse(JSON.stringify(base)) as AgreementFile;
    f.id = id;
    f.name = id;
    change(f);
    variants.push(load(f, id));
  };
  for (const every of [2, 4, 5]) variant(`randers-under4000-hver-${every}`, (f) => (f.pools![0].every = every));
  for (const every of [4, 5, 7, 8]) variant(`randers-4000-6000-hver-${every}`, (f) => (f.pools![1].every = every));
  for (const threshold of [3500, 3750, 4250, 4500, 4750, 5000, 5500]) {
    variant(`randers-graense-${threshold}`, (f) => {
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== 'object') return;
        const n = node as Record<string, unknown>;
        if (n.fact === 'rentInclConsumption' && n.value === 4000) n.value = threshold;
        for (const key of ['all', 'any']) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(visit);
      };
      f.rules.forEach((r) => visit(r.conditions));
    });
  }
  if (variants.length !== 20) throw new Error(`expected 20 variants, got ${variants.length}`);
  return variants;
}

import { AllocationState, emptyState, parseState, serialiseState } from '../../src/core';

const state: AllocationState = {
  agreement: 'randers-bolig',
  counters: { 'under-4000': 7, '4000-6000': 2 },
  capUse: { 'under-4000': { '2024-03': 2 } },
  ledger: [
    { unitId: '103-12', vacantFrom: '2024-03-01', outcome: 'municipality', rule: 'Familiebolig under 4.000 kr.', pool: 'under-4000', position: 7, reason: '7. bolig i puljen – går til kommunen' },
    { unitId: 'A "1", æøå', vacantFrom: null, outcome: 'excluded', rule: 'Intern udlejning', pool: null, position: null, reason: 'Undtaget: "intern"\nlinje 2' },
  ],
};

/** The same state as an earlier release (version 1) wrote it: entries as objects, indented. */
const version1 = JSON.stringify({ format: 'anvisning-tilstand', version: 1, agreement: state.agreement, counters: state.counters, capUse: state.capUse, ledger: state.ledger }, null, 2);

describe('the state format', () => {
  it('reads back exactly what it wrote, odd text included', () => {
    const text = serialiseState(state, '2026-11-21T10:00:00.000Z');
    expect(parseState(text, 'randers-bolig')).toEqual({ ok: true, state });
    expect(parseState(serialiseState(emptyState('x')), 'x')).toEqual({ ok: true, state: emptyState('x') });
  });

  it('writes one vacancy a line, little more than half of version 1 in size', () => {
    const many = { ...state, ledger: Array.from({ length: 1000 }, (_, i) => ({ ...state.ledger[0], unitId: `103-${i}` })) };
    const text = serialiseState(many);
    expect(text.split('\n').filter((l) => l.startsWith('    ["103-')).length).toBe(1000);
    const old = JSON.stringify({ format: 'anvisning-tilstand', version: 1, agreement: many.agreement, counters: many.counters, capUse: many.capUse, ledger: many.ledger }, null, 2);
    expect(text.length).toBeLessThan(old.length * 0.6);
  });

  it('still reads a version 1 state, as saved in workbooks and files by earlier releases', () => {
    expect(parseState(version1, 'randers-bolig')).toEqual({ ok: true, state });
  });

  it('names the broken entry, counted from 1, in either version', () => {
    const v2 = serialiseState(state).replace('"excluded"', '"kommunen"');
    expect(parseState(v2, 'randers-bolig')).toEqual({ ok: false, error: { code: 'badEntry', entry: 2 } });
    const v1 = version1.replace('"position": 7', '"position": -7');
    expect(parseState(v1, 'randers-bolig')).toEqual({ ok: false, error: { code: 'badEntry', entry: 1 } });
    const short = serialiseState(state).replace(',"Undtaget', '],["x');
    expect(parseState(short, 'randers-bolig').ok).toBe(false);
  });

  it('refuses columns it does not know, and versions it does not know', () => {
    const reordered = serialiseState(state).replace('"unitId",\n    "vacantFrom"', '"vacantFrom",\n    "unitId"');
    expect(parseState(reordered, 'randers-bolig')).toEqual({ ok: false, error: { code: 'badField', field: 'ledgerColumns' } });
    expect(parseState(serialiseState(state).replace('"version": 3', '"version": 4'), 'randers-bolig')).toEqual({ ok: false, error: { code: 'version', version: 4 } });
  });
});

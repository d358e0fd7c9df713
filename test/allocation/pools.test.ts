import { isMunicipalPosition } from '../../src/core/allocation/pools';

const hits = (kind: Parameters<typeof isMunicipalPosition>[0], from: number, to: number) => {
  const out: number[] = [];
  for (let p = from; p <= to; p++) if (isMunicipalPosition(kind, p)) out.push(p);
  return out;
};

test('every third: positions 3, 6, 9', () => {
  expect(hits({ kind: 'every', every: 3, phase: 3 }, 1, 10)).toEqual([3, 6, 9]);
});

test('every fourth, the first to the municipality (phase 1): positions 1, 5, 9', () => {
  expect(hits({ kind: 'every', every: 4, phase: 1 }, 1, 12)).toEqual([1, 5, 9]);
});

test('every sixth at phase 2: positions 2, 8, 14', () => {
  expect(hits({ kind: 'every', every: 6, phase: 2 }, 1, 15)).toEqual([2, 8, 14]);
});

test('every 1: all of them', () => {
  expect(hits({ kind: 'every', every: 1, phase: 1 }, 1, 5)).toEqual([1, 2, 3, 4, 5]);
});

test('share 25 % (1/4): positions 4, 8, 12 — floor(p/4) steps up', () => {
  expect(hits({ kind: 'share', numerator: 1, denominator: 4, percent: '25 %' }, 1, 12)).toEqual([4, 8, 12]);
});

test('share 30 % (3/10): positions 4, 7, 10 in each ten, exactly 30,000 of 100,000', () => {
  const kind = { kind: 'share', numerator: 3, denominator: 10, percent: '30 %' } as const;
  expect(hits(kind, 1, 20)).toEqual([4, 7, 10, 14, 17, 20]);
  expect(hits(kind, 1, 100_000).length).toBe(30_000);
});

test('share 2/3: positions 2, 3, 5, 6', () => {
  expect(hits({ kind: 'share', numerator: 2, denominator: 3, percent: null }, 1, 6)).toEqual([2, 3, 5, 6]);
});

test('shares stay exact where floating point would not (p·a beyond 2^53)', () => {
  const kind = { kind: 'share', numerator: 7, denominator: 10, percent: '70 %' } as const;
  const start = 2_000_000_000_000_000; // 2e15: p·7 ≈ 1.4e16 > 2^53
  const far = hits(kind, start + 1, start + 20).map((p) => p - start);
  expect(far).toEqual(hits(kind, 1, 20));
});

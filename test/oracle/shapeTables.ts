/**
 * Seeded generators for the differential test of the new shapes: vacancy sheets that mix
 * organisations and repeat department numbers across them, department registers for them, and
 * requests tables, each messy now and then (number cells, empty cells, bad labels, repeats).
 */
import type { Cell } from './oracle';
import { dateCell, makeRng, Rng } from './randomSheet';

const ORGS: Cell[] = ['Alfa', 'Alfa', 'Beta', 'Beta', 'Gamma', '', null, 17];
const DEPTS: Cell[] = ['1', 1, '2', 2, '103', 103, '7', '', 'Vestparken'];
const TYPES: Cell[] = ['Familiebolig', 'familie', 'Familiebolig', 'Ungdomsbolig', 'ungdom', 'Ældrebolig', '', 'Rækkehus'];
const AREAS: Cell[] = ['', '', '', '', 'Udsat boligområde', 'forebyggelse', 'Omdannelsesområde', 'Parallelsamfund'];
const LETTINGS: Cell[] = ['', '', '', '', 'Ekstern venteliste', 'Intern', 'Bytte'];

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(rng: Rng, month: number): string {
  return `2024-${pad(month)}-${pad(rng.int(1, 28))}`;
}

export interface ShapeTables {
  sheet: Cell[][];
  register: Cell[][] | null;
  requests: Cell[][] | null;
}

export function shapeTables(seed: number): ShapeTables {
  const rng = makeRng(seed);
  const withOrganisation = rng.chance(0.85);
  const first = rng.int(1, 9);
  const months = rng.int(1, 3);
  const header = ['Lejemål', ...(withOrganisation ? ['Boligorganisation'] : []), 'Afdeling', 'Boligtype', 'Rum', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning', 'Note'];
  const sheet: Cell[][] = [header];
  const n = rng.int(6, 45);
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.03)) {
      sheet.push([]);
      continue;
    }
    const iso = isoDay(rng, first + rng.int(0, months - 1));
    const id: Cell = rng.chance(0.03) ? (sheet[rng.int(1, sheet.length - 1)]?.[0] ?? `L${i}`) : rng.chance(0.02) ? '' : `L${i}`;
    const rent: Cell = rng.chance(0.06) ? '' : rng.chance(0.03) ? 'billig' : rng.pick([3500, 3999, 4000, 4200, 4800, 5000, 6500, '4.000', '3.750 kr.']);
    const rooms: Cell = rng.chance(0.06) ? '' : rng.pick([1, 2, 3, 4, '2']);
    const date: Cell = rng.chance(0.03) ? '2024-02-30' : dateCell(rng, iso);
    sheet.push([
      id,
      ...(withOrganisation ? [rng.pick(ORGS)] : []),
      rng.pick(DEPTS),
      rng.pick(TYPES),
      rooms,
      rent,
      date,
      rng.pick(AREAS),
      rng.pick(LETTINGS),
      rng.chance(0.1) ? 'nøgle hos vicevært' : null,
    ]);
  }
  return { sheet, register: rng.chance(0.9) ? registerTable(rng) : null, requests: rng.chance(0.85) ? requestsTable(rng, first, months) : null };
}

function registerTable(rng: Rng): Cell[][] {
  const withOrganisation = rng.chance(0.6);
  const rows: Cell[][] = [['Afdeling', ...(withOrganisation ? ['Boligorganisation'] : []), 'Gruppe', 'Områdestatus', 'Navn', 'Beboere']];
  if (rng.chance(0.15)) rows.unshift(['Afdelingsregister'], []);
  const seen = new Set<string>();
  for (const org of ['Alfa', 'Beta', 'Gamma']) {
    for (const dept of ['1', '2', '103', '7']) {
      if (rng.chance(0.25)) continue;
      const key = withOrganisation ? `${org}|${dept}` : dept;
      // A repeat (a register error) now and then; otherwise each department once.
      if (seen.has(key) && !rng.chance(0.03)) continue;
      seen.add(key);
      const status: Cell = rng.chance(0.02) ? 'Ghetto' : rng.pick(['', '', 'Forebyggelsesområde', 'udsat', 'Parallelsamfund']);
      rows.push([
        rng.chance(0.3) && /^\d+$/.test(dept) ? Number(dept) : dept,
        ...(withOrganisation ? [org] : []),
        rng.pick(['A', 'A', 'B', 'C', '', ' B ']),
        status,
        `Afd. ${dept}`,
        rng.int(100, 900),
      ]);
    }
  }
  return rows;
}

function requestsTable(rng: Rng, first: number, months: number): Cell[][] {
  const rows: Cell[][] = [['Forespørgsel', 'Oprettet', 'Udløber', 'Boligtype', 'Mindst rum', 'Højst rum', 'Højst husleje inkl. forbrug', 'Afdelinger', 'Boligorganisation', 'Sagsbehandler']];
  const n = rng.int(0, 9);
  // A few days of creation, so that requests made the same day compete (ties go in table order).
  const madeOn = [1, 2, 3].map(() => isoDay(rng, first + rng.int(0, months - 1)));
  for (let k = 0; k < n; k++) {
    const created = rng.pick(madeOn);
    const expires = rng.chance(0.3) ? isoDay(rng, Math.min(12, +created.slice(5, 7) + rng.int(0, 1))) : '';
    const id: Cell = rng.chance(0.03) ? `F-${k - 1}` : `F-${k}`;
    // Now and then one asks just what the one before asked (as the simulation's citizens all do).
    if (k > 0 && rng.chance(0.25)) {
      rows.push([id, ...rows[rows.length - 1].slice(1)]);
      continue;
    }
    rows.push([
      id,
      rng.chance(0.02) ? 'snart' : dateCell(rng, created),
      // An expiry before the creation is left out: the product refuses it, DOMAIN.md is silent.
      expires !== '' && expires < created ? '' : expires,
      rng.pick(['', '', 'Familiebolig', 'ungdom', ...(rng.chance(0.02) ? ['Villa'] : [])]),
      rng.pick(['', '', 1, 2, 3]),
      rng.pick(['', '', 3, 4]),
      rng.pick(['', 4000, 4500, '5.000', 3800]),
      rng.pick(['', '', '1', '1; 2', '103, 7', '2']),
      rng.pick(['', '', '', 'Alfa', 'Beta']),
      'MB',
    ]);
  }
  return rows;
}

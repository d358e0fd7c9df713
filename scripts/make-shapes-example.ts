/**
 * Builds the example tables for the agreement shapes of issue 14, beside examples/ledige-boliger.xlsx:
 *   examples/afdelinger.csv       a department register (afdelingsregister) for the example's departments,
 *                                 with a group per department for rules/rammeaftale-grupper.json
 *   examples/forespoergsler.csv   the municipality's requests over the example's quarter,
 *                                 for rules/esbjerg-forespoergsel.json
 * Illustrative, as the agreements are: the groups and requests are made up. Deterministic.
 *
 *   npm run example:shapes            (writes both)
 *   node lib/scripts/make-shapes-example.js DIR
 */
import fs from 'fs';
import path from 'path';
import { csvText } from '../src/file/csv';
import { Department, DEPARTMENTS } from './example/departments';
import { repoRoot } from './repoRoot';

export const REGISTER_FILE = path.join('examples', 'afdelinger.csv');
export const REQUESTS_FILE = path.join('examples', 'forespoergsler.csv');

/** The national lists say so, though the housing organisation's export leaves the cell empty: the register fills it in. */
const LISTED_IN_REGISTER_ONLY: Readonly<Record<string, string>> = { '124': 'Forebyggelsesområde' };
/** Left out of the register, so the summary lists it. */
const NOT_IN_REGISTER = new Set(['61']);

/**
 * Group by who lives there, as a framework agreement would settle it: departments on the national
 * lists C, the dearer and the youth and elderly departments B, the rest A (illustrative).
 */
function groupOf(d: Department, status: string): string {
  if (status !== '') return 'C';
  if (d.type !== 'familie' || d.rate >= 800) return 'B';
  return 'A';
}

export function registerRows(): string[][] {
  const rows = [['Boligorganisation', 'Afdeling', 'Navn', 'Områdestatus', 'Gruppe']];
  for (const d of DEPARTMENTS) {
    if (NOT_IN_REGISTER.has(d.no)) continue;
    const status = d.areaStatus ?? LISTED_IN_REGISTER_ONLY[d.no] ?? '';
    rows.push([d.org.name, d.no, d.streets[0].name, status, groupOf(d, status)]);
  }
  return rows;
}

/** What the municipality asked for over the quarter: a kind of unit, a size, a price, sometimes named departments or an organisation. */
export function requestRows(): string[][] {
  return [
    ['Forespørgsel', 'Oprettet', 'Udløber', 'Boligtype', 'Mindst rum', 'Højst rum', 'Højst husleje inkl. forbrug', 'Afdelinger', 'Boligorganisation', 'Sag'],
    ['F-2024-01', '03-01-2024', '', 'Familiebolig', '2', '', '5.000', '', '', 'Familie med to børn'],
    ['F-2024-02', '03-01-2024', '', 'Ungdomsbolig', '', '', '4.000', '', '', 'Ung fra § 110-tilbud'],
    ['F-2024-03', '10-01-2024', '10-02-2024', '', '', '1', '', '103; 106; 118', '', 'Enlig, hjemløs'],
    ['F-2024-04', '15-01-2024', '', 'Familiebolig', '4', '', '5.500', '', '', 'Stor familie'],
    ['F-2024-05', '01-02-2024', '15-02-2024', 'Ældrebolig', '', '', '', '', 'Boligforeningen Nordbo', 'Ældre, udskrevet'],
    ['F-2024-06', '05-02-2024', '', 'Familiebolig', '', '', '4.500', '004; 007', '', 'Tæt på skole'],
    ['F-2024-07', '01-03-2024', '', '', '3', '', '4.200', '', '', 'Familie, lav indkomst'],
    ['F-2024-08', '20-03-2024', '25-03-2024', 'Familiebolig', '5', '', '5.000', '', '', 'Meget stor familie'],
  ];
}

export function writeShapesExample(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, path.basename(REGISTER_FILE)), csvText(registerRows(), ';'), 'utf8');
  fs.writeFileSync(path.join(dir, path.basename(REQUESTS_FILE)), csvText(requestRows(), ';'), 'utf8');
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(repoRoot(), 'examples'));
  writeShapesExample(dir);
  console.log(`Afdelingsregister og forespørgsler skrevet til ${dir}`);
}

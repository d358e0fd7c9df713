import * as da from '../core/da';
import { diffAgreements, AgreementDiff } from '../core/diff';
import { Agreement, Outcome } from '../core';
import { FileProblem } from '../file/errors';
import { readStateFileOf } from '../file/stateFile';
import { fileKind } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { readAgreement, readVacancyFile } from './inputs';
import { DEPARTMENTS_OPTION, readRunInputs, REQUESTS_OPTION } from './sideInputs';
import { rightAligned } from './rightAligned';
import { textTable } from './textTable';

const OUTCOMES: readonly Outcome[] = ['municipality', 'waitlist', 'excluded', 'error'];
const MAX_LINES = 500;

/** anvisning diff: what a change of agreement does to one sheet, from the same state. */
export const diffCommand: Command = {
  name: 'diff',
  options: {
    '--agreement': { required: true },
    '--variant': { required: true },
    '--input': { required: true },
    '--sheet': {},
    '--state': {},
    '--format': { values: ['table', 'json'] },
    ...DEPARTMENTS_OPTION,
    ...REQUESTS_OPTION,
  },
  async run(v, io) {
    const input = v['--input'] as string;
    if (fileKind(input) === undefined) throw new FileProblem(da.file.unsupportedInput(input), 'usage');
    const agreement = await readAgreement(v['--agreement'] as string, io);
    const variant = await readAgreement(v['--variant'] as string, io);
    if (agreement === null || variant === null) return EXIT.input;
    // The state file of either agreement is the starting point of both; it is never written.
    const state = v['--state'] === undefined ? null : readStateFileOf(v['--state'] as string, [agreement.id, variant.id]);
    const side = await readRunInputs(v, [agreement, variant], io);
    if (side === null) return EXIT.input;
    const read = await readVacancyFile(input, v['--sheet'] as string | undefined, io, false);
    if (read === null) return EXIT.input;
    const result = await diffAgreements(read.sheet.rows, agreement, variant, state, side.inputs);
    io.out(v['--format'] === 'json' ? JSON.stringify(result, null, 2) + '\n' : diffTable(result, agreement, variant, input));
    return EXIT.ok;
  },
};

function diffTable(d: AgreementDiff, a: Agreement, b: Agreement, file: string): string {
  const out = [da.diff.heading(a.name, a.id, b.name, b.id), da.diff.sheet(file, d.rows), '', da.diff.totalsHeading];
  const rows = OUTCOMES.map((o) => [da.outcomeLabel[o], String(d.summary[o][0]), String(d.summary[o][1]), da.diff.signed(d.summary[o][1] - d.summary[o][0])]);
  const aligned = rightAligned(da.diff.totalsColumns(a.id, b.id), rows, 1);
  out.push(textTable(aligned.headers, aligned.rows), '', da.diff.changedHeading(d.changed.length));
  const label = (agreement: Agreement, pool: string | null) => (pool === null ? null : (agreement.pools.get(pool)?.label ?? pool));
  for (const c of d.changed.slice(0, MAX_LINES)) out.push(`  ${da.diff.changedLine(c.row, c.unitId, da.outcomeLabel[c.from], da.outcomeLabel[c.to], label(a, c.fromPool), label(b, c.toPool))}`);
  if (d.changed.length > MAX_LINES) out.push(da.diff.truncated(MAX_LINES, d.changed.length));
  return out.join('\n') + '\n';
}

import { AllocationState } from '../core';
import { checkLettings, CheckResult } from '../core/check';
import { checkTables } from '../core/check';
import * as da from '../core/da';
import { reportCellText } from '../core/results';
import { writeCheckFile } from '../file/checkFile';
import { readStateFile } from '../file/stateFile';
import { fileKind, loadVacancyFile } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { commitRun, outputProblem } from './commit';
import { checkFiles, readAgreement, SHEET_AND_STATE_OPTIONS } from './inputs';
import { readRunInputs, sideFiles } from './sideInputs';
import { usesRequests } from '../core/agreement';
import { PoolKey } from '../core';
import { textTable } from './textTable';

/** anvisning check: the allocation officer's check of a lettings log against the agreement. */
export const checkCommand: Command = {
  name: 'check',
  options: SHEET_AND_STATE_OPTIONS,
  async run(v, io) {
    const input = v['--input'] as string;
    const output = v['--output'] as string | undefined;
    const statePath = v['--state'] as string | undefined;
    checkFiles({ input, agreements: [v['--agreement'] as string], output, state: statePath, stateReadOnly: true, others: sideFiles(v) });
    const agreement = await readAgreement(v['--agreement'] as string, io);
    if (agreement === null) return EXIT.input;
    // The state is only read: a check decides nothing for next week.
    const state: AllocationState | null = statePath === undefined ? null : readStateFile(statePath, agreement.id);
    const side = await readRunInputs(v, [agreement], io);
    if (side === null) return EXIT.input;
    const loaded = await loadVacancyFile(input, v['--sheet'] as string | undefined);
    const checked = await checkLettings(loaded.table, agreement, state, {}, side.inputs);
    if (!checked.ok) {
      io.err(`${da.cli.sheetError(input, checked.error)}\n`);
      return EXIT.input;
    }
    const result = checked.result;
    if (output !== undefined) await commitRun([{ path: output, write: (temp) => writeCheckFile(temp, fileKind(output)!, result), problem: outputProblem }], io);
    if (v['--format'] === 'json') {
      const doc = {
        agreement: agreement.id,
        // A pool counted per key has a row per key, which says whose; requests are told only for an agreement of requests.
        pools: result.pools.map((p) => ({ pool: p.pool, ...(p.key ? { key: jsonKey(p.key) } : {}), counted: p.counted, entitled: p.entitled, delivered: p.delivered })),
        deviations: result.deviations.map((d) => ({ row: d.row, unitId: d.unitId, expected: d.expected, actual: d.actual })),
        ...(usesRequests(agreement) ? { requests: { counted: result.byRequest.counted, entitled: result.byRequest.entitled, delivered: result.byRequest.delivered } } : {}),
      };
      io.out(JSON.stringify(doc, null, 2) + '\n');
    } else {
      io.out(checkTable(result, agreement.name, input) + (output ? `\n${da.report.outputWritten(output)}\n` : ''));
    }
    return EXIT.ok;
  },
};

/** A key as allocate's JSON summary writes it: the department only in a pool counted per department. */
function jsonKey(key: PoolKey): { organisation: string; department?: string } {
  return { organisation: key.organisation, ...(key.department === null ? {} : { department: key.department }) };
}

function checkTable(result: CheckResult, agreementName: string, file: string): string {
  const [pools, deviations] = checkTables(result);
  const out = [
    da.check.heading(agreementName, file),
    '',
    da.check.poolsHeading,
    textTable(
      pools.headers,
      pools.rows.map((r) => r.map(reportCellText)),
    ),
    '',
  ];
  out.push(da.check.deviationsHeading(deviations.rows.length));
  for (const d of result.deviations) out.push(`  ${da.check.deviationLine(d.row, d.reason)}`);
  if (result.pending.length > 0) out.push('', da.check.pendingHeading(result.pending.length), ...result.pending.map((p) => `  ${da.check.deviationLine(p.row, p.reason)}`));
  if (result.unreadable.length > 0) out.push('', da.report.errorsHeading(result.unreadable.length), ...result.unreadable.map((u) => `  ${u.message}`));
  return out.join('\n') + '\n';
}

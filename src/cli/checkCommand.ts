import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { AllocationState } from '../core';
import { checkLettings, CheckResult } from '../core/check/checkLettings';
import { checkTables } from '../core/check/report';
import * as da from '../core/da';
import { csvCell } from '../file/csv';
import { FileProblem } from '../file/errors';
import { readStateFile } from '../file/stateFile';
import { fileKind, loadVacancyFile } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { checkPaths, readAgreement, SHEET_AND_STATE_OPTIONS } from './inputs';
import { textTable } from './textTable';

/** anvisning check: the allocation officer's check of a lettings log against the agreement. */
export const checkCommand: Command = {
  name: 'check',
  options: SHEET_AND_STATE_OPTIONS,
  async run(v, io) {
    const input = v['--input'] as string;
    const output = v['--output'] as string | undefined;
    checkPaths(input, output);
    const agreement = await readAgreement(v['--agreement'] as string, io);
    if (agreement === null) return EXIT.input;
    // The state is only read: a check decides nothing for next week.
    const state: AllocationState | null = v['--state'] === undefined ? null : readStateFile(v['--state'] as string, agreement.id);
    const loaded = await loadVacancyFile(input, v['--sheet'] as string | undefined);
    const checked = await checkLettings(loaded.table, agreement, state);
    if (!checked.ok) {
      io.err(`${da.cli.sheetError(input, checked.error)}\n`);
      return EXIT.input;
    }
    const result = checked.result;
    if (output !== undefined) await writeCheckFile(output, result);
    if (v['--format'] === 'json') {
      const doc = {
        agreement: agreement.id,
        pools: result.pools.map((p) => ({ pool: p.pool, counted: p.counted, entitled: p.entitled, delivered: p.delivered })),
        deviations: result.deviations.map((d) => ({ row: d.row, unitId: d.unitId, expected: d.expected, actual: d.actual })),
      };
      io.out(JSON.stringify(doc, null, 2) + '\n');
    } else {
      io.out(checkTable(result, agreement.name, input) + (output ? `\n${da.report.outputWritten(output)}\n` : ''));
    }
    return EXIT.ok;
  },
};

function checkTable(result: CheckResult, agreementName: string, file: string): string {
  const [pools, deviations] = checkTables(result);
  const out = [da.check.heading(agreementName, file), '', da.check.poolsHeading, textTable(pools.headers, pools.rows.map((r) => r.map((c) => c ?? ''))), ''];
  out.push(da.check.deviationsHeading(deviations.rows.length));
  for (const d of result.deviations) out.push(`  ${da.check.deviationLine(d.row, d.reason)}`);
  if (result.pending.length > 0) out.push('', da.check.pendingHeading(result.pending.length), ...result.pending.map((p) => `  ${da.check.deviationLine(p.row, p.reason)}`));
  if (result.unreadable.length > 0) out.push('', da.report.errorsHeading(result.unreadable.length), ...result.unreadable.map((u) => `  ${u.message}`));
  return out.join('\n') + '\n';
}

async function writeCheckFile(path: string, result: CheckResult): Promise<void> {
  const tables = checkTables(result);
  try {
    if (fileKind(path) === 'csv') {
      const [, deviations] = tables;
      const lines = [deviations.headers, ...deviations.rows].map((r) => r.map((c) => csvCell(c === null ? '' : String(c), ';', true)).join(';'));
      writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
      return;
    }
    const wb = new ExcelJS.Workbook();
    for (const t of tables) {
      const ws = wb.addWorksheet(t.title);
      ws.addTable({
        name: t.title.replace(/[^A-Za-z]/g, '') || 'Tabel',
        ref: 'A1',
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: t.headers.map((h) => ({ name: h, filterButton: true })),
        rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)],
      });
      t.headers.forEach((h, c) => (ws.getColumn(c + 1).width = c === t.headers.length - 1 && t === tables[1] ? 90 : Math.max(12, h.length + 2)));
    }
    await wb.xlsx.writeFile(path);
  } catch (e) {
    throw new FileProblem(da.file.cannotWrite(path, (e as Error).message));
  }
}

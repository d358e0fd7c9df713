import * as da from '../core/da';
import { lintAgreement } from '../core/agreement';
import { FileProblem } from '../file/errors';
import { fileKind } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { readAgreement, readVacancyFile } from './inputs';
import { DEPARTMENTS_OPTION, readRunInputs } from './sideInputs';
import { applyRegister } from '../core/register';

/** anvisning lint: advice on an agreement (findings), alone or held against a vacancy sheet. */
export const lintCommand: Command = {
  name: 'lint',
  options: { '--agreement': { required: true }, '--input': {}, '--sheet': {}, '--format': { values: ['table', 'json'] }, ...DEPARTMENTS_OPTION },
  async run(v, io) {
    const input = v['--input'] as string | undefined;
    if (input !== undefined && fileKind(input) === undefined) throw new FileProblem(da.file.unsupportedInput(input), 'usage');
    const agreement = await readAgreement(v['--agreement'] as string, io);
    if (agreement === null) return EXIT.input;
    let sheet: Parameters<typeof lintAgreement>[1];
    if (input !== undefined) {
      // Held against a sheet, the rules are chosen as a run would choose them: a register gives the groups.
      const side = await readRunInputs(v, [agreement], io, true);
      if (side === null) return EXIT.input;
      const read = await readVacancyFile(input, v['--sheet'] as string | undefined, io, false);
      if (read === null) return EXIT.input;
      const rows = side.inputs.register ? applyRegister(read.sheet.rows, side.inputs.register).rows : read.sheet.rows;
      // With a register the groups are known too: a group a rule names and no vacancy has is found like a department.
      const columns = new Set([...Object.keys(read.sheet.headers.columns), ...(side.inputs.register ? ['departmentGroup'] : [])]);
      sheet = { vacancies: rows.flatMap((r) => (r.vacancy === null ? [] : [r.vacancy])), columns };
    }
    const findings = await lintAgreement(agreement, sheet);
    if (v['--format'] === 'json') {
      const doc = { agreement: agreement.id, findings: findings.map((f) => ({ code: f.code, rule: f.rule, pool: f.pool, fact: f.fact, value: f.value, message: da.findings.text(f) })) };
      io.out(JSON.stringify(doc, null, 2) + '\n');
      return EXIT.ok;
    }
    const out = [da.report.agreement(agreement.name, agreement.id)];
    if (input !== undefined && sheet) out.push(da.findings.sheetChecked(input, sheet.vacancies.length));
    out.push('', da.findings.heading(findings.length), ...findings.map((f) => `  – ${da.findings.text(f)}`));
    io.out(out.join('\n') + '\n');
    return EXIT.ok;
  },
};

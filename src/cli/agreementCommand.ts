import type ExcelJS from 'exceljs';
import { exceljs } from '../file/exceljsModule';
import { writeFileSync } from 'fs';
import { extname, resolve } from 'path';
import { Agreement } from '../core';
import * as da from '../core/da';
import { modelFromAgreement } from '../core/agreement/model/fromAgreement';
import { plainReading } from '../core/agreement/reading/plainReading';
import { agreementSheetLayout } from '../core/agreement/sheet/layout';
import { writeAgreementTables } from '../file/agreementSheetFile';
import { FileProblem } from '../file/errors';
import { Command, EXIT } from './command';
import { readAgreement } from './inputs';
import { readingTable } from './readingTable';

/** anvisning agreement: the plain reading of an agreement, and the agreement written as a sheet or as JSON. */
export const agreementCommand: Command = {
  name: 'agreement',
  options: { '--agreement': { required: true }, '--format': { values: ['table', 'json'] }, '--output': {} },
  async run(v, io) {
    const path = v['--agreement'] as string;
    const output = v['--output'] as string | undefined;
    const kind = output === undefined ? null : outputKind(path, output);
    const agreement = await readAgreement(path, io);
    if (agreement === null) return EXIT.input;
    if (output !== undefined) await writeAgreement(agreement, output, kind!);
    const reading = plainReading(agreement);
    if (v['--format'] === 'json') io.out(JSON.stringify(reading, null, 2) + '\n');
    else io.out(readingTable(reading) + (output === undefined ? '' : `\n${da.reading.written(output)}\n`));
    return EXIT.ok;
  },
};

function outputKind(input: string, output: string): 'xlsx' | 'json' {
  const ext = extname(output).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.json') throw new FileProblem(da.cli.agreementOutput(output), 'usage');
  if (resolve(input) === resolve(output)) throw new FileProblem(da.cli.agreementOutputIsInput(output), 'usage');
  return ext === '.xlsx' ? 'xlsx' : 'json';
}

async function writeAgreement(agreement: Agreement, path: string, kind: 'xlsx' | 'json'): Promise<void> {
  try {
    if (kind === 'json') {
      // A relative $schema points from where the file was read; written elsewhere it would point nowhere.
      const { $schema: _schema, ...file } = agreement.source;
      writeFileSync(path, JSON.stringify(file, null, 2) + '\n', 'utf8');
      return;
    }
    const workbook = new (exceljs().Workbook)();
    writeAgreementTables(workbook, agreementSheetLayout(modelFromAgreement(agreement)), false);
    await workbook.xlsx.writeFile(path);
  } catch (e) {
    throw new FileProblem(da.file.cannotWrite(path, (e as Error).message));
  }
}

/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import * as da from '../../src/core/da';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { App } from '../../src/ui/App';
import { installPaneEnvironment } from '../support/paneEnvironment';

/** The pane with the sheets Afdelinger and Forespørgsler: the Data line says they are used, and Fordel says how the requests stand. */

jest.setTimeout(30_000);

beforeAll(installPaneEnvironment);

function workbook(): ExceljsWorkbook {
  const wb = new ExcelJS.Workbook();
  const sheets: Record<string, unknown[][]> = {
    Ledige: [
      ['Lejemål', 'Boligtype', 'Husleje inkl. forbrug', 'Ledig fra'],
      ['V1', 'Familiebolig', 3900, '2024-01-04'],
      ['V2', 'Familiebolig', 3900, '2024-01-05'],
    ],
    Forespørgsler: [
      ['Forespørgsel', 'Oprettet', 'Udløber'],
      ['K-1', '2024-01-01', ''],
      ['K-2', '2024-01-01', '2024-01-02'],
    ],
  };
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  return new ExceljsWorkbook(wb);
}

test('the Data line names the requests sheet, and after Fordel the tab says how the requests stand', async () => {
  render(<App port={workbook()} defaultAgreementId="esbjerg-forespoergsel" />);
  const line = await screen.findByTestId('side-sheets');
  expect(line.textContent).toBe(' Bruger også arket "Forespørgsler" (kommunens forespørgsler).');
  expect(screen.getByTestId('data-source').textContent).toContain('Arket "Ledige"');
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
  await screen.findByText(da.ui.allocatedTitle);
  expect(screen.getByTestId('shape-note').textContent).toBe('Forespørgsler: 1 opfyldt, 0 åbne, 1 udløbet uden bolig.');
});

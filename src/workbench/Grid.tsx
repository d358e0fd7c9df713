import { useEffect, useReducer, useRef } from 'react';
import { CellValue } from '../core';
import * as da from '../core/da';
import { ExceljsWorkbook } from '../file/exceljsWorkbook';
import { fromExcel } from '../file/xlsxCells';
import { Charts } from './Charts';

const MAX_ROWS = 2000;

/** A read-only view of the active sheet, as Excel would show it; municipal rows highlighted. */
export function Grid({ port }: { port: ExceljsWorkbook }) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  useEffect(() => port.onChange(redraw), [port]);
  useEffect(() => selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' }));

  const sheet = port.workbook.getWorksheet(port.activeSheet);
  const visible = port.workbook.worksheets.filter((w) => w.state === 'visible');
  if (!sheet) return null;
  const width = sheet.columnCount;
  const height = Math.min(sheet.rowCount, MAX_ROWS);
  const rows: CellValue[][] = [];
  for (let r = 1; r <= height; r++) rows.push(Array.from({ length: width }, (_, c) => fromExcel(sheet.getCell(r, c + 1).value)));
  const outcomeColumn = findOutcomeColumn(rows);
  const sel = port.selection?.sheet === sheet.name ? port.selection : null;
  const marked = port.highlighted.get(sheet.name) ?? new Set<number>();

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <div role="tablist" style={{ display: 'flex', gap: 4, padding: '4px 8px', borderBottom: '1px solid #ddd' }}>
        {visible.map((w) => (
          <button key={w.name} role="tab" aria-selected={w.name === sheet.name} onClick={() => port.activate(w.name)} style={{ fontWeight: w.name === sheet.name ? 700 : 400 }}>
            {w.name}
          </button>
        ))}
      </div>
      <div style={{ overflow: 'auto', flex: 1 }}>
        {port.charts.has(sheet.name) && <Charts charts={port.charts.get(sheet.name)!} />}
        <table data-testid="grid" data-sheet={sheet.name} style={{ borderCollapse: 'collapse', fontSize: 12, fontFamily: 'Segoe UI, sans-serif' }}>
          <tbody>
            {rows.map((cells, i) => {
              const row = i + 1;
              const municipal = outcomeColumn !== null && cells[outcomeColumn] === da.outcomeLabel.municipality;
              const deviation = marked.has(row);
              return (
                <tr
                  key={row}
                  data-row={row}
                  data-municipal={municipal ? 'true' : undefined}
                  data-marked={deviation ? 'true' : undefined}
                  style={{ background: deviation ? '#FFC7CE' : municipal ? '#C6EFCE' : undefined }}
                >
                  <th style={headerCellStyle}>{row}</th>
                  {cells.map((v, c) => {
                    const isSelected = sel?.row === row && sel.column === c;
                    return (
                      <td
                        key={c}
                        data-col={c}
                        ref={isSelected ? selectedRef : undefined}
                        onClick={() => void port.selectCell(sheet.name, row, c)}
                        style={{ ...cellStyle, outline: isSelected ? '2px solid #217346' : undefined, fontWeight: row === 1 ? 600 : 400 }}
                      >
                        {display(v)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {sheet.rowCount > MAX_ROWS && <p>{da.ui.rowsShown(MAX_ROWS, sheet.rowCount)}</p>}
      </div>
    </div>
  );
}

const cellStyle = { border: '1px solid #e0e0e0', padding: '2px 6px', whiteSpace: 'nowrap' as const, maxWidth: 420, overflow: 'hidden', textOverflow: 'ellipsis' };
const headerCellStyle = { ...cellStyle, background: '#f3f3f3', color: '#666', fontWeight: 400, position: 'sticky' as const, left: 0 };

function findOutcomeColumn(rows: CellValue[][]): number | null {
  for (const cells of rows.slice(0, 20)) {
    const i = cells.findIndex((v) => v === da.resultColumns[0]);
    if (i >= 0) return i;
  }
  return null;
}

function display(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10).split('-').reverse().join('-');
  return v === null || v === undefined ? '' : String(v);
}

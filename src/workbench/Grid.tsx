import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { CellValue } from '../core';
import * as da from '../core/da';
import { ExceljsWorkbook } from '../file/exceljsWorkbook';
import { fromExcel } from '../file/xlsxCells';
import { Charts } from './Charts';

const ROW_HEIGHT = 22;
/** Rows drawn above and below what is in view, so scrolling does not show gaps. */
const OVERSCAN = 30;

/**
 * A read-only view of the active sheet, as Excel would show it; municipal rows highlighted. Only
 * the rows in view are drawn, so a sheet of 20,000 rows draws as fast as one of 50.
 */
export function Grid({ port }: { port: ExceljsWorkbook }) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => port.onChange(redraw), [port]);

  const sheet = port.workbook.getWorksheet(port.activeSheet);
  const sel = sheet && port.selection?.sheet === sheet.name ? port.selection : null;
  const charts = sheet ? port.charts.get(sheet.name) : undefined;
  // A selected cell (a row error, a deviation) is scrolled into view once per cell selected, not per
  // render (a new selection object for the same cell must not scroll again); the effect returns nothing.
  const selectedRow = sel?.row ?? null;
  const selectedCell = sel ? `${sel.sheet}!${sel.row}:${sel.column}` : null;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || selectedRow === null) return;
    const chartsHeight = el.querySelector('[data-testid="charts"]')?.clientHeight ?? 0;
    const rowTop = chartsHeight + (selectedRow - 1) * ROW_HEIGHT;
    if (rowTop < el.scrollTop || rowTop + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, rowTop - el.clientHeight / 2);
  }, [selectedCell, selectedRow]);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, [sheet?.name]);

  if (!sheet) return null;
  const visible = port.workbook.worksheets.filter((w) => w.state === 'visible');
  const width = sheet.columnCount;
  const height = sheet.rowCount;
  const cells = (r: number): CellValue[] => {
    const row = sheet.getRow(r);
    return Array.from({ length: width }, (_, c) => fromExcel(row.getCell(c + 1).value));
  };
  const outcomeColumn = findOutcomeColumn(Math.min(height, 20), cells);
  const marked = port.highlighted.get(sheet.name) ?? new Set<number>();
  const first = Math.max(2, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  // The scroller is never taller than the window; if layout ever says so, the window bounds what is drawn.
  const viewHeight = Math.min(view.height, typeof window === 'undefined' ? view.height : window.innerHeight);
  const last = Math.min(height, Math.ceil((view.top + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const drawn = [1, ...Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)].filter((r) => r <= height);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <div role="tablist" aria-label={da.ui.sheetTabs} style={{ display: 'flex', gap: 4, padding: '4px 8px', borderBottom: '1px solid #ddd', overflowX: 'auto' }}>
        {visible.map((w) => (
          <button key={w.name} role="tab" aria-selected={w.name === sheet.name} onClick={() => port.activate(w.name)} style={{ fontWeight: w.name === sheet.name ? 700 : 400 }}>
            {w.name}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        style={{ overflow: 'auto', flex: 1, minHeight: 0 }}
        onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
        data-testid="grid-scroller"
      >
        {charts && <Charts charts={charts} />}
        <table data-testid="grid" data-sheet={sheet.name} data-rows={height} style={{ borderCollapse: 'collapse', fontSize: 12, fontFamily: 'Segoe UI, sans-serif' }}>
          <tbody>
            {drawn.map((row, i) => {
              const values = cells(row);
              const municipal = outcomeColumn !== null && values[outcomeColumn] === da.outcomeLabel.municipality;
              const deviation = marked.has(row);
              const gap = i > 0 ? row - drawn[i - 1] - 1 : 0;
              return [
                gap > 0 ? <tr key={`gap-${row}`} aria-hidden="true" style={{ height: gap * ROW_HEIGHT }} /> : null,
                <tr
                  key={row}
                  data-row={row}
                  data-municipal={municipal ? 'true' : undefined}
                  data-marked={deviation ? 'true' : undefined}
                  style={{ height: ROW_HEIGHT, background: deviation ? '#FFC7CE' : municipal ? '#C6EFCE' : undefined }}
                >
                  <th style={headerCellStyle}>{row}</th>
                  {values.map((v, c) => {
                    const isSelected = sel?.row === row && sel.column === c;
                    return (
                      <td
                        key={c}
                        data-col={c}
                        aria-selected={isSelected || undefined}
                        onClick={() => void port.selectCell(sheet.name, row, c)}
                        style={{ ...cellStyle, outline: isSelected ? '2px solid #217346' : undefined, fontWeight: row === 1 ? 600 : 400 }}
                      >
                        {display(v)}
                      </td>
                    );
                  })}
                </tr>,
              ];
            })}
            {last < height && <tr aria-hidden="true" style={{ height: (height - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const cellStyle = {
  border: '1px solid #e0e0e0',
  padding: '0 6px',
  whiteSpace: 'nowrap' as const,
  maxWidth: 420,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  height: ROW_HEIGHT,
  boxSizing: 'border-box' as const,
};
const headerCellStyle = { ...cellStyle, background: '#f3f3f3', color: '#666', fontWeight: 400, position: 'sticky' as const, left: 0 };

function findOutcomeColumn(rows: number, cells: (r: number) => CellValue[]): number | null {
  for (let r = 1; r <= rows; r++) {
    const i = cells(r).findIndex((v) => v === da.resultColumns[0]);
    if (i >= 0) return i;
  }
  return null;
}

/** As Danish Excel shows a cell: dates dd-mm-yyyy. */
function display(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10).split('-').reverse().join('-');
  return v === null || v === undefined ? '' : String(v);
}

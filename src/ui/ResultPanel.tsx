import { Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { shapeNotes } from '../app/shapeNotes';
import { AllocationSummary } from '../core';
import * as da from '../core/da';
import { CompactTable } from './CompactTable';

/** The summary an administrator checks after a run: per pool, per outcome, and the rows in error. */
export function ResultPanel(props: { summary: AllocationSummary; onGoToRow: (row: number) => void }) {
  const { summary } = props;
  const outcomes: [string, number][] = [
    [da.outcomeLabel.municipality, summary.municipality],
    [da.outcomeLabel.waitlist, summary.waitlist],
    [da.outcomeLabel.excluded, summary.excluded],
    [da.outcomeLabel.error, summary.error],
  ];
  return (
    <section aria-label={da.report.outcomesHeading} data-testid="result-panel" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {summary.pools.length > 0 && (
        <>
          <Subtitle2 block as="h3">
            {da.report.poolsHeading}
          </Subtitle2>
          <CompactTable
            label={da.report.poolsHeading}
            headers={da.report.poolColumns}
            rowKeys={summary.pools.map((p) => `${p.pool}\u0000${p.key?.organisation ?? ''}\u0000${p.key?.department ?? ''}`)}
            rows={summary.pools.map((p) => [da.poolKeyLabel(p.label, p.key), p.counted, p.municipality, p.capped, p.counterAfter])}
          />
        </>
      )}
      {shapeNotes(summary).map((line) => (
        <Caption1 block key={line} data-testid="shape-note">
          {line}
        </Caption1>
      ))}
      <Subtitle2 block as="h3">
        {da.report.outcomesHeading}
      </Subtitle2>
      <table aria-label={da.report.outcomesHeading} style={{ borderCollapse: 'collapse' }}>
        <tbody>
          {outcomes.map(([label, n]) => (
            <tr key={label}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '1px 12px 1px 0' }}>
                {label}
              </th>
              <td data-testid={`outcome-${label}`} style={{ textAlign: 'right' }}>
                {n}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.errors.length > 0 && (
        <RowLinks heading={da.ui.rowErrorsHeading(summary.errors.length)} testId="row-errors" items={summary.errors.map((e) => ({ row: e.row, text: e.message }))} onGoToRow={props.onGoToRow} />
      )}
    </section>
  );
}

/** A list of rows, each a link that selects its row in the sheet. */
export function RowLinks(props: { heading: string; testId: string; items: { row: number; text: string }[]; onGoToRow: (row: number) => void }) {
  return (
    <>
      <Subtitle2 block as="h3">
        {props.heading}
      </Subtitle2>
      <ul data-testid={props.testId} style={{ margin: 0, paddingLeft: 16 }}>
        {props.items.map((e, i) => (
          <li key={`${e.row}-${i}`} style={{ overflowWrap: 'anywhere' }}>
            <Link as="button" inline onClick={() => props.onGoToRow(e.row)} style={{ textAlign: 'left', fontSize: 12 }}>
              {e.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

import { Button, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { AllocationSummary } from '../core';
import * as da from '../core/da';

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
    <section aria-label={da.report.outcomesHeading} data-testid="result-panel">
      {summary.pools.length > 0 && (
        <>
          <Subtitle2 block as="h3">{da.report.poolsHeading}</Subtitle2>
          <Table size="small" aria-label={da.report.poolsHeading}>
            <TableHeader>
              <TableRow>
                {da.report.poolColumns.map((c) => (
                  <TableHeaderCell key={c}>{c}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.pools.map((p) => (
                <TableRow key={p.pool}>
                  <TableCell>{p.label}</TableCell>
                  <TableCell>{p.counted}</TableCell>
                  <TableCell>{p.municipality}</TableCell>
                  <TableCell>{p.capped}</TableCell>
                  <TableCell>{p.counterAfter}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Subtitle2 block as="h3">{da.report.outcomesHeading}</Subtitle2>
      <Table size="small" aria-label={da.report.outcomesHeading}>
        <TableBody>
          {outcomes.map(([label, n]) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              <TableCell data-testid={`outcome-${label}`}>{n}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {summary.errors.length > 0 && (
        <>
          <Subtitle2 block as="h3">{da.ui.rowErrorsHeading(summary.errors.length)}</Subtitle2>
          <ul data-testid="row-errors">
            {summary.errors.map((e) => (
              <li key={e.row}>
                <Button appearance="transparent" size="small" style={{ textAlign: 'left', height: 'auto' }} onClick={() => props.onGoToRow(e.row)}>
                  <Caption1>{e.message}</Caption1>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

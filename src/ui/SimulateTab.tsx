import { Button, Caption1, Checkbox, Field, Input, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { readSheet } from '../core';
import * as da from '../core/da';
import { withoutResultColumns } from '../core/results/stripResults';
import { DEFAULT_PARAMS, simulate, SimulationParams, SimulationResult } from '../core/simulation';
import { comparisonReport } from '../core/simulation/comparisonReport';
import { WorkbookPort } from '../port/workbookPort';
import { AgreementOption } from './AgreementPanel';
import { Notice } from './appState';
import { NoticeBar } from './NoticeBar';

const PARAM_KEYS = ['affordable', 'reductionUnits', 'answerDays', 'queue', 'arrivals'] as const;

/** The negotiators' comparison: variants over the history in the sheet, written as a sheet with charts. */
export function SimulateTab(props: { port: WorkbookPort; options: AgreementOption[]; attempt: (work: () => Promise<void>, setNotice: (n: Notice) => void) => Promise<void> }) {
  const { port, options } = props;
  const [chosen, setChosen] = useState<Set<string>>(new Set(['standard-25', 'randers-bolig']));
  const [params, setParams] = useState<SimulationParams>(DEFAULT_PARAMS);
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const variants = options.filter((o) => chosen.has(o.key));

  const run = () =>
    props.attempt(async () => {
      if (variants.length < 2) {
        setNotice({ intent: 'warning', text: da.simulateTab.needTwo });
        return;
      }
      setNotice(null);
      setProgress(0);
      try {
        const snapshot = await port.readData();
        const sheet = readSheet(withoutResultColumns(snapshot.values), { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn });
        if (!sheet.ok) {
          setNotice({ intent: 'error', title: da.ui.errorTitle, text: sheet.error });
          return;
        }
        const simulated = await simulate(sheet.rows, variants.map((v) => v.agreement), params, (d, t) => setProgress(d / Math.max(1, t)));
        const report = comparisonReport(simulated);
        const name = await port.createReportSheet(da.simulateTab.sheetName, report.tables, report.charts);
        setResult(simulated);
        setNotice({ intent: 'success', text: da.simulateTab.done(name) });
      } finally {
        setProgress(null);
      }
    }, setNotice);

  return (
    <section aria-label={da.ui.tabSimulate} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Caption1 block>{da.simulateTab.intro}</Caption1>
      <Field label={da.simulateTab.chooseVariants}>
        {options.map((o) => (
          <Checkbox
            key={o.key}
            label={o.text}
            checked={chosen.has(o.key)}
            onChange={(_, d) => setChosen((c) => (d.checked ? new Set([...c, o.key]) : new Set([...c].filter((k) => k !== o.key))))}
          />
        ))}
      </Field>
      {PARAM_KEYS.map((key) => (
        <Field key={key} label={da.simulateTab.params[key][0]} hint={da.simulateTab.params[key][1]}>
          <Input
            type="number"
            min={0}
            value={String(params[key])}
            onChange={(_, d) => {
              const n = Number(d.value);
              if (Number.isFinite(n) && n >= 0) setParams((p) => ({ ...p, [key]: n }));
            }}
          />
        </Field>
      ))}
      <Button appearance="primary" disabled={progress !== null} onClick={() => void run()}>
        {progress === null ? da.simulateTab.run : da.simulateTab.running}
      </Button>
      {progress !== null && <ProgressBar value={progress} />}
      <NoticeBar notice={notice} />
      {result && (
        <Table size="small" aria-label={da.simulateTab.summaryTitle} data-testid="simulation-summary">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{da.simulateTab.variantColumn}</TableHeaderCell>
              <TableHeaderCell>{da.simulation.rows.municipality}</TableHeaderCell>
              <TableHeaderCell>{da.simulation.rows.affordable(result.params.affordable)}</TableHeaderCell>
              <TableHeaderCell>{da.simulation.rows.share}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.variants.map((v) => (
              <TableRow key={v.agreement}>
                <TableCell>{v.agreement}</TableCell>
                <TableCell>{v.municipality}</TableCell>
                <TableCell>{v.affordable}</TableCell>
                <TableCell>{da.simulation.percent(v.affordableShare)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

import { Button, Caption1, Checkbox, Field, Input, Label, ProgressBar, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { Notice } from '../app/notice';
import { readNumberField } from '../app/numberField';
import { simulateInWorkbook } from '../app/simulateInWorkbook';
import * as da from '../core/da';
import { DEFAULT_PARAMS, SimulationParams, SimulationResult } from '../core/simulation';
import { timeSlicer } from '../core/util';
import type { AgreementOption } from './AgreementPanel';
import type { TabProps } from './tabProps';
import { CompactTable } from './CompactTable';
import { NoticeBar } from './NoticeBar';
import { useAskReplace } from './ReplaceDialog';

const PARAM_KEYS = ['affordable', 'reductionUnits', 'answerDays', 'queue', 'arrivals'] as const;
type ParamKey = (typeof PARAM_KEYS)[number];
/** The affordability line may be kroner and øre; the others count units, days and citizens. */
const WHOLE: Record<ParamKey, boolean> = { affordable: false, reductionUnits: true, answerDays: true, queue: true, arrivals: true };

/** The negotiators' comparison: variants over the history the pane names, written as a sheet with charts. */
export function SimulateTab(props: TabProps & { options: AgreementOption[] }) {
  const { port, options, data } = props;
  const [chosen, setChosen] = useState<Set<string>>(new Set(['standard-25', 'randers-bolig']));
  const [texts, setTexts] = useState<Record<ParamKey, string>>(() => Object.fromEntries(PARAM_KEYS.map((k) => [k, ''])) as Record<ParamKey, string>);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const { ask, dialog } = useAskReplace();
  const groupLabel = useId('variants');
  const variants = options.filter((o) => chosen.has(o.key));
  const read = Object.fromEntries(PARAM_KEYS.map((k) => [k, readNumberField(texts[k], DEFAULT_PARAMS[k], { whole: WHOLE[k] })])) as Record<ParamKey, ReturnType<typeof readNumberField>>;
  const invalid = PARAM_KEYS.some((k) => !read[k].ok);

  const run = () =>
    props.attempt(async () => {
      if (variants.length < 2) {
        setNotice({ intent: 'warning', text: da.simulateTab.needTwo });
        return;
      }
      if (invalid || !data.target) return;
      const params = Object.fromEntries(PARAM_KEYS.map((k) => [k, (read[k] as { value: number }).value])) as unknown as SimulationParams;
      setNotice(null);
      setProgress({ done: 0, total: variants.length });
      try {
        const r = await simulateInWorkbook(
          port,
          variants.map((v) => v.agreement),
          params,
          { target: data.target, ask, slicer: timeSlicer(), onProgress: (done, total) => setProgress({ done, total }), sideSheets: data.sideSheets },
        );
        if (!r.ok) {
          setNotice({ intent: 'error', title: da.ui.errorTitle, text: r.error });
          return;
        }
        setResult(r.result);
        setNotice(
          r.report === null
            ? { intent: 'info', text: da.simulateTab.notWritten }
            : { intent: 'success', text: da.simulateTab.done(r.report.name) + (r.report.replaced ? ` ${da.ui.reportReplaced}` : '') },
        );
      } finally {
        setProgress(null);
      }
    }, setNotice);

  return (
    <section aria-label={da.ui.tabSimulate} style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
      <Button appearance="primary" disabled={progress !== null || invalid || !data.target || data.reading} onClick={() => void run()}>
        {progress === null ? da.simulateTab.run : da.simulateTab.running}
      </Button>
      {progress !== null && (
        <div data-testid="run-progress">
          <ProgressBar value={progress.done / Math.max(1, progress.total)} aria-label={da.simulateTab.progress(progress.done, progress.total)} />
          <Caption1 aria-live="polite">{da.simulateTab.progress(progress.done, progress.total)}</Caption1>
        </div>
      )}
      <NoticeBar notice={notice} />
      {result && (
        <CompactTable
          label={da.simulateTab.summaryTitle}
          testId="simulation-summary"
          headers={[da.simulateTab.variantColumn, da.simulation.rows.municipality, da.simulation.rows.affordable(result.params.affordable), da.simulation.rows.share]}
          rowKeys={result.variants.map((v, i) => `${v.agreement}-${i}`)}
          rows={result.variants.map((v) => [v.name, v.municipality, v.affordable, da.simulation.percent(v.affordableShare)])}
        />
      )}
      <Caption1 block>{da.simulateTab.intro}</Caption1>
      <div role="group" aria-labelledby={groupLabel} style={{ display: 'flex', flexDirection: 'column' }}>
        <Label id={groupLabel} weight="semibold">
          {da.simulateTab.chooseVariants}
        </Label>
        {options.map((o) => (
          <Checkbox key={o.key} label={o.text} checked={chosen.has(o.key)} onChange={(_, d) => setChosen((c) => (d.checked ? new Set([...c, o.key]) : new Set([...c].filter((k) => k !== o.key))))} />
        ))}
      </div>
      {PARAM_KEYS.map((key) => {
        const r = read[key];
        return (
          <Field
            key={key}
            label={da.simulateTab.params[key][0]}
            hint={r.ok ? (texts[key].trim() === '' ? da.fields.defaultValue(DEFAULT_PARAMS[key]) : da.simulateTab.params[key][1]) : undefined}
            validationState={r.ok ? 'none' : 'error'}
            validationMessage={r.ok ? undefined : r.error}
          >
            <Input inputMode={WHOLE[key] ? 'numeric' : 'decimal'} placeholder={da.kr(DEFAULT_PARAMS[key])} value={texts[key]} onChange={(_, d) => setTexts((t) => ({ ...t, [key]: d.value }))} />
          </Field>
        );
      })}
      {dialog}
    </section>
  );
}

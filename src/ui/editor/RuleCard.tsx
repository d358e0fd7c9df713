import { Badge, Button, Caption1, Card, Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { deleteRule, DraftRule, duplicateRule, errorsOn, moveRule, removeCell, setCell, setExtra, setOutcome, setRuleName } from '../../core/agreement';
import { factHeader, SHEET_FACTS } from '../../core/agreement';
import { RuleOutcome } from '../../core/agreement';
import * as da from '../../core/da';
import { CellEditor } from './CellEditor';
import { fieldProps } from './fieldErrors';
import type { Editor } from './useEditor';

const e = da.editor;

/**
 * One rule as a numbered Danish sentence ("2. Hvis Boligtype er … og …, så tælles i puljen …")
 * whose values are edited where they stand, with its hits on the sheet and the buttons to move,
 * copy and delete it.
 */
export function RuleCard(props: { editor: Editor; rule: DraftRule; position: number; count: number; hits: number | null; reading: string | null; sheetValues: (fact: string) => readonly string[] }) {
  const { editor, rule, position } = props;
  const used = new Set(rule.cells.map((c) => c.fact));
  const unused = SHEET_FACTS.filter((f) => !used.has(f));
  const dimmed = props.hits === 0;
  const cellErrors = (fact: string) => (editor.reading.ok ? [] : errorsOn(editor.reading.errors, { area: 'cell', key: rule.key, fact }));
  return (
    <Card size="small" data-testid={`rule-${position}`} aria-label={`${position}. ${rule.name}`} style={{ opacity: dimmed ? 0.6 : 1 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
        <strong aria-hidden="true">{position}.</strong>
        <Field style={{ flex: 1, minWidth: 0 }} {...fieldProps(editor, { area: 'rule', key: rule.key, field: 'name' })}>
          <Input aria-label={`${e.ruleName} ${position}`} size="small" value={rule.name} onChange={(_, d) => editor.change((x) => setRuleName(x, rule.key, d.value), `rule.${rule.key}.name`)} />
        </Field>
      </div>
      {props.hits !== null && (
        <Badge appearance="tint" color={dimmed ? 'subtle' : 'brand'} data-testid={`hits-${position}`} style={{ alignSelf: 'flex-start' }}>
          {e.hits(props.hits)}
        </Badge>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, minWidth: 0 }}>
        <span>{rule.cells.length === 0 && rule.extra === '' ? e.always : e.when}</span>
        {rule.cells.map((c, i) => {
          const errors = cellErrors(c.fact);
          return (
            <span key={c.fact} style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, minWidth: 0, maxWidth: '100%' }}>
              {i > 0 && <span>{e.and}</span>}
              <span>{factHeader(c.fact)}:</span>
              <CellEditor editor={editor} ruleKey={rule.key} fact={c.fact} text={c.text} sheetValues={props.sheetValues(c.fact)} invalid={errors.length > 0} />
              <Button
                size="small"
                appearance="subtle"
                style={{ minWidth: 24, padding: '0 4px' }}
                aria-label={e.removeCondition(factHeader(c.fact))}
                onClick={() => editor.change((x) => removeCell(x, rule.key, c.fact))}
              >
                ×
              </Button>
              {errors.length > 0 && (
                <span role="alert" style={{ color: '#B10E1C', fontSize: 12, flexBasis: '100%' }}>
                  {errors.map(da.agreementErrors.message).join(' ')}
                </span>
              )}
            </span>
          );
        })}
        <Dropdown
          aria-label={`${e.addCondition} (${position})`}
          size="small"
          placeholder={`+ ${e.addCondition}`}
          style={{ minWidth: 0, maxWidth: 200 }}
          listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
          value=""
          selectedOptions={[]}
          onOptionSelect={(_, d) => d.optionValue && editor.change((x) => setCell(x, rule.key, d.optionValue!, starter(d.optionValue!)))}
        >
          {unused.map((f) => (
            <Option key={f} value={f}>
              {factHeader(f)}
            </Option>
          ))}
        </Dropdown>
      </div>
      {rule.extra !== '' && (
        <Field label={e.extraLabel} hint={e.extraReadOnly} {...fieldProps(editor, { area: 'rule', key: rule.key, field: 'extra' })}>
          {props.reading && <Caption1 block>{props.reading}</Caption1>}
          <Textarea resize="vertical" value={rule.extra} onChange={(_, d) => editor.change((x) => setExtra(x, rule.key, d.value), `rule.${rule.key}.extra`)} />
        </Field>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4 }}>
        <span>{e.then}</span>
        <Field {...fieldProps(editor, { area: 'rule', key: rule.key, field: 'outcome' })}>
          <Dropdown
            aria-label={`${e.outcome} (${position})`}
            size="small"
            style={{ minWidth: 0 }}
            value={e.outcomes[rule.outcome]}
            selectedOptions={[rule.outcome]}
            onOptionSelect={(_, d) => d.optionValue && editor.change((x) => setOutcome(x, rule.key, d.optionValue as RuleOutcome))}
          >
            {(Object.keys(e.outcomes) as RuleOutcome[]).map((o) => (
              <Option key={o} value={o}>
                {e.outcomes[o]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {rule.outcome === 'pool' && (
          <Field {...fieldProps(editor, { area: 'rule', key: rule.key, field: 'pool' })} style={{ minWidth: 0 }}>
            <Dropdown
              aria-label={`${e.poolFor} (${position})`}
              size="small"
              style={{ minWidth: 0, maxWidth: 220 }}
              value={editor.draft.pools.find((p) => p.name === rule.pool)?.label || rule.pool}
              selectedOptions={[rule.pool]}
              onOptionSelect={(_, d) => d.optionValue && editor.change((x) => setOutcome(x, rule.key, 'pool', d.optionValue))}
            >
              {editor.draft.pools.map((p) => (
                <Option key={p.key} value={p.name} text={p.label || p.name}>
                  {p.label || p.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
      <div style={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button size="small" appearance="subtle" disabled={position === 1} onClick={() => editor.change((x) => moveRule(x, rule.key, -1))}>
          {e.moveUp}
        </Button>
        <Button size="small" appearance="subtle" disabled={position === props.count} onClick={() => editor.change((x) => moveRule(x, rule.key, 1))}>
          {e.moveDown}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => editor.change((x) => duplicateRule(x, rule.key, e.copyName))}>
          {e.duplicate}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => editor.change((x) => deleteRule(x, rule.key))}>
          {e.deleteRule}
        </Button>
      </div>
    </Card>
  );
}

/** What a new condition starts as, so it reads at once: the first label, or an empty cell to type in. */
function starter(fact: string): string {
  const first = { housingType: 'Familiebolig', areaStatus: 'Udsat boligområde', lettingType: 'Intern' } as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(first, fact) ? first[fact] : '';
}

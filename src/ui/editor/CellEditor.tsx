import { Checkbox, Dropdown, Input, Option } from '@fluentui/react-components';
import { cellChoice, choiceText, setCell } from '../../core/agreement';
import { factHeader, factKind, LABEL_FACTS, labelText, LabelFactName } from '../../core/agreement';
import * as da from '../../core/da';
import type { Editor } from './useEditor';

const e = da.editor;

/**
 * The value of one condition, edited where it stands in the rule's sentence: labels from a list,
 * text facts typed or picked from the sheet's own values, numbers and dates in the value grammar.
 */
export function CellEditor(props: { editor: Editor; ruleKey: string; fact: string; text: string; sheetValues: readonly string[]; invalid: boolean }) {
  const { editor, ruleKey, fact, text } = props;
  const header = factHeader(fact);
  const set = (next: string) => editor.change((x) => setCell(x, ruleKey, fact, next), `cell.${ruleKey}.${fact}`);
  const kind = factKind(fact);
  const choice = cellChoice(fact, text);
  if (kind === 'label' && choice !== null) {
    const options = LABEL_FACTS[fact as LabelFactName].values.map((v) => labelText(fact as LabelFactName, v));
    return <ChoiceEditor header={header} options={options} choice={choice} onChoose={(c) => editor.change((x) => setCell(x, ruleKey, fact, choiceText(fact, c) || options[0]))} />;
  }
  const typed = (
    <Input
      aria-label={header}
      aria-invalid={props.invalid || undefined}
      size="small"
      style={{ minWidth: 0, width: kind === 'text' ? '100%' : 130 }}
      value={text}
      placeholder={kind === 'number' || kind === 'wholeNumber' ? 'fx under 4.000' : undefined}
      onChange={(_, d) => set(d.value)}
    />
  );
  if (kind !== 'text' || props.sheetValues.length === 0) return typed;
  const values = [...new Set([...(choice?.values ?? []), ...props.sheetValues])];
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 140px' }}>
      {typed}
      <ChoiceEditor header={`${header} ${e.fromSheet}`} options={values} choice={choice ?? { negated: false, values: [] }} onChoose={(c) => set(choiceText(fact, c))} />
    </span>
  );
}

/** A pick of values from a list, and "ikke" to turn it into an exclusion. */
function ChoiceEditor(props: { header: string; options: readonly string[]; choice: { negated: boolean; values: string[] }; onChoose: (c: { negated: boolean; values: string[] }) => void }) {
  const { choice } = props;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', minWidth: 0 }}>
      <Checkbox label={da.editor.not} checked={choice.negated} onChange={(_, d) => props.onChoose({ ...choice, negated: d.checked === true })} aria-label={`${props.header}: ${da.editor.not}`} />
      <Dropdown
        aria-label={props.header}
        size="small"
        multiselect
        style={{ minWidth: 0, maxWidth: 200 }}
        listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
        value={choice.values.join('; ')}
        selectedOptions={choice.values}
        onOptionSelect={(_, d) => props.onChoose({ ...choice, values: props.options.filter((o) => d.selectedOptions.includes(o)) })}
      >
        {props.options.map((o) => (
          <Option key={o} value={o}>
            {o}
          </Option>
        ))}
      </Dropdown>
    </span>
  );
}

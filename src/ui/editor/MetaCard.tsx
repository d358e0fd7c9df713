import { Dropdown, Field, Input, Option, Subtitle2 } from '@fluentui/react-components';
import { DefaultOutcome, setDefaultOutcome, setMeta } from '../../core/agreement';
import * as da from '../../core/da';
import { fieldProps } from './fieldErrors';
import type { Editor } from './useEditor';

const e = da.editor;

/** The agreement's name, id and what happens when no rule holds. */
export function MetaCard({ editor }: { editor: Editor }) {
  const m = editor.draft.meta;
  return (
    <section aria-label={e.meta} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Subtitle2 as="h3">{e.meta}</Subtitle2>
      <Field label={e.name} {...fieldProps(editor, { area: 'meta', field: 'name' })}>
        <Input value={m.name} onChange={(_, d) => editor.change((x) => setMeta(x, 'name', d.value), 'meta.name')} />
      </Field>
      <Field label={e.id} {...fieldProps(editor, { area: 'meta', field: 'id' })}>
        <Input value={m.id} onChange={(_, d) => editor.change((x) => setMeta(x, 'id', d.value), 'meta.id')} />
      </Field>
    </section>
  );
}

/** "Ellers: …", the last line of the rules: what happens to a vacancy no rule takes. */
export function OtherwiseLine({ editor }: { editor: Editor }) {
  const value = editor.draft.meta.defaultOutcome;
  return (
    <Field label={e.otherwise} {...fieldProps(editor, { area: 'meta', field: 'defaultOutcome' })}>
      <Dropdown
        aria-label={e.otherwise}
        style={{ minWidth: 0 }}
        value={e.defaultOutcomes[value]}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => d.optionValue && editor.change((x) => setDefaultOutcome(x, d.optionValue as DefaultOutcome))}
      >
        {(Object.keys(e.defaultOutcomes) as DefaultOutcome[]).map((k) => (
          <Option key={k} value={k}>
            {e.defaultOutcomes[k]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

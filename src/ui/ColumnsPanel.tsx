import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Dropdown, Field, Option } from '@fluentui/react-components';
import type { ColumnReport } from '../app/columnMapping';
import { FieldKey } from '../core';
import type { FieldSpec } from '../core/sheet';
import * as da from '../core/da';

/** Recognised, missing and unknown columns, folded away unless something needs the user's say. */
export function ColumnsPanel(props: { columns: ColumnReport; openByDefault: boolean; onMap: (index: number, field: FieldKey | null) => void }) {
  const { recognised, missing, unknown } = props.columns;
  return (
    <Accordion collapsible defaultOpenItems={props.openByDefault ? ['columns'] : []}>
      <AccordionItem value="columns">
        <AccordionHeader size="small">{da.ui.columnsHeading(recognised.length, unknown.length)}</AccordionHeader>
        <AccordionPanel style={{ margin: 0 }}>
          <ColumnBadges label={da.ui.recognised} testId="recognised-columns" fields={recognised} appearance="tint" color="success" />
          {missing.length > 0 && <ColumnBadges label={da.ui.missing} testId="missing-columns" fields={missing} appearance="outline" color="informative" />}
          {unknown.length > 0 && (
            <>
              <Caption1 block as="p">
                {da.ui.unknown}:
              </Caption1>
              {unknown.map((u) => (
                <Field key={`${u.index}-${u.header}`} label={u.header} style={{ minWidth: 0 }}>
                  <Dropdown
                    aria-label={u.header}
                    style={{ minWidth: 0, width: '100%' }}
                    listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
                    value={u.mapped ? (u.choices.find((f) => f.key === u.mapped)?.header ?? '') : da.ui.ignore}
                    selectedOptions={[u.mapped ?? '']}
                    onOptionSelect={(_, d) => props.onMap(u.index, (d.optionValue || null) as FieldKey | null)}
                  >
                    <Option value="">{da.ui.ignore}</Option>
                    {u.choices.map((f) => (
                      <Option key={f.key} value={f.key}>
                        {f.header}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ))}
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** A labelled row of column names. */
function ColumnBadges(props: { label: string; testId: string; fields: readonly FieldSpec[]; appearance: 'tint' | 'outline'; color: 'success' | 'informative' }) {
  return (
    <>
      <Caption1 block as="p" style={{ margin: '4px 0 0' }}>
        {props.label}:
      </Caption1>
      <div data-testid={props.testId} style={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {props.fields.map((f) => (
          <Badge key={f.key} appearance={props.appearance} color={props.color}>
            {f.header}
          </Badge>
        ))}
      </div>
    </>
  );
}

import { Badge, Button, Caption1, Dropdown, Field, Option, Subtitle2 } from '@fluentui/react-components';
import { FIELDS, FieldKey, SheetReadResult } from '../core';
import type { FieldSpec } from '../core/sheet/fields';
import { missingFields } from '../core/sheet/headers';
import * as da from '../core/da';
import { RangeSnapshot } from '../port/workbookPort';

/** Which columns were recognised, which are missing, and a way to say what an unknown one is. */
export function DataPanel(props: {
  snapshot: RangeSnapshot | null;
  sheet: SheetReadResult | null;
  overrides: Partial<Record<FieldKey, number>>;
  onMap: (header: string, field: FieldKey | null) => void;
  onReread: () => void;
}) {
  const { snapshot, sheet } = props;
  if (!snapshot || !sheet) return null;
  const headers = sheet.headers;
  const recognised = FIELDS.filter((f) => headers?.columns[f.key] !== undefined);
  const missingKeys = new Set(missingFields(headers?.columns ?? {}));
  const missing = FIELDS.filter((f) => missingKeys.has(f.key));
  const headerTexts = snapshot.values[sheet.ok ? sheet.headerRow - snapshot.firstRow : 0] ?? [];
  // Headers mapped by hand leave the "unknown" list; they stay here so the mapping can be undone.
  const mappedHeaders = Object.values(props.overrides).map((i) => String(headerTexts[i] ?? '').trim());
  const unknown = [...(headers?.unknown ?? []), ...mappedHeaders];
  return (
    <section aria-label={da.ui.dataHeading}>
      <Subtitle2 block as="h2">{da.ui.dataHeading}</Subtitle2>
      {sheet.ok && (
        <Caption1 block as="p" data-testid="data-source">
          {da.ui.dataSource(snapshot.sheetName, snapshot.tableName, sheet.rows.length, sheet.headerRow)}
        </Caption1>
      )}
      <ColumnBadges label={da.ui.recognised} testId="recognised-columns" fields={recognised} appearance="tint" color="success" />
      {missing.length > 0 && <ColumnBadges label={da.ui.missing} testId="missing-columns" fields={missing} appearance="outline" color="informative" />}
      {unknown.length > 0 && (
        <>
          <Caption1 block as="p">{da.ui.unknown}:</Caption1>
          {unknown.map((header) => {
            const index = headerTexts.findIndex((h) => String(h ?? '').trim() === header);
            const mapped = (Object.entries(props.overrides) as [FieldKey, number][]).find(([, i]) => i === index)?.[0] ?? null;
            return (
              <Field key={header} label={header} orientation="horizontal">
                <Dropdown
                  aria-label={header}
                  value={mapped ? FIELDS.find((f) => f.key === mapped)!.header : da.ui.ignore}
                  selectedOptions={[mapped ?? '']}
                  onOptionSelect={(_, d) => props.onMap(header, (d.optionValue || null) as FieldKey | null)}
                >
                  <Option value="">{da.ui.ignore}</Option>
                  {FIELDS.filter((f) => headers?.columns[f.key] === undefined || f.key === mapped).map((f) => (
                    <Option key={f.key} value={f.key}>
                      {f.header}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </>
      )}
      <Button size="small" appearance="subtle" onClick={props.onReread}>
        {da.ui.rereadData}
      </Button>
    </section>
  );
}

/** A labelled row of column names. */
function ColumnBadges(props: { label: string; testId: string; fields: readonly FieldSpec[]; appearance: 'tint' | 'outline'; color: 'success' | 'informative' }) {
  return (
    <>
      <Caption1 block as="p">{props.label}:</Caption1>
      <div data-testid={props.testId}>
        {props.fields.map((f) => (
          <Badge key={f.key} appearance={props.appearance} color={props.color} style={{ margin: 2 }}>
            {f.header}
          </Badge>
        ))}
      </div>
    </>
  );
}

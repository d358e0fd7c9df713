import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option, OptionGroup } from '@fluentui/react-components';
import { useRef } from 'react';
import type { AgreementProblem } from '../app/storedAgreement';
import { Agreement } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { AgreementSheetButtons } from './AgreementSheetButtons';
import { BUNDLED } from './bundledAgreements';

/** The "Ny aftale" list's first choice: an agreement with nothing in it. */
const EMPTY = '(tom)';

export interface AgreementOption {
  key: string;
  text: string;
  agreement: Agreement;
}

/** Choose the agreement: a bundled one, one imported from a JSON file, or the one the workbook carries. */
export function AgreementPanel(props: {
  port: WorkbookPort;
  onReadFromSheet: (agreement: Agreement) => void;
  options: AgreementOption[];
  selected: string | null;
  onSelect: (key: string) => void;
  onImport: (fileName: string, bytes: Uint8Array) => void;
  /** Opens the editor on an agreement, or (null) on a new, empty one. */
  onEdit: (original: Agreement | null) => void;
  problem: AgreementProblem | null;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const current = props.options.find((o) => o.key === props.selected)?.agreement ?? null;
  const bundledKeys = new Set(BUNDLED.map((b) => b.id));
  const option = (o: AgreementOption) => (
    <Option key={o.key} value={o.key} text={o.text}>
      {o.text}
    </Option>
  );
  return (
    <section aria-label={da.ui.agreementHeading} style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 }}>
      <Field label={da.ui.chooseAgreement}>
        <Dropdown
          aria-label={da.ui.chooseAgreement}
          style={{ minWidth: 0, width: '100%' }}
          listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
          value={props.options.find((o) => o.key === props.selected)?.text ?? ''}
          selectedOptions={props.selected ? [props.selected] : []}
          onOptionSelect={(_, data) => data.optionValue && props.onSelect(data.optionValue)}
        >
          <OptionGroup label={da.ui.bundledGroup}>{props.options.filter((o) => bundledKeys.has(o.key)).map(option)}</OptionGroup>
          {props.options.some((o) => !bundledKeys.has(o.key) && !o.key.startsWith('variant:')) && (
            <OptionGroup label={da.ui.otherGroup}>{props.options.filter((o) => !bundledKeys.has(o.key) && !o.key.startsWith('variant:')).map(option)}</OptionGroup>
          )}
          {props.options.some((o) => o.key.startsWith('variant:')) && (
            <OptionGroup label={da.editor.variantsGroup}>{props.options.filter((o) => o.key.startsWith('variant:')).map(option)}</OptionGroup>
          )}
        </Dropdown>
      </Field>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="agreement-file"
        aria-label={da.ui.importAgreement}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onImport(file.name, new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0))));
        }}
      />
      {props.problem && (
        <MessageBar intent="error" layout="multiline" data-testid="agreement-problem">
          <MessageBarBody style={{ overflowWrap: 'anywhere' }}>
            <MessageBarTitle>{da.ui.agreementRejected(props.problem.source, props.problem.errors.length)}</MessageBarTitle>
            <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
              {props.problem.errors.map((e, i) => (
                <li key={i}>
                  {e.where}: {da.agreementErrors.message(e)}
                </li>
              ))}
            </ul>
            {da.ui.chooseAnother}
          </MessageBarBody>
        </MessageBar>
      )}
      {current && <AgreementSummary agreement={current} />}
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Button size="small" disabled={!current} onClick={() => current && props.onEdit(current)}>
          {da.editor.edit}
        </Button>
        <Dropdown
          size="small"
          aria-label={da.editor.newFrom}
          placeholder={da.editor.newAgreement}
          style={{ minWidth: 0, maxWidth: 160 }}
          listbox={{ style: { maxWidth: 'calc(100vw - 24px)' } }}
          value=""
          selectedOptions={[]}
          onOptionSelect={(_, d) => {
            if (d.optionValue === EMPTY) props.onEdit(null);
            else if (d.optionValue) props.onEdit(props.options.find((o) => o.key === d.optionValue)?.agreement ?? null);
          }}
        >
          <Option value={EMPTY}>{da.editor.emptyAgreement}</Option>
          {props.options
            .filter((o) => bundledKeys.has(o.key))
            .map((o) => (
              <Option key={o.key} value={o.key} text={o.text}>
                {o.text}
              </Option>
            ))}
        </Dropdown>
        <Button size="small" appearance="subtle" onClick={() => fileInput.current?.click()}>
          {da.ui.importAgreement}
        </Button>
      </div>
      <AgreementSheetButtons port={props.port} agreement={current} onRead={props.onReadFromSheet} />
    </section>
  );
}

function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const pools = [...agreement.pools.values()];
  return (
    <div data-testid="agreement-summary" style={{ overflowWrap: 'anywhere' }}>
      {agreement.parties.length > 0 && (
        <Caption1 block as="p" style={{ margin: 0 }}>
          {da.ui.parties}: {agreement.parties.join(', ')}
        </Caption1>
      )}
      {pools.length === 0 ? (
        <Caption1 block as="p" style={{ margin: 0 }}>
          {da.ui.noPools}
        </Caption1>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 16 }} aria-label={da.ui.pools}>
          {pools.map((p) => (
            <li key={p.name}>
              <Caption1>
                {p.label}: {da.reason.poolRule(p.kind)}
                {p.capPerMonth !== null ? `, ${da.ui.capNote(p.capPerMonth)}` : ''}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { Button, Caption1, Subtitle2, Tab, TabList, Title3 } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { agreementFileName, agreementJsonText } from '../../app/agreementJson';
import { writeAgreementToSheet } from '../../app/agreementSheet';
import { EffectGround, effectGround, effectOf, showChangedRows } from '../../app/editorEffect';
import { errorNotice, Notice } from '../../app/notice';
import { saveVariant } from '../../app/variants';
import { Agreement, checkAgreement } from '../../core';
import { addPool, addRule, draftFromAgreement, emptyDraft, LiveEffect, variantChanges } from '../../core/agreement';
import { modelFromAgreement } from '../../core/agreement';
import { fileFromModel } from '../../core/agreement';
import { plainReading } from '../../core/agreement';
import * as da from '../../core/da';
import { StoredVariant, WorkbookPort } from '../../port/workbookPort';
import { NoticeBar } from '../NoticeBar';
import type { PaneData } from '../usePaneData';
import { EffectPanel } from './EffectPanel';
import { JsonView } from './JsonView';
import { MetaCard, OtherwiseLine } from './MetaCard';
import { PoolCard } from './PoolCard';
import { RuleCard } from './RuleCard';
import { useEditor } from './useEditor';

const e = da.editor;
/**
 * How long after the last valid edit the effect on the sheet is worked out: long enough that fast
 * typing works it out once, short enough that it shows within 100 ms of a keystroke on 10,000 rows
 * (the work itself takes 10–40 ms there: npm run bench -- --only=editor).
 */
const EFFECT_DELAY_MS = 50;

export interface EditorProps {
  port: WorkbookPort;
  data: PaneData;
  /** The agreement being changed; null for a new, empty one. */
  original: Agreement | null;
  onClose: () => void;
  onUse: (agreement: Agreement) => void;
  onVariantSaved: (variant: StoredVariant) => void;
}

/**
 * The agreement editor: pools as cards, rules as numbered sentences in decision order, "Ellers" at
 * the end, or the same agreement as JSON; a fraction of a second after each valid edit, what it
 * does to the sheet the pane has read. The logic is the core's and src/app's; this only renders.
 */
export default function EditorPanel(props: EditorProps) {
  const { port, data, original } = props;
  const [initial] = useState(() => (original ? draftFromAgreement(original) : emptyDraft()));
  const editor = useEditor(initial);
  const [view, setView] = useState<'fields' | 'json'>('fields');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [jsonBroken, setJsonBroken] = useState(false);
  const [ground, setGround] = useState<EffectGround | null>(null);
  // The effect and what it was worked out for: while that is not the agreement and sheet shown now, it is being worked out.
  const [worked, setWorked] = useState<{ effect: LiveEffect; valid: Agreement; ground: EffectGround } | null>(null);
  const baseAgreement = useMemo(() => original ?? emptyAgreement(), [original]);

  useEffect(() => {
    let cancelled = false;
    void effectGround(data.sheet, baseAgreement)
      .then((g) => !cancelled && setGround(g))
      .catch((err) => setNotice(errorNotice(da.ui.errorTitle, err)));
    return () => {
      cancelled = true;
    };
  }, [data.sheet, baseAgreement]);

  // The effect of the agreement as it now reads, a moment after the last valid edit.
  const valid = editor.reading.ok ? editor.reading.agreement : null;
  const run = useRef(0);
  useEffect(() => {
    if (!ground || !valid) return;
    const mine = ++run.current;
    const timer = setTimeout(() => {
      void effectOf(ground, valid).then((next) => {
        if (mine === run.current) setWorked({ effect: next, valid, ground });
      });
    }, EFFECT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ground, valid]);

  const effect = worked?.effect ?? null;
  const file = editor.valid ? fileFromModel(editor.reading.ok ? editor.reading.model : modelFromAgreement(editor.valid)) : null;
  // A string: the JSON view compares it by value, so an unchanged agreement does not reset it.
  const jsonText = file ? agreementJsonText(file) : '';
  const reading = editor.valid ? plainReading(editor.valid) : null;
  const changes = original && editor.valid ? variantChanges(original, editor.valid) : [];
  const attempt = async (work: () => Promise<void>) => {
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setNotice(errorNotice(da.ui.errorTitle, err));
    }
  };

  return (
    <section aria-label={e.title(editor.draft.meta.name)} style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }} data-testid="editor">
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
        <Title3 as="h2" style={{ fontSize: 16, lineHeight: '22px', flex: '1 1 160px', overflowWrap: 'break-word' }}>
          {e.title(editor.draft.meta.name || e.newAgreementName)}
        </Title3>
        <Button size="small" onClick={editor.undo} disabled={!editor.canUndo}>
          {e.undo}
        </Button>
        <Button size="small" onClick={editor.redo} disabled={!editor.canRedo}>
          {e.redo}
        </Button>
        <Button size="small" appearance="subtle" onClick={props.onClose}>
          {e.close}
        </Button>
      </div>
      <EffectPanel
        effect={effect}
        busy={valid !== null && ground !== null && (worked === null || worked.valid !== valid || worked.ground !== ground)}
        hasSheet={!!data.sheet?.ok}
        onShow={() =>
          effect &&
          data.snapshot &&
          void attempt(() =>
            showChangedRows(
              port,
              data.snapshot!,
              effect.changed.map((c) => c.row),
            ),
          )
        }
      />
      {!editor.reading.ok && <NoticeBar notice={{ intent: 'error', text: e.draftHasErrors(editor.reading.errors.length) }} />}
      {view === 'json' && jsonBroken && <NoticeBar notice={{ intent: 'warning', text: e.jsonHasErrors }} />}
      <NoticeBar notice={notice} />
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Button
          size="small"
          appearance="primary"
          disabled={!valid}
          onClick={() =>
            valid &&
            void attempt(async () => {
              const variant = await saveVariant(port, fileFromModel(editor.reading.ok ? editor.reading.model : modelFromAgreement(valid)), original);
              props.onVariantSaved(variant);
              setNotice({ intent: 'success', text: e.variantSaved(variant.file.name ?? variant.file.id ?? '') });
            })
          }
        >
          {e.saveVariant}
        </Button>
        <Button size="small" disabled={!valid} onClick={() => valid && props.onUse(valid)}>
          {e.use}
        </Button>
        <Button size="small" disabled={!file} onClick={() => file && editor.valid && download(agreementJsonText(file), agreementFileName(editor.valid))}>
          {e.exportJson}
        </Button>
        <Button
          size="small"
          disabled={!valid}
          onClick={() =>
            valid &&
            void attempt(async () => {
              const written = await writeAgreementToSheet(port, valid, { replace: true });
              setNotice(written.ok ? { intent: 'success', text: written.message } : { intent: 'error', text: written.message });
            })
          }
        >
          {e.writeSheet}
        </Button>
      </div>
      {original && changes.length > 0 && (
        <details data-testid="variant-changes">
          <summary>
            <Caption1>
              {e.differsHeading(original.name)} ({changes.length})
            </Caption1>
          </summary>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {changes.map((c, i) => (
              <li key={i} style={{ overflowWrap: 'break-word' }}>
                <Caption1>
                  {e.before}: {c.before ?? e.added} <br />
                  {e.after}: {c.after ?? e.removed}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'fields' | 'json')}>
        <Tab value="fields">{e.fieldsView}</Tab>
        <Tab value="json">{e.jsonView}</Tab>
      </TabList>
      {view === 'json' ? (
        <JsonView
          text={jsonText}
          fallbackId={editor.draft.meta.id || 'aftale'}
          onValid={(text) => {
            setJsonBroken(false);
            const checked = checkAgreement(JSON.parse(text), editor.draft.meta.id || 'aftale');
            if (checked.ok) editor.replace(draftFromAgreement(checked.agreement));
          }}
          onInvalid={() => setJsonBroken(true)}
        />
      ) : (
        <>
          <MetaCard editor={editor} />
          <Subtitle2 as="h3">{e.pools}</Subtitle2>
          {editor.draft.pools.map((p) => (
            <PoolCard key={p.key} editor={editor} pool={p} />
          ))}
          <div>
            <Button size="small" onClick={() => editor.change((x) => addPool(x, e.newPoolName, e.newPoolLabel))}>
              + {e.addPool}
            </Button>
          </div>
          <Subtitle2 as="h3">
            {e.rules}: {e.firstRuleDecides}
          </Subtitle2>
          {editor.draft.rules.map((r, i) => (
            <RuleCard
              key={r.key}
              editor={editor}
              rule={r}
              position={i + 1}
              count={editor.draft.rules.length}
              hits={editor.reading.ok && effect && effect.hits.length === editor.draft.rules.length ? effect.hits[i].hits : null}
              reading={reading?.rules[i]?.text ?? null}
              sheetValues={(fact) => sheetValues(data, fact)}
            />
          ))}
          <div>
            <Button size="small" onClick={() => editor.change((x) => addRule(x, e.newRuleName(x.rules.length + 1)))}>
              + {e.addRule}
            </Button>
          </div>
          <OtherwiseLine editor={editor} />
        </>
      )}
    </section>
  );
}

/** The distinct values a text fact has in the sheet the pane has read, for picking departments and organisations. */
function sheetValues(data: PaneData, fact: string): string[] {
  if (!data.sheet?.ok || (fact !== 'department' && fact !== 'organisation')) return [];
  const values = new Set<string>();
  for (const r of data.sheet.rows) {
    const v = r.vacancy?.[fact];
    if (typeof v === 'string' && v !== '') values.add(v);
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
}

function emptyAgreement(): Agreement {
  const r = checkAgreement({ id: 'ny-aftale', name: e.newAgreementName, pools: [], rules: [] }, 'ny-aftale');
  if (!r.ok) throw new Error('the empty agreement is an agreement');
  return r.agreement;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

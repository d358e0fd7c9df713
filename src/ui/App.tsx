import { FluentProvider, Spinner, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { errorNotice, Notice } from '../app/notice';
import { ColumnOverrides } from '../app/readVacancies';
import { sideSheetsNote } from '../app/sideTables';
import { AgreementProblem, readStoredAgreement } from '../app/storedAgreement';
import { usableVariants } from '../app/variants';
import { Agreement, checkAgreement } from '../core';
import { importAgreement } from '../app/importAgreement';
import * as da from '../core/da';
import { StoredVariant, WorkbookPort } from '../port/workbookPort';
import { AgreementOption, AgreementPanel } from './AgreementPanel';
import { AllocateTab } from './AllocateTab';
import { BUNDLED } from './bundledAgreements';
import { CheckTab } from './CheckTab';
import { DataPanel } from './DataPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { SimulateTab } from './SimulateTab';
import { Attempt, TabProps } from './tabProps';
import { usePaneData } from './usePaneData';

const bundledOptions: AgreementOption[] = BUNDLED.flatMap(({ id, file }) => {
  const r = checkAgreement(file, id);
  return r.ok ? [{ key: id, text: r.agreement.name, agreement: r.agreement }] : [];
});

type TabKey = 'allocate' | 'check' | 'simulate';

// The editor (and CodeMirror behind its JSON view) loads when first opened, so the pane's first paint stays small.
const EditorPanel = lazy(() => import(/* webpackChunkName: "editor" */ './editor/EditorPanel'));

const variantOption = (v: StoredVariant, agreement: Agreement): AgreementOption => ({ key: `variant:${agreement.id}`, text: da.editor.variantOption(agreement.name), agreement });

/** Runs an action; anything thrown becomes a Danish notice in the tab that started it. */

const attempt: Attempt = async (work, setNotice) => {
  try {
    await work();
  } catch (e) {
    setNotice(errorNotice(da.ui.errorTitle, e));
  }
};

/** The task pane: the same component in Excel (Office.js port) and in the workbench (file port). */
export function App(props: { port: WorkbookPort; defaultAgreementId?: string }) {
  const { port } = props;
  const [options, setOptions] = useState<AgreementOption[]>(bundledOptions);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<AgreementProblem | null>(null);
  const [tab, setTab] = useState<TabKey>('allocate');
  const [dataNotice, setDataNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<{ original: Agreement | null } | null>(null);
  const agreement = options.find((o) => o.key === selected)?.agreement ?? null;
  const onDataError = useCallback((e: unknown) => setDataNotice(errorNotice(da.ui.dataReadFailed, e)), []);
  const { data, refresh, adopt } = usePaneData(port, onDataError);
  const reread = (followSelection = true, overrides?: ColumnOverrides) => {
    setDataNotice(null);
    return refresh(followSelection, overrides);
  };

  useEffect(() => {
    void readStoredAgreement(port).then(({ agreement: stored, problem: storedProblem }) => {
      if (stored) {
        setOptions((o) => [...o.filter((x) => x.key !== 'stored'), { key: 'stored', text: da.ui.storedOption(stored.name), agreement: stored }]);
        setSelected('stored');
      } else {
        setProblem(storedProblem);
        setSelected(props.defaultAgreementId ?? 'standard-25');
      }
    });
    // Once per workbook: the agreement it carries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  useEffect(() => {
    void port
      .loadVariants()
      .then((variants) => setOptions((o) => [...o.filter((x) => !x.key.startsWith('variant:')), ...usableVariants(variants).map(({ variant, agreement }) => variantOption(variant, agreement))]))
      .catch(onDataError);
  }, [port, onDataError]);

  const addOption = (option: AgreementOption, select: boolean) => {
    setProblem(null);
    setOptions((o) => [...o.filter((x) => x.key !== option.key), option]);
    if (select) setSelected(option.key);
  };

  const onImport = (fileName: string, bytes: Uint8Array) => {
    const r = importAgreement(fileName, bytes);
    if (r.ok) addOption({ key: 'imported', text: da.ui.importedOption(r.agreement.name), agreement: r.agreement }, true);
    else setProblem(r.problem);
  };

  const shared: TabProps = { port, data, reread, adopt, attempt };
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: '8px 12px', display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, overflowX: 'hidden' }} lang="da">
      <Title3 as="h1" style={{ fontSize: 18, lineHeight: '24px' }}>
        {da.ui.title}
      </Title3>
      <ErrorBoundary>
        <AgreementPanel
          port={port}
          onReadFromSheet={(a) => addOption({ key: 'sheet', text: da.ui.sheetOption(a.name), agreement: a }, true)}
          options={options}
          selected={selected}
          onSelect={(k) => (setSelected(k), setProblem(null))}
          onImport={onImport}
          onEdit={(original) => setEditing({ original })}
          problem={problem}
        />
      </ErrorBoundary>
      <DataPanel snapshot={data.snapshot} sheet={data.sheet} reading={data.reading} noData={data.noData} sideNote={sideSheetsNote(data.sideSheets)} onReread={() => void reread()} />
      <NoticeBar notice={dataNotice} />
      {editing ? (
        <ErrorBoundary>
          <Suspense fallback={<Spinner size="tiny" label={da.editor.edit} />}>
            <EditorPanel
              port={port}
              data={data}
              original={editing.original}
              onClose={() => setEditing(null)}
              onUse={(a) => {
                addOption({ key: 'edited', text: da.editor.editedOption(a.name), agreement: a }, true);
                setEditing(null);
              }}
              onVariantSaved={(v) => {
                const checked = checkAgreement(v.file, v.file.id ?? 'variant');
                if (checked.ok) addOption(variantOption(v, checked.agreement), false);
              }}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {/* The tabs stay mounted while the editor is open, so the last run's summary is still there after it. */}
      <div hidden={editing !== null} style={{ display: editing ? 'none' : 'flex', flexDirection: 'column', gap: 8 }}>
        <TabsArea tab={tab} setTab={setTab} shared={shared} agreement={agreement} options={options} />
      </div>
    </FluentProvider>
  );
}

function TabsArea(props: { tab: TabKey; setTab: (t: TabKey) => void; shared: TabProps; agreement: Agreement | null; options: AgreementOption[] }) {
  const { tab, setTab, shared, agreement, options } = props;
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)} size="small">
        <Tab value="allocate">{da.ui.tabAllocate}</Tab>
        <Tab value="check">{da.ui.tabCheck}</Tab>
        <Tab value="simulate">{da.ui.tabSimulate}</Tab>
      </TabList>
      <ErrorBoundary>
        <div hidden={tab !== 'allocate'} style={{ display: tab === 'allocate' ? 'flex' : 'none', flexDirection: 'column', gap: 8 }}>
          <AllocateTab {...shared} agreement={agreement} />
        </div>
        {tab === 'check' && <CheckTab {...shared} agreement={agreement} />}
        {tab === 'simulate' && <SimulateTab {...shared} options={options} />}
      </ErrorBoundary>
    </>
  );
}

import { Divider, FluentProvider, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { checkAgreement, loadAgreement } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { AgreementOption, AgreementPanel, AgreementProblem } from './AgreementPanel';
import { AllocateTab } from './AllocateTab';
import { Notice } from './appState';
import { BUNDLED } from './bundledAgreements';
import { CheckTab } from './CheckTab';
import { SimulateTab } from './SimulateTab';

const bundledOptions: AgreementOption[] = BUNDLED.flatMap(({ id, file }) => {
  const r = checkAgreement(file, id);
  return r.ok ? [{ key: id, text: r.agreement.name, agreement: r.agreement }] : [];
});

type TabKey = 'allocate' | 'check' | 'simulate';

/** The task pane: the same component in Excel (Office.js port) and in the workbench (file port). */
export function App(props: { port: WorkbookPort; defaultAgreementId?: string }) {
  const { port } = props;
  const [options, setOptions] = useState<AgreementOption[]>(bundledOptions);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<AgreementProblem | null>(null);
  const [tab, setTab] = useState<TabKey>('allocate');
  const agreement = options.find((o) => o.key === selected)?.agreement ?? null;

  /** Runs an action; anything thrown becomes a Danish notice in the tab that started it. */
  const attempt = async (work: () => Promise<void>, setNotice: (n: Notice) => void) => {
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', title: da.ui.errorTitle, text: (e as Error).message });
    }
  };

  useEffect(() => {
    void (async () => {
      let initial = props.defaultAgreementId ?? 'standard-25';
      try {
        const stored = await port.loadStored();
        if (stored.agreement) {
          const r = checkAgreement(stored.agreement, 'projektmappe');
          if (r.ok) {
            setOptions((o) => [...o.filter((x) => x.key !== 'stored'), { key: 'stored', text: da.ui.storedOption(r.agreement.name), agreement: r.agreement }]);
            initial = 'stored';
          } else setProblem({ source: da.ui.storedAgreementRejected, errors: r.errors });
        }
      } finally {
        setSelected(initial);
      }
    })();
    // Once per workbook: the agreement it carries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const importAgreement = (fileName: string, text: string) => {
    const r = loadAgreement(text, fileName.replace(/\.json$/i, ''));
    if (!r.ok) {
      setProblem({ source: fileName, errors: r.errors });
      return;
    }
    setProblem(null);
    setOptions((o) => [...o.filter((x) => x.key !== 'imported'), { key: 'imported', text: da.ui.importedOption(r.agreement.name), agreement: r.agreement }]);
    setSelected('imported');
  };

  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Title3 as="h1">{da.ui.title}</Title3>
      <AgreementPanel options={options} selected={selected} onSelect={(k) => (setSelected(k), setProblem(null))} onImport={importAgreement} problem={problem} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)}>
        <Tab value="allocate">{da.ui.tabAllocate}</Tab>
        <Tab value="check">{da.ui.tabCheck}</Tab>
        <Tab value="simulate">{da.ui.tabSimulate}</Tab>
      </TabList>
      <Divider />
      <div hidden={tab !== 'allocate'} style={{ display: tab === 'allocate' ? 'flex' : 'none', flexDirection: 'column', gap: 12 }}>
        <AllocateTab port={port} agreement={agreement} attempt={attempt} />
      </div>
      {tab === 'check' && <CheckTab port={port} agreement={agreement} attempt={attempt} />}
      {tab === 'simulate' && <SimulateTab port={port} options={options} attempt={attempt} />}
    </FluentProvider>
  );
}

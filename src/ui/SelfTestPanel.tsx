import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import { errorNotice } from '../app/notice';
import { selfTest, SelfTestReport } from '../app/selfTest';
import * as da from '../core/da';
import type { WorkbookPort } from '../port/workbookPort';
import { NoticeBar } from './NoticeBar';

/** "Selvtest", folded away at the bottom of the Fordel tab: the job tries Excel; this only renders what it found. */
export function SelfTestPanel(props: { port: WorkbookPort; disabled?: boolean }) {
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setReport(await selfTest(props.port));
    } catch (e) {
      setReport({ summary: errorNotice(da.ui.errorTitle, e), probes: [] });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="selftest">
        <AccordionHeader size="small">{da.selfTest.heading}</AccordionHeader>
        <AccordionPanel style={{ margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
          <Caption1 block as="p" style={{ margin: 0 }}>
            {da.selfTest.intro}
          </Caption1>
          <Button disabled={running || props.disabled} onClick={() => void run()} style={{ alignSelf: 'flex-start' }}>
            {running ? da.selfTest.running : da.selfTest.run}
          </Button>
          {report && (
            <div data-testid="selftest" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
              <NoticeBar notice={report.summary} />
              {report.probes.map((p) => (
                <NoticeBar key={p.title} notice={p} />
              ))}
            </div>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { Notice } from './notice';

/** The self-test told in Danish: a line for the whole, and one per probe, each with Excel's own findings behind "Detaljer". */
export interface SelfTestReport {
  summary: Notice;
  probes: Notice[];
}

/**
 * "Selvtest": the adapter tries what no page promises in the user's own Excel (and from then on
 * takes the safe path where something failed); this says what it found and what it does about it.
 */
export async function selfTest(port: WorkbookPort): Promise<SelfTestReport> {
  const result = await port.runSelfTest();
  if (!result.available) return { summary: { intent: 'info', text: da.selfTest.onlyExcel }, probes: [] };
  const failed = result.probes.filter((p) => !p.ok).length;
  return {
    summary: failed === 0 ? { intent: 'success', text: da.selfTest.allOk } : { intent: 'warning', text: da.selfTest.someFailed(failed) },
    probes: result.probes.map((p) => {
      const words = da.selfTest.probes[p.probe];
      return { intent: p.ok ? 'success' : 'warning', title: words.title, text: p.ok ? words.ok : words.failed, details: p.details };
    }),
  };
}

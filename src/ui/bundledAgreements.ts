import { AgreementFile } from '../core';
import standard25 from '../../rules/standard-25.json';
import randersBolig from '../../rules/randers-bolig.json';
import domeaRanders from '../../rules/domea-randers.json';
import ishoej100 from '../../rules/ishoej-100.json';
import privatUdlejer from '../../rules/privat-udlejer.json';
import faaborgFlex from '../../rules/faaborg-flex.json';
import perOrganisation from '../../rules/standard-25-pr-organisation.json';
import byGroup from '../../rules/rammeaftale-grupper.json';
import onRequest from '../../rules/esbjerg-forespoergsel.json';

/** The agreements shipped in rules/, bundled into the pane so it works offline. */
export const BUNDLED: readonly { id: string; file: AgreementFile }[] = [
  { id: 'standard-25', file: standard25 as AgreementFile },
  { id: 'randers-bolig', file: randersBolig as AgreementFile },
  { id: 'domea-randers', file: domeaRanders as AgreementFile },
  { id: 'ishoej-100', file: ishoej100 as AgreementFile },
  { id: 'privat-udlejer', file: privatUdlejer as AgreementFile },
  { id: 'faaborg-flex', file: faaborgFlex as AgreementFile },
  // The shapes of issue 14: they use the sheets Afdelinger and Forespørgsler when the workbook has them.
  { id: 'standard-25-pr-organisation', file: perOrganisation as AgreementFile },
  { id: 'rammeaftale-grupper', file: byGroup as AgreementFile },
  { id: 'esbjerg-forespoergsel', file: onRequest as AgreementFile },
];

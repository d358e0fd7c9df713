import { shown, shownList } from './format';
import { reason } from './reasons';

// ---- The officer's quota check ----
export const check = {
  noLetToColumn: (found: string[]) => `Udlejningsloggen mangler kolonnen "Udlejet til" (Kommune / Venteliste), så intet kan kontrolleres. Fundne kolonner: ${shownList(found)}.`,
  where: (position: number | null, poolLabel: string | null, unitId: string, key: { organisation: string; department: string | null } | null = null) =>
    position !== null && poolLabel !== null ? `${position}. bolig i ${reason.inPool(poolLabel, key)}` : `Lejemål ${shown(unitId)}`,
  whereRequest: (unitId: string, request: string) => `Lejemål ${shown(unitId)}, som passede til kommunens åbne forespørgsel ${shown(request)},`,
  byRequest: 'Efter kommunens forespørgsler (ret til: boliger der passede til en åben forespørgsel)',
  notOffered: (where: string) => `${where} skulle være tilbudt kommunen, men blev udlejet fra ventelisten`,
  notOfferedYet: (where: string) => `${where} skulle være tilbudt kommunen, men er ikke tilbudt (endnu ikke udlejet)`,
  extraToMunicipality: (where: string) => `${where} gik til kommunen, men efter aftalen skulle den udlejes fra ventelisten`,
  excludedToMunicipality: (where: string) => `${where} er undtaget efter aftalen, men gik til kommunen`,
  poolColumns: ['Pulje', 'Talt', 'Kommunen har ret til', 'Tilbudt kommunen', 'Forskel', 'Afvist af kommunen'],
  /** The same columns in the pane's 320–350 px, where the report sheet's headers would not fit side by side. */
  poolColumnsShort: ['Pulje', 'Talt', 'Ret til', 'Tilbudt', 'Forskel', 'Afvist'],
  deviationColumns: ['Række', 'Lejemål', 'Efter aftalen', 'Skete', 'Begrundelse'],
  expectedLabel: { municipality: 'Kommunal anvisning', waitlist: 'Venteliste', excluded: 'Undtaget' } as const,
  actualLabel: { municipality: 'Kommunen', waitlist: 'Ventelisten' } as const,
  heading: (agreement: string, file: string) => `Kontrol af udlejningen i ${file} efter aftalen ${agreement}`,
  poolsHeading: 'Puljer: hvad aftalen giver kommunen ret til, og hvad den fik tilbudt',
  withoutPool: 'Uden pulje (regler der giver kommunen boligen direkte)',
  deviationLine: (row: number, reason: string) => `Række ${row}: ${reason}`,
  deviationsHeading: (n: number) => (n === 0 ? 'Ingen afvigelser: udlejningen følger aftalen.' : `Afvigelser (${n})`),
  pendingHeading: (n: number) => `Ikke udlejet endnu (${n}) – kontrolleres, når de er udlejet`,
  reportSheet: 'Kontrol',
  reportPoolsTitle: 'Puljer',
  reportDeviationsTitle: 'Afvigelser',
  reportPendingTitle: 'Ikke udlejet endnu',
  reportUnreadableTitle: 'Rækker der ikke kan læses',
  rowColumns: ['Række', 'Besked'],
  unreadableHeading: (n: number) => `Rækker der ikke kan læses (${n}) – de er ikke kontrolleret`,
  checkButton: 'Kontrollér udlejningen',
  checked: (sheet: string, n: number) =>
    n === 0 ? `Ingen afvigelser. Rapporten er lagt i arket "${sheet}".` : `${n} ${n === 1 ? 'afvigelse' : 'afvigelser'}. Rapporten er lagt i arket "${sheet}", og rækkerne er markeret.`,
  checkIntro: 'Kontrollér en udlejningslog (ledige boliger med kolonnen "Udlejet til") mod aftalen: hvad kommunen havde ret til, og hvad den fik tilbudt.',
  checkedNoReport: (n: number) =>
    n === 0
      ? 'Ingen afvigelser. Rapporten er ikke skrevet i et ark (annulleret).'
      : `${n} ${n === 1 ? 'afvigelse' : 'afvigelser'}; rækkerne er markeret. Rapporten er ikke skrevet i et ark (annulleret).`,
  unreadableNote: (n: number) => `${n} ${n === 1 ? 'række' : 'rækker'} kan ikke læses og er ikke kontrolleret – se listen nedenfor.`,
};

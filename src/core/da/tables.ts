import { kr, shown, shownList } from './format';
import type { CellAt } from '../sheet/rowError';
import type { SideTableKind, TableProblem, TableProblemValues } from '../tables/tableProblem';
import { textOf, TextsOf } from '../util/issue';
import { dayText } from './reasons';
import { sheet } from './sheet';

// ---- Tables beside a vacancy sheet: the department register and the municipality's requests ----
export const sideTables = {
  problem: (p: TableProblem) => textOf(tableProblemText, p),
  /** How many problems a table has, before they are listed. */
  heading: (table: string, n: number) => `${cap(table)} kan ikke bruges – ${n === 1 ? '1 fejl' : `${kr(n)} fejl`}; intet er fordelt:`,
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const register = {
  /** The sheet the task pane uses as the register when the workbook has it (and a workbook given to --departments). */
  sheetName: 'Afdelinger',
  tableName: 'afdelingsregistret',
  headers: { department: 'Afdeling', organisation: 'Boligorganisation', areaStatus: 'Områdestatus', group: 'Gruppe', name: 'Navn' },
  needed: (agreement: string) => `Aftalen "${agreement}" giver afdelingerne andel efter deres gruppe (Afdelingsgruppe), så den kan ikke bruges uden et afdelingsregister med kolonnen Gruppe.`,
  neededCli: (agreement: string) => `${register.needed(agreement)} Angiv det med --departments FIL (.csv eller .xlsx).`,
  missingHeading: (n: number) => `${n === 1 ? '1 afdeling' : `${kr(n)} afdelinger`} i arket står ikke i afdelingsregistret; de har ingen gruppe, og deres egen områdestatus gælder:`,
  missingLine: (organisation: string | null, department: string | null, rows: number) =>
    `${department === null ? '(uden afdeling)' : `afd. ${shown(department)}`}${organisation === null ? '' : `, ${shown(organisation)}`}: ${rows} ${rows === 1 ? 'bolig' : 'boliger'}`,
  used: (path: string, departments: number) => `Afdelingsregister: ${path} (${kr(departments)} ${departments === 1 ? 'afdeling' : 'afdelinger'}).`,
};

export const requests = {
  /** The sheet the task pane uses as the requests when the workbook has it (and a workbook given to --requests). */
  sheetName: 'Forespørgsler',
  tableName: 'forespørgslerne',
  headers: {
    id: 'Forespørgsel',
    created: 'Oprettet',
    expires: 'Udløber',
    housingType: 'Boligtype',
    minRooms: 'Mindst rum',
    maxRooms: 'Højst rum',
    maxRent: 'Højst husleje inkl. forbrug',
    departments: 'Afdelinger',
    organisation: 'Boligorganisation',
  },
  needed: (agreement: string) =>
    `Aftalen "${agreement}" giver kommunen boliger efter dens forespørgsler, så den skal have kommunens forespørgsler (en tabel med kolonnerne Forespørgsel og Oprettet; den må være uden rækker).`,
  neededCli: (agreement: string) => `${requests.needed(agreement)} Angiv dem med --requests FIL (.csv eller .xlsx).`,
  used: (path: string, n: number) => `Forespørgsler: ${path} (${kr(n)} ${n === 1 ? 'forespørgsel' : 'forespørgsler'}).`,
  heading: (date: string | null) => `Kommunens forespørgsler${date === null ? '' : ` pr. ${dayText(date)} (arkets seneste ledig fra-dato)`}`,
  filledHeading: (n: number) => `Opfyldt (${n})`,
  openHeading: (n: number) => `Stadig åbne (${n})`,
  expiredHeading: (n: number) => `Udløbet uden bolig (${n})`,
  filledLine: (id: string, created: string, unitId: string, vacantFrom: string, days: number, earlier: boolean) =>
    `${shown(id)} (oprettet ${dayText(created)}): lejemål ${shown(unitId)}, ledig fra ${dayText(vacantFrom)} – ventede ${days} ${days === 1 ? 'dag' : 'dage'}${earlier ? ' (ved en tidligere kørsel)' : ''}`,
  openLine: (id: string, created: string, expires: string | null, days: number | null) =>
    `${shown(id)} (oprettet ${dayText(created)}${expires === null ? '' : `, udløber ${dayText(expires)}`})${days === null ? '' : ` – har ventet ${days} ${days === 1 ? 'dag' : 'dage'}`}`,
  expiredLine: (id: string, created: string, expires: string, days: number) =>
    `${shown(id)} (oprettet ${dayText(created)}, udløb ${dayText(expires)}) – ventede ${days} ${days === 1 ? 'dag' : 'dage'} uden en passende bolig`,
  none: 'ingen',
};

const TABLE_NAME: Record<SideTableKind, string> = { register: register.tableName, requests: requests.tableName };
/** "Række 5, kolonne 'Afdeling' (A): ": where a cell's problem is, as a vacancy sheet's errors say it. */
const at = (p: CellAt) => `${sheet.cellPlace(p)}: `;

export const tableProblemText: TextsOf<TableProblemValues> = {
  emptyTable: (p) => `${cap(TABLE_NAME[p.values.table])} er tom: der er hverken overskrifter eller rækker.`,
  missingColumn: (p) =>
    p.values.found.length === 0
      ? `${cap(TABLE_NAME[p.values.table])} har ingen kolonneoverskrifter; der skal mindst være en kolonne "${p.values.column}".`
      : `${cap(TABLE_NAME[p.values.table])} mangler kolonnen "${p.values.column}", så intet er fordelt. Fundne kolonner: ${shownList(p.values.found)}.`,
  missingCreated: (p) => `Forespørgslerne mangler kolonnen "${p.values.column}": hver forespørgsel skal have den dato, den blev oprettet.`,
  uncalculated: (p) => `${at(p)}formlen ${shown(p.values.formula)} er gemt uden sin værdi (filen er lavet af et andet program end Excel). Åbn projektmappen i Excel, så den regnes igen, og gem den.`,
  emptyDepartment: (p) => `${at(p)}afdelingen mangler; hver række i afdelingsregistret skal have en afdeling.`,
  emptyOrganisation: (p) =>
    `${at(p)}boligorganisationen mangler. Registret har kolonnen Boligorganisation, så en afdeling findes ved boligorganisation og afdeling sammen, og en række uden boligorganisation passer aldrig til en bolig.`,
  duplicateDepartment: (p) =>
    `${at(p)}afdeling ${shown(p.values.department)}${p.values.organisation === null ? '' : ` i ${shown(p.values.organisation)}`} står allerede i række ${p.values.earlierRow}; hver afdeling må kun stå én gang.`,
  badAreaStatus: (p) => `${at(p)}"${shown(p.values.text)}" er ikke en kendt områdestatus (Udsat boligområde, Forebyggelsesområde, Omdannelsesområde, Parallelsamfund eller tom).`,
  emptyId: (p) => `${at(p)}forespørgslen mangler et id (kolonnen Forespørgsel).`,
  duplicateRequest: (p) => `${at(p)}forespørgslen "${shown(p.values.request)}" står allerede i række ${p.values.earlierRow}; hver forespørgsel skal have sit eget id.`,
  emptyDate: (p) => `${at(p)}datoen mangler; hver forespørgsel skal have den dato, den blev oprettet.`,
  badDate: (p) => `${at(p)}"${shown(p.values.text)}" er ikke en gyldig dato (skriv fx 2024-03-01, 01-03-2024, 01.03.2024 eller 01/03/2024).`,
  expiresBeforeCreated: (p) => `${at(p)}forespørgslen udløber, før den er oprettet.`,
  badNumber: (p) => `${at(p)}"${shown(p.values.text)}" er ikke et tal (skriv fx 4.000 eller 2).`,
  tooLarge: (p) => `${at(p)}"${shown(p.values.text)}" er for stort et tal.`,
  notWhole: (p) => `${at(p)}"${shown(p.values.text)}" er ikke et helt antal rum.`,
  roomsReversed: (p) => `${at(p)}mindst ${p.values.minRooms} rum og højst ${p.values.maxRooms} rum kan ingen bolig opfylde.`,
  badHousingType: (p) => `${at(p)}"${shown(p.values.text)}" er ikke en kendt boligtype (Familiebolig, Ungdomsbolig eller Ældrebolig).`,
  badDepartments: (p) => `${at(p)}"${shown(p.values.text)}" er ikke en liste over afdelinger; skriv fx 103 eller 103; 106.`,
};

import { count } from './format';

// ---- Task pane and workbench ----
export const ui = {
  title: 'Anvisningsaftaler',
  tabAllocate: 'Fordel',
  tabCheck: 'Kontrol',
  tabSimulate: 'Simulér',
  agreementHeading: 'Aftale',
  chooseAgreement: 'Vælg aftale',
  bundledGroup: 'Medfølgende aftaler',
  otherGroup: 'Andre',
  storedOption: (name: string) => `Gemt i projektmappen: ${name}`,
  importedOption: (name: string) => `Importeret: ${name}`,
  sheetOption: (name: string) => `Fra arket Aftale: ${name}`,
  importAgreement: 'Importér aftale (JSON) …',
  agreementRejected: (source: string, n: number) => `${source} kan ikke bruges – ${n === 1 ? '1 fejl' : `${n} fejl`}`,
  storedAgreementRejected: 'Aftalen gemt i projektmappen',
  parties: 'Parter',
  pools: 'Puljer',
  noPools: 'Ingen puljer: aftalens regler giver eller undtager boliger direkte.',
  capNote: (cap: number) => `højst ${cap} pr. måned`,
  dataHeading: 'Data',
  rereadData: 'Læs data igen',
  dataSource: (sheet: string, table: string | null, rows: number, headerRow: number) =>
    `${table ? `Tabellen "${table}" i arket "${sheet}"` : `Arket "${sheet}"`}: ${count(rows)} ${rows === 1 ? 'række' : 'rækker'} med data, overskrifter i række ${headerRow}.`,
  recognised: 'Genkendte kolonner',
  missing: 'Mangler',
  unknown: 'Ikke genkendt – vælg hvad kolonnen er, eller lad den være',
  ignore: '(ignorér kolonnen)',
  allocate: 'Fordel ledige boliger',
  allocating: 'Fordeler …',
  progress: (done: number, total: number) => `${Math.round((100 * done) / Math.max(1, total))} %`,
  phase: {
    reading: (done: number, total: number) => (total > 1 ? `Læser arket: ${count(done)} af ${count(total)} rækker …` : 'Læser arket …'),
    deciding: (done: number, total: number) => `Afgør ${count(done)} af ${count(total)} ledige boliger …`,
    writing: (done: number, total: number) => `Skriver resultatet: ${count(done)} af ${count(total)} rækker …`,
  },
  cancelRun: 'Annullér',
  cancelled: 'Fordelingen er annulleret. Intet er skrevet i arket, og tællerne er uændrede.',
  writingCannotCancel: 'Resultatet skrives nu og kan ikke annulleres.',
  allocatedTitle: 'Fordelingen er skrevet i arket',
  allocated: (n: number, municipality: number, fromLedger: number) =>
    `${n} ledige boliger er afgjort; ${municipality} går til kommunen.${fromLedger > 0 ? ` ${fromLedger} var afgjort ved en tidligere kørsel og er uændret.` : ''}`,
  rowErrorsHeading: (n: number) => `Fejl i rækker (${n}) – klik for at gå til rækken`,
  makeOffer: 'Lav tilbudsliste',
  offerMade: (sheet: string, n: number) => `Tilbudslisten med ${n} ${n === 1 ? 'bolig' : 'boliger'} er lagt i arket "${sheet}".`,
  reset: 'Nulstil tællere',
  resetTitle: 'Nulstil tællere?',
  resetBody: (pools: { label: string; counter: number }[], decided: number) =>
    `Det sletter tællerne${pools.length > 0 ? ` (${pools.map((p) => `${p.label}: ${p.counter}`).join(', ')})` : ''}, månedsloftets forbrug og listen over ${decided} tidligere afgjorte ledige boliger. Næste fordeling begynder forfra, og allerede afgjorte boliger kan blive afgjort anderledes. Resultatkolonnerne i arket bliver stående.`,
  resetConfirm: 'Nulstil',
  resetBodyUnreadable: 'De gemte tællere kan ikke læses (de er beskadigede). Nulstilling sletter dem, så næste fordeling begynder forfra. Resultatkolonnerne i arket bliver stående.',
  cancel: 'Annullér',
  resetDone: 'Tællerne er nulstillet. Næste fordeling begynder forfra.',
  removeResults: 'Fjern resultater',
  removeTitle: 'Fjern resultater?',
  /** What "Fjern resultater" removes: the result block (or that its sheet is gone), the stored counters, and that the agreement stays. */
  removeBody: (what: {
    block: { sheet: string; gone: true } | { sheet: string; gone: false; firstRow: number; lastRow: number; edited: boolean } | null;
    state: { pools: { label: string; counter: number }[]; decided: number | null } | null;
  }) => {
    const b = what.block;
    const block =
      b === null
        ? ''
        : b.gone
          ? `Arket "${b.sheet}", som resultaterne stod i, findes ikke længere, så der er ingen kolonner at fjerne. `
          : `Det fjerner de fem resultatkolonner (Anvisning … Begrundelse) i arket "${b.sheet}", række ${b.firstRow}–${b.lastRow}, og deres grønne markering.${b.edited ? ' Kolonnerne er ændret, siden tilføjelsen skrev dem: også dine ændringer i dem går tabt.' : ''} `;
    const st = what.state;
    const state =
      st === null
        ? 'Der er ingen gemte tællere.'
        : st.decided === null
          ? 'De gemte tællere (som ikke kan læses) slettes; næste fordeling begynder forfra.'
          : `De gemte tællere${st.pools.length > 0 ? ` (${st.pools.map((p) => `${p.label}: ${p.counter}`).join(', ')})` : ''}, månedsloftets forbrug og listen over ${st.decided} afgjorte ledige boliger slettes; næste fordeling begynder forfra.`;
    return `${block}${state} Dine egne kolonner og aftalen i projektmappen bliver, som de er.`;
  },
  removeConfirm: 'Fjern',
  removeDone: 'Resultaterne og tællerne er fjernet. Næste fordeling begynder forfra.',
  nothingToRemove: 'Projektmappen har ingen resultater eller tællere fra tilføjelsen at fjerne.',
  nothingStored: 'Projektmappen har ingen gemte tællere endnu.',
  errorTitle: 'Det lykkedes ikke',
  dataReadFailed: 'Arket kunne ikke læses',
  showDetails: 'Detaljer',
  hideDetails: 'Skjul detaljer',
  renderFailedTitle: 'Denne del af opgaveruden kunne ikke vises',
  renderFailed: 'Der skete en fejl i opgaveruden. Dine data i projektmappen er ikke ændret af fejlen.',
  tryAgain: 'Prøv igen',
  noDataSheet: 'Projektmappen har kun tilføjelsens egne ark. Åbn eller vælg arket med de ledige boliger.',
  dataSheetOnly: (sheet: string) => `Arket "${sheet}".`,
  readingSheet: 'Læser arket …',
  workbookPlace: 'projektmappen',
  storedAgreementDamaged: 'Den gemte aftale er beskadiget og kan ikke læses.',
  chooseAnother: 'Vælg en anden aftale ovenfor, eller importér en. Projektmappen ændres først, når du fordeler.',
  columnsHeading: (recognised: number, unknown: number) => `Kolonner: ${recognised} genkendt${unknown > 0 ? `, ${unknown} ikke genkendt` : ''}`,
  reportReplaced: 'Det tidligere ark af samme navn fra tilføjelsen er erstattet.',
  replaceTitle: (sheet: string) => `Arket "${sheet}" er ændret`,
  replaceBody: (sheet: string) =>
    `Tilføjelsen lavede arket "${sheet}" sidst, men det er ændret siden. Skal det nye resultat lægges i et nyt ark (dit ark bliver stående), eller skal "${sheet}" erstattes (dine ændringer i det går tabt)?`,
  replaceNew: 'Nyt ark',
  replaceOverwrite: 'Erstat arket',
  // The workbench: the task pane beside a sheet, in a browser, without Excel.
  workbenchTitle: 'Anvisningsaftaler – arbejdsbord',
  workbenchIntro: 'Prøv tilføjelsen uden Excel: eksemplet er åbnet til venstre, opgaveruden er til højre.',
  openFile: 'Åbn fil …',
  download: 'Hent resultat',
  loadingExample: 'Henter eksemplet …',
  openFailed: (name: string) => `Filen ${name} kunne ikke åbnes som Excel-projektmappe (.xlsx); er den beskadiget eller i et ældre format (.xls)?`,
  openCsvFailed: (name: string) => `Filen ${name} kunne ikke læses som CSV.`,
  openUnsupported: (name: string) => `Filen ${name} er hverken .xlsx eller .csv. Gem arket som Excel-projektmappe (.xlsx) eller CSV, og åbn det igen.`,
  openNoSheets: (name: string) => `Projektmappen ${name} har ingen synlige ark, så der er intet at vise eller fordele.`,
  opening: (name: string) => `Åbner ${name} …`,
  sheetTabs: 'Ark i projektmappen',
};

import { kr } from './format';

// ---- The agreement sheet: an agreement written as three Excel tables on the sheet "Aftale" ----
export const agreementSheet = {
  sheetName: 'Aftale',
  /** The tables by name; a sheet typed by hand has header rows starting with these cells instead. */
  tables: { agreement: 'Aftale', pools: 'Puljer', rules: 'Regler' },
  titles: { agreement: 'Aftale', pools: 'Puljer', rules: 'Regler (den første række, hvis betingelser alle gælder, afgør boligen)' },
  metaHeaders: { field: 'Felt', value: 'Værdi' },
  fields: { id: 'Id', name: 'Navn', parties: 'Parter', legalBasis: 'Lovgrundlag', description: 'Beskrivelse', defaultOutcome: 'Ellers', validFrom: 'Gælder fra', validTo: 'Gælder til' },
  poolHeaders: { name: 'Pulje', label: 'Betegnelse', every: 'Hver', phase: 'Nr.', share: 'Andel', capPerMonth: 'Højst pr. måned', start: 'Start', per: 'Tælles pr.', description: 'Beskrivelse' },
  /** What Tælles pr. is written as (the vacancy sheet's column names); read by those names and their variants. */
  perValues: { organisation: 'Boligorganisation', department: 'Afdeling' },
  badPer: (text: string) => `Tælles pr. skal være Boligorganisation, Afdeling eller tom (én tæller for hele puljen), ikke "${text}".`,
  perAlert: { title: 'Ukendt værdi', message: 'Vælg Boligorganisation eller Afdeling på listen, eller lad cellen stå tom.' },
  ruleHeaders: { name: 'Regel', outcome: 'Udfald', pool: 'Pulje', extra: 'Betingelse (JSON)', description: 'Beskrivelse' },
  outcomes: { excluded: 'Undtaget', waitlist: 'Venteliste', municipality: 'Kommunen', pool: 'Pulje', request: 'Forespørgsel' },
  /** Other spellings read as the same outcome. */
  outcomeVariants: {
    excluded: ['undtag', 'undtages'],
    waitlist: ['ventelisten'],
    municipality: ['kommunal anvisning', 'kommune'],
    pool: ['kvote'],
    request: ['forespørgsler', 'på forespørgsel', 'efter forespørgsel'],
  },
  defaultOutcomes: { waitlist: 'Venteliste', municipality: 'Kommunen', excluded: 'Undtaget' },
  /** What Excel says when a value not in a strict drop-down is typed. */
  outcomeAlert: { title: 'Ukendt udfald', message: 'Vælg Undtaget, Venteliste, Kommunen, Pulje eller Forespørgsel på listen.' },
  defaultOutcomeAlert: { title: 'Ukendt udfald', message: 'Vælg Venteliste, Kommunen eller Undtaget på listen.' },
  // Reading it back: each problem names its cell (the reader puts the cell before the sentence).
  noSheet: 'Projektmappen har intet ark "Aftale" og ingen tabel "Regler". Skriv aftalen i et ark (tabellerne Aftale, Puljer og Regler), eller vælg en anden projektmappe.',
  noRules:
    'Arket "Aftale" har ingen tabel "Regler" og ingen række, der begynder med "Regel". Reglerne skal stå under en overskriftsrække: Regel, kolonnerne for betingelserne, Udfald, Pulje, Betingelse (JSON), Beskrivelse.',
  missingColumn: (table: string, column: string) => `Tabellen "${table}" mangler kolonnen "${column}".`,
  unknownColumn: (table: string, header: string, suggestion: string | undefined, known: string[]) =>
    `Kolonnen "${header}" i tabellen "${table}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'} Kendte kolonner: ${known.join(', ')}.`,
  duplicateColumn: (header: string) => `Kolonnen "${header}" står to gange; slet den ene.`,
  dataWithoutHeader: 'Cellen har indhold, men kolonnen har ingen overskrift; skriv en overskrift eller slet indholdet.',
  unknownField: (field: string, suggestion: string | undefined, known: string[]) =>
    `Feltet "${field}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'} Kendte felter: ${known.join(', ')}.`,
  duplicateField: (field: string) => `Feltet "${field}" står to gange; slet den ene række.`,
  badDefaultOutcome: (text: string) => `"${text}" er ikke et udfald for boliger, ingen regel gælder: skriv Venteliste, Kommunen eller Undtaget.`,
  badOutcome: (text: string) => `"${text}" er ikke et udfald: skriv Undtaget, Venteliste, Kommunen, Pulje eller Forespørgsel.`,
  missingOutcome: 'Reglen mangler et udfald: skriv Undtaget, Venteliste, Kommunen, Pulje eller Forespørgsel.',
  missingPool: 'Udfaldet er Pulje, men cellen siger ikke hvilken pulje; skriv puljens navn fra tabellen Puljer.',
  poolNotUsed: (outcome: string) => `Udfaldet er ${outcome}, så reglen lægger ikke boliger i en pulje; skriv Pulje som udfald, eller slet puljens navn.`,
  poolNameMissing: 'Puljen mangler et navn (kolonnen Pulje); reglerne henviser til puljen ved navnet.',
  notWholeNumber: (header: string, text: string) => `${header} skal være et helt tal, ikke "${text}".`,
  badDate: (text: string) => `"${text}" er ikke en dato (skriv fx 01.01.2024).`,
  badJson: (why: string) => `Betingelse (JSON) er ikke gyldig JSON: ${why}`,
  extraNotCondition: 'Betingelse (JSON) skal være én json-rules-engine-betingelse i { … }, fx {"any": [ … ]}.',
  inExtra: (path: string, message: string) => `i Betingelse (JSON), ${path}: ${message}`,
  errorsHeading: (n: number) => (n === 1 ? 'Aftalearket har 1 fejl:' : `Aftalearket har ${n} fejl:`),
  /** The id an agreement read from a sheet without an Id gets. */
  fallbackId: 'aftale-fra-ark',
  // The task pane's buttons and messages ("Skriv aftalen i et ark", "Brug aftalen fra arket").
  writeButton: 'Skriv aftalen i et ark',
  readButton: 'Brug aftalen fra arket',
  written: (sheet: string) => `Aftalen står nu i arket "${sheet}" som tre tabeller: Aftale, Puljer og Regler. Ret i cellerne, og tryk "Brug aftalen fra arket".`,
  sheetExists: (sheet: string) => `Projektmappen har allerede et ark "${sheet}". Det kan have rettelser, der ikke er gemt andre steder.`,
  replaceTitle: (sheet: string) => `Erstat arket "${sheet}"?`,
  replaceBody: (sheet: string) =>
    `Arket "${sheet}" slettes med alt, hvad der står i det, og aftalen skrives i et nyt ark af samme navn. Vil du beholde dine rettelser, så tryk "Brug aftalen fra arket" først, eller omdøb arket.`,
  replaceConfirm: 'Erstat arket',
  cellTooLong: (where: string, length: number) =>
    `${where}: cellen ville få ${kr(length)} tegn, men en Excel-celle rummer højst 32.767. Afkortet ville den ændre aftalen, så aftalen er ikke skrevet i et ark; brug den som JSON, eller del reglen i flere.`,
  tableNameTaken: (table: string) => `Projektmappen har allerede en tabel "${table}" i et andet ark. Omdøb den tabel (Tabeldesign > Tabelnavn), og prøv igen.`,
  readDone: (name: string, rules: number) => `Aftalen "${name}" er læst fra arket med ${rules} ${rules === 1 ? 'regel' : 'regler'} og er valgt.`,
  readFailed: (n: number) => (n === 1 ? 'Aftalen i arket har 1 fejl – klik på cellen for at gå til den:' : `Aftalen i arket har ${n} fejl – klik på en celle for at gå til den:`),
  goToCell: (where: string) => `Gå til ${where}`,
};

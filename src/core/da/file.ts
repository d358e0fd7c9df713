import { kr } from './format';

// ---- Files ----
/** What a file system error means, by Node's code; the code itself only when it is one we do not know. */
const SYSTEM_REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'filen eller mappen findes ikke'],
  ['EISDIR', 'det er en mappe, ikke en fil'],
  ['ENOTDIR', 'en del af stien er en fil, ikke en mappe'],
  ['EACCES', 'du har ikke adgang til den (rettigheder)'],
  ['EPERM', 'det er ikke tilladt (filen er måske skrivebeskyttet eller åben i et andet program)'],
  ['EBUSY', 'filen er i brug af et andet program (er den åben i Excel?)'],
  ['EROFS', 'den ligger på et drev, der kun kan læses'],
  ['ENOSPC', 'der er ikke mere plads på disken'],
  ['EDQUOT', 'din kvote på disken er brugt op'],
  ['ENAMETOOLONG', 'navnet er for langt'],
  ['ELOOP', 'stien henviser i ring til sig selv (symbolske links)'],
  ['EMFILE', 'der er åbnet for mange filer på én gang'],
  ['ENFILE', 'der er åbnet for mange filer på én gang'],
  ['EEXIST', 'der findes allerede en fil med det navn'],
  ['EXDEV', 'filen kan ikke flyttes til et andet drev'],
  ['EIO', 'disken kunne ikke læses eller skrives (ind-/udlæsningsfejl)'],
  ['ETXTBSY', 'filen er i brug'],
  ['EINVAL', 'navnet eller handlingen er ugyldig'],
]);

export const file = {
  systemReason: (code: string | undefined) => (code !== undefined ? SYSTEM_REASONS.get(code) : undefined) ?? (code === undefined ? 'en uventet fejl' : `en uventet fejl i filsystemet (${code})`),
  isDirectory: (path: string) => `${path} er en mappe, ikke en fil.`,
  cannotRead: (path: string, why: string) => `Kan ikke læse filen ${path}: ${why}.`,
  notFound: (path: string) => `Filen ${path} findes ikke.`,
  unsupportedInput: (path: string) => `Filen ${path} er hverken .xlsx eller .csv. Gem arket som Excel-projektmappe (.xlsx) eller CSV.`,
  unsupportedSideFile: (option: string, path: string) => `${option} ${path} er hverken .xlsx eller .csv. Gem tabellen som Excel-projektmappe (.xlsx) eller CSV.`,
  unsupportedOutput: (path: string) => `Resultatet kan kun skrives som .xlsx eller .csv, ikke ${path}.`,
  unclosedQuote: (path: string, line: number) =>
    `Filen ${path} kan ikke læses: anførselstegnet (") der åbner et felt i linje ${line}, lukkes aldrig, så resten af filen ville blive ét felt. Ret linjen, og prøv igen. Intet er fordelt.`,
  agreementTooLarge: (path: string, bytes: number) => `Aftalen ${path} fylder ${kr(bytes)} byte; en aftale må højst fylde 1.048.576 byte (1 MB). Er det den rigtige fil?`,
  badXlsx: (path: string) => `Filen ${path} kunne ikke åbnes som Excel-projektmappe (.xlsx); er den beskadiget eller i et ældre format (.xls)?`,
  noSheet: (path: string, name: string, available: string[]) => `Arket "${name}" findes ikke i projektmappen ${path}. Ark: ${available.map((a) => `"${a}"`).join(', ')}.`,
  noSheets: (path: string) => `Projektmappen ${path} har ingen ark: den er en zip-fil, men ikke en Excel-projektmappe med regneark.`,
  sameAsInput: (path: string) => `Resultatet må ikke skrives oven i inputfilen (${path}); vælg et andet filnavn med --output.`,
  cannotWrite: (path: string, why: string) => `Kunne ikke skrive ${path}: ${why}. Intet fra kørslen er gemt.`,
  stateNotSaved: (path: string, why: string) =>
    `Tilstanden kunne ikke gemmes i ${path}: ${why}. Intet fra kørslen er gemt – den gamle tilstandsfil og en eventuel resultatfil er uændrede; kør igen, når fejlen er rettet, så bliver afgørelserne de samme.`,
  targetIsDirectory: (option: string, path: string) => `${option} ${path} er en mappe; angiv et filnavn.`,
  readOnly: (option: string, path: string) =>
    `${option} ${path} er skrivebeskyttet, så kørslen ville erstatte en fil, du har beskyttet. Intet er fordelt. Fjern skrivebeskyttelsen, eller vælg en anden fil.`,
  cutNote: (length: number) => ` … [afkortet: cellen havde ${kr(length)} tegn, Excel rummer højst 32.767]`,
  cellCut: (sheet: string, address: string, length: number, output: string) =>
    `Advarsel: arket "${sheet}", celle ${address} har ${kr(length)} tegn, mere end Excel kan have i en celle (32.767). I ${output} er teksten afkortet; inputfilen er uændret. Skriv resultatet som .csv for at beholde hele teksten.`,
  tooManyRows: (output: string, rows: number) =>
    `${output} kan ikke skrives som Excel-projektmappe: arket har ${kr(rows)} rækker, og et Excel-ark kan højst have 1.048.576. Skriv resultatet som .csv (--output FIL.csv). Intet fra kørslen er gemt.`,
  tooManyColumns: (output: string, columns: number) =>
    `${output} kan ikke skrives som Excel-projektmappe: resultatkolonnerne ville ende i kolonne ${kr(columns)}, og et Excel-ark har højst 16.384 kolonner (XFD). Skriv resultatet som .csv (--output FIL.csv). Intet fra kørslen er gemt.`,
  sameFile: (option: string, path: string, other: string) => `${option} ${path} er den samme fil som ${other}; vælg en anden fil til ${option}.`,

  // --output over result cells that are not as the product wrote them (the pane's guard, for files).
  resultsEdited: (output: string, sheet: string, cells: string) =>
    `${output} er ikke skrevet: resultatkolonnerne ${cells} i arket "${sheet}" er ændret, siden anvisning skrev dem, og anvisning skriver ikke oven i celler, den ikke selv har skrevet. Flyt dine ændringer til en anden kolonne, eller slet de fem resultatkolonner, og kør igen. Intet fra kørslen er gemt.`,
  resultsNotOurs: (output: string, sheet: string, cells: string, rows: readonly number[]) =>
    `${output} er ikke skrevet: arket "${sheet}" har allerede kolonnerne Anvisning … Begrundelse (${cells}), men Anvisning i ${rows.length === 1 ? 'række' : 'rækkerne'} ${shortList(rows)} er ikke skrevet af anvisning. Omdøb eller flyt kolonnerne, og kør igen. Intet fra kørslen er gemt.`,
};

/** At most five numbers, then how many more. */
function shortList(items: readonly number[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} og ${items.length - 5} flere` : shown;
}

/**
 * Every sentence a user reads, in Danish, in one place. Identifiers stay English; this module is
 * the only one that speaks to people.
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** 20000 → "20.000": counts as Danes write them. */
export function count(n: number): string {
  return n.toLocaleString('da-DK', { maximumFractionDigits: 0 });
}

/** 4000 → "4.000", 4000.5 → "4.000,5" */
export function kr(n: number): string {
  return n.toLocaleString('da-DK', { maximumFractionDigits: 2 });
}

/** "2024-01" → "januar 2024" */
export function monthName(yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  const name = MONTHS[Number(m) - 1];
  return name === undefined ? 'ukendt måned' : `${name} ${y}`;
}

const SHOWN = 60;

/** A user's cell text inside a sentence, cut when long: 40,000 characters of one cell would bury the sentence (and overflow an Excel cell). */
export function shown(text: string): string {
  return text.length <= SHOWN ? text : `${text.slice(0, SHOWN - 1)}… (${kr(text.length)} tegn)`;
}

/** Texts a sheet has (its column headers) as a quoted list; past `max`, how many more. */
function shownList(items: readonly string[], max = 30): string {
  const list = items.slice(0, max).map((f) => `"${shown(f)}"`).join(', ');
  return items.length > max ? `${list} og ${items.length - max} flere` : list;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const outcomeLabel = {
  municipality: 'Kommunal anvisning',
  waitlist: 'Venteliste',
  excluded: 'Undtaget',
  error: 'Fejl',
} as const;

/** The labels as a vacancy sheet writes them (DOMAIN's first spelling of each), for what the add-in writes back. */
export const sheetLabel = {
  housingType: { familie: 'Familiebolig', ungdom: 'Ungdomsbolig', aeldre: 'Ældrebolig' },
  areaStatus: { '': '', udsat: 'Udsat boligområde', forebyggelse: 'Forebyggelsesområde', omdannelse: 'Omdannelsesområde', parallelsamfund: 'Parallelsamfund' },
} as const;

// ---- Reading a vacancy sheet ----
export const sheet = {
  cellPlace: (row: number, header: string, column: string) => `Række ${row}, kolonne '${shown(header)}' (${column})`,
  missingUnitIdColumn: (found: string[]) =>
    found.length === 0
      ? 'Arket har ingen kolonneoverskrifter. Der skal mindst være en kolonne "Lejemål".'
      : `Arket mangler kolonnen "Lejemål", så intet er fordelt. Fundne kolonner: ${shownList(found)}.`,
  emptySheet: 'Arket er tomt: der er hverken overskrifter eller ledige boliger.',
  emptyUnitId: (place: string) => `${place}: lejemålet mangler.`,
  emptyDate: (place: string) => `${place}: datoen mangler.`,
  badDate: (place: string, text: string) =>
    `${place}: "${shown(text)}" er ikke en gyldig dato (skriv fx 2024-03-01, 01-03-2024, 01.03.2024 eller 01/03/2024).`,
  badNumber: (place: string, text: string) => `${place}: "${shown(text)}" er ikke et tal (skriv fx 4.000, 4000,50 eller 4.000 kr.).`,
  uncalculated: (place: string, formula: string) =>
    `${place}: formlen ${shown(formula)} er gemt uden sin værdi (filen er lavet af et andet program end Excel). Åbn projektmappen i Excel, så den regnes igen, og gem den; kør så igen.`,
  tooLarge: (place: string, text: string) => `${place}: "${shown(text)}" er for stort et tal; tal skal være under 1.000.000.000.000.000.`,
  negative: (place: string, text: string) => `${place}: "${shown(text)}" er negativt; tallet kan ikke være under 0.`,
  zero: (place: string, text: string) =>
    `${place}: "${shown(text)}" kan ikke være 0 (rum, areal og husleje er altid mere end 0); lad cellen stå tom, hvis tallet ikke kendes.`,
  badHousingType: (place: string, text: string) =>
    `${place}: "${shown(text)}" er ikke en kendt boligtype (Familiebolig, Ungdomsbolig eller Ældrebolig).`,
  badAreaStatus: (place: string, text: string) =>
    `${place}: "${shown(text)}" er ikke en kendt områdestatus (Udsat boligområde, Forebyggelsesområde, Omdannelsesområde, Parallelsamfund eller tom).`,
  badLettingType: (place: string, text: string) =>
    `${place}: "${shown(text)}" er ikke en kendt udlejningsform (Ekstern venteliste, Intern venteliste, Oprykning eller Bytte).`,
  duplicate: (row: number, unitId: string, vacantFrom: string | null, earlierRow: number) =>
    vacantFrom === null
      ? `Række ${row}: lejemål "${shown(unitId)}" står allerede i række ${earlierRow}.`
      : `Række ${row}: lejemål "${shown(unitId)}" ledig fra ${vacantFrom} står allerede i række ${earlierRow}.`,
};

// ---- Agreements ----
const JSON_ERRORS: Record<number, string> = {
  1: 'ugyldigt tegn',
  2: 'ugyldigt tal',
  3: 'et feltnavn i anførselstegn var ventet',
  4: 'en værdi var ventet',
  5: 'et kolon (:) var ventet',
  6: 'et komma (,) var ventet',
  7: 'en afsluttende } var ventet',
  8: 'en afsluttende ] var ventet',
  9: 'der står mere efter aftalens afslutning',
  10: 'kommentarer er ikke tilladt i JSON',
  11: 'en kommentar slutter ikke',
  12: 'en tekst slutter ikke (mangler et ")',
  13: 'et tal slutter uventet',
  14: 'ugyldig \\u-kode',
  15: 'ugyldig \\-kode i en tekst',
  16: 'ugyldigt tegn i en tekst',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  integer: 'et helt tal',
  boolean: 'true eller false',
  object: 'et objekt ({ … })',
  array: 'en liste ([ … ])',
  null: 'null',
};

export const agreement = {
  at: (line: number, column: number) => `linje ${line}, kolonne ${column}`,
  whole: 'aftalen',
  invalidJson: (what: number | string) =>
    `Aftalen er ikke gyldig JSON: ${typeof what === 'number' ? (JSON_ERRORS[what] ?? 'ukendt fejl') : what}.`,
  unreadableJson: 'teksten kan ikke læses som JSON (tjek anførselstegn, kommaer og tal)',
  notAnObject: 'Aftalen skal være et JSON-objekt ({ … }) med mindst feltet "rules".',
  tooLarge: (size: number) =>
    `Aftalen fylder ${kr(size)} tegn; en aftale må højst fylde 1.048.576 tegn (1 MB). Selv store aftaler fylder nogle få kilobyte – er det den rigtige fil?`,
  tooDeep: (max: number) =>
    `Aftalen har mere end ${max} niveauer af { } og [ ] inden i hinanden; så dybe betingelser kan ikke afgøres sikkert. Skriv betingelserne fladere med "all" og "any".`,
  required: (field: string) => `feltet "${field}" mangler.`,
  unknownField: (field: string, suggestion?: string) =>
    `feltet "${field}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
  type: (types: string[]) => `skal være ${types.map((t) => TYPE_NAMES[t] ?? t).join(' eller ')}.`,
  enumValue: (allowed: unknown[]) => `skal være en af: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`,
  minimum: (limit: number) => `skal være mindst ${limit}.`,
  maximum: (limit: number) => `må højst være ${kr(limit)}.`,
  minLength: 'må ikke være tom.',
  pattern: (field: string) =>
    field === 'share'
      ? 'skal være en brøk som "1/4" eller en procentsats som "25 %".'
      : field === 'id' || field === 'name'
        ? 'må kun indeholde bogstaver a-z, tal, bindestreg, punktum og understreg og skal begynde med et bogstav eller tal.'
        : field === 'validFrom' || field === 'validTo'
          ? 'skal være en dato som 2024-01-01.'
          : 'har ikke den rigtige form.',
  pathNotAllowed:
    '"path" (JSONPath) er ikke tilladt i en anvisningsaftale: betingelser skal gælde en kolonne direkte, og JSONPath-udtryk bliver ikke udført.',
  rootCondition: 'betingelserne skal begynde med "all", "any", "not" eller "condition".',
  invalid: 'har ikke en gyldig form.',
  unknownFact: (fact: string, suggestion?: string) =>
    `betingelsen bruger "${fact}", som ikke er en kendt kolonne${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
  unknownOperator: (op: string, suggestion?: string) =>
    `operatoren "${op}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
  conditionCycle: (names: string[]) => `de navngivne betingelser henviser i ring til hinanden (${names.join(' → ')}); det kan aldrig afgøres.`,
  unknownCondition: (name: string) => `den navngivne betingelse "${name}" findes ikke under "namedConditions".`,
  factValueShape: 'en sammenligning med en anden kolonne skrives {"fact": "navn"} og intet andet.',
  unknownPool: (pool: string, known: string[], suggestion?: string) =>
    `puljen "${pool}" er ikke defineret under "pools"${suggestion ? ` – mente du "${suggestion}"?` : known.length ? ` (kendte puljer: ${known.join(', ')}).` : ' (aftalen har ingen puljer).'}`,
  duplicatePool: (name: string, firstIndex: number) => `to puljer hedder "${name}" (også pools[${firstIndex}]); en puljes navn skal være entydigt.`,
  poolNeedsRule: 'en pulje skal have enten "every" (hver N.) eller "share" (en andel).',
  poolBothRules: 'en pulje kan ikke have både "every" og "share".',
  phaseWithoutEvery: '"phase" bruges kun sammen med "every".',
  phaseTooLarge: (phase: number, every: number) => `"phase" er ${phase}, men skal ligge mellem 1 og every (${every}).`,
  badShare: 'andelen skal være en brøk fra 0 til 1 som "1/4" eller en procentsats fra 0 til 100 som "30 %" eller 30.',
  zeroDenominator: (share: string) => `andelen "${share.trim()}" deler med 0; skriv en brøk som "1/4" (nævneren skal være mindst 1).`,
  paramsWithoutPool: 'en kvoteregel (type "quota") skal angive puljen i params.pool.',
  defaultRuleName: (n: number) => `Regel ${n}`,
  summary: (count: number) => (count === 1 ? 'Aftalen har 1 fejl:' : `Aftalen har ${count} fejl:`),
};

export const agreementValues = {
  needsList: (op: string) => `operatoren "${op}" kræver en liste, fx ["103", "106"].`,
  needsNumber: (op: string, value: unknown) =>
    `operatoren "${op}" sammenligner tal, men værdien er ${JSON.stringify(value)}; skriv et tal uden tusindtalspunktum, fx 4000.`,
  textNotNumber: (fact: string, value: unknown) =>
    `"${fact}" læses som tekst, så værdien skal stå i anførselstegn: "${String(value)}".`,
  unknownLabel: (fact: string, value: unknown, allowed: readonly string[], suggestion?: string) =>
    `${JSON.stringify(value)} er ikke en værdi "${fact}" kan have${suggestion ? ` – skriv "${suggestion}"` : ''} (mulige: ${allowed.map((a) => JSON.stringify(a)).join(', ')}).`,
};

// ---- Decisions ----
function positionsExample(every: number, phase: number): string {
  const first = phase % every === 0 ? every : phase;
  return `${first}, ${first + every}, ${first + 2 * every} …`;
}

export const reason = {
  poolRule: (kind: { kind: 'every'; every: number; phase: number } | { kind: 'share'; numerator: number; denominator: number; percent: string | null }) =>
    kind.kind === 'every'
      ? kind.phase === kind.every
        ? `hver ${kind.every}. går til kommunen`
        : `hver ${kind.every}. går til kommunen, regnet fra nr. ${kind.phase} (${positionsExample(kind.every, kind.phase)})`
      : `${kind.percent ?? `${kind.numerator}/${kind.denominator}`} af puljen går til kommunen`,
  quotaHit: (position: number, label: string, rule: string) => `${position}. bolig i puljen '${label}' – ${rule}`,
  quotaMiss: (position: number, label: string, rule: string) =>
    `${position}. bolig i puljen '${label}' – ${rule}; denne går til ventelisten`,
  capReached: (position: number, label: string, rule: string, cap: number, month: string) =>
    `${position}. bolig i puljen '${label}' – ${rule}, men loftet på ${cap} ${cap === 1 ? 'bolig' : 'boliger'} pr. måned er nået for ${monthName(month)}; den går til ventelisten`,
  allocate: (rule: string) => `Reglen '${rule}' giver kommunen boligen`,
  exclude: (rule: string) => `Undtaget efter reglen '${rule}' – tælles ikke med i nogen pulje`,
  waitlist: (rule: string) => `Reglen '${rule}' sender boligen til ventelisten`,
  noRule: (outcome: 'waitlist' | 'municipality' | 'excluded') =>
    outcome === 'waitlist'
      ? 'Ingen af aftalens regler gælder boligen; den går til ventelisten'
      : outcome === 'municipality'
        ? 'Ingen af aftalens regler gælder boligen; aftalens standard er kommunal anvisning'
        : 'Ingen af aftalens regler gælder boligen; aftalens standard er at undtage den',
};

// ---- State ----
export const state = {
  notJson: 'Tilstandsfilen er ikke gyldig JSON; den er måske beskadiget. Intet er fordelt, og filen er ikke ændret.',
  foreign: 'Filen er ikke en tilstandsfil fra Anvisningsaftaler. Intet er fordelt, og filen er ikke ændret.',
  version: (v: unknown) =>
    v === undefined
      ? 'Tilstandsfilen er beskadiget: feltet "version" mangler. Intet er fordelt, og filen er ikke ændret.'
      : `Tilstandsfilen har version ${shown(JSON.stringify(v) ?? String(v))}, som dette program ikke kender. Intet er fordelt, og filen er ikke ændret.`,
  otherAgreement: (stored: string, wanted: string) =>
    `Tilstandsfilen hører til aftalen "${shown(stored)}", ikke til "${wanted}". Brug en anden tilstandsfil (eller ingen) for denne aftale. Intet er fordelt, og filen er ikke ændret.`,
  badField: (field: string) => `Tilstandsfilen er beskadiget: feltet "${field}" har en ugyldig værdi. Intet er fordelt, og filen er ikke ændret.`,
  badEntry: (n: number) => `Tilstandsfilen er beskadiget: afgørelse nr. ${n} i feltet "ledger" er ugyldig. Intet er fordelt, og filen er ikke ændret.`,
};

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
  systemReason: (code: string | undefined) =>
    (code !== undefined ? SYSTEM_REASONS.get(code) : undefined) ?? (code === undefined ? 'en uventet fejl' : `en uventet fejl i filsystemet (${code})`),
  isDirectory: (path: string) => `${path} er en mappe, ikke en fil.`,
  cannotRead: (path: string, why: string) => `Kan ikke læse filen ${path}: ${why}.`,
  notFound: (path: string) => `Filen ${path} findes ikke.`,
  unsupportedInput: (path: string) => `Filen ${path} er hverken .xlsx eller .csv. Gem arket som Excel-projektmappe (.xlsx) eller CSV.`,
  unsupportedOutput: (path: string) => `Resultatet kan kun skrives som .xlsx eller .csv, ikke ${path}.`,
  unclosedQuote: (path: string, line: number) =>
    `Filen ${path} kan ikke læses: anførselstegnet (") der åbner et felt i linje ${line}, lukkes aldrig, så resten af filen ville blive ét felt. Ret linjen, og prøv igen. Intet er fordelt.`,
  agreementTooLarge: (path: string, bytes: number) =>
    `Aftalen ${path} fylder ${kr(bytes)} byte; en aftale må højst fylde 1.048.576 byte (1 MB). Er det den rigtige fil?`,
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
};

/** The result columns the product adds to the right of a sheet, and owns. */
export const resultColumns = ['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'] as const;

// ---- Command line ----
export const cli = {
  usage: `Brug:
  anvisning allocate --agreement FIL --input FIL [--sheet NAVN] [--state FIL] [--output FIL] [--format table|json]
  anvisning check    --agreement FIL --input FIL [--sheet NAVN] [--state FIL] [--output FIL] [--format table|json]
  anvisning simulate --agreements FIL FIL … --input FIL [--sheet NAVN] [--affordable KR] [--reduction-units N]
                     [--answer-days D] [--queue Q] [--arrivals A] [--format table|json] [--output FIL.xlsx]
  anvisning sweep    --agreement FIL --input FIL [--sheet NAVN] [--every PULJE=FRA..TIL]
                     [--threshold KOLONNE:VÆRDI=FRA..TIL:TRIN] --target N [--affordable KR]
                     [--reduction-units N] [--answer-days D] [--format table|json]

allocate fordeler ledige boliger efter en anvisningsaftale: kommunal anvisning, venteliste eller undtaget.
check kontrollerer en udlejningslog (med kolonnen "Udlejet til") mod aftalen: hvad kommunen havde
ret til, hvad den fik tilbudt, og hvilke boliger der afviger.

  --agreement FIL   anvisningsaftalen (JSON), fx rules/randers-bolig.json
  --input FIL       listen over ledige boliger (.xlsx eller .csv med ; eller ,)
  --sheet NAVN      arket i projektmappen (standard: det første ark)
  --state FIL       tællere og tidligere afgørelser: læses hvis filen findes, gemmes efter kørslen
  --output FIL      skriv arket med resultatkolonnerne til højre (.xlsx eller .csv)
  --format FORMAT   table (standard): en oversigt på dansk; json: ét JSON-objekt

simulate sammenligner to eller flere aftaler over en historik af ledige boliger (flere år): hvor mange
boliger kommunen får, hvor mange dens borgere kan betale, tomgangsleje, afdelinger og ventetid.
sweep prøver varianter af én aftale og viser dem, der giver mindst N betalbare kommunale boliger om
året, billigste tomgangsleje først.

  --agreements FIL …        aftalerne der sammenlignes (mindst to)
  --affordable KR           betalbar: husleje inkl. forbrug minus huslejenedsættelse højst KR (standard 4000)
  --reduction-units N       huslejenedsættelse på 1.250 kr. om måneden til de første N kommunale boliger
                            med husleje 4.500–6.500 kr. uden forbrug (standard 0)
  --answer-days D           arbejdsdage til kommunens svar; tomgangslejen løber til da (standard 7)
  --queue Q                 borgere på kommunens venteliste ved start (standard 0)
  --arrivals A              nye borgere på ventelisten den 1. i hver måned (standard 0)
  --output FIL.xlsx         (simulate) skriv sammenligningen som tabeller i en projektmappe
  --every PULJE=FRA..TIL    (sweep) prøv hver FRA. til hver TIL. bolig i puljen, fx under-4000=2..4
  --threshold KOLONNE:VÆRDI=FRA..TIL:TRIN
                            (sweep) flyt alle grænser på VÆRDI i betingelserne på kolonnen,
                            fx rentInclConsumption:4000=3500..4500:250 (højst to --every/--threshold)
  --target N                (sweep) mål: betalbare kommunale boliger om året i gennemsnit

Afslutningskoder: 0 kørslen er gennemført (også med fejl i enkelte rækker),
1 fejl i ark, aftale eller tilstandsfil, 2 forkert brug.`,
  unknownCommand: (c: string) => `Ukendt kommando "${c}".`,
  noCommand: 'Der mangler en kommando.',
  unknownOption: (o: string) => `Ukendt tilvalg "${o}".`,
  missingValue: (o: string) => `Tilvalget ${o} mangler en værdi.`,
  missingOption: (o: string) => `Tilvalget ${o} skal angives.`,
  repeatedOption: (o: string) => `Tilvalget ${o} er angivet mere end én gang.`,
  badFormat: (f: string) => `Formatet "${f}" kendes ikke; brug table eller json.`,
  badValue: (option: string, value: string, allowed: readonly string[]) =>
    option === '--format' ? `Formatet "${value}" kendes ikke; brug table eller json.` : `${option} kan ikke være "${value}"; brug ${allowed.join(' eller ')}.`,
  badNumberOption: (option: string, value: string) => `${option} skal være et tal, ikke "${value}".`,
  unexpectedArgument: (a: string) => `Uventet argument "${a}".`,
  agreementErrors: (path: string, count: number) => `Aftalen ${path} kan ikke bruges – ${count === 1 ? '1 fejl' : `${count} fejl`}:`,
  sheetError: (path: string, message: string) => `${path}: ${message}`,
  moreErrors: (n: number) => `… og ${kr(n)} fejl mere.`,
  seeHelp: "Se 'anvisning --help'.",
  unexpected:
    'Der opstod en uventet fejl i programmet, så kørslen er stoppet. Resultat- og tilstandsfilen gemmes kun hele: de er enten gemt færdige eller uændrede. Kør igen med ANVISNING_DEBUG=1 for at se detaljerne, og meld gerne fejlen.',
  outputFailed: (why: string) => `Udskriften kunne ikke skrives færdig: ${why}.`,
};

export const report = {
  agreement: (name: string, id: string) => `Aftale: ${name} (${id})`,
  sheet: (file: string, sheetName: string, rows: number, headerRow: number) =>
    `Ark: ${file}${sheetName ? ` – "${sheetName}"` : ''}: ${rows} ${rows === 1 ? 'ledig bolig' : 'ledige boliger'}, overskrifter i række ${headerRow}`,
  unknownColumns: (cols: string[]) => `Ukendte kolonner (bevaret, men ikke brugt): ${cols.slice(0, 30).map(shown).join(', ')}${cols.length > 30 ? ` og ${cols.length - 30} flere` : ''}`,
  missingColumns: (cols: string[]) => `Kolonner der ikke findes i arket: ${cols.join(', ')}`,
  noDates: 'Arket har ingen kolonne "Ledig fra": boligerne fordeles i arkets rækkefølge.',
  stateContinued: (path: string, n: number) => `Tilstand: fortsat fra ${path}${n > 0 ? `; ${n} ${n === 1 ? 'bolig var' : 'boliger var'} allerede afgjort og er uændret` : ''}.`,
  stateNew: (path: string) => `Tilstand: ny (ingen fil ${path} endnu).`,
  stateSaved: (path: string) => `Ny tilstand gemt i ${path}.`,
  outputWritten: (path: string) => `Resultatet er skrevet til ${path}.`,
  poolsHeading: 'Puljer',
  poolColumns: ['Pulje', 'Talt', 'Til kommunen', 'Over loft', 'Tæller nu'],
  noPools: 'Aftalen har ingen puljer.',
  outcomesHeading: 'Udfald',
  outcomeColumns: ['Udfald', 'Antal'],
  offerHeading: (n: number) => `Til kommunal anvisning (${n})`,
  offerTruncated: (shown: number, total: number) =>
    `  … og ${total - shown} flere. Hele listen: --output FIL.xlsx (resultatkolonner) eller --format json.`,
  offerColumns: ['Række', 'Lejemål', 'Afdeling', 'Adresse', 'Rum', 'Areal', 'Inkl. forbrug', 'Ledig fra', 'Begrundelse'],
  errorsHeading: (n: number) => `Fejl i rækker (${n}) – disse er ikke fordelt og tæller ikke med`,
  noErrors: 'Ingen fejl i rækkerne.',
};

// ---- Writing results into a workbook ----
export const workbook = {
  resultsEdited: (sheet: string) =>
    `Resultatkolonnerne (Anvisning … Begrundelse) i arket "${sheet}" er ændret, siden tilføjelsen skrev dem. Tilføjelsen skriver ikke oven i celler, den ikke selv har skrevet: flyt dine ændringer til en anden kolonne, eller slet de fem resultatkolonner, og prøv igen.`,
  notOurs: (sheet: string) =>
    `Arket "${sheet}" har allerede kolonner med navnene Anvisning … Begrundelse, men indholdet er ikke skrevet af tilføjelsen. Omdøb eller flyt dem, og prøv igen.`,
  stateOtherAgreement: (stored: string, wanted: string) =>
    `Projektmappens tællere hører til aftalen "${stored}", ikke "${wanted}". Vælg aftalen "${stored}", eller nulstil tællerne (så begynder "${wanted}" forfra).`,
  stateCorrupt: (why: string) => `Projektmappens gemte tællere kan ikke læses: ${why} Nulstil tællerne for at begynde forfra.`,
  sheetGone: (sheet: string) => `Arket "${sheet}" findes ikke længere i projektmappen (er det omdøbt eller slettet?). Tryk "Læs data igen".`,
  sheetProtected: (sheet: string) =>
    `Arket "${sheet}" er beskyttet, så tilføjelsen kan ikke skrive i det. Fjern beskyttelsen (Gennemse > Fjern arkbeskyttelse), og prøv igen.`,
  offerSheetName: 'Tilbudsliste',
  offerColumns: ['Lejemål', 'Boligorganisation', 'Afdeling', 'Adresse', 'Boligtype', 'Rum', 'Areal', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus', 'Pulje', 'Nr. i pulje', 'Begrundelse'],
  noOffers: 'Ingen ledige boliger går til kommunen efter den seneste fordeling, så der er ingen tilbudsliste at lave.',
};

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
  resetBodyUnreadable:
    'De gemte tællere kan ikke læses (de er beskadigede). Nulstilling sletter dem, så næste fordeling begynder forfra. Resultatkolonnerne i arket bliver stående.',
  cancel: 'Annullér',
  resetDone: 'Tællerne er nulstillet. Næste fordeling begynder forfra.',
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
  openNoSheets: (name: string) => `Projektmappen ${name} har ingen synlige ark.`,
  opening: (name: string) => `Åbner ${name} …`,
  sheetTabs: 'Ark i projektmappen',
};

// ---- Errors from Excel, in words a user can act on (codes from Excel.ErrorCodes and OfficeExtension.ErrorCodes) ----
export const officeErrors = {
  InvalidOperationInCellEditMode:
    'Excel er ved at redigere en celle. Tryk Enter eller Esc for at afslutte redigeringen, og prøv igen.',
  AccessDenied:
    'Excel tillader ikke ændringen. Arket eller projektmappen er måske beskyttet eller åbnet skrivebeskyttet: fjern beskyttelsen (Gennemse > Fjern arkbeskyttelse), og prøv igen.',
  ItemNotFound: 'Et ark eller en tabel, som tilføjelsen brugte, findes ikke længere (er det omdøbt eller slettet?). Tryk "Læs data igen", og prøv igen.',
  ItemAlreadyExists: 'Der findes allerede et ark eller en tabel med det navn. Omdøb det, og prøv igen.',
  InvalidArgument: 'Excel afviste en værdi fra tilføjelsen. Prøv igen; sker det igen, så send teksten under "Detaljer" til support.',
  InvalidReference: 'Området, tilføjelsen ville bruge, findes ikke i arket. Tryk "Læs data igen", og prøv igen.',
  InvalidSelection: 'Markeringen er ikke et celleområde (er et diagram eller en figur markeret?). Klik i en celle i arket, og prøv igen.',
  InvalidOperation: 'Excel kunne ikke udføre handlingen i arket, som det er nu. Tryk "Læs data igen", og prøv igen.',
  Conflict: 'Projektmappen blev ændret samtidig af en anden. Tryk "Læs data igen", og prøv igen.',
  EditConflict: 'Projektmappen blev ændret samtidig af en anden. Tryk "Læs data igen", og prøv igen.',
  InsertDeleteConflict: 'Excel kunne ikke indsætte eller slette celler, fordi det ville flytte en tabel eller et filter. Prøv igen efter at have flyttet dem.',
  FilteredRangeConflict: 'Arket har et filter, der skjuler rækker. Ryd filteret (Data > Ryd), og prøv igen.',
  MergedRangeConflict: 'Arket har flettede celler, hvor tilføjelsen skal skrive. Ophæv fletningen, og prøv igen.',
  RangeExceedsLimit: 'Området er for stort til, at Excel kan læse eller skrive det på én gang.',
  payload: 'Excel kunne ikke sende så mange data på én gang. Prøv igen; hjælper det ikke, så del arket i mindre ark.',
  ActivityLimitReached: 'Excel har fået for mange forespørgsler på kort tid. Vent et øjeblik, og prøv igen.',
  RequestAborted: 'Excel afbrød handlingen, før den var færdig. Prøv igen.',
  ServiceNotAvailable: 'Excel-tjenesten svarer ikke lige nu. Vent et øjeblik, og prøv igen.',
  Unauthenticated: 'Du er ikke logget ind, eller logind er udløbet. Log ind i Excel igen, og prøv igen.',
  ApiNotFound: 'Denne version af Excel mangler en funktion, tilføjelsen bruger. Opdatér Excel, og prøv igen.',
  NotImplemented: 'Denne version af Excel kan ikke udføre handlingen. Opdatér Excel, og prøv igen.',
  UnsupportedOperation: 'Denne version af Excel kan ikke udføre handlingen. Opdatér Excel, og prøv igen.',
  GeneralException: 'Excel meldte en fejl uden nærmere forklaring. Gem projektmappen, og prøv igen; sker det igen, så luk og åbn projektmappen.',
  unknown: 'Der skete en uventet fejl. Prøv igen; sker det igen, så send teksten under "Detaljer" til support.',
} as const;

// ---- Building, serving and sideloading (scripts/start.js, scripts/sideload.js, webpack.config.js) ----
export const dev = {
  banner: (base: string, http: 'flag' | 'no-certificate' | null) =>
    [
      '',
      '─'.repeat(70),
      ` Anvisningsaftaler kører på ${base}`,
      '',
      ' Arbejdsbordet (opgaveruden i en almindelig browser, uden Excel):',
      `   ${base}workbench.html`,
      '',
      ' Tilføjelsesprogrammet i Excel – kør i en anden terminal, mens denne kører:',
      '   Excel på computeren (Windows/Mac):  npm run sideload:desktop',
      '   Excel på nettet:                    npm run sideload:web -- --document "<adresse på en projektmappe i OneDrive/SharePoint>"',
      '   Fjern det igen:                     npm run sideload:stop',
      '   (henter office-addin-debugging 6.0.5 med npx første gang)',
      ...(http === null
        ? []
        : [
            '',
            http === 'flag' ? ' Bemærk: serveren kører med http, fordi DEV_SERVER_HTTP=1.' : ' Bemærk: serveren kører med http, fordi der ikke kunne laves et udviklercertifikat.',
            ' Excel indlæser kun tilføjelsesprogrammer over https. Kør "npx office-addin-dev-certs install"',
            ' (kræver administrator/sudo) og start igen for at bruge Excel; arbejdsbordet virker allerede.',
          ]),
      '',
      ' Stop serveren med Ctrl+C.',
      '─'.repeat(70),
      '',
    ].join('\n'),
  portBusy: (port: number) => `Port ${port} er optaget. Kører udviklingsserveren allerede? Stop den (eller "npm run sideload:stop") og prøv igen.`,
  notReady: (host: string, port: number, minutes: number) => `Udviklingsserveren svarede ikke på ${host}:${port} inden for ${minutes} minutter.`,
  sideloadUsage: 'Brug: node scripts/sideload.js desktop | web --document "<adresse på projektmappe>" | stop',
  desktopOnlyWindowsMac: 'Excel på computeren findes kun til Windows og Mac. Brug "npm run sideload:web -- --document <adresse>" eller arbejdsbordet.',
  webNeedsDocument:
    'Excel på nettet skal have en projektmappe at åbne: læg en .xlsx i OneDrive eller SharePoint, åbn den i browseren, ' +
    'kopiér adressen, og kør\n  npm run sideload:web -- --document "<adressen>"\n' +
    'Du kan også uploade manifest.xml selv: Hjem > Tilføjelsesprogrammer > Flere indstillinger > Upload mit tilføjelsesprogram.',
  unknownChoice: (what: string) => `Ukendt valg: ${what}`,
  publicUrlUnset: (fallback: string) => `Bemærk: ADDIN_PUBLIC_URL er ikke sat; dist/manifest.xml peger på ${fallback}. Sæt den til adressen, hvor dist/ skal ligge.`,
  publicUrlInvalid: (raw: string) => `ADDIN_PUBLIC_URL er ikke en gyldig adresse: ${raw}`,
  publicUrlNotHttps: (raw: string) => `ADDIN_PUBLIC_URL skal begynde med https:// (Office kræver det): ${raw}`,
  publicUrlQuery: (raw: string) => `ADDIN_PUBLIC_URL må ikke have ? eller #: ${raw}`,
  noCertificate: (reason: string, port: number) =>
    [
      '',
      `Bemærk: intet udviklercertifikat til https://localhost (${reason}).`,
      `Udviklingsserveren kører derfor med almindelig http på http://localhost:${port}/.`,
      `Arbejdsbordet virker fint over http: http://localhost:${port}/workbench.html`,
      'Excel kræver https for at indlæse tilføjelsesprogrammet. Kør "npx office-addin-dev-certs install"',
      '(kræver administrator/sudo), og start igen.',
      '',
    ].join('\n'),
};

// ---- The officer's quota check ----
export const check = {
  badLetTo: (place: string, text: string) => `${place}: "${shown(text)}" er ikke en kendt udlejning (Kommune eller Venteliste).`,
  badAnswer: (place: string, text: string) => `${place}: "${shown(text)}" er ikke et kendt svar (Accepteret eller Afvist).`,
  badOfferDate: (place: string, text: string) => `${place}: "${shown(text)}" er ikke en gyldig dato.`,
  noLetToColumn: (found: string[]) =>
    `Udlejningsloggen mangler kolonnen "Udlejet til" (Kommune / Venteliste), så intet kan kontrolleres. Fundne kolonner: ${shownList(found)}.`,
  where: (position: number | null, poolLabel: string | null, unitId: string) =>
    position !== null && poolLabel !== null ? `${position}. bolig i puljen '${poolLabel}'` : `Lejemål ${shown(unitId)}`,
  notOffered: (where: string) => `${where} skulle være tilbudt kommunen, men blev udlejet fra ventelisten`,
  notOfferedYet: (where: string) => `${where} skulle være tilbudt kommunen, men er ikke tilbudt (endnu ikke udlejet)`,
  extraToMunicipality: (where: string) => `${where} gik til kommunen, men efter aftalen skulle den udlejes fra ventelisten`,
  excludedToMunicipality: (where: string) => `${where} er undtaget efter aftalen, men gik til kommunen`,
  poolColumns: ['Pulje', 'Talt', 'Kommunen har ret til', 'Tilbudt kommunen', 'Forskel', 'Afvist af kommunen'],
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
  checked: (sheet: string, n: number) => (n === 0 ? `Ingen afvigelser. Rapporten er lagt i arket "${sheet}".` : `${n} ${n === 1 ? 'afvigelse' : 'afvigelser'}. Rapporten er lagt i arket "${sheet}", og rækkerne er markeret.`),
  checkIntro: 'Kontrollér en udlejningslog (ledige boliger med kolonnen "Udlejet til") mod aftalen: hvad kommunen havde ret til, og hvad den fik tilbudt.',
  checkedNoReport: (n: number) => (n === 0 ? 'Ingen afvigelser. Rapporten er ikke skrevet i et ark (annulleret).' : `${n} ${n === 1 ? 'afvigelse' : 'afvigelser'}; rækkerne er markeret. Rapporten er ikke skrevet i et ark (annulleret).`),
  unreadableNote: (n: number) => `${n} ${n === 1 ? 'række' : 'rækker'} kan ikke læses og er ikke kontrolleret – se listen nedenfor.`,
};

// ---- Simulation and target search (negotiators) ----
const percent = (share: number) => `${(100 * share).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
const days = (d: number | null) => (d === null ? '–' : `${d.toLocaleString('da-DK', { maximumFractionDigits: 1 })} ${d === 1 ? 'dag' : 'dage'}`);

export const simulation = {
  // Options and grids
  tooFewAgreements: 'simulate skal have mindst to aftaler at sammenligne, fx --agreements rules/standard-25.json rules/randers-bolig.json.',
  wholeNumber: (option: string, value: string) => `${option} skal være et helt tal (0 eller mere), ikke "${value}".`,
  outputNotXlsx: (path: string) => `Sammenligningen kan kun skrives som Excel-projektmappe (.xlsx), ikke ${path}.`,
  noGrid: 'sweep skal have mindst ét af --every og --threshold: hvilke tal i aftalen skal varieres?',
  badEverySyntax: (raw: string) => `--every skrives PULJE=FRA..TIL, fx under-4000=2..4 – ikke "${raw}". FRA og TIL er hele tal på mindst 1.`,
  badThresholdSyntax: (raw: string) =>
    `--threshold skrives KOLONNE:VÆRDI=FRA..TIL:TRIN, fx rentInclConsumption:4000=3500..4500:250 – ikke "${raw}".`,
  badRange: (raw: string) => `"${raw}": FRA må ikke være større end TIL, og TRIN skal være større end 0.`,
  noDimensions: 'Der er intet at variere: angiv en puljes "hver N." (--every) eller en grænse i betingelserne (--threshold).',
  tooManyDimensions: (n: number, max: number) => `Der kan højst varieres ${max} tal ad gangen, ikke ${n}.`,
  repeatedDimension: (key: string) => `${key} er angivet mere end én gang.`,
  tooManyVariants: (n: number, max: number) => `Gitteret giver ${n} varianter, men højst ${max} beregnes ad gangen. Gør intervallerne mindre eller trinnet større.`,
  noValues: (key: string) => `${key} har ingen værdier at prøve.`,
  unknownPool: (pool: string, known: string[]) =>
    `Aftalen har ingen pulje "${pool}"${known.length > 0 ? ` (puljer: ${known.join(', ')})` : ' – den har ingen puljer'}.`,
  poolNotEvery: (pool: string) => `Puljen "${pool}" fordeler efter en andel ("share"), ikke "hver N." ("every"), så dens "every" kan ikke varieres.`,
  badEvery: (value: number) => `"Hver N." skal være et helt tal på mindst 1, ikke ${value}.`,
  noThreshold: (fact: string, value: number) => `Ingen betingelse i aftalen sammenligner "${fact}" med værdien ${value}, så der er ingen grænse at flytte.`,
  variantRejected: (settings: string) => `Varianten (${settings}) er ikke en gyldig aftale:`,
  variantName: (name: string, settings: string) => `${name} – ${settings}`,
  everySetting: (poolLabel: string, every: number) => `hver ${every}. i puljen '${poolLabel}'`,
  thresholdSetting: (header: string, from: number, to: number, money: boolean) =>
    money ? `${header} ${kr(to)} kr. i stedet for ${kr(from)} kr.` : `${header} ${kr(to)} i stedet for ${kr(from)}`,

  // What the numbers mean (the table, the workbook and the task pane)
  percent,
  days,
  amount: (n: number) => `${kr(n)} kr.`,
  none: '–',
  noDepartment: '(uden afdeling)',
  department: (department: string, count: number, share: number) =>
    `${department === '' ? '(uden afdeling)' : `afd. ${department}`}: ${count} (${percent(share)})`,
  params: (p: { affordable: number; reductionUnits: number; answerDays: number; queue: number; arrivals: number }, withQueue = true) => [
    `Betalbar: husleje inkl. forbrug minus huslejenedsættelse er højst ${kr(p.affordable)} kr. om måneden.`,
    p.reductionUnits === 0
      ? 'Huslejenedsættelse: ingen pulje (--reduction-units 0).'
      : `Huslejenedsættelse: 1.250 kr. om måneden (15.000 kr. om året) til de første ${p.reductionUnits} kommunale boliger med husleje 4.500–6.500 kr. uden forbrug.`,
    `Tomgangsleje: for hver kommunal bolig, der ikke er betalbar, husleje × 12 / 365 for hver dag fra "Ledig fra" til kommunens svar efter ${p.answerDays} arbejdsdage (mandag–fredag).`,
    ...(withQueue
      ? [`Venteliste: ${p.queue} borgere ved start og ${p.arrivals} nye den 1. i hver måned; hver betalbar kommunal bolig går til den, der har ventet længst.`]
      : []),
  ],
  history: (file: string, vacancies: number, firstMonth: string | null, lastMonth: string | null, years: number[]) =>
    `Historik: ${file}: ${vacancies} ledige boliger` +
    (firstMonth === null || lastMonth === null ? ' uden datoer.' : `, ${monthName(firstMonth)} – ${monthName(lastMonth)} (${years.length} år: ${years.join(', ')}).`),
  rowErrors: (n: number) => `${n} ${n === 1 ? 'række' : 'rækker'} med fejl er ikke regnet med (kør "anvisning allocate" på arket for at se dem).`,
  undated: (n: number) => `${n} ${n === 1 ? 'bolig' : 'boliger'} uden "Ledig fra" tæller kun med i totalerne – ikke pr. år, i tomgangslejen eller på ventelisten.`,
  unpriced: (id: string, n: number) => `${id}: ${n} ${n === 1 ? 'bolig' : 'boliger'} uden husleje eller dato indgår ikke i tomgangslejen.`,
  heading: 'Sammenligning af aftaler',
  legend: 'Aftaler:',
  legendLine: (id: string, name: string) => `${id}: ${name}`,
  measure: 'Resultat',
  rows: {
    municipality: 'Kommunale boliger',
    affordable: (threshold: number) => `– heraf betalbare (højst ${kr(threshold)} kr.)`,
    share: 'Andel betalbare',
    withReduction: (units: number) => `Betalbare med huslejenedsættelse (${units} ${units === 1 ? 'bolig' : 'boliger'})`,
    reductionsUsed: 'Huslejenedsættelser brugt',
    vacancyRent: 'Tomgangsleje',
    unusable: 'Boliger kommunen ikke kan bruge',
    averageWait: 'Gennemsnitlig ventetid',
    medianWait: 'Median ventetid',
    served: 'Borgere der har fået bolig',
    queueAtEnd: 'Kø ved slut',
    largestDepartment: 'Største andel i én afdeling',
  },
  areaStatus: {
    '': 'Ikke på listerne',
    udsat: 'Udsatte boligområder',
    forebyggelse: 'Forebyggelsesområder',
    omdannelse: 'Omdannelsesområder',
    parallelsamfund: 'Parallelsamfund',
  },
  areaHeading: 'Kommunale boliger efter områdestatus',
  perYearHeading: 'Pr. år',
  perYearColumns: ['År', 'Aftale', 'Kommunale', 'Betalbare', 'Andel', 'Med nedsættelse', 'Tomgangsleje'],

  // The comparison workbook (--output)
  sheetNames: { comparison: 'Sammenligning', perYear: 'Pr. år', waitingList: 'Venteliste' },
  workbookTitle: 'Sammenligning af anvisningsaftaler',
  chartNote:
    'Diagrammer: denne fil er skrevet af kommandolinjen, som ikke kan lave Excel-diagrammer. Markér en tabel og vælg Indsæt > Diagram, eller brug fanen "Simulér" i tilføjelsesprogrammet, som laver diagrammerne selv.',
  comparisonColumns: [
    'Aftale',
    'Navn',
    'Kommunale boliger',
    'Betalbare',
    'Andel betalbare',
    'Betalbare med huslejenedsættelse',
    'Huslejenedsættelser brugt',
    'Tomgangsleje (kr.)',
    'Boliger kommunen ikke kan bruge',
    'Gennemsnitlig ventetid (dage)',
    'Median ventetid (dage)',
    'Borgere der har fået bolig',
    'Kø ved slut',
    'Største afdeling',
    'Andel i største afdeling',
    'Ikke på listerne',
    'Udsatte boligområder',
    'Forebyggelsesområder',
    'Omdannelsesområder',
    'Parallelsamfund',
  ],
  affordablePerYearTitle: 'Betalbare kommunale boliger pr. år',
  perYearTitle: 'Alle tal pr. år',
  perYearSheetColumns: ['År', 'Aftale', 'Kommunale boliger', 'Betalbare', 'Andel betalbare', 'Betalbare med huslejenedsættelse', 'Tomgangsleje (kr.)'],
  yearColumn: 'År',
  waitingListTitle: 'Borgere på ventelisten ved udgangen af hver måned',
  monthColumn: 'Måned',

  // The target search (sweep)
  target: (target: number, years: number[]) =>
    `Mål: mindst ${kr(target)} betalbare kommunale boliger om året (gennemsnit over ${years.length} år${years.length > 0 ? `: ${years.join(', ')}` : ''}).`,
  targetWithReduction: (units: number) => `Betalbare tælles med huslejenedsættelse til ${units} ${units === 1 ? 'bolig' : 'boliger'}.`,
  reachedHeading: (n: number, total: number) => `${n} af ${total} varianter når målet – billigste tomgangsleje først:`,
  noneReached: (total: number) => `Ingen af de ${total} varianter når målet.`,
  restHeading: 'Varianter der ikke når målet – nærmest målet først:',
  everyHeader: (pool: string) => `Hver N. i ${pool}`,
  thresholdHeader: (fact: string, from: number) => `${fact} i stedet for ${kr(from)}`,
  sweepColumns: ['Betalbare pr. år', 'Kommunale boliger', 'Tomgangsleje', 'Når målet'],
  yes: 'ja',
  no: 'nej',
};

// ---- Number fields in the task pane ----
export const fields = {
  notANumber: (text: string, whole: boolean) =>
    whole ? `"${text}" er ikke et helt tal. Skriv fx 150, eller lad feltet stå tomt for standardværdien.` : `"${text}" er ikke et tal. Skriv fx 4.500 eller 4500, eller lad feltet stå tomt for standardværdien.`,
  negative: 'Tallet må ikke være negativt.',
  notWhole: 'Skriv et helt tal (uden decimaler).',
  defaultValue: (value: number) => `Tomt felt: standardværdien ${kr(value)} bruges.`,
};

// ---- The task pane's "Simulér" tab ----
export const simulateTab = {
  intro: 'Sammenlign aftalevarianter på en historik over ledige boliger (arket i projektmappen): hvor mange boliger kommunen får, hvor mange dens borgere kan betale, hvad tomgangslejen koster, og hvordan ventelisten bevæger sig.',
  chooseVariants: 'Aftaler der sammenlignes (mindst to)',
  params: {
    affordable: ['Betalbar husleje (kr. pr. måned)', 'Husleje inkl. forbrug minus huslejenedsættelse, som målgruppen kan betale. Standard 4.000 kr.'],
    reductionUnits: ['Huslejenedsættelser (antal boliger)', 'Fonden for Blandede Byer: 15.000 kr. om året til boliger med husleje 4.500–6.500 kr. Standard 0.'],
    answerDays: ['Svarfrist (arbejdsdage)', 'Dage kommunen betaler tomgangsleje for en bolig, den ikke kan bruge. Standard 7.'],
    queue: ['Borgere på ventelisten ved start', 'Standard 0.'],
    arrivals: ['Nye borgere pr. måned', 'Standard 0.'],
  } as const,
  run: 'Lav sammenligning',
  running: 'Beregner …',
  progress: (done: number, total: number) => `Beregner aftale ${Math.min(done + 1, total)} af ${total} …`,
  notWritten: 'Sammenligningen er ikke skrevet i et ark (annulleret).',
  needTwo: 'Vælg mindst to aftaler at sammenligne.',
  done: (sheet: string) => `Sammenligningen med diagrammer er lagt i arket "${sheet}".`,
  sheetName: 'Sammenligning',
  summaryTitle: 'Sammenligning',
  perYearTitle: 'Betalbare kommunale boliger pr. år',
  queueTitle: 'Borgere på ventelisten ved udgangen af hver måned',
  variantColumn: 'Aftale',
  yearColumn: 'År',
  monthColumn: 'Måned',
};

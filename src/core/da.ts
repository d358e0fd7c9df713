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

/** The Danish spelling an agreement sheet writes for each label value: the value grammar's canonical form. */
export const labels = {
  housingType: { familie: 'Familiebolig', ungdom: 'Ungdomsbolig', aeldre: 'Ældrebolig' },
  areaStatus: { '': 'Ingen', udsat: 'Udsat boligområde', forebyggelse: 'Forebyggelsesområde', omdannelse: 'Omdannelsesområde', parallelsamfund: 'Parallelsamfund' },
  lettingType: { ekstern: 'Ekstern', intern: 'Intern', bytte: 'Bytte' },
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

/** "2024-01-03" → "03-01-2024": a date as a Danish reader writes it. */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** Whose counter, in a pool counted per key: "for Randers Bolig", "for afdeling 103 i Domea Randers". */
function forKey(key: { organisation: string; department: string | null }): string {
  const organisation = key.organisation === '' ? null : shown(key.organisation);
  if (key.department === null) return organisation === null ? 'for boliger uden boligorganisation' : `for ${organisation}`;
  const department = key.department === '' ? 'boliger uden afdeling' : `afdeling ${shown(key.department)}`;
  return `for ${department}${organisation === null ? '' : ` i ${organisation}`}`;
}

/** A pool's name with the key its row is about, for tables: "Familieboliger – Randers Bolig", "Gruppe A – afd. 103, Domea Randers". */
export function poolKeyLabel(label: string, key: { organisation: string; department?: string | null } | null | undefined): string {
  if (key === null || key === undefined) return label;
  const organisation = key.organisation === '' ? '(uden boligorganisation)' : key.organisation;
  if (key.department === null || key.department === undefined) return `${label} – ${organisation}`;
  const department = key.department === '' ? '(uden afdeling)' : `afd. ${key.department}`;
  return key.organisation === '' ? `${label} – ${department}` : `${label} – ${department}, ${organisation}`;
}

export const reason = {
  poolRule: (kind: { kind: 'every'; every: number; phase: number } | { kind: 'share'; numerator: number; denominator: number; percent: string | null }) =>
    kind.kind === 'every'
      ? kind.phase === kind.every
        ? `hver ${kind.every}. går til kommunen`
        : `hver ${kind.every}. går til kommunen, regnet fra nr. ${kind.phase} (${positionsExample(kind.every, kind.phase)})`
      : `${kind.percent ?? `${kind.numerator}/${kind.denominator}`} af puljen går til kommunen`,
  /** "puljen 'X'", or with the key of a pool counted per organisation or department: "puljen 'X' for afdeling 103". */
  inPool: (label: string, key: { organisation: string; department: string | null } | null) => `puljen '${label}'${key === null ? '' : ` ${forKey(key)}`}`,
  quotaHit: (position: number, where: string, rule: string) => `${position}. bolig i ${where} – ${rule}`,
  quotaMiss: (position: number, where: string, rule: string) => `${position}. bolig i ${where} – ${rule}; denne går til ventelisten`,
  capReached: (position: number, where: string, rule: string, cap: number, month: string) =>
    `${position}. bolig i ${where} – ${rule}, men loftet på ${cap} ${cap === 1 ? 'bolig' : 'boliger'} pr. måned er nået for ${monthName(month)}; den går til ventelisten`,
  requestFilled: (request: string, created: string) => `Matcher kommunens forespørgsel ${shown(request)} fra ${dayText(created)}`,
  noOpenRequest: (rule: string) => `Reglen '${rule}' giver kommunen boligen, når en åben forespørgsel passer, men ingen gør; den går til ventelisten`,
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
  unsupportedSideFile: (option: string, path: string) => `${option} ${path} er hverken .xlsx eller .csv. Gem tabellen som Excel-projektmappe (.xlsx) eller CSV.`,
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

  // --output over result cells that are not as the product wrote them (issue 15: the pane's guard, for files).
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

/** The result columns the product adds to the right of a sheet, and owns. */
export const resultColumns = ['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'] as const;

// ---- Command line ----
export const cli = {
  usage: `Brug:
  anvisning allocate --agreement FIL --input FIL [--sheet NAVN] [--state FIL] [--output FIL] [--format table|json]
                     [--departments FIL] [--requests FIL]
  anvisning check    --agreement FIL --input FIL [--sheet NAVN] [--state FIL] [--output FIL] [--format table|json]
                     [--departments FIL] [--requests FIL]
  anvisning simulate --agreements FIL FIL … --input FIL [--sheet NAVN] [--affordable KR] [--reduction-units N]
                     [--answer-days D] [--queue Q] [--arrivals A] [--format table|json] [--output FIL.xlsx]
                     [--departments FIL]
  anvisning sweep    --agreement FIL --input FIL [--sheet NAVN] [--every PULJE=FRA..TIL]
                     [--threshold KOLONNE:VÆRDI=FRA..TIL:TRIN] --target N [--affordable KR]
                     [--reduction-units N] [--answer-days D] [--queue Q] [--arrivals A] [--format table|json]
                     [--departments FIL]
  anvisning agreement --agreement FIL [--format table|json] [--output FIL.xlsx|FIL.json]
  anvisning lint     --agreement FIL [--input FIL] [--sheet NAVN] [--format table|json] [--departments FIL]
  anvisning diff     --agreement FIL --variant FIL --input FIL [--sheet NAVN] [--state FIL] [--format table|json]
                     [--departments FIL] [--requests FIL]

allocate fordeler ledige boliger efter en anvisningsaftale: kommunal anvisning, venteliste eller undtaget.
check kontrollerer en udlejningslog (med kolonnen "Udlejet til") mod aftalen: hvad kommunen havde
ret til, hvad den fik tilbudt, og hvilke boliger der afviger.

  --agreement FIL   anvisningsaftalen: JSON (fx rules/randers-bolig.json) eller en projektmappe (.xlsx)
                    med arket "Aftale" (tabellerne Aftale, Puljer og Regler)
  --input FIL       listen over ledige boliger (.xlsx eller .csv med ; eller ,)
  --sheet NAVN      arket i projektmappen (standard: det første ark)
  --state FIL       tællere og tidligere afgørelser: læses hvis filen findes, gemmes efter kørslen
  --output FIL      skriv arket med resultatkolonnerne til højre (.xlsx eller .csv)
  --format FORMAT   table (standard): en oversigt på dansk; json: ét JSON-objekt
  --departments FIL afdelingsregistret (.csv eller .xlsx; i en projektmappe arket "Afdelinger", ellers det
                    første): Afdeling, og evt. Boligorganisation, Områdestatus, Gruppe og Navn. Giver hver
                    bolig sin afdelingsgruppe og, hvor arkets celle er tom, sin områdestatus
  --requests FIL    kommunens forespørgsler (.csv eller .xlsx; i en projektmappe arket "Forespørgsler"):
                    Forespørgsel, Oprettet, og evt. Udløber, Boligtype, Mindst rum, Højst rum, Højst husleje
                    inkl. forbrug, Afdelinger og Boligorganisation. Hvilken bolig der opfyldte hvilken
                    forespørgsel, gemmes i --state, så næste uges kørsel fortsætter

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
  --arrivals A              nye borgere på ventelisten den 1. i hver måned (standard 0). For en aftale
                            efter forespørgsel er hver borger en forespørgsel fra den dag, borgeren kommer
                            på listen, på en husleje inkl. forbrug på højst --affordable
  --output FIL.xlsx         (simulate) skriv sammenligningen som tabeller i en projektmappe
  --every PULJE=FRA..TIL    (sweep) prøv hver FRA. til hver TIL. bolig i puljen, fx under-4000=2..4
  --threshold KOLONNE:VÆRDI=FRA..TIL:TRIN
                            (sweep) flyt alle grænser på VÆRDI i betingelserne på kolonnen,
                            fx rentInclConsumption:4000=3500..4500:250 (højst to --every/--threshold)
  --target N                (sweep) mål: betalbare kommunale boliger om året i gennemsnit

agreement læser aftalen op på dansk: hver regel i den rækkefølge, den afgør boligerne, og puljerne.
  --output FIL.xlsx skriver aftalen som et ark (tabellerne Aftale, Puljer og Regler), --output FIL.json
  som JSON; begge kan læses igen med --agreement.
lint giver råd om aftalen: regler der aldrig kan afgøre en bolig, puljer ingen regel bruger, værdier
  der falder mellem to regler, og med --input: regler der ikke afgør nogen af arkets boliger,
  værdier intet lejemål har, og puljer der tæller flere boligorganisationer i én tæller.
diff fordeler arket efter begge aftaler fra samme tilstand (--state læses, men gemmes ikke) og viser
  de boliger, der får et andet udfald eller en anden pulje, og totalerne før og efter.
  --variant FIL             (diff) aftalen der sammenlignes med --agreement

Afslutningskoder: 0 kørslen er gennemført (også med fejl i enkelte rækker; lint: også med råd),
1 fejl i ark, aftale, tilstandsfil, afdelingsregister eller forespørgsler, 2 forkert brug (også en aftale
der kræver --departments eller --requests uden dem).`,
  agreementOutput: (path: string) => `Aftalen kan kun skrives som .xlsx (et aftaleark) eller .json, ikke ${path}.`,
  agreementOutputIsInput: (path: string) => `Aftalen må ikke skrives oven i den fil, den læses fra (${path}); vælg et andet filnavn med --output.`,
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
  storedChanged:
    'Projektmappens gemte tællere er ændret, siden denne fordeling læste dem: en anden, der arbejder i projektmappen samtidig (eller en anden opgaverude), har gemt imens. Denne fordeling er ikke gemt, og den andens tællere er bevaret. Tryk "Fordel ledige boliger" igen; resultatkolonnerne skrives så forfra.',
  stateNotWhole: 'Excel gav dem ikke tilbage, som de blev gemt (en del mangler eller er ændret), så de bruges ikke.',
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
  resetBodyUnreadable:
    'De gemte tællere kan ikke læses (de er beskadigede). Nulstilling sletter dem, så næste fordeling begynder forfra. Resultatkolonnerne i arket bliver stående.',
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

// ---- "Selvtest": what the add-in tried in the user's own Excel, and what it does where a probe failed ----
export const selfTest = {
  heading: 'Selvtest',
  intro:
    'Selvtesten prøver i din Excel det, som tilføjelsen bruger, men som ingen af Microsofts sider lover. Den bruger et midlertidigt ark, som slettes igen; Excel kan ikke fortryde en sletning, så listen over handlinger, du kan fortryde (Ctrl+Z), ryddes.',
  run: 'Kør selvtest',
  running: 'Kører selvtesten …',
  onlyExcel: 'Selvtesten er for Excel: den prøver Excels egen opførsel. Arbejdsbordet bruger ikke Excel, så her er intet at prøve.',
  allOk: 'Alt virkede, som tilføjelsen forventer, i denne Excel.',
  someFailed: (n: number) => (n === 1 ? '1 ting virkede ikke som forventet; tilføjelsen tager den sikre vej, som står nedenfor.' : `${n} ting virkede ikke som forventet; tilføjelsen tager den sikre vej, som står nedenfor.`),
  probes: {
    textStaysText: {
      title: 'Tekst, der begynder med =, +, - eller @',
      ok: 'bliver stående som tekst i celler med formatet Tekst (@), så tilføjelsen aldrig skriver en formel.',
      failed: 'blev ikke stående som tekst i celler med formatet Tekst (@). Tilføjelsen skriver derfor ikke sådan tekst, men stopper og siger, hvilken celle det gælder.',
    },
    xmlRoundTrip: {
      title: 'Tællere og aftale gemt i projektmappen',
      ok: 'en del på 1 MB kom tilbage fra projektmappen præcis, som den blev gemt.',
      failed: 'en del på 1 MB kom ikke tilbage præcis, som den blev gemt. Tilføjelsen gemmer derfor i dele på 100 KB; kom de heller ikke tilbage uændret, gemmer den intet og siger det.',
    },
    chartSeries: {
      title: 'Diagrammerne i sammenligningen',
      ok: 'Excel læser en kolonne af årstal som kategorier, én serie pr. aftale.',
      failed: 'Excel læste årstallene som endnu en dataserie. Tilføjelsen sætter selv hver serie og dens kategorier, så diagrammerne er rigtige alligevel.',
    },
    conditionalFormats: {
      title: 'Markering af rækker (betinget formatering)',
      ok: 'Excel viser et områdes egne regler og ikke andres.',
      failed: 'Excel viste også regler uden for området. Tilføjelsen sletter kun sine egne regler inden for området, så dine egne bliver stående.',
    },
  },
  formulaTextRefused: (sheet: string, cell: string, text: string) =>
    `Arket "${sheet}", celle ${cell}: "${shown(text)}" ville blive en formel eller et tal i denne Excel (selvtesten viste, at formatet Tekst ikke holder den som tekst). Intet er skrevet. Ret teksten, så den ikke begynder med =, +, - eller @, og prøv igen.`,
  storageRefused:
    'Selvtesten viste, at denne Excel ikke giver tilføjelsens gemte data tilbage uændret. Derfor gemmes intet i projektmappen, og intet er skrevet. Brug Excel i browseren eller på en anden computer.',
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
  toolsMissing: (names: string[]) =>
    [
      `Microsofts værktøj til at indlæse tilføjelsen i Excel mangler: ${names.join(' og ')} er ikke installeret.`,
      'De er valgfrie afhængigheder, og "npm ci" springer dem over, når keytar (langt nede i dem) ikke kan bygges.',
      'Installér byggeværktøjerne og prøv igen – på Debian/Ubuntu:',
      '  sudo apt-get install -y libsecret-1-dev build-essential',
      '  npm ci',
      'Arbejdsbordet (npm start) og alle test virker uden dem. Du kan også uploade manifest.xml selv i Excel: Hjem > Tilføjelsesprogrammer > Flere indstillinger > Upload mit tilføjelsesprogram.',
    ].join('\n'),
  toolFailed: (why: string) => `Kunne ikke starte office-addin-debugging: ${why}`,
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

// ---- The value grammar: one cell of an agreement sheet (or the pane's editor) on one fact ----
const valueShown = (v: string | number) => (typeof v === 'number' ? kr(v) : v);

export const grammar = {
  /** The sentence for a cell the grammar cannot read; `header` is the fact's column name. */
  problem: (p: import('./agreement/grammar/parseCell').GrammarProblem, header: string): string => {
    switch (p.code) {
      case 'badNumber':
        return `"${p.text}" er ikke et tal eller en betingelse på tal. Skriv fx 4.000, under 4.000, højst 4.000, mindst 4.000, 4.000–6.000 eller 1; 2.`;
      case 'badDate':
        return `"${p.text}" er ikke en dato eller en betingelse på datoer. Skriv fx 01.03.2024, fra 01.03.2024 eller 01.01.2024–31.12.2024.`;
      case 'notWhole':
        return `"${p.text}" er et decimaltal (et komma uden mellemrum efter er et decimalkomma), men ${header} er et helt tal${p.suggestion ? ` – mente du "${p.suggestion}"?` : '.'}`;
      case 'unknownLabel':
        return `"${p.text}" er ikke en kendt værdi i ${header}${p.suggestion ? ` – mente du "${p.suggestion}"?` : ''} (mulige: ${p.allowed.join(', ')}; flere adskilles med semikolon).`;
      case 'comparisonOnText':
        return `${header} er ikke et tal, så "${p.text}" kan ikke sammenligne med under/over; skriv værdierne som en liste, fx 103; 106.`;
      case 'rangeOnText':
        return `${header} er tekst, så "${p.text}" kan ikke være et interval; skriv værdierne som en liste, fx 103; 104; 105.`;
      case 'rangeReversed':
        return `I "${p.text}" er ${valueShown(p.min)} større end ${valueShown(p.max)}; skriv den mindste først (${valueShown(p.max)}–${valueShown(p.min)}).`;
      case 'dateInCell':
        return `Excel har gemt "${p.text}" som en dato. Formatér cellen som tekst, og skriv betingelsen igen.`;
      case 'emptyNegation':
        return `"${p.text}" siger ikke, hvad der ikke må gælde; skriv fx ikke Intern.`;
      case 'unknownFact':
        return `"${p.text}" er ikke en kolonne, en aftale kan stille betingelser til.`;
    }
  },
};

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
  noRules: 'Arket "Aftale" har ingen tabel "Regler" og ingen række, der begynder med "Regel". Reglerne skal stå under en overskriftsrække: Regel, kolonnerne for betingelserne, Udfald, Pulje, Betingelse (JSON), Beskrivelse.',
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
  replaceBody: (sheet: string) => `Arket "${sheet}" slettes med alt, hvad der står i det, og aftalen skrives i et nyt ark af samme navn. Vil du beholde dine rettelser, så tryk "Brug aftalen fra arket" først, eller omdøb arket.`,
  replaceConfirm: 'Erstat arket',
  cellTooLong: (where: string, length: number) =>
    `${where}: cellen ville få ${kr(length)} tegn, men en Excel-celle rummer højst 32.767. Afkortet ville den ændre aftalen, så aftalen er ikke skrevet i et ark; brug den som JSON, eller del reglen i flere.`,
  tableNameTaken: (table: string) => `Projektmappen har allerede en tabel "${table}" i et andet ark. Omdøb den tabel (Tabeldesign > Tabelnavn), og prøv igen.`,
  readDone: (name: string, rules: number) => `Aftalen "${name}" er læst fra arket med ${rules} ${rules === 1 ? 'regel' : 'regler'} og er valgt.`,
  readFailed: (n: number) => (n === 1 ? 'Aftalen i arket har 1 fejl – klik på cellen for at gå til den:' : `Aftalen i arket har ${n} fejl – klik på en celle for at gå til den:`),
  goToCell: (where: string) => `Gå til ${where}`,
};

// ---- The plain reading of an agreement: every rule in decision order, in Danish ----
type ValuePhrase = { op: string; values: string[] };
const orList = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} eller ${xs[xs.length - 1]}`);

/** "under 4.000 kr.", "1, 2 eller 3", "hverken 103 eller 106", "fra 4.000 til og med 6.000 kr." */
function valuePhrase(p: ValuePhrase, unit: string, dates = false): string {
  const u = (v: string) => `${v}${unit}`;
  const [a, b] = p.values;
  switch (p.op) {
    case 'equal':
      return dates ? `den ${a}` : u(a);
    case 'in':
      return `${orList(p.values)}${unit}`;
    case 'notEqual':
      return dates ? `ikke den ${a}` : `ikke ${u(a)}`;
    case 'notIn':
      return p.values.length === 2 ? `hverken ${a} eller ${b}${unit}` : `ikke ${orList(p.values)}${unit}`;
    case 'between':
      return `fra ${a} til og med ${u(b)}`;
    default:
      return `${(dates ? { lessThan: 'før', lessThanInclusive: 'senest', greaterThan: 'efter', greaterThanInclusive: 'fra og med' } : { lessThan: 'under', lessThanInclusive: 'højst', greaterThan: 'over', greaterThanInclusive: 'mindst' })[p.op as 'lessThan']} ${u(a)}`;
  }
}

const AREA_PHRASE: Record<string, string> = {
  '': 'et område, der ikke er på de nationale lister',
  udsat: 'et udsat boligområde',
  forebyggelse: 'et forebyggelsesområde',
  omdannelse: 'et omdannelsesområde',
  parallelsamfund: 'et parallelsamfund',
};
const HOUSING_PHRASE: Record<string, string> = { familie: 'en familiebolig', ungdom: 'en ungdomsbolig', aeldre: 'en ældrebolig' };
const LETTING_PHRASE: Record<string, string> = { intern: 'til den interne venteliste', ekstern: 'fra den eksterne venteliste', bytte: 'ved et boligbytte' };
const SUBJECT: Record<string, string> = {
  unitId: 'er lejemålet',
  organisation: 'er boligorganisationen',
  department: 'er afdelingen',
  address: 'er adressen',
  area: 'er arealet',
  rent: 'er huslejen',
  consumption: 'er forbruget',
  rentInclConsumption: 'er huslejen inkl. forbrug',
  rentReduction: 'er huslejenedsættelsen',
  departmentGroup: 'er afdelingsgruppen',
};
/** The unit a fact's numbers are in, as written after them. */
export const UNIT: Record<string, string> = { rent: ' kr.', consumption: ' kr.', rentInclConsumption: ' kr.', rentReduction: ' kr.', area: ' m²' };

export const reading = {
  /**
   * One condition as a clause with the verb first, as it stands before the outcome in a Danish
   * condition ("Er boligen en familiebolig, …"). Values come already written as the sheet writes them.
   */
  condition: (fact: string, p: ValuePhrase, raw: string[]): string => {
    switch (fact) {
      case 'housingType':
        return `er boligen ${valuePhrase({ ...p, values: raw.map((v) => HOUSING_PHRASE[v] ?? v) }, '')}`;
      case 'areaStatus':
        return p.op.startsWith('not')
          ? `ligger boligen ikke i ${orList(raw.map((v) => AREA_PHRASE[v] ?? v))}`
          : `ligger boligen i ${orList(raw.map((v) => AREA_PHRASE[v] ?? v))}`;
      case 'lettingType':
        return p.op.startsWith('not')
          ? `udlejes boligen ikke ${orList(raw.map((v) => LETTING_PHRASE[v] ?? v))}`
          : `udlejes boligen ${orList(raw.map((v) => LETTING_PHRASE[v] ?? v))}`;
      case 'rooms':
        return `har boligen ${valuePhrase(p, ' rum')}`;
      case 'vacantFrom':
        return `bliver boligen ledig ${valuePhrase(p, '', true)}`;
      default:
        return `${SUBJECT[fact] ?? `er ${fact}`} ${valuePhrase(p, UNIT[fact] ?? '')}`;
    }
  },
  extra: (json: string) => `opfylder boligen betingelsen ${json}`,
  /** After the conditions, verb first: "…, undtages den." */
  outcome: {
    excluded: 'undtages den',
    waitlist: 'går den til ventelisten',
    municipality: 'går den til kommunen',
    pool: (label: string, rule: string) => `tælles den i puljen '${label}' (${rule})`,
    request: 'går den til kommunen, når en åben forespørgsel fra kommunen passer til den, og ellers til ventelisten',
  },
  /** A rule without conditions: every vacancy (that no earlier rule decided). */
  unconditional: {
    excluded: (others: boolean) => `${others ? 'Alle andre boliger' : 'Alle boliger'} undtages`,
    waitlist: (others: boolean) => `${others ? 'Alle andre boliger' : 'Alle boliger'} går til ventelisten`,
    municipality: (others: boolean) => `${others ? 'Alle andre boliger' : 'Alle boliger'} går til kommunen`,
    pool: (others: boolean, label: string, rule: string) => `${others ? 'Alle andre boliger' : 'Alle boliger'} tælles i puljen '${label}' (${rule})`,
    request: (others: boolean) =>
      `${others ? 'Alle andre boliger' : 'Alle boliger'} går til kommunen, når en åben forespørgsel fra kommunen passer til dem, og ellers til ventelisten`,
  },
  rule: (position: number, conditions: string[], outcome: string) => {
    const clause = conditions.join(', og ');
    return `${position}. ${clause.charAt(0).toUpperCase()}${clause.slice(1)}, ${outcome}.`;
  },
  unconditionalRule: (position: number, text: string) => `${position}. ${text}.`,
  /** When a rule without conditions decides every vacancy that reaches it, the default is never used. */
  neverOtherwise: 'Aftalens standardudfald bruges aldrig: en regel uden betingelser afgør alle boliger, som reglerne før den ikke har afgjort.',
  otherwise: (outcome: 'waitlist' | 'municipality' | 'excluded', anyRules: boolean) =>
    anyRules
      ? `Gælder ingen af reglerne, ${{ waitlist: 'går boligen til ventelisten', municipality: 'går boligen til kommunen', excluded: 'undtages boligen' }[outcome]}.`
      : `Aftalen har ingen regler, så alle boliger ${{ waitlist: 'går til ventelisten', municipality: 'går til kommunen', excluded: 'undtages' }[outcome]}.`,
  pool: (label: string, name: string, rule: string, cap: number | null, start: number, per: 'organisation' | 'department' | null = null) =>
    `Puljen '${label}' (${name}): ${rule}${per === null ? '' : per === 'organisation' ? ', talt for hver boligorganisation for sig' : ', talt for hver afdeling for sig'}${cap !== null ? `; højst ${cap} ${cap === 1 ? 'bolig' : 'boliger'} om måneden til kommunen${per === null ? '' : ` for hver ${per === 'organisation' ? 'boligorganisation' : 'afdeling'}`}` : ''}${start > 0 ? `; ${per === null ? 'tælleren begynder' : 'hver tæller begynder'} ved ${start}` : ''}.`,
  heading: (name: string, id: string) => `Aftale: ${name} (${id})`,
  rulesHeading: 'Reglerne i den rækkefølge, de afgør boligerne (den første, der gælder, afgør):',
  poolsHeading: 'Puljer:',
  noPools: 'Aftalen har ingen puljer.',
  written: (path: string) => `Aftalen er skrevet til ${path}.`,
};

// ---- Findings: advice on an agreement (anvisning lint) ----
const withUnit = (fact: string, value: string) => `${value}${UNIT[fact] ?? ''}`;

export const findings = {
  shadowed: (rule: string, position: number, by: string, byPosition: number) =>
    `Reglen '${rule}' (nr. ${position}) afgør aldrig en bolig: hver bolig, den gælder for, er allerede afgjort af reglen '${by}' (nr. ${byPosition}), som står før den. Flyt den op, gør den snævrere, eller slet den.`,
  unusedPool: (label: string, name: string) => `Puljen '${label}' (${name}) får aldrig boliger: ingen regel har den som udfald.`,
  boundary: (under: string, over: string, fact: string, header: string, value: string) =>
    `Reglen '${under}' siger under ${withUnit(fact, value)} og reglen '${over}' over ${withUnit(fact, value)} på ${header}, så en bolig med præcis ${withUnit(fact, value)} er ikke med i nogen af dem. Skriv højst eller mindst i den ene af dem, hvis den skal med.`,
  noHits: (rule: string, rows: number) => `Reglen '${rule}' afgør ingen af arkets ${rows} ledige ${rows === 1 ? 'bolig' : 'boliger'}.`,
  unknownValue: (rule: string, header: string, value: string) =>
    `Reglen '${rule}' nævner ${header} "${value}", men ingen bolig i arket har den værdi. Er den stavet, som arket staver den?`,
  mixedOrganisations: (label: string, organisations: string[]) =>
    `Puljen '${label}' tæller boliger fra ${organisations.length} boligorganisationer (${organisations.join(', ')}) i én tæller. § 59's hver fjerde er en ret over for hver boligorganisation, så hver organisation skal tælles for sig: lad puljen tælle for hver boligorganisation for sig (Tælles pr. Boligorganisation, i JSON "per": "organisation").`,
  heading: (n: number) => (n === 0 ? 'Ingen bemærkninger til aftalen.' : n === 1 ? '1 bemærkning til aftalen:' : `${n} bemærkninger til aftalen:`),
  sheetChecked: (file: string, rows: number) => `Sammenholdt med ${file}: ${rows} ledige ${rows === 1 ? 'bolig' : 'boliger'}.`,
};

// ---- What a change of agreement does to a sheet (anvisning diff) ----
export const diff = {
  heading: (a: string, aId: string, b: string, bId: string) => `Aftale: ${a} (${aId})\nVariant: ${b} (${bId})`,
  sheet: (file: string, rows: number) => `Ark: ${file}: ${rows} ${rows === 1 ? 'ledig bolig' : 'ledige boliger'}, begge fordelt fra samme tilstand (den gemmes ikke).`,
  totalsHeading: 'Udfald før og efter',
  totalsColumns: (a: string, b: string) => ['Udfald', a, b, 'Forskel'],
  changedHeading: (n: number) => (n === 0 ? 'Ingen bolig får et andet udfald eller en anden pulje.' : `${n} ${n === 1 ? 'bolig får' : 'boliger får'} et andet udfald eller en anden pulje:`),
  changedLine: (row: number, unitId: string, from: string, to: string, fromPool: string | null, toPool: string | null) =>
    `Række ${row}, lejemål ${unitId}: ${from} → ${to}${fromPool !== toPool ? ` (pulje ${fromPool === null ? '–' : `'${fromPool}'`} → ${toPool === null ? '–' : `'${toPool}'`})` : ''}`,
  truncated: (shown: number, total: number) => `  … og ${total - shown} flere (hele listen: --format json).`,
  signed: (n: number) => (n > 0 ? `+${n}` : String(n)),
};

// ---- The agreement editor in the task pane ----
export const editor = {
  newAgreementName: 'Ny aftale',
  newRuleName: (n: number) => `Regel ${n}`,
  copyName: (name: string) => `${name} (kopi)`,
  newPoolName: 'ny-pulje',
  newPoolLabel: 'Ny pulje',
  variantName: (name: string) => `${name} – variant`,
  variantOption: (name: string) => `Variant: ${name}`,
  editedOption: (name: string) => `Redigeret: ${name}`,
  variantsGroup: 'Varianter i projektmappen',
  // The editor's buttons and headings
  edit: 'Redigér aftalen',
  newAgreement: 'Ny aftale …',
  newFrom: 'Ny aftale ud fra',
  emptyAgreement: 'Tom aftale',
  title: (name: string) => `Redigér: ${name}`,
  close: 'Luk editoren',
  undo: 'Fortryd',
  redo: 'Gentag',
  fieldsView: 'Felter',
  jsonView: 'JSON',
  loadingJson: 'Henter JSON-visningen …',
  jsonHint: 'Ctrl+mellemrum foreslår kolonner, operatorer og værdier. Fejl er markeret i margenen.',
  jsonHasErrors: 'JSON-visningen har fejl; felterne viser den seneste gyldige udgave.',
  draftHasErrors: (n: number) => (n === 1 ? 'Aftalen har 1 fejl – se feltet med rød kant.' : `Aftalen har ${n} fejl – se felterne med rød kant.`),
  meta: 'Aftalen',
  name: 'Navn',
  id: 'Id (bruges i tilstandsfilen)',
  otherwise: 'Ellers (ingen regel passer)',
  pools: 'Puljer',
  addPool: 'Tilføj pulje',
  removePool: 'Slet puljen',
  poolName: 'Pulje (navn i reglerne)',
  poolLabel: 'Betegnelse',
  poolMode: 'Fordeling',
  modeEvery: 'hver N.',
  modeShare: 'andel',
  every: 'Hver',
  phase: 'nr.',
  share: 'Andel (a/b eller %)',
  capPerMonth: 'Højst pr. måned',
  start: 'Start',
  strip: (label: string) => `De første 12 pladser i puljen '${label}'`,
  stripLegend: 'K: kommunen · V: ventelisten · L: over månedens loft',
  stripCell: { municipality: 'K', waitlist: 'V', capped: 'L' },
  stripCellTitle: { municipality: 'kommunen', waitlist: 'ventelisten', capped: 'over månedens loft (hvis alle er ledige i samme måned)' },
  rules: 'Regler',
  firstRuleDecides: 'Den første regel der passer, bestemmer',
  addRule: 'Tilføj regel',
  ruleName: 'Reglens navn',
  moveUp: 'Flyt op',
  moveDown: 'Flyt ned',
  duplicate: 'Kopiér',
  deleteRule: 'Slet',
  when: 'Hvis',
  and: 'og',
  always: 'Alle boliger',
  then: 'så',
  addCondition: 'Tilføj betingelse',
  removeCondition: (fact: string) => `Fjern betingelsen på ${fact}`,
  not: 'ikke',
  fromSheet: 'fra arket',
  outcome: 'Udfald',
  outcomes: { excluded: 'undtages', waitlist: 'ventelisten', municipality: 'kommunen', pool: 'tælles i puljen', request: 'kommunens forespørgsler' } as const,
  per: 'Tælles pr.',
  perOne: 'hele puljen',
  defaultOutcomes: { waitlist: 'ventelisten', municipality: 'kommunen', excluded: 'undtages' } as const,
  poolFor: 'Puljen',
  extraReadOnly: 'Reglen har betingelser, som felterne ikke kan vise (any, not eller navngivne betingelser). Ret dem som JSON:',
  extraLabel: 'Betingelse (JSON)',
  hits: (n: number) => (n === 0 ? 'afgør ingen boliger i arket' : n === 1 ? 'afgør 1 bolig i arket' : `afgør ${count(n)} boliger i arket`),
  effectHeading: 'Hvad ændringen gør ved arket',
  noSheet: 'Læs et ark med ledige boliger for at se, hvad ændringerne gør.',
  changed: (n: number, rows: number) => `${count(n)} af ${count(rows)} ${rows === 1 ? 'bolig skifter' : 'boliger skifter'} udfald eller pulje`,
  poolEffect: (label: string, after: number, before: number) => (after === before ? `${label}: kommunen får ${count(after)} som før` : `${label}: kommunen får ${count(after)} i stedet for ${count(before)}`),
  municipalityEffect: (after: number, before: number) => (after === before ? `I alt til kommunen: ${count(after)} som før` : `I alt til kommunen: ${count(after)} i stedet for ${count(before)}`),
  calculating: 'Beregner …',
  fromZero: 'Begge aftaler fordeler arket fra nul, uden projektmappens tællere.',
  showInSheet: 'Vis i arket',
  findingsHeading: (n: number) => `Råd om aftalen (${n})`,
  saveVariant: 'Gem som variant',
  variantSaved: (name: string) => `Varianten "${name}" er gemt i projektmappen og kan vælges under Aftale og i Simulér.`,
  use: 'Brug aftalen',
  used: (name: string) => `"${name}" er valgt.`,
  exportJson: 'Hent som JSON',
  writeSheet: 'Skriv i arket Aftale',
  differsHeading: (name: string) => `Forskelle fra ${name}`,
  noDifferences: 'Ingen forskelle fra originalen.',
  before: 'Før',
  after: 'Nu',
  removed: '(fjernet)',
  added: '(ny)',
};


// ---- Tables beside a vacancy sheet: the department register and the municipality's requests ----
export const sideTables = {
  empty: (table: string) => `${cap(table)} er tom: der er hverken overskrifter eller rækker.`,
  missingColumn: (table: string, column: string, found: string[]) =>
    found.length === 0
      ? `${cap(table)} har ingen kolonneoverskrifter; der skal mindst være en kolonne "${column}".`
      : `${cap(table)} mangler kolonnen "${column}", så intet er fordelt. Fundne kolonner: ${shownList(found)}.`,
  uncalculated: (formula: string) =>
    `formlen ${shown(formula)} er gemt uden sin værdi (filen er lavet af et andet program end Excel). Åbn projektmappen i Excel, så den regnes igen, og gem den.`,
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
  emptyDepartment: 'afdelingen mangler; hver række i afdelingsregistret skal have en afdeling.',
  emptyOrganisation:
    'boligorganisationen mangler. Registret har kolonnen Boligorganisation, så en afdeling findes ved boligorganisation og afdeling sammen, og en række uden boligorganisation passer aldrig til en bolig.',
  duplicate: (department: string, organisation: string | null, earlierRow: number) =>
    `afdeling ${shown(department)}${organisation === null ? '' : ` i ${shown(organisation)}`} står allerede i række ${earlierRow}; hver afdeling må kun stå én gang.`,
  badAreaStatus: (text: string) =>
    `"${shown(text)}" er ikke en kendt områdestatus (Udsat boligområde, Forebyggelsesområde, Omdannelsesområde, Parallelsamfund eller tom).`,
  needed: (agreement: string) =>
    `Aftalen "${agreement}" giver afdelingerne andel efter deres gruppe (Afdelingsgruppe), så den kan ikke bruges uden et afdelingsregister med kolonnen Gruppe.`,
  neededCli: (agreement: string) => `${register.needed(agreement)} Angiv det med --departments FIL (.csv eller .xlsx).`,
  missingHeading: (n: number) =>
    `${n === 1 ? '1 afdeling' : `${kr(n)} afdelinger`} i arket står ikke i afdelingsregistret; de har ingen gruppe, og deres egen områdestatus gælder:`,
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
  missingCreated: 'Forespørgslerne mangler kolonnen "Oprettet": hver forespørgsel skal have den dato, den blev oprettet.',
  emptyId: 'forespørgslen mangler et id (kolonnen Forespørgsel).',
  duplicate: (id: string, earlierRow: number) => `forespørgslen "${shown(id)}" står allerede i række ${earlierRow}; hver forespørgsel skal have sit eget id.`,
  emptyCreated: 'datoen mangler; hver forespørgsel skal have den dato, den blev oprettet.',
  badDate: (text: string) => `"${shown(text)}" er ikke en gyldig dato (skriv fx 2024-03-01, 01-03-2024, 01.03.2024 eller 01/03/2024).`,
  expiresBeforeCreated: 'forespørgslen udløber, før den er oprettet.',
  badNumber: (text: string) => `"${shown(text)}" er ikke et tal (skriv fx 4.000 eller 2).`,
  tooLarge: (text: string) => `"${shown(text)}" er for stort et tal.`,
  notWhole: (text: string) => `"${shown(text)}" er ikke et helt antal rum.`,
  roomsReversed: (min: number, max: number) => `mindst ${min} rum og højst ${max} rum kan ingen bolig opfylde.`,
  badHousingType: (text: string) => `"${shown(text)}" er ikke en kendt boligtype (Familiebolig, Ungdomsbolig eller Ældrebolig).`,
  badDepartments: (text: string) => `"${shown(text)}" er ikke en liste over afdelinger; skriv fx 103 eller 103; 106.`,
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

// ---- The task pane's sheets beside the data: Afdelinger and Forespørgsler ----
export const sideSheets = {
  note: (register: string | null, requests: string | null) =>
    `Bruger også ${[register === null ? null : `arket "${register}" (afdelingsregister)`, requests === null ? null : `arket "${requests}" (kommunens forespørgsler)`].filter((x) => x !== null).join(' og ')}.`,
  inSheet: (sheet: string) => `Arket "${sheet}":`,
  registerNeeded: (agreement: string) => `${register.needed(agreement)} Læg registret i et ark med navnet "${register.sheetName}" i projektmappen, og fordel igen.`,
  requestsNeeded: (agreement: string) => `${requests.needed(agreement)} Læg dem i et ark med navnet "${requests.sheetName}" i projektmappen, og fordel igen.`,
  requestsLine: (filled: number, open: number, expired: number) => `Forespørgsler: ${filled} opfyldt, ${open} ${open === 1 ? 'åben' : 'åbne'}, ${expired} udløbet uden bolig.`,
  missingLine: (n: number) => `${n === 1 ? '1 afdeling' : `${kr(n)} afdelinger`} i arket står ikke i afdelingsregistret og har ingen gruppe.`,
};

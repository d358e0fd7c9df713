import { kr } from './format';

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
  invalidJson: (what: number | string) => `Aftalen er ikke gyldig JSON: ${typeof what === 'number' ? (JSON_ERRORS[what] ?? 'ukendt fejl') : what}.`,
  unreadableJson: 'teksten kan ikke læses som JSON (tjek anførselstegn, kommaer og tal)',
  notAnObject: 'Aftalen skal være et JSON-objekt ({ … }) med mindst feltet "rules".',
  tooLarge: (size: number) => `Aftalen fylder ${kr(size)} tegn; en aftale må højst fylde 1.048.576 tegn (1 MB). Selv store aftaler fylder nogle få kilobyte – er det den rigtige fil?`,
  tooDeep: (max: number) => `Aftalen har mere end ${max} niveauer af { } og [ ] inden i hinanden; så dybe betingelser kan ikke afgøres sikkert. Skriv betingelserne fladere med "all" og "any".`,
  required: (field: string) => `feltet "${field}" mangler.`,
  unknownField: (field: string, suggestion?: string) => `feltet "${field}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
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
  pathNotAllowed: '"path" (JSONPath) er ikke tilladt i en anvisningsaftale: betingelser skal gælde en kolonne direkte, og JSONPath-udtryk bliver ikke udført.',
  rootCondition: 'betingelserne skal begynde med "all", "any", "not" eller "condition".',
  invalid: 'har ikke en gyldig form.',
  unknownFact: (fact: string, suggestion?: string) => `betingelsen bruger "${fact}", som ikke er en kendt kolonne${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
  unknownOperator: (op: string, suggestion?: string) => `operatoren "${op}" kendes ikke${suggestion ? ` – mente du "${suggestion}"?` : '.'}`,
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
  needsNumber: (op: string, value: unknown) => `operatoren "${op}" sammenligner tal, men værdien er ${JSON.stringify(value)}; skriv et tal uden tusindtalspunktum, fx 4000.`,
  textNotNumber: (fact: string, value: unknown) => `"${fact}" læses som tekst, så værdien skal stå i anførselstegn: "${String(value)}".`,
  unknownLabel: (fact: string, value: unknown, allowed: readonly string[], suggestion?: string) =>
    `${JSON.stringify(value)} er ikke en værdi "${fact}" kan have${suggestion ? ` – skriv "${suggestion}"` : ''} (mulige: ${allowed.map((a) => JSON.stringify(a)).join(', ')}).`,
};

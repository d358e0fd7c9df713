import type { GridProblem, GridProblemValues } from '../simulation/gridProblem';
import { textOf, TextsOf } from '../util/issue';
import { kr, monthName } from './format';

export const gridProblemText: TextsOf<GridProblemValues> = {
  noDimensions: () => simulation.noDimensions,
  tooManyDimensions: (p) => simulation.tooManyDimensions(p.dimensions, p.max),
  repeatedDimension: (p) => simulation.repeatedDimension(p.key),
  tooManyVariants: (p) => simulation.tooManyVariants(p.variants, p.max),
  noValues: (p) => simulation.noValues(p.key),
  unknownPool: (p) => simulation.unknownPool(p.pool, p.known),
  poolNotEvery: (p) => simulation.poolNotEvery(p.pool),
  badEvery: (p) => simulation.badEvery(p.value),
  noThreshold: (p) => simulation.noThreshold(p.fact, p.value),
};

// ---- Simulation and target search (negotiators) ----
const percent = (share: number) => `${(100 * share).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
const days = (d: number | null) => (d === null ? '–' : `${d.toLocaleString('da-DK', { maximumFractionDigits: 1 })} ${d === 1 ? 'dag' : 'dage'}`);

export const simulation = {
  gridProblem: (p: GridProblem) => textOf(gridProblemText, p),
  // Options and grids
  tooFewAgreements: 'simulate skal have mindst to aftaler at sammenligne, fx --agreements rules/standard-25.json rules/randers-bolig.json.',
  wholeNumber: (option: string, value: string) => `${option} skal være et helt tal (0 eller mere), ikke "${value}".`,
  outputNotXlsx: (path: string) => `Sammenligningen kan kun skrives som Excel-projektmappe (.xlsx), ikke ${path}.`,
  noGrid: 'sweep skal have mindst ét af --every og --threshold: hvilke tal i aftalen skal varieres?',
  badEverySyntax: (raw: string) => `--every skrives PULJE=FRA..TIL, fx under-4000=2..4 – ikke "${raw}". FRA og TIL er hele tal på mindst 1.`,
  badThresholdSyntax: (raw: string) => `--threshold skrives KOLONNE:VÆRDI=FRA..TIL:TRIN, fx rentInclConsumption:4000=3500..4500:250 – ikke "${raw}".`,
  badRange: (raw: string) => `"${raw}": FRA må ikke være større end TIL, og TRIN skal være større end 0.`,
  noDimensions: 'Der er intet at variere: angiv en puljes "hver N." (--every) eller en grænse i betingelserne (--threshold).',
  tooManyDimensions: (n: number, max: number) => `Der kan højst varieres ${max} tal ad gangen, ikke ${n}.`,
  repeatedDimension: (key: string) => `${key} er angivet mere end én gang.`,
  tooManyVariants: (n: number, max: number) => `Gitteret giver ${n} varianter, men højst ${max} beregnes ad gangen. Gør intervallerne mindre eller trinnet større.`,
  noValues: (key: string) => `${key} har ingen værdier at prøve.`,
  unknownPool: (pool: string, known: string[]) => `Aftalen har ingen pulje "${pool}"${known.length > 0 ? ` (puljer: ${known.join(', ')})` : ' – den har ingen puljer'}.`,
  poolNotEvery: (pool: string) => `Puljen "${pool}" fordeler efter en andel ("share"), ikke "hver N." ("every"), så dens "every" kan ikke varieres.`,
  badEvery: (value: number) => `"Hver N." skal være et helt tal på mindst 1, ikke ${value}.`,
  noThreshold: (fact: string, value: number) => `Ingen betingelse i aftalen sammenligner "${fact}" med værdien ${value}, så der er ingen grænse at flytte.`,
  variantRejected: (settings: string) => `Varianten (${settings}) er ikke en gyldig aftale:`,
  variantName: (name: string, settings: string) => `${name} – ${settings}`,
  everySetting: (poolLabel: string, every: number) => `hver ${every}. i puljen '${poolLabel}'`,
  thresholdSetting: (header: string, from: number, to: number, money: boolean) => (money ? `${header} ${kr(to)} kr. i stedet for ${kr(from)} kr.` : `${header} ${kr(to)} i stedet for ${kr(from)}`),

  // What the numbers mean (the table, the workbook and the task pane)
  percent,
  days,
  amount: (n: number) => `${kr(n)} kr.`,
  none: '–',
  noDepartment: '(uden afdeling)',
  department: (department: string, count: number, share: number) => `${department === '' ? '(uden afdeling)' : `afd. ${department}`}: ${count} (${percent(share)})`,
  params: (p: { affordable: number; reductionUnits: number; answerDays: number; queue: number; arrivals: number }, withQueue = true) => [
    `Betalbar: husleje inkl. forbrug minus huslejenedsættelse er højst ${kr(p.affordable)} kr. om måneden.`,
    p.reductionUnits === 0
      ? 'Huslejenedsættelse: ingen pulje (--reduction-units 0).'
      : `Huslejenedsættelse: 1.250 kr. om måneden (15.000 kr. om året) til de første ${p.reductionUnits} kommunale boliger med husleje 4.500–6.500 kr. uden forbrug.`,
    `Tomgangsleje: for hver kommunal bolig, der ikke er betalbar, husleje × 12 / 365 for hver dag fra "Ledig fra" til kommunens svar efter ${p.answerDays} arbejdsdage (mandag–fredag).`,
    ...(withQueue ? [`Venteliste: ${p.queue} borgere ved start og ${p.arrivals} nye den 1. i hver måned; hver betalbar kommunal bolig går til den, der har ventet længst.`] : []),
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
  target: (target: number, years: number[]) => `Mål: mindst ${kr(target)} betalbare kommunale boliger om året (gennemsnit over ${years.length} år${years.length > 0 ? `: ${years.join(', ')}` : ''}).`,
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

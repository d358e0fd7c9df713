import { kr, shown } from './format';

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
  offerTruncated: (shown: number, total: number) => `  … og ${total - shown} flere. Hele listen: --output FIL.xlsx (resultatkolonner) eller --format json.`,
  offerColumns: ['Række', 'Lejemål', 'Afdeling', 'Adresse', 'Rum', 'Areal', 'Inkl. forbrug', 'Ledig fra', 'Begrundelse'],
  errorsHeading: (n: number) => `Fejl i rækker (${n}) – disse er ikke fordelt og tæller ikke med`,
  noErrors: 'Ingen fejl i rækkerne.',
};

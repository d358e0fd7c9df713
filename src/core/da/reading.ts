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
        return p.op.startsWith('not') ? `ligger boligen ikke i ${orList(raw.map((v) => AREA_PHRASE[v] ?? v))}` : `ligger boligen i ${orList(raw.map((v) => AREA_PHRASE[v] ?? v))}`;
      case 'lettingType':
        return p.op.startsWith('not') ? `udlejes boligen ikke ${orList(raw.map((v) => LETTING_PHRASE[v] ?? v))}` : `udlejes boligen ${orList(raw.map((v) => LETTING_PHRASE[v] ?? v))}`;
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
    request: (others: boolean) => `${others ? 'Alle andre boliger' : 'Alle boliger'} går til kommunen, når en åben forespørgsel fra kommunen passer til dem, og ellers til ventelisten`,
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

import { factHeader } from '../agreement/grammar/factTable';
import { numberText } from '../agreement/grammar/valueText';
import type { Finding, FindingValues } from '../agreement/findings/types';
import { textOf, TextsOf } from '../util/issue';
import { UNIT } from './reading';

// ---- Findings: advice on an agreement (anvisning lint) ----
const withUnit = (fact: string, value: string) => `${value}${UNIT[fact] ?? ''}`;

export const findingText: TextsOf<FindingValues> = {
  shadowed: (f) =>
    `Reglen '${f.rule}' (nr. ${f.values.position}) afgør aldrig en bolig: hver bolig, den gælder for, er allerede afgjort af reglen '${f.values.by}' (nr. ${f.values.byPosition}), som står før den. Flyt den op, gør den snævrere, eller slet den.`,
  unusedPool: (f) => `Puljen '${f.values.label}' (${f.pool}) får aldrig boliger: ingen regel har den som udfald.`,
  boundary: (f) => {
    const at = withUnit(f.fact, numberText(f.value) ?? String(f.value));
    return `Reglen '${f.values.under}' siger under ${at} og reglen '${f.values.over}' over ${at} på ${factHeader(f.fact)}, så en bolig med præcis ${at} er ikke med i nogen af dem. Skriv højst eller mindst i den ene af dem, hvis den skal med.`;
  },
  noHits: (f) => `Reglen '${f.rule}' afgør ingen af arkets ${f.values.rows} ledige ${f.values.rows === 1 ? 'bolig' : 'boliger'}.`,
  unknownValue: (f) => `Reglen '${f.rule}' nævner ${factHeader(f.fact)} "${f.value}", men ingen bolig i arket har den værdi. Er den stavet, som arket staver den?`,
  mixedOrganisations: (f) =>
    `Puljen '${f.values.label}' tæller boliger fra ${f.values.organisations.length} boligorganisationer (${f.values.organisations.join(', ')}) i én tæller. § 59's hver fjerde er en ret over for hver boligorganisation, så hver organisation skal tælles for sig: lad puljen tælle for hver boligorganisation for sig (Tælles pr. Boligorganisation, i JSON "per": "organisation").`,
};

export const findings = {
  text: (f: Finding) => textOf(findingText, f),
  heading: (n: number) => (n === 0 ? 'Ingen bemærkninger til aftalen.' : n === 1 ? '1 bemærkning til aftalen:' : `${n} bemærkninger til aftalen:`),
  sheetChecked: (file: string, rows: number) => `Sammenholdt med ${file}: ${rows} ledige ${rows === 1 ? 'bolig' : 'boliger'}.`,
};

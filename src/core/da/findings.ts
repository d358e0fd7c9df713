import { UNIT } from './reading';

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

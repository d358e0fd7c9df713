import { kr } from './format';
import { register, requests } from './tables';

// ---- Writing results into a workbook ----
export const workbook = {
  resultsEdited: (sheet: string) =>
    `Resultatkolonnerne (Anvisning … Begrundelse) i arket "${sheet}" er ændret, siden tilføjelsen skrev dem. Tilføjelsen skriver ikke oven i celler, den ikke selv har skrevet: flyt dine ændringer til en anden kolonne, eller slet de fem resultatkolonner, og prøv igen.`,
  notOurs: (sheet: string) => `Arket "${sheet}" har allerede kolonner med navnene Anvisning … Begrundelse, men indholdet er ikke skrevet af tilføjelsen. Omdøb eller flyt dem, og prøv igen.`,
  stateOtherAgreement: (stored: string, wanted: string) =>
    `Projektmappens tællere hører til aftalen "${stored}", ikke "${wanted}". Vælg aftalen "${stored}", eller nulstil tællerne (så begynder "${wanted}" forfra).`,
  stateCorrupt: (why: string) => `Projektmappens gemte tællere kan ikke læses: ${why} Nulstil tællerne for at begynde forfra.`,
  storedChanged:
    'Projektmappens gemte tællere er ændret, siden denne fordeling læste dem: en anden, der arbejder i projektmappen samtidig (eller en anden opgaverude), har gemt imens. Denne fordeling er ikke gemt, og den andens tællere er bevaret. Tryk "Fordel ledige boliger" igen; resultatkolonnerne skrives så forfra.',
  stateNotWhole: 'Excel gav dem ikke tilbage, som de blev gemt (en del mangler eller er ændret), så de bruges ikke.',
  sheetGone: (sheet: string) => `Arket "${sheet}" findes ikke længere i projektmappen (er det omdøbt eller slettet?). Tryk "Læs data igen".`,
  sheetProtected: (sheet: string) => `Arket "${sheet}" er beskyttet, så tilføjelsen kan ikke skrive i det. Fjern beskyttelsen (Gennemse > Fjern arkbeskyttelse), og prøv igen.`,
  offerSheetName: 'Tilbudsliste',
  offerColumns: [
    'Lejemål',
    'Boligorganisation',
    'Afdeling',
    'Adresse',
    'Boligtype',
    'Rum',
    'Areal',
    'Husleje',
    'Forbrug',
    'Husleje inkl. forbrug',
    'Ledig fra',
    'Områdestatus',
    'Pulje',
    'Nr. i pulje',
    'Begrundelse',
  ],
  noOffers: 'Ingen ledige boliger går til kommunen efter den seneste fordeling, så der er ingen tilbudsliste at lave.',
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

import { kr, shown, shownList } from './format';

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

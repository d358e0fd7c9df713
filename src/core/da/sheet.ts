import type { CellAt, RowError, RowErrorValues, SheetProblem, SheetProblemValues } from '../sheet/rowError';
import { columnLetter } from '../util/columnLetter';
import { textOf, TextsOf } from '../util/issue';
import { shown, shownList } from './format';

// ---- Reading a vacancy sheet ----
const place = (at: CellAt) => `Række ${at.row}, kolonne '${shown(at.header)}' (${columnLetter(at.column)})`;

export const rowErrorText: TextsOf<RowErrorValues> = {
  emptyUnitId: (e) => `${place(e.at)}: lejemålet mangler.`,
  emptyDate: (e) => `${place(e.at)}: datoen mangler.`,
  badDate: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en gyldig dato (skriv fx 2024-03-01, 01-03-2024, 01.03.2024 eller 01/03/2024).`,
  badNumber: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke et tal (skriv fx 4.000, 4000,50 eller 4.000 kr.).`,
  uncalculated: (e) =>
    `${place(e.at)}: formlen ${shown(e.formula)} er gemt uden sin værdi (filen er lavet af et andet program end Excel). Åbn projektmappen i Excel, så den regnes igen, og gem den; kør så igen.`,
  tooLarge: (e) => `${place(e.at)}: "${shown(e.text)}" er for stort et tal; tal skal være under 1.000.000.000.000.000.`,
  negative: (e) => `${place(e.at)}: "${shown(e.text)}" er negativt; tallet kan ikke være under 0.`,
  zero: (e) => `${place(e.at)}: "${shown(e.text)}" kan ikke være 0 (rum, areal og husleje er altid mere end 0); lad cellen stå tom, hvis tallet ikke kendes.`,
  badHousingType: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en kendt boligtype (Familiebolig, Ungdomsbolig eller Ældrebolig).`,
  badAreaStatus: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en kendt områdestatus (Udsat boligområde, Forebyggelsesområde, Omdannelsesområde, Parallelsamfund eller tom).`,
  badLettingType: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en kendt udlejningsform (Ekstern venteliste, Intern venteliste, Oprykning eller Bytte).`,
  duplicate: (e) =>
    e.vacantFrom === null
      ? `Række ${e.row}: lejemål "${shown(e.unitId)}" står allerede i række ${e.earlierRow}.`
      : `Række ${e.row}: lejemål "${shown(e.unitId)}" ledig fra ${e.vacantFrom} står allerede i række ${e.earlierRow}.`,
  badLetTo: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en kendt udlejning (Kommune eller Venteliste).`,
  badOfferDate: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke en gyldig dato.`,
  badAnswer: (e) => `${place(e.at)}: "${shown(e.text)}" er ikke et kendt svar (Accepteret eller Afvist).`,
};

export const sheetProblemText: TextsOf<SheetProblemValues> = {
  emptySheet: () => 'Arket er tomt: der er hverken overskrifter eller ledige boliger.',
  missingUnitIdColumn: (e) =>
    e.found.length === 0
      ? 'Arket har ingen kolonneoverskrifter. Der skal mindst være en kolonne "Lejemål".'
      : `Arket mangler kolonnen "Lejemål", så intet er fordelt. Fundne kolonner: ${shownList(e.found)}.`,
};

export const sheet = {
  /** "Række 3, kolonne 'Husleje' (H)": where a cell is, as the start of its error's sentence. */
  cellPlace: place,
  rowError: (e: RowError) => textOf(rowErrorText, e),
  /** A row's errors as the one sentence its decision gives as reason. */
  rowErrors: (errors: readonly RowError[]) => errors.map((e) => textOf(rowErrorText, e)).join(' '),
  problem: (p: SheetProblem) => textOf(sheetProblemText, p),
};

import type { StateProblem, StateProblemValues } from '../allocation/stateProblem';
import { textOf, TextsOf } from '../util/issue';
import { shown } from './format';

// ---- State ----
export const stateProblemText: TextsOf<StateProblemValues> = {
  notJson: () => state.notJson,
  foreign: () => state.foreign,
  version: (p) => state.version(p.version),
  otherAgreement: (p) => state.otherAgreement(p.stored, p.wanted),
  badField: (p) => state.badField(p.field),
  badEntry: (p) => state.badEntry(p.entry),
};

export const state = {
  problem: (p: StateProblem) => textOf(stateProblemText, p),
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

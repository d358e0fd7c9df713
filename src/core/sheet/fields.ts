/**
 * The columns a vacancy sheet may have: the fact each one feeds, the Danish header we show,
 * and the header spellings we recognise (already normalised, see normaliseHeader).
 */
export type FieldKind = 'text' | 'number' | 'date' | 'housingType' | 'areaStatus' | 'lettingType';

export interface FieldSpec {
  /** The fact name rules use, and the property of a Vacancy (types.ts derives Vacancy from this table). */
  key: string;
  header: string;
  kind: FieldKind;
  variants: readonly string[];
  /**
   * Numbers only: whether 0 is a value (no a conto, no reduction). Rooms, area and rents are more
   * than 0 in any dwelling, so a 0 there is a placeholder that would decide as if it were true.
   * No number column may be negative.
   */
  zeroAllowed?: boolean;
  /** Every vacancy has a value: the key itself, or a default where the cell is empty (no area status, external letting, no reduction). */
  always?: true;
}

/**
 * The one list of the sheet's columns: the fact names (FieldKey), the Vacancy type, the facts a rule
 * may test and the compiled rules' readers all derive from it.
 */
export const FIELDS = [
  { key: 'unitId', header: 'Lejemål', kind: 'text', always: true, variants: ['lejemål', 'lejemålsnr', 'lejemålsnummer', 'lejemålnr', 'lejemålid'] },
  { key: 'organisation', header: 'Boligorganisation', kind: 'text', variants: ['boligorganisation', 'boligorg', 'organisation'] },
  { key: 'department', header: 'Afdeling', kind: 'text', variants: ['afdeling', 'afd', 'afdnr', 'afdelingsnr', 'afdelingsnummer'] },
  { key: 'address', header: 'Adresse', kind: 'text', variants: ['adresse'] },
  { key: 'housingType', header: 'Boligtype', kind: 'housingType', variants: ['boligtype'] },
  { key: 'rooms', header: 'Rum', kind: 'number', variants: ['rum', 'værelser', 'antalrum', 'antalværelser', 'vær'] },
  { key: 'area', header: 'Areal', kind: 'number', variants: ['areal', 'm2', 'm', 'arealm2', 'arealm', 'areal(m2)', 'areal(m)', 'kvm'] },
  { key: 'rent', header: 'Husleje', kind: 'number', variants: ['husleje', 'månedligleje', 'husleje/md', 'huslejepr.md'] },
  { key: 'consumption', header: 'Forbrug', kind: 'number', variants: ['forbrug', 'aconto', 'acontoforbrug', 'aconto-forbrug'], zeroAllowed: true },
  {
    key: 'rentInclConsumption',
    header: 'Husleje inkl. forbrug',
    kind: 'number',
    variants: ['huslejeinklforbrug', 'huslejeinklusivforbrug', 'huslejeinklusiveforbrug', 'huslejeinklaconto', 'huslejemedforbrug'],
  },
  { key: 'vacantFrom', header: 'Ledig fra', kind: 'date', variants: ['ledigfra', 'ledigpr', 'ledigdato'] },
  { key: 'areaStatus', header: 'Områdestatus', kind: 'areaStatus', always: true, variants: ['områdestatus'] },
  { key: 'lettingType', header: 'Udlejning', kind: 'lettingType', always: true, variants: ['udlejning', 'udlejningstype'] },
  { key: 'rentReduction', header: 'Huslejenedsættelse', kind: 'number', variants: ['huslejenedsættelse', 'nedsættelse'], zeroAllowed: true, always: true },
] as const satisfies readonly FieldSpec[];

/** A column's fact name. */
export type FieldKey = (typeof FIELDS)[number]['key'];
/** One column's entry of the table. */
export type Field = (typeof FIELDS)[number];

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f as FieldSpec]));

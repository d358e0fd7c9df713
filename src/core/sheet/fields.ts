/**
 * The columns a vacancy sheet may have: the fact each one feeds, the Danish header we show,
 * and the header spellings we recognise (already normalised, see normaliseHeader).
 */
export type FieldKey =
  | 'unitId'
  | 'organisation'
  | 'department'
  | 'address'
  | 'housingType'
  | 'rooms'
  | 'area'
  | 'rent'
  | 'consumption'
  | 'rentInclConsumption'
  | 'vacantFrom'
  | 'areaStatus'
  | 'lettingType'
  | 'rentReduction';

export type FieldKind = 'text' | 'number' | 'date' | 'housingType' | 'areaStatus' | 'lettingType';

export interface FieldSpec {
  key: FieldKey;
  header: string;
  kind: FieldKind;
  variants: readonly string[];
  /**
   * Numbers only: whether 0 is a value (no a conto, no reduction). Rooms, area and rents are more
   * than 0 in any dwelling, so a 0 there is a placeholder that would decide as if it were true.
   * No number column may be negative.
   */
  zeroAllowed?: boolean;
}

export const FIELDS: readonly FieldSpec[] = [
  { key: 'unitId', header: 'Lejemål', kind: 'text', variants: ['lejemål', 'lejemålsnr', 'lejemålsnummer', 'lejemålnr', 'lejemålid'] },
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
  { key: 'areaStatus', header: 'Områdestatus', kind: 'areaStatus', variants: ['områdestatus'] },
  { key: 'lettingType', header: 'Udlejning', kind: 'lettingType', variants: ['udlejning', 'udlejningstype'] },
  { key: 'rentReduction', header: 'Huslejenedsættelse', kind: 'number', variants: ['huslejenedsættelse', 'nedsættelse'], zeroAllowed: true },
];

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

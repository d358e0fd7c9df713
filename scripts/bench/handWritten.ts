/**
 * The yardstick for the compiled predicates: each agreement's rule choice written by hand as
 * plain if/else, rules in the order that decides (highest priority first, ties by file order),
 * literal values, with json-rules-engine's meaning kept (a number comparison with a missing
 * number does not hold). The benchmark checks that these choose the same rule as the engine.
 */
import { Agreement, Rule, Vacancy } from '../../src/core';
import { THIRTY } from './agreements';

export type Chooser = (v: Vacancy) => Rule | null;

export const HAND_WRITTEN: Record<string, (a: Agreement) => Chooser> = {
  'standard-25':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      if (v.housingType === 'familie') return r[1];
      return null;
    },

  'randers-bolig':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      if (v.housingType === 'familie') {
        const ric = v.rentInclConsumption;
        if (ric !== null && ric < 4000) return r[1];
        if (ric !== null && ric >= 4000 && ric <= 6000) return r[2];
      }
      return null;
    },

  'domea-randers':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      const d = v.department;
      if (v.rooms === 1 && (d === '103' || d === '106' || d === '118' || d === '130')) return r[1];
      return null;
    },

  'ishoej-100':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      const s = v.areaStatus;
      if (s === 'omdannelse') return r[1];
      if (s === 'udsat' || s === 'forebyggelse' || s === 'parallelsamfund') return r[2];
      return r[3];
    },

  'privat-udlejer':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      return r[1];
    },

  'faaborg-flex':
    ({ rules: r }) =>
    (v) => {
      if (v.lettingType === 'intern') return r[0];
      if (v.housingType === 'familie') return r[1];
      return null;
    },

  [THIRTY]:
    ({ rules: r }) =>
    (v) => {
      const letting = v.lettingType;
      if (letting === 'intern') return r[0];
      if (letting === 'bytte') return r[1];
      const s = v.areaStatus;
      if (s === 'omdannelse') return r[2];
      const family = v.housingType === 'familie';
      const listed = s === 'udsat' || s === 'forebyggelse' || s === 'parallelsamfund';
      const ric = v.rentInclConsumption;
      if (family && listed && ric !== null && ric < 4500) return r[3];
      if (listed) return r[4];
      const d = v.department;
      const rooms = v.rooms;
      const hasRooms = rooms !== null;
      const hasRic = ric !== null;
      // Priority 50: departments 100–101, 108–109, 116–117, 124–125, 132–133.
      if ((d === '100' || d === '101') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 3600) return r[5];
      if ((d === '108' || d === '109') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 4000) return r[9];
      if ((d === '116' || d === '117') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 4400) return r[13];
      if ((d === '124' || d === '125') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 4800) return r[17];
      if ((d === '132' || d === '133') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 5200) return r[21];
      // Priority 49.
      if ((d === '102' || d === '103') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 3700) return r[6];
      if ((d === '110' || d === '111') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 4100) return r[10];
      if ((d === '118' || d === '119') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 4500) return r[14];
      if ((d === '126' || d === '127') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 4900) return r[18];
      if ((d === '134' || d === '135') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 5300) return r[22];
      // Priority 48.
      if ((d === '104' || d === '105') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 3800) return r[7];
      if ((d === '112' || d === '113') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 4200) return r[11];
      if ((d === '120' || d === '121') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 4600) return r[15];
      if ((d === '128' || d === '129') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 5000) return r[19];
      if ((d === '136' || d === '137') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 5400) return r[23];
      // Priority 47.
      if ((d === '106' || d === '107') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 3900) return r[8];
      if ((d === '114' || d === '115') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 4300) return r[12];
      if ((d === '122' || d === '123') && hasRooms && rooms >= 3 && rooms <= 4 && hasRic && ric < 4700) return r[16];
      if ((d === '130' || d === '131') && hasRooms && rooms >= 1 && rooms <= 2 && hasRic && ric < 5100) return r[20];
      if ((d === '138' || d === '139') && hasRooms && rooms >= 2 && rooms <= 3 && hasRic && ric < 5500) return r[24];
      // Priority 20.
      const type = v.housingType;
      const rent = v.rent;
      if (type === 'ungdom' && hasRooms && rooms <= 2 && rent !== null && rent <= 3500) return r[25];
      const reduction = v.rentReduction;
      if (type === 'aeldre' && !(reduction > 0)) return r[26];
      // Priority 15, 12, 1.
      const area = v.area;
      if (family && area !== null && area >= 100 && ((hasRooms && rooms >= 4) || (hasRic && ric > 7000))) return r[27];
      const consumption = v.consumption;
      if (reduction > 0 && consumption !== null && consumption > reduction) return r[28];
      if (family) return r[29];
      return null;
    },
};

/**
 * The best plain-JS form of the same choices (issue 16's yardstick): plain integers as results (the
 * rule's index, -1 for none), a Map or Set lookup where a rule lists departments or labels. The
 * compiled chooser is held to within 1.5× of these.
 */
export type IndexChooser = (v: Vacancy) => number;

const DOMEA_DEPARTMENTS = new Set(['103', '106', '118', '130']);
const ISHOEJ_STATUS = new Map<string, number>([
  ['omdannelse', 1],
  ['udsat', 2],
  ['forebyggelse', 2],
  ['parallelsamfund', 2],
]);
/** The thirty rules' department rules (priorities 50–47): department → [rule, fewest rooms, most rooms, rent below]. */
const THIRTY_DEPARTMENTS = new Map<string, readonly [number, number, number, number]>();
for (let k = 0; k < 20; k++) {
  const entry = [5 + k, 1 + (k % 3), 2 + (k % 3), 3600 + 100 * k] as const;
  THIRTY_DEPARTMENTS.set(String(100 + 2 * k), entry);
  THIRTY_DEPARTMENTS.set(String(101 + 2 * k), entry);
}
const LISTED = new Set(['udsat', 'forebyggelse', 'parallelsamfund']);

export const HAND_BEST: Record<string, IndexChooser> = {
  'standard-25': (v) => (v.lettingType === 'intern' ? 0 : v.housingType === 'familie' ? 1 : -1),
  'randers-bolig': (v) => {
    if (v.lettingType === 'intern') return 0;
    if (v.housingType !== 'familie') return -1;
    const ric = v.rentInclConsumption;
    if (ric === null) return -1;
    return ric < 4000 ? 1 : ric <= 6000 ? 2 : -1;
  },
  'domea-randers': (v) => (v.lettingType === 'intern' ? 0 : v.rooms === 1 && v.department !== null && DOMEA_DEPARTMENTS.has(v.department) ? 1 : -1),
  'ishoej-100': (v) => (v.lettingType === 'intern' ? 0 : (ISHOEJ_STATUS.get(v.areaStatus) ?? 3)),
  'privat-udlejer': (v) => (v.lettingType === 'intern' ? 0 : 1),
  'faaborg-flex': (v) => (v.lettingType === 'intern' ? 0 : v.housingType === 'familie' ? 1 : -1),
  [THIRTY]: (v) => {
    const letting = v.lettingType;
    if (letting === 'intern') return 0;
    if (letting === 'bytte') return 1;
    const s = v.areaStatus;
    if (s === 'omdannelse') return 2;
    const family = v.housingType === 'familie';
    const listed = LISTED.has(s);
    const ric = v.rentInclConsumption;
    if (listed) return family && ric !== null && ric < 4500 ? 3 : 4;
    const rooms = v.rooms;
    const d = v.department === null ? undefined : THIRTY_DEPARTMENTS.get(v.department);
    if (d !== undefined && rooms !== null && rooms >= d[1] && rooms <= d[2] && ric !== null && ric < d[3]) return d[0];
    if (v.housingType === 'ungdom' && rooms !== null && rooms <= 2 && v.rent !== null && v.rent <= 3500) return 25;
    const reduction = v.rentReduction;
    if (v.housingType === 'aeldre' && !(reduction > 0)) return 26;
    const area = v.area;
    if (family && area !== null && area >= 100 && ((rooms !== null && rooms >= 4) || (ric !== null && ric > 7000))) return 27;
    if (reduction > 0 && v.consumption !== null && v.consumption > reduction) return 28;
    return family ? 29 : -1;
  },
};

/**
 * The fictional housing stock behind examples/ledige-boliger.xlsx: four organisations in a
 * Randers-like municipality and their departments. Street names are Randers-plausible; the
 * departments, their numbers and their rents are made up.
 */

export type HousingType = 'familie' | 'ungdom' | 'aeldre';

/** How the building is laid out; decides how unit numbers and addresses are formed. */
export type Building = 'etage' | 'raekke' | 'kollegie';

export interface Organisation {
  name: string;
  /**
   * Some ERP exports write the department as a number, others as text (leading zeros survive
   * only as text). The product must read both as the same kind of text.
   */
  departmentAsNumber: boolean;
  /** What the export writes for an ordinary waiting-list letting; some leave it empty. */
  externalLabel: '' | 'Ekstern venteliste';
}

export interface Department {
  org: Organisation;
  no: string;
  type: HousingType;
  building: Building;
  /** Staircases are spread round-robin over these streets. */
  streets: readonly { name: string; firstNo: number }[];
  /** Staircases (or houses), floors per staircase, units per floor. */
  staircases: number;
  floors: number;
  perFloor: number;
  /** Rent level, kr per m² per year without consumption. */
  rate: number;
  /** Number of vacancies this quarter. */
  vacancies: number;
  /** Relative weights of 1..5 rooms among the vacancies; defaults by housing type. */
  rooms?: readonly number[];
  areaStatus?: 'Udsat boligområde' | 'Forebyggelsesområde' | 'Omdannelsesområde' | 'Parallelsamfund';
}

export const RANDERS_BOLIG: Organisation = { name: 'Randers Bolig', departmentAsNumber: false, externalLabel: '' };
export const DOMEA: Organisation = { name: 'Domea Randers', departmentAsNumber: true, externalLabel: 'Ekstern venteliste' };
export const NORDBO: Organisation = {
  name: 'Boligforeningen Nordbo',
  departmentAsNumber: true,
  externalLabel: 'Ekstern venteliste',
};
export const RAB: Organisation = { name: 'Randers Almennyttige Boligselskab', departmentAsNumber: false, externalLabel: '' };

/**
 * Small units turn over more often than large ones, so vacancies lean smaller than the stock
 * (75.9 m² and 2.7 rooms on average nationally).
 */
export const DEFAULT_ROOMS: Record<HousingType, readonly number[]> = {
  familie: [7, 30, 46, 13, 4],
  ungdom: [70, 30, 0, 0, 0],
  aeldre: [0, 55, 42, 3, 0],
};

/** Departments where the example Domea agreement gives the municipality the one-room units. */
const ONE_ROOM_HEAVY = [30, 30, 27, 10, 3];

const street = (name: string, firstNo = 1) => ({ name, firstNo });

// Export order: organisation, then department number, as the housing ERP lists them.
export const DEPARTMENTS: readonly Department[] = [
  // Randers Bolig: old central blocks are cheap, the 2015 build is not.
  { org: RANDERS_BOLIG, no: '004', type: 'familie', building: 'etage', streets: [street('Vestergade', 21), street('Østervold', 4)], staircases: 8, floors: 4, perFloor: 2, rate: 640, vacancies: 14 },
  { org: RANDERS_BOLIG, no: '007', type: 'familie', building: 'etage', streets: [street('Nørrebrogade', 10)], staircases: 6, floors: 4, perFloor: 2, rate: 615, vacancies: 12 },
  { org: RANDERS_BOLIG, no: '012', type: 'familie', building: 'etage', streets: [street('Grenåvej', 41), street('Ankersvej', 2)], staircases: 12, floors: 3, perFloor: 2, rate: 700, vacancies: 16 },
  { org: RANDERS_BOLIG, no: '015', type: 'familie', building: 'raekke', streets: [street('Fuglebakken', 2)], staircases: 48, floors: 1, perFloor: 1, rate: 740, vacancies: 8 },
  {
    org: RANDERS_BOLIG,
    no: '021',
    type: 'familie',
    building: 'etage',
    streets: [street('Hadsundvej', 101), street('Glarbjergvej', 1)],
    staircases: 20,
    floors: 4,
    perFloor: 3,
    rate: 605,
    vacancies: 22,
    areaStatus: 'Udsat boligområde',
  },
  { org: RANDERS_BOLIG, no: '024', type: 'ungdom', building: 'kollegie', streets: [street('Skovlyst', 2)], staircases: 4, floors: 4, perFloor: 8, rate: 1040, vacancies: 12 },
  { org: RANDERS_BOLIG, no: '031', type: 'aeldre', building: 'etage', streets: [street('Tirsdalensvej', 12)], staircases: 8, floors: 2, perFloor: 2, rate: 960, vacancies: 10 },
  { org: RANDERS_BOLIG, no: '036', type: 'familie', building: 'etage', streets: [street('Kristrupvej', 60)], staircases: 6, floors: 3, perFloor: 2, rate: 770, vacancies: 10 },
  { org: RANDERS_BOLIG, no: '042', type: 'familie', building: 'etage', streets: [street('Ydunsvej', 1)], staircases: 5, floors: 4, perFloor: 3, rate: 850, vacancies: 8 },

  { org: DOMEA, no: '103', type: 'familie', building: 'etage', streets: [street('Viborgvej', 70)], staircases: 10, floors: 4, perFloor: 3, rate: 680, vacancies: 16, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '106', type: 'familie', building: 'etage', streets: [street('Jernbanegade', 15)], staircases: 6, floors: 4, perFloor: 3, rate: 655, vacancies: 12, rooms: ONE_ROOM_HEAVY },
  {
    org: DOMEA,
    no: '111',
    type: 'familie',
    building: 'etage',
    streets: [street('Bjellerupparken', 1)],
    staircases: 14,
    floors: 4,
    perFloor: 2,
    rate: 690,
    vacancies: 14,
    areaStatus: 'Forebyggelsesområde',
  },
  { org: DOMEA, no: '118', type: 'familie', building: 'etage', streets: [street('Thorsvej', 3)], staircases: 8, floors: 3, perFloor: 3, rate: 720, vacancies: 12, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '124', type: 'familie', building: 'raekke', streets: [street('Blichersvej', 30)], staircases: 36, floors: 1, perFloor: 1, rate: 760, vacancies: 8 },
  { org: DOMEA, no: '130', type: 'familie', building: 'etage', streets: [street('Ingemannsvej', 5)], staircases: 8, floors: 4, perFloor: 3, rate: 650, vacancies: 12, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '137', type: 'ungdom', building: 'kollegie', streets: [street('Dronningborg Boulevard', 11)], staircases: 3, floors: 5, perFloor: 8, rate: 1080, vacancies: 10 },

  {
    org: NORDBO,
    no: '401',
    type: 'familie',
    building: 'etage',
    streets: [street('Hobrovej', 120), street('Mariendalsvej', 2)],
    staircases: 14,
    floors: 4,
    perFloor: 2,
    rate: 685,
    vacancies: 14,
    areaStatus: 'Forebyggelsesområde',
  },
  { org: NORDBO, no: '404', type: 'familie', building: 'etage', streets: [street('Mariagervej', 45)], staircases: 8, floors: 3, perFloor: 2, rate: 720, vacancies: 12 },
  { org: NORDBO, no: '409', type: 'aeldre', building: 'etage', streets: [street('Frejasvej', 2)], staircases: 8, floors: 2, perFloor: 2, rate: 1000, vacancies: 12 },
  { org: NORDBO, no: '412', type: 'familie', building: 'raekke', streets: [street('Vorupvej', 80)], staircases: 40, floors: 1, perFloor: 1, rate: 730, vacancies: 10 },
  { org: NORDBO, no: '415', type: 'familie', building: 'etage', streets: [street('Toldbodgade', 6)], staircases: 4, floors: 5, perFloor: 2, rate: 820, vacancies: 8 },
  { org: NORDBO, no: '418', type: 'ungdom', building: 'kollegie', streets: [street('Asylgade', 9)], staircases: 2, floors: 4, perFloor: 8, rate: 990, vacancies: 8 },

  {
    org: RAB,
    no: '52',
    type: 'familie',
    building: 'etage',
    streets: [street('Århusvej', 150), street('Bøsbrovej', 1)],
    staircases: 18,
    floors: 4,
    perFloor: 3,
    rate: 635,
    vacancies: 16,
    areaStatus: 'Omdannelsesområde',
  },
  { org: RAB, no: '53', type: 'familie', building: 'etage', streets: [street('Munkdrupvej', 20)], staircases: 8, floors: 3, perFloor: 2, rate: 700, vacancies: 12 },
  { org: RAB, no: '55', type: 'aeldre', building: 'etage', streets: [street('Rismøllevej', 4)], staircases: 6, floors: 2, perFloor: 2, rate: 940, vacancies: 10 },
  { org: RAB, no: '57', type: 'familie', building: 'etage', streets: [street('Grundtvigsvej', 11)], staircases: 6, floors: 3, perFloor: 2, rate: 710, vacancies: 10 },
  { org: RAB, no: '58', type: 'familie', building: 'raekke', streets: [street('Lindevej', 2)], staircases: 30, floors: 1, perFloor: 1, rate: 750, vacancies: 8 },
  { org: RAB, no: '61', type: 'ungdom', building: 'kollegie', streets: [street('Søndergade', 17)], staircases: 2, floors: 4, perFloor: 8, rate: 1010, vacancies: 8 },
];

/** m² by number of rooms: [min, max]. Youth units are smaller for the same room count. */
export const AREA_BY_ROOMS: Record<'standard' | 'ungdom', Record<number, readonly [number, number]>> = {
  standard: { 1: [30, 50], 2: [50, 70], 3: [70, 90], 4: [88, 110], 5: [105, 130] },
  ungdom: { 1: [24, 40], 2: [40, 55] },
};

export const HOUSING_TYPE_LABEL: Record<HousingType, string> = {
  familie: 'Familiebolig',
  ungdom: 'Ungdomsbolig',
  aeldre: 'Ældrebolig',
};

export const REMARKS: Record<HousingType, readonly string[]> = {
  familie: ['Nyistandsat', 'Altan', 'Nyt køkken', 'Have', 'Husdyr tilladt'],
  ungdom: ['Nyistandsat', 'Fælles vaskeri'],
  aeldre: ['Handicapvenlig', 'Elevator', 'Nyistandsat'],
};

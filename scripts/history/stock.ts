/**
 * The fictional social housing stock behind examples/historik.xlsx: about 8,000 units in a
 * Randers-sized municipality, in the four organisations of the one-quarter example. The
 * departments the example has keep their number, street and area status; their size and rent
 * level here are the history's own. Everything is made up but meant to look like a provincial
 * Danish town: many small 1950s–70s blocks with low rents, large 1970s estates (the listed
 * areas), 1980s–90s terraced houses, a few new builds, youth and elderly units.
 *
 * Rent levels (2022, kr per m² per year without consumption, weighted by floor area): family
 * units 760, youth units 985, elderly units 1,060, the whole stock 784. With the yearly increases
 * that is about 805 in 2023, some 10 % under the national average of 899: family rents west of
 * the Great Belt run 100–200 kr/m² under those east of it, and a provincial town sits below Aarhus.
 * Family departments range from 665 (1940s blocks) to 1,175 (a 2019 build of small flats).
 */
import { DOMEA, HousingType, NORDBO, Organisation, RAB, RANDERS_BOLIG } from '../example/departments';
import { Layout } from '../example/address';

export type AreaStatus = 'Udsat boligområde' | 'Forebyggelsesområde' | 'Omdannelsesområde';

export interface StockDepartment extends Layout {
  org: Organisation;
  no: string;
  type: HousingType;
  /** Year of construction (or of the last large renovation); explains the rent level. */
  built: number;
  /** Staircases (or houses), floors per staircase, units per floor. */
  staircases: number;
  floors: number;
  /** Rent level in 2022, kr per m² per year without consumption. */
  rate: number;
  /** Relative weights of 1..5 rooms in the stock; defaults by housing type. */
  rooms?: readonly number[];
  areaStatus?: AreaStatus;
}

/**
 * The stock's default room mix (old blocks and terraced houses have their own). Family units
 * come to about 2.85 rooms and 77 m² on average; with youth and elderly units the whole stock to
 * 2.74 rooms and 74 m² (75.9 m² and 2.7 rooms nationally). Vacancies lean smaller.
 */
export const STOCK_ROOMS: Record<HousingType, readonly number[]> = {
  familie: [6, 27, 42, 20, 5],
  ungdom: [75, 25, 0, 0, 0],
  aeldre: [0, 60, 40, 0, 0],
};

/** Old central blocks: many small flats. */
const SMALL = [14, 42, 34, 10, 0];
/** Terraced houses: families with children. */
const HOUSES = [0, 10, 40, 40, 10];
/** Domea's departments where the local agreement gives the municipality the one-room units. */
const ONE_ROOM_HEAVY = [30, 30, 27, 10, 3];
/** A new build of small flats (the "very cheap units" programme came too late for these). */
const NEW_SMALL = [65, 35, 0, 0, 0];

const street = (name: string, firstNo = 1) => ({ name, firstNo });

// Export order: organisation, then department number, as the housing ERP lists them.
export const STOCK: readonly StockDepartment[] = [
  // Randers Bolig administers most of the municipality's social housing.
  {
    org: RANDERS_BOLIG,
    no: '004',
    type: 'familie',
    built: 1936,
    building: 'etage',
    streets: [street('Vestergade', 21), street('Østervold', 4)],
    staircases: 10,
    floors: 4,
    perFloor: 2,
    rate: 690,
    rooms: SMALL,
  },
  { org: RANDERS_BOLIG, no: '007', type: 'familie', built: 1942, building: 'etage', streets: [street('Nørrebrogade', 10)], staircases: 8, floors: 4, perFloor: 2, rate: 665, rooms: SMALL },
  { org: RANDERS_BOLIG, no: '012', type: 'familie', built: 1954, building: 'etage', streets: [street('Grenåvej', 41), street('Ankersvej', 2)], staircases: 24, floors: 3, perFloor: 2, rate: 730 },
  { org: RANDERS_BOLIG, no: '015', type: 'familie', built: 1984, building: 'raekke', streets: [street('Fuglebakken', 2)], staircases: 60, floors: 1, perFloor: 1, rate: 850, rooms: HOUSES },
  {
    org: RANDERS_BOLIG,
    no: '021',
    type: 'familie',
    built: 1971,
    building: 'etage',
    streets: [street('Hadsundvej', 101), street('Glarbjergvej', 1)],
    staircases: 40,
    floors: 4,
    perFloor: 3,
    rate: 685,
    areaStatus: 'Udsat boligområde',
  },
  { org: RANDERS_BOLIG, no: '024', type: 'ungdom', built: 1975, building: 'kollegie', streets: [street('Skovlyst', 2)], staircases: 4, floors: 4, perFloor: 8, rate: 970 },
  {
    org: RANDERS_BOLIG,
    no: '027',
    type: 'familie',
    built: 1969,
    building: 'etage',
    streets: [street('Tjærbyvej', 40), street('Lollandsvej', 1)],
    staircases: 32,
    floors: 4,
    perFloor: 3,
    rate: 720,
    areaStatus: 'Forebyggelsesområde',
  },
  { org: RANDERS_BOLIG, no: '031', type: 'aeldre', built: 1995, building: 'etage', streets: [street('Tirsdalensvej', 12)], staircases: 20, floors: 2, perFloor: 2, rate: 1050 },
  { org: RANDERS_BOLIG, no: '033', type: 'familie', built: 1966, building: 'etage', streets: [street('Ribevej', 2), street('Haderslevvej', 1)], staircases: 24, floors: 4, perFloor: 2, rate: 755 },
  { org: RANDERS_BOLIG, no: '036', type: 'familie', built: 1962, building: 'etage', streets: [street('Kristrupvej', 60)], staircases: 14, floors: 3, perFloor: 2, rate: 775 },
  { org: RANDERS_BOLIG, no: '039', type: 'familie', built: 1988, building: 'raekke', streets: [street('Romaltvej', 50)], staircases: 80, floors: 1, perFloor: 1, rate: 865, rooms: HOUSES },
  { org: RANDERS_BOLIG, no: '042', type: 'familie', built: 2004, building: 'etage', streets: [street('Ydunsvej', 1)], staircases: 8, floors: 4, perFloor: 3, rate: 955 },
  {
    org: RANDERS_BOLIG,
    no: '045',
    type: 'familie',
    built: 1973,
    building: 'etage',
    streets: [street('Paderupvej', 20), street('Sjællandsgade', 1)],
    staircases: 30,
    floors: 4,
    perFloor: 3,
    rate: 740,
  },
  { org: RANDERS_BOLIG, no: '048', type: 'familie', built: 1979, building: 'raekke', streets: [street('Bakkevej', 1)], staircases: 64, floors: 1, perFloor: 1, rate: 825, rooms: HOUSES },
  { org: RANDERS_BOLIG, no: '051', type: 'familie', built: 1958, building: 'etage', streets: [street('Bredgade', 30)], staircases: 6, floors: 3, perFloor: 2, rate: 675, rooms: SMALL },
  { org: RANDERS_BOLIG, no: '054', type: 'familie', built: 1992, building: 'raekke', streets: [street('Kirkebakken', 2)], staircases: 40, floors: 1, perFloor: 1, rate: 910, rooms: HOUSES },
  { org: RANDERS_BOLIG, no: '057', type: 'aeldre', built: 1998, building: 'raekke', streets: [street('Søndervangen', 1)], staircases: 40, floors: 1, perFloor: 1, rate: 1070 },
  { org: RANDERS_BOLIG, no: '060', type: 'familie', built: 1948, building: 'etage', streets: [street('Rådmandsgade', 5)], staircases: 16, floors: 4, perFloor: 3, rate: 675, rooms: SMALL },
  { org: RANDERS_BOLIG, no: '063', type: 'familie', built: 1976, building: 'etage', streets: [street('Hvidemøllevej', 10), street('Vestervej', 2)], staircases: 20, floors: 3, perFloor: 3, rate: 760 },
  { org: RANDERS_BOLIG, no: '066', type: 'familie', built: 2018, building: 'etage', streets: [street('Marsk Stigs Vej', 2)], staircases: 12, floors: 4, perFloor: 2, rate: 1155 },
  { org: RANDERS_BOLIG, no: '069', type: 'familie', built: 1996, building: 'raekke', streets: [street('Skolevej', 4)], staircases: 24, floors: 1, perFloor: 1, rate: 895, rooms: HOUSES },
  { org: RANDERS_BOLIG, no: '072', type: 'ungdom', built: 2012, building: 'kollegie', streets: [street('Skolegade', 8)], staircases: 2, floors: 4, perFloor: 8, rate: 1045 },
  { org: RANDERS_BOLIG, no: '075', type: 'aeldre', built: 2008, building: 'etage', streets: [street('Vestervangen', 2)], staircases: 12, floors: 3, perFloor: 2, rate: 1100 },
  { org: RANDERS_BOLIG, no: '078', type: 'familie', built: 1967, building: 'etage', streets: [street('Thors Bakke', 1)], staircases: 18, floors: 3, perFloor: 2, rate: 745 },
  { org: RANDERS_BOLIG, no: '081', type: 'familie', built: 1962, building: 'etage', streets: [street('Jyllandsgade', 3)], staircases: 14, floors: 4, perFloor: 3, rate: 730 },
  { org: RANDERS_BOLIG, no: '084', type: 'familie', built: 1990, building: 'raekke', streets: [street('Bygaden', 10)], staircases: 36, floors: 1, perFloor: 1, rate: 885, rooms: HOUSES },
  { org: RANDERS_BOLIG, no: '087', type: 'aeldre', built: 2002, building: 'raekke', streets: [street('Engbakken', 1)], staircases: 40, floors: 1, perFloor: 1, rate: 1060 },
  { org: RANDERS_BOLIG, no: '090', type: 'familie', built: 1970, building: 'etage', streets: [street('Fynsgade', 2), street('Langelandsgade', 1)], staircases: 28, floors: 4, perFloor: 3, rate: 745 },
  { org: RANDERS_BOLIG, no: '093', type: 'familie', built: 1975, building: 'etage', streets: [street('Nattergalevej', 2), street('Solsortvej', 1)], staircases: 28, floors: 4, perFloor: 3, rate: 755 },
  { org: RANDERS_BOLIG, no: '096', type: 'familie', built: 1986, building: 'raekke', streets: [street('Gudenåvej', 20)], staircases: 48, floors: 1, perFloor: 1, rate: 855, rooms: HOUSES },

  { org: DOMEA, no: '103', type: 'familie', built: 1965, building: 'etage', streets: [street('Viborgvej', 70)], staircases: 16, floors: 4, perFloor: 3, rate: 745, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '106', type: 'familie', built: 1938, building: 'etage', streets: [street('Jernbanegade', 15)], staircases: 8, floors: 4, perFloor: 3, rate: 700, rooms: ONE_ROOM_HEAVY },
  {
    org: DOMEA,
    no: '111',
    type: 'familie',
    built: 1970,
    building: 'etage',
    streets: [street('Bjellerupparken', 1)],
    staircases: 36,
    floors: 4,
    perFloor: 2,
    rate: 730,
    areaStatus: 'Forebyggelsesområde',
  },
  { org: DOMEA, no: '118', type: 'familie', built: 1960, building: 'etage', streets: [street('Thorsvej', 3)], staircases: 12, floors: 3, perFloor: 3, rate: 775, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '124', type: 'familie', built: 1986, building: 'raekke', streets: [street('Blichersvej', 30)], staircases: 50, floors: 1, perFloor: 1, rate: 855, rooms: HOUSES },
  { org: DOMEA, no: '130', type: 'familie', built: 1952, building: 'etage', streets: [street('Ingemannsvej', 5)], staircases: 12, floors: 4, perFloor: 3, rate: 695, rooms: ONE_ROOM_HEAVY },
  { org: DOMEA, no: '137', type: 'ungdom', built: 1993, building: 'kollegie', streets: [street('Dronningborg Boulevard', 11)], staircases: 3, floors: 5, perFloor: 8, rate: 1010 },
  { org: DOMEA, no: '142', type: 'familie', built: 1974, building: 'etage', streets: [street('Nordskovvej', 2), street('Falkevej', 1)], staircases: 30, floors: 4, perFloor: 3, rate: 740 },
  { org: DOMEA, no: '145', type: 'aeldre', built: 2001, building: 'etage', streets: [street('Sølystvej', 4)], staircases: 20, floors: 2, perFloor: 2, rate: 1060 },
  { org: DOMEA, no: '150', type: 'familie', built: 2019, building: 'etage', streets: [street('Dronningborg Boulevard', 40)], staircases: 10, floors: 4, perFloor: 3, rate: 1175, rooms: NEW_SMALL },
  { org: DOMEA, no: '153', type: 'familie', built: 1994, building: 'raekke', streets: [street('Møllevej', 2)], staircases: 30, floors: 1, perFloor: 1, rate: 890, rooms: HOUSES },
  { org: DOMEA, no: '156', type: 'familie', built: 1963, building: 'etage', streets: [street('Vestergrave', 30)], staircases: 16, floors: 4, perFloor: 2, rate: 740 },

  {
    org: NORDBO,
    no: '401',
    type: 'familie',
    built: 1968,
    building: 'etage',
    streets: [street('Hobrovej', 120), street('Mariendalsvej', 2)],
    staircases: 36,
    floors: 4,
    perFloor: 2,
    rate: 735,
    areaStatus: 'Forebyggelsesområde',
  },
  { org: NORDBO, no: '404', type: 'familie', built: 1977, building: 'etage', streets: [street('Mariagervej', 45)], staircases: 16, floors: 3, perFloor: 2, rate: 785 },
  { org: NORDBO, no: '409', type: 'aeldre', built: 1999, building: 'etage', streets: [street('Frejasvej', 2)], staircases: 24, floors: 2, perFloor: 2, rate: 1065 },
  { org: NORDBO, no: '412', type: 'familie', built: 1983, building: 'raekke', streets: [street('Vorupvej', 80)], staircases: 60, floors: 1, perFloor: 1, rate: 845, rooms: HOUSES },
  { org: NORDBO, no: '415', type: 'familie', built: 2010, building: 'etage', streets: [street('Toldbodgade', 6)], staircases: 8, floors: 5, perFloor: 2, rate: 1015 },
  { org: NORDBO, no: '418', type: 'ungdom', built: 1985, building: 'kollegie', streets: [street('Asylgade', 9)], staircases: 2, floors: 4, perFloor: 8, rate: 925 },
  { org: NORDBO, no: '421', type: 'familie', built: 1972, building: 'etage', streets: [street('Hovedgaden', 12)], staircases: 8, floors: 2, perFloor: 2, rate: 740 },
  { org: NORDBO, no: '424', type: 'familie', built: 1964, building: 'etage', streets: [street('Engvej', 1), street('Fredensgade', 2)], staircases: 24, floors: 4, perFloor: 3, rate: 750 },
  { org: NORDBO, no: '427', type: 'familie', built: 1959, building: 'etage', streets: [street('Østergade', 5)], staircases: 12, floors: 3, perFloor: 2, rate: 710, rooms: SMALL },

  {
    org: RAB,
    no: '52',
    type: 'familie',
    built: 1968,
    building: 'etage',
    streets: [street('Århusvej', 150), street('Bøsbrovej', 1)],
    staircases: 36,
    floors: 4,
    perFloor: 3,
    rate: 685,
    areaStatus: 'Omdannelsesområde',
  },
  { org: RAB, no: '53', type: 'familie', built: 1975, building: 'etage', streets: [street('Munkdrupvej', 20)], staircases: 12, floors: 3, perFloor: 2, rate: 765 },
  { org: RAB, no: '55', type: 'aeldre', built: 1994, building: 'etage', streets: [street('Rismøllevej', 4)], staircases: 20, floors: 2, perFloor: 2, rate: 1020 },
  { org: RAB, no: '57', type: 'familie', built: 1957, building: 'etage', streets: [street('Grundtvigsvej', 11)], staircases: 10, floors: 3, perFloor: 2, rate: 745 },
  { org: RAB, no: '58', type: 'familie', built: 1989, building: 'raekke', streets: [street('Lindevej', 2)], staircases: 40, floors: 1, perFloor: 1, rate: 855, rooms: HOUSES },
  { org: RAB, no: '61', type: 'ungdom', built: 1960, building: 'kollegie', streets: [street('Søndergade', 17)], staircases: 1, floors: 4, perFloor: 8, rate: 945 },
  { org: RAB, no: '64', type: 'familie', built: 1972, building: 'etage', streets: [street('Gl. Hadsundvej', 20)], staircases: 20, floors: 4, perFloor: 2, rate: 740 },
  { org: RAB, no: '67', type: 'familie', built: 1999, building: 'raekke', streets: [street('Tvedvej', 5)], staircases: 30, floors: 1, perFloor: 1, rate: 920, rooms: HOUSES },
  { org: RAB, no: '70', type: 'familie', built: 1980, building: 'etage', streets: [street('Kirkegårdsvej', 3)], staircases: 16, floors: 3, perFloor: 2, rate: 805 },
  { org: RAB, no: '73', type: 'aeldre', built: 2005, building: 'etage', streets: [street('Aalborgvej', 50)], staircases: 16, floors: 2, perFloor: 2, rate: 1080 },
];

export const unitCount = (dept: StockDepartment): number => dept.staircases * dept.floors * dept.perFloor;

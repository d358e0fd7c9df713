import * as da from '../da';
import { parseCell } from '../agreement/grammar/parseCell';
import { parseDate } from '../sheet/dates';
import { FIELD_BY_KEY } from '../sheet/fields';
import { parseHousingType } from '../sheet/labels';
import { isTooLarge, parseNumber } from '../sheet/numbers';
import { cellOf, ColumnSpec, isProblem, LocatedTable, locateTable, TablePosition, TableProblem, TableRow } from '../tables/sideTable';
import { CellTable } from '../types';
import { MunicipalRequest } from './types';

type RequestColumn = 'id' | 'created' | 'expires' | 'housingType' | 'minRooms' | 'maxRooms' | 'maxRent' | 'departments' | 'organisation';

const h = da.requests.headers;
export const REQUEST_COLUMNS: readonly ColumnSpec<RequestColumn>[] = [
  { key: 'id', header: h.id, variants: ['forespørgsel', 'forespørgselsnr', 'forespørgselsnummer', 'forespørgselsid'] },
  { key: 'created', header: h.created, variants: ['oprettet', 'oprettetden', 'oprettelsesdato'] },
  { key: 'expires', header: h.expires, variants: ['udløber', 'udløberden', 'udløbsdato', 'gældertil'] },
  { key: 'housingType', header: h.housingType, variants: FIELD_BY_KEY.get('housingType')!.variants },
  { key: 'minRooms', header: h.minRooms, variants: ['mindstrum', 'minrum', 'mindstværelser'] },
  { key: 'maxRooms', header: h.maxRooms, variants: ['højstrum', 'maksrum', 'højstværelser'] },
  { key: 'maxRent', header: h.maxRent, variants: ['højsthuslejeinklforbrug', 'makshuslejeinklforbrug', 'højsthuslejeinklusivforbrug'] },
  { key: 'departments', header: h.departments, variants: ['afdelinger', 'afdeling', 'afd'] },
  { key: 'organisation', header: h.organisation, variants: FIELD_BY_KEY.get('organisation')!.variants },
];

export type RequestsRead = { ok: true; requests: MunicipalRequest[] } | { ok: false; problems: TableProblem[] };

/**
 * The municipality's requests table (DOMAIN.md, "Requests"): Forespørgsel (unique) and Oprettet are
 * required, the rest optional. Every problem is told with its row and column, and any problem
 * refuses the whole table: a request read wrong would give a vacancy to the wrong party.
 */
export function readRequests(table: CellTable, position: TablePosition = {}): RequestsRead {
  const t = locateTable(table, REQUEST_COLUMNS, 'id', 'requests', position);
  if (isProblem(t)) return { ok: false, problems: [t] };
  const problems: TableProblem[] = [];
  if (t.columns.created === undefined) {
    problems.push({ code: 'missingCreated', row: null, column: null, header: null, values: { column: h.created } });
    return { ok: false, problems };
  }
  const seen = new Map<string, number>();
  const requests: MunicipalRequest[] = [];
  for (const r of t.rows) {
    const before = problems.length;
    const request = readRequest(t, r, seen, problems);
    if (problems.length === before) requests.push(request);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, requests };
}

function readRequest(t: LocatedTable<RequestColumn>, r: TableRow, seen: Map<string, number>, problems: TableProblem[]): MunicipalRequest {
  const text = (key: RequestColumn) => cellOf(t, r, key, problems).text;
  const id = text('id');
  if (id === '') problems.push(t.problem('emptyId', r.row, 'id', {}));
  else if (seen.has(id)) problems.push(t.problem('duplicateRequest', r.row, 'id', { request: id, earlierRow: seen.get(id)! }));
  else seen.set(id, r.row);
  const created = readDate(t, r, 'created', true, problems);
  const expires = readDate(t, r, 'expires', false, problems);
  if (created !== null && expires !== null && expires < created) problems.push(t.problem('expiresBeforeCreated', r.row, 'expires', { created, expires }));
  const minRooms = readAmount(t, r, 'minRooms', true, problems);
  const maxRooms = readAmount(t, r, 'maxRooms', true, problems);
  if (minRooms !== null && maxRooms !== null && minRooms > maxRooms) problems.push(t.problem('roomsReversed', r.row, 'maxRooms', { minRooms, maxRooms }));
  const organisation = text('organisation');
  return {
    id,
    created: created ?? '',
    expires,
    housingType: readHousingType(t, r, problems),
    minRooms,
    maxRooms,
    maxRentInclConsumption: readAmount(t, r, 'maxRent', false, problems),
    departments: readDepartments(t, r, problems),
    organisation: organisation === '' ? null : organisation,
    row: r.row,
  };
}

function readDate(t: LocatedTable<RequestColumn>, r: TableRow, key: 'created' | 'expires', required: boolean, problems: TableProblem[]): string | null {
  if (t.columns[key] === undefined) return null;
  const { cell, text } = cellOf(t, r, key, problems);
  if (text === '') {
    if (required) problems.push(t.problem('emptyDate', r.row, key, {}));
    return null;
  }
  const iso = parseDate(cell);
  if (iso === undefined) problems.push(t.problem('badDate', r.row, key, { text }));
  return iso ?? null;
}

function readAmount(t: LocatedTable<RequestColumn>, r: TableRow, key: 'minRooms' | 'maxRooms' | 'maxRent', whole: boolean, problems: TableProblem[]): number | null {
  const { cell, text } = cellOf(t, r, key, problems);
  if (text === '') return null;
  const n = parseNumber(cell);
  if (n === undefined || n < 0) problems.push(t.problem(isTooLarge(cell) ? 'tooLarge' : 'badNumber', r.row, key, { text }));
  else if (whole && !Number.isInteger(n)) problems.push(t.problem('notWhole', r.row, key, { text }));
  else return n;
  return null;
}

function readHousingType(t: LocatedTable<RequestColumn>, r: TableRow, problems: TableProblem[]): MunicipalRequest['housingType'] {
  const text = cellOf(t, r, 'housingType', problems).text;
  if (text === '') return null;
  const type = parseHousingType(text);
  if (type === undefined) problems.push(t.problem('badHousingType', r.row, 'housingType', { text }));
  return type ?? null;
}

/** Afdelinger as the value grammar writes a list: "103", "103; 106" or "103, 106". */
function readDepartments(t: LocatedTable<RequestColumn>, r: TableRow, problems: TableProblem[]): readonly string[] | null {
  const { cell, text } = cellOf(t, r, 'departments', problems);
  if (text === '') return null;
  const read = parseCell('department', cell);
  if (read.ok && read.condition === null) return null; // "alle" or "-": any department
  if (read.ok && read.condition?.op === 'equal') return [String(read.condition.value)];
  if (read.ok && read.condition?.op === 'in') return read.condition.values.map(String);
  problems.push(t.problem('badDepartments', r.row, 'departments', { text }));
  return null;
}

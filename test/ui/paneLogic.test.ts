import { chooseTarget } from '../../src/app/dataTarget';
import { readNumberField } from '../../src/app/numberField';
import { describeError } from '../../src/app/describeError';
import { DanishError } from '../../src/core/util/danishError';
import * as da from '../../src/core/da';

const own = (kind: 'offerList' | 'check' | 'simulation', name: string) => ({ kind, name, fingerprint: 'x' });

describe('which data the next action works on', () => {
  test('the active sheet when it is the user’s; the data stays put while one of the add-in’s own sheets is shown', () => {
    const list = { active: 'Uge 12', names: ['Uge 12', 'Tilbudsliste', 'Kontrol'], own: [own('offerList', 'Tilbudsliste'), own('check', 'Kontrol')] };
    expect(chooseTarget(list, null)).toEqual({ sheetName: 'Uge 12', tableName: null });
    const current = { sheetName: 'Uge 12', tableName: 'Ledige' };
    expect(chooseTarget(list, current)).toBe(current);
    expect(chooseTarget({ ...list, active: 'Tilbudsliste' }, current)).toBe(current);
    expect(chooseTarget({ ...list, active: 'KONTROL' }, current)).toBe(current);
  });
  test('the agreement sheet is never data; a workbook opened on a report gets its first sheet of the user’s', () => {
    const list = { active: 'Kontrol', names: ['Kontrol', 'Aftale', 'Log'], own: [own('check', 'Kontrol')] };
    expect(chooseTarget(list, null)).toEqual({ sheetName: 'Log', tableName: null });
    expect(chooseTarget({ ...list, active: 'Aftale' }, { sheetName: 'Log', tableName: null })).toEqual({ sheetName: 'Log', tableName: null });
    expect(chooseTarget({ active: 'Kontrol', names: ['Kontrol'], own: [own('check', 'Kontrol')] }, null)).toBeNull();
  });
  test('a target sheet that was deleted gives way to the active one', () => {
    expect(chooseTarget({ active: 'Ny', names: ['Ny'], own: [] }, { sheetName: 'Gammel', tableName: null })).toEqual({ sheetName: 'Ny', tableName: null });
  });
});

describe('number fields read as Danes write them', () => {
  test.each([
    ['4.500', 4500],
    ['4500', 4500],
    ['4.500,50', 4500.5],
    ['4500,5', 4500.5],
    ['4.000 kr.', 4000],
    ['  ', 4000],
    ['', 4000],
  ])('"%s" is %d', (text, value) => expect(readNumberField(text, 4000)).toEqual({ ok: true, value }));
  test('negative numbers, text and fractions of a whole count are refused with a sentence', () => {
    expect(readNumberField('-5', 0)).toEqual({ ok: false, error: da.fields.negative });
    expect(readNumberField('fire', 0)).toEqual({ ok: false, error: da.fields.notANumber('fire', false) });
    expect(readNumberField('1,5', 0, { whole: true })).toEqual({ ok: false, error: da.fields.notWhole });
    expect(readNumberField('150', 0, { whole: true })).toEqual({ ok: true, value: 150 });
  });
});

describe('errors from Excel are told in Danish, the raw text kept for "Detaljer"', () => {
  const office = (code: string, message: string) => Object.assign(new Error(message), { code });
  test.each([
    'InvalidOperationInCellEditMode',
    'AccessDenied',
    'ItemNotFound',
    'GeneralException',
    'RequestPayloadSizeLimitExceeded',
    'ResponsePayloadSizeLimitExceeded',
    'Conflict',
    'InvalidArgument',
  ])('%s', (code) => {
    const d = describeError(office(code, 'Something went wrong in English.'));
    expect(d.text).not.toMatch(/[Ee]rror|went wrong/);
    expect(d.text.length).toBeGreaterThan(20);
    expect(d.details).toContain('Something went wrong in English.');
  });
  test('cell-edit mode and protected sheets say what to do', () => {
    expect(describeError(office('InvalidOperationInCellEditMode', 'x')).text).toContain('Enter');
    expect(describeError(office('AccessDenied', 'x')).text).toContain('beskyttet');
  });
  test('an unknown failure is a Danish sentence with the raw text behind it; a Danish one is shown as it is', () => {
    const unknown = describeError(new TypeError('r is not a function'));
    expect(unknown).toEqual({ text: da.officeErrors.unknown, details: 'r is not a function' });
    expect(describeError(new DanishError('Arket er væk.'))).toEqual({ text: 'Arket er væk.', details: null });
  });
});

import { parseAreaStatus, parseHousingType, parseLettingType } from '../../src/core/sheet/labels';

test.each([
  ['Familiebolig', 'familie'],
  ['FAMILIE', 'familie'],
  ['Ungdomsbolig', 'ungdom'],
  ['ungdom', 'ungdom'],
  ['Ældrebolig', 'aeldre'],
  ['ÆLDRE', 'aeldre'],
  ['aeldre', 'aeldre'],
])('Boligtype %j is %s', (text, value) => expect(parseHousingType(text)).toBe(value));

test.each([
  ['Udsat boligområde', 'udsat'],
  ['udsat', 'udsat'],
  ['Forebyggelsesområde', 'forebyggelse'],
  ['forebyggelse', 'forebyggelse'],
  ['Omdannelsesområde', 'omdannelse'],
  ['OMDANNELSE', 'omdannelse'],
  ['Parallelsamfund', 'parallelsamfund'],
])('Områdestatus %j is %s', (text, value) => expect(parseAreaStatus(text)).toBe(value));

test.each([
  ['Ekstern', 'ekstern'],
  ['Ekstern venteliste', 'ekstern'],
  ['Intern', 'intern'],
  ['intern venteliste', 'intern'],
  ['Oprykning', 'intern'],
  ['Bytte', 'bytte'],
  ['Boligbytte', 'bytte'],
])('Udlejning %j is %s', (text, value) => expect(parseLettingType(text)).toBe(value));

test('other labels are not recognised', () => {
  expect(parseHousingType('Erhverv')).toBeUndefined();
  expect(parseHousingType('Rækkehus')).toBeUndefined();
  expect(parseAreaStatus('Ghetto')).toBeUndefined();
  expect(parseLettingType('Kommunal')).toBeUndefined();
});

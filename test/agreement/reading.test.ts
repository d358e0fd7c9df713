import { plainReading } from '../../src/core/agreement/reading/plainReading';
import { agreementFrom, bundled } from '../helpers';

const texts = (json: object) => plainReading(agreementFrom(json)).rules.map((r) => r.text);
const rule = (all: object[], event: object = { type: 'allocate' }, name = 'r') => ({ name, conditions: { all }, event });
const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

describe('the plain reading', () => {
  it('reads DOMAIN.md’s example word for word: the internal letting rule', () => {
    expect(plainReading(bundled('standard-25')).rules[0]).toEqual({ position: 1, rule: 'Intern udlejning undtages', text: '1. Udlejes boligen til den interne venteliste, undtages den.' });
  });

  it('rules in decision order (priority, then file order), each condition as a Danish clause, the outcome after', () => {
    const json = {
      pools: [{ name: 'p', label: 'Små boliger', every: 2, capPerMonth: 1 }],
      rules: [
        { ...rule([leaf('rooms', 'in', [1, 2]), leaf('department', 'notIn', ['103', '106'])], { type: 'quota', params: { pool: 'p' } }, 'små'), priority: 1 },
        { ...rule([leaf('areaStatus', 'equal', ''), leaf('vacantFrom', 'greaterThanInclusive', '2024-03-01')], { type: 'waitlist' }, 'ikke listet'), priority: 5 },
      ],
    };
    const reading = plainReading(agreementFrom(json));
    expect(reading.rules.map((r) => r.text)).toEqual([
      // Conditions stand in the order of the sheet's columns (Ledig fra before Områdestatus).
      '1. Bliver boligen ledig fra og med 01.03.2024, og ligger boligen i et område, der ikke er på de nationale lister, går den til ventelisten.',
      "2. Er afdelingen hverken 103 eller 106, og har boligen 1 eller 2 rum, tælles den i puljen 'Små boliger' (hver 2. går til kommunen).",
    ]);
    expect(reading.pools[0].text).toBe("Puljen 'Små boliger' (p): hver 2. går til kommunen; højst 1 bolig om måneden til kommunen.");
    expect(reading.otherwise).toBe('Gælder ingen af reglerne, går boligen til ventelisten.');
  });

  it('what the cells cannot say is read as its JSON; a rule without conditions speaks of all (other) vacancies', () => {
    expect(texts({ rules: [rule([{ any: [leaf('rooms', 'equal', 1), leaf('area', 'lessThan', 40)] }])] })).toEqual([
      '1. Opfylder boligen betingelsen {"any":[{"fact":"rooms","operator":"equal","value":1},{"fact":"area","operator":"lessThan","value":40}]}, går den til kommunen.',
    ]);
    expect(texts({ defaultOutcome: 'municipality', rules: [rule([], { type: 'exclude' })] })).toEqual(['1. Alle boliger undtages.']);
    expect(plainReading(agreementFrom({ defaultOutcome: 'excluded', rules: [] })).otherwise).toBe('Aftalen har ingen regler, så alle boliger undtages.');
  });

  it('numbers as the sheet writes them, with their unit: kr. for money, m² for area', () => {
    expect(texts({ rules: [rule([leaf('rent', 'lessThanInclusive', 4500.5), leaf('area', 'greaterThan', 65)])] })).toEqual([
      '1. Er arealet over 65 m², og er huslejen højst 4.500,5 kr., går den til kommunen.',
    ]);
  });
});

import { AreaStatus, HousingType, LettingType } from '../types';

/** A sheet spells its labels a handful of ways; past this many, the answers stop being kept. */
const REMEMBERED = 1000;

function lookup<T>(table: Record<string, T>) {
  // A column of a million cells holds a few spellings: each is normalised once.
  const seen = new Map<string, T | undefined>();
  return (raw: string): T | undefined => {
    const known = seen.get(raw);
    if (known !== undefined || seen.has(raw)) return known;
    const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    const value = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (seen.size < REMEMBERED) seen.set(raw, value);
    return value;
  };
}

export const parseHousingType = lookup<HousingType>({
  familiebolig: 'familie',
  familie: 'familie',
  ungdomsbolig: 'ungdom',
  ungdom: 'ungdom',
  ældrebolig: 'aeldre',
  aeldrebolig: 'aeldre',
  ældre: 'aeldre',
  aeldre: 'aeldre',
});

export const parseAreaStatus = lookup<AreaStatus>({
  'udsat boligområde': 'udsat',
  udsat: 'udsat',
  forebyggelsesområde: 'forebyggelse',
  forebyggelse: 'forebyggelse',
  omdannelsesområde: 'omdannelse',
  omdannelse: 'omdannelse',
  parallelsamfund: 'parallelsamfund',
});

export const parseLettingType = lookup<LettingType>({
  ekstern: 'ekstern',
  'ekstern venteliste': 'ekstern',
  intern: 'intern',
  'intern venteliste': 'intern',
  oprykning: 'intern',
  bytte: 'bytte',
  boligbytte: 'bytte',
});

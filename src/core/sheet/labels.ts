import { AreaStatus, HousingType, LettingType } from '../types';

function lookup<T>(table: Record<string, T>) {
  return (raw: string): T | undefined => {
    const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
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

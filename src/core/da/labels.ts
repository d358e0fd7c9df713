export const outcomeLabel = {
  municipality: 'Kommunal anvisning',
  waitlist: 'Venteliste',
  excluded: 'Undtaget',
  error: 'Fejl',
} as const;

/** The labels as a vacancy sheet writes them (DOMAIN's first spelling of each), for what the add-in writes back. */
export const sheetLabel = {
  housingType: { familie: 'Familiebolig', ungdom: 'Ungdomsbolig', aeldre: 'Ældrebolig' },
  areaStatus: { '': '', udsat: 'Udsat boligområde', forebyggelse: 'Forebyggelsesområde', omdannelse: 'Omdannelsesområde', parallelsamfund: 'Parallelsamfund' },
} as const;

/** The Danish spelling an agreement sheet writes for each label value: the value grammar's canonical form. */
export const labels = {
  housingType: { familie: 'Familiebolig', ungdom: 'Ungdomsbolig', aeldre: 'Ældrebolig' },
  areaStatus: { '': 'Ingen', udsat: 'Udsat boligområde', forebyggelse: 'Forebyggelsesområde', omdannelse: 'Omdannelsesområde', parallelsamfund: 'Parallelsamfund' },
  lettingType: { ekstern: 'Ekstern', intern: 'Intern', bytte: 'Bytte' },
} as const;

/** The result columns the product adds to the right of a sheet, and owns. */
export const resultColumns = ['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'] as const;

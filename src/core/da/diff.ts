// ---- What a change of agreement does to a sheet (anvisning diff) ----
export const diff = {
  heading: (a: string, aId: string, b: string, bId: string) => `Aftale: ${a} (${aId})\nVariant: ${b} (${bId})`,
  sheet: (file: string, rows: number) => `Ark: ${file}: ${rows} ${rows === 1 ? 'ledig bolig' : 'ledige boliger'}, begge fordelt fra samme tilstand (den gemmes ikke).`,
  totalsHeading: 'Udfald før og efter',
  totalsColumns: (a: string, b: string) => ['Udfald', a, b, 'Forskel'],
  changedHeading: (n: number) => (n === 0 ? 'Ingen bolig får et andet udfald eller en anden pulje.' : `${n} ${n === 1 ? 'bolig får' : 'boliger får'} et andet udfald eller en anden pulje:`),
  changedLine: (row: number, unitId: string, from: string, to: string, fromPool: string | null, toPool: string | null) =>
    `Række ${row}, lejemål ${unitId}: ${from} → ${to}${fromPool !== toPool ? ` (pulje ${fromPool === null ? '–' : `'${fromPool}'`} → ${toPool === null ? '–' : `'${toPool}'`})` : ''}`,
  truncated: (shown: number, total: number) => `  … og ${total - shown} flere (hele listen: --format json).`,
  signed: (n: number) => (n > 0 ? `+${n}` : String(n)),
};

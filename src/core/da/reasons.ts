import { monthName, shown } from './format';

// ---- Decisions ----
function positionsExample(every: number, phase: number): string {
  const first = phase % every === 0 ? every : phase;
  return `${first}, ${first + every}, ${first + 2 * every} …`;
}

/** "2024-01-03" → "03-01-2024": a date as a Danish reader writes it. */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** Whose counter, in a pool counted per key: "for Randers Bolig", "for afdeling 103 i Domea Randers". */
function forKey(key: { organisation: string; department: string | null }): string {
  const organisation = key.organisation === '' ? null : shown(key.organisation);
  if (key.department === null) return organisation === null ? 'for boliger uden boligorganisation' : `for ${organisation}`;
  const department = key.department === '' ? 'boliger uden afdeling' : `afdeling ${shown(key.department)}`;
  return `for ${department}${organisation === null ? '' : ` i ${organisation}`}`;
}

/** A pool's name with the key its row is about, for tables: "Familieboliger – Randers Bolig", "Gruppe A – afd. 103, Domea Randers". */
export function poolKeyLabel(label: string, key: { organisation: string; department?: string | null } | null | undefined): string {
  if (key === null || key === undefined) return label;
  const organisation = key.organisation === '' ? '(uden boligorganisation)' : key.organisation;
  if (key.department === null || key.department === undefined) return `${label} – ${organisation}`;
  const department = key.department === '' ? '(uden afdeling)' : `afd. ${key.department}`;
  return key.organisation === '' ? `${label} – ${department}` : `${label} – ${department}, ${organisation}`;
}

export const reason = {
  poolRule: (kind: { kind: 'every'; every: number; phase: number } | { kind: 'share'; numerator: number; denominator: number; percent: string | null }) =>
    kind.kind === 'every'
      ? kind.phase === kind.every
        ? `hver ${kind.every}. går til kommunen`
        : `hver ${kind.every}. går til kommunen, regnet fra nr. ${kind.phase} (${positionsExample(kind.every, kind.phase)})`
      : `${kind.percent ?? `${kind.numerator}/${kind.denominator}`} af puljen går til kommunen`,
  /** "puljen 'X'", or with the key of a pool counted per organisation or department: "puljen 'X' for afdeling 103". */
  inPool: (label: string, key: { organisation: string; department: string | null } | null) => `puljen '${label}'${key === null ? '' : ` ${forKey(key)}`}`,
  quotaHit: (position: number, where: string, rule: string) => `${position}. bolig i ${where} – ${rule}`,
  quotaMiss: (position: number, where: string, rule: string) => `${position}. bolig i ${where} – ${rule}; denne går til ventelisten`,
  capReached: (position: number, where: string, rule: string, cap: number, month: string) =>
    `${position}. bolig i ${where} – ${rule}, men loftet på ${cap} ${cap === 1 ? 'bolig' : 'boliger'} pr. måned er nået for ${monthName(month)}; den går til ventelisten`,
  requestFilled: (request: string, created: string) => `Matcher kommunens forespørgsel ${shown(request)} fra ${dayText(created)}`,
  noOpenRequest: (rule: string) => `Reglen '${rule}' giver kommunen boligen, når en åben forespørgsel passer, men ingen gør; den går til ventelisten`,
  allocate: (rule: string) => `Reglen '${rule}' giver kommunen boligen`,
  exclude: (rule: string) => `Undtaget efter reglen '${rule}' – tælles ikke med i nogen pulje`,
  waitlist: (rule: string) => `Reglen '${rule}' sender boligen til ventelisten`,
  noRule: (outcome: 'waitlist' | 'municipality' | 'excluded') =>
    outcome === 'waitlist'
      ? 'Ingen af aftalens regler gælder boligen; den går til ventelisten'
      : outcome === 'municipality'
        ? 'Ingen af aftalens regler gælder boligen; aftalens standard er kommunal anvisning'
        : 'Ingen af aftalens regler gælder boligen; aftalens standard er at undtage den',
};

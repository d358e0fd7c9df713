import { isMunicipalPosition } from '../../allocation/pools';
import { Pool } from '../types';

/** What happens at one position of a pool, were all its vacancies in one month. */
export type StripPosition = 'municipality' | 'waitlist' | 'capped';

/** How many positions the pool card shows: enough to see every, phase, share and cap at a glance. */
export const STRIP_LENGTH = 12;

/**
 * The first positions of a pool after its start: which go to the municipality, and (with a
 * monthly cap) which would have gone but for the cap, were they all vacant in the same month.
 */
export function poolStrip(pool: Pool, length = STRIP_LENGTH): { position: number; at: StripPosition }[] {
  let municipal = 0;
  return Array.from({ length }, (_, i) => {
    const position = pool.start + i + 1;
    if (!isMunicipalPosition(pool.kind, position)) return { position, at: 'waitlist' as const };
    municipal++;
    return { position, at: pool.capPerMonth !== null && municipal > pool.capPerMonth ? ('capped' as const) : ('municipality' as const) };
  });
}

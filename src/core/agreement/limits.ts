/**
 * How big an agreement may be. Real agreements are a few kilobytes and a handful of levels deep
 * (the bundled ones use at most 7: root → rules → rule → conditions → all → condition → value list);
 * the limits leave ample room, and keep a hostile file from exhausting the stack or
 * the heap before it is refused. The README documents them.
 */

/** Characters of agreement text (and bytes of an agreement file): 1 MB. */
export const MAX_AGREEMENT_SIZE = 1_048_576;

/** Levels of nested { } and [ ] in the JSON, the outermost object counted as 1. */
export const MAX_AGREEMENT_DEPTH = 50;

/**
 * The largest every, phase, capPerMonth and start: counters stay whole numbers that JSON and the
 * state file hold exactly, whatever a pool's start.
 */
export const MAX_POOL_NUMBER = 1_000_000_000;

/**
 * Sizes that keep every request and response well under Excel on the web's 5 MB payload limit
 * ("Resource limits and performance optimization for Office Add-ins"), with room for the
 * number formats and the few small commands that travel with a block.
 */
export const BLOCK_BYTES = 1_000_000;
/** Also a row cap, so progress moves on sheets of short rows. */
export const BLOCK_ROWS = 5_000;
/** One custom XML part of stored data; a block and a part together stay near 3 MB. */
export const PIECE_BYTES = 2_000_000;
/** Stored data fetched per sync where responses are limited: two parts, so a response stays near 4 MB. */
export const PIECES_PER_READ = 2;
/** What a chunk of a big sheet's values should weigh, where responses are limited. */
export const CHUNK_BYTES = 4_500_000;
/** The last row of a worksheet, so a clear reaches rows an earlier, longer run wrote. */
export const LAST_ROW = 1_048_576;
/**
 * "A range is limited to 5,000,000 cells for read operations", on every host, not only on the web
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * Excel refuses more with RangeExceedsLimit
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export const READ_CELLS = 5_000_000;

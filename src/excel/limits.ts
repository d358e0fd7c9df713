/**
 * Sizes that keep every request and response well under Excel on the web's 5 MB payload limit
 * ("Resource limits and performance optimization for Office Add-ins"), with room for the
 * number formats and the few small commands that travel with a block.
 */
export const BLOCK_BYTES = 1_000_000;
/** Also a row cap, so progress moves on sheets of short rows. */
export const BLOCK_ROWS = 5_000;
/**
 * One custom XML part of stored data, as sent. No page documents a size limit for a part in Excel;
 * Word on the web refuses parts over about 1 MB, so the add-in keeps to that. A block and a part
 * together stay near 2 MB.
 */
export const PIECE_BYTES = 1_000_000;
/**
 * Stored data fetched per sync where responses are limited: four parts, about 4 MB as they went
 * in. A host may hand a part back larger than it was added (quotes re-serialised as `&quot;`), so
 * a refused response is asked again with half as many parts, down to one.
 */
export const PIECES_PER_READ = 4;
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

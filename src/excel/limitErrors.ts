/** Whether Excel refused a request or response for its size. */
export function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded$/.test(code);
}

/** Whether Excel refused a read for the number of its cells (READ_CELLS). */
export function isCellLimit(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'RangeExceedsLimit';
}

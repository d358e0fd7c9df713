/**
 * Danish ERP exports come as UTF-8 (with or without BOM), as Windows-1252, or from Excel's
 * "Unicode text" as UTF-16. Bytes that are not valid UTF-8 are read as Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

// Node's TextDecoder('windows-1252') decodes as Latin-1, which gets 0x80–0x9F wrong (€, “ ” – …),
// so those 32 bytes are mapped here; the rest of Windows-1252 equals Latin-1.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    s += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]);
  }
  return s;
}

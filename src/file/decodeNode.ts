import { isUtf8 } from 'buffer';
import { decodeText } from '../core/util';

/**
 * decodeText in Node, the same text: valid UTF-8 (the usual export) is checked by Node's own
 * validator and decoded by Buffer, about five times faster than a fatal TextDecoder on a 140 MB
 * file; anything else goes to decodeText. Not for the browser, which has no isUtf8.
 */
export function decodeTextInNode(bytes: Buffer): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return decodeText(bytes);
  const body = hasBom(bytes, 0) ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) return decodeText(bytes);
  // TextDecoder drops a byte order mark at the start of what it decodes: a second one, here.
  return body.toString('utf8', hasBom(body, 0) ? 3 : 0);
}

function hasBom(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
}

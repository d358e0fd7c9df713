import { PIECE_BYTES } from './limits';
import { escapeXml, xmlText } from './xmlText';

/**
 * Stored data lives in custom XML parts, one namespace per part: the namespace says which
 * generation the part belongs to, which piece it is and how many there are, so the parts can be
 * listed and chosen without reading them. A generation is a number one higher than any listed,
 * and a token of its own, so two writers who listed the same parts (two panes, co-authors) never
 * write parts of one name.
 */
export const NAMESPACE = 'urn:anvisningsaftaler:projektmappe:v1';

export interface Generation {
  number: number;
  /** Chosen by the writer; empty in parts written before generations had tokens. */
  token: string;
}

export interface PieceName extends Generation {
  index: number;
  count: number;
}

export function pieceNamespace(p: PieceName): string {
  return `${NAMESPACE}:g${p.number}${p.token === '' ? '' : `.${p.token}`}:p${p.index}:n${p.count}`;
}

export function parsePieceNamespace(uri: string): PieceName | null {
  const m = /^urn:anvisningsaftaler:projektmappe:v1:g(\d+)(?:\.([0-9a-z]+))?:p(\d+):n(\d+)$/.exec(uri);
  if (!m) return null;
  const [number, token, index, count] = [Number(m[1]), m[2] ?? '', Number(m[3]), Number(m[4])];
  return index < count ? { number, token, index, count } : null;
}

/** A token no other writer will pick: random, where the host has crypto, and the time. */
export function newToken(): string {
  const random = typeof crypto !== 'undefined' && crypto.getRandomValues ? Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('') : Math.random().toString(36).slice(2);
  return `${Date.now().toString(36)}${random}`.toLowerCase().replace(/[^0-9a-z]/g, '');
}

/** The XML of each part; each one's request stays under maxBytes. */
export function toPieces(text: string, generation: Generation, maxBytes = PIECE_BYTES): string[] {
  const chunks = chunk(protect(text), maxBytes - 200);
  return chunks.map((c, index) => `<piece xmlns="${pieceNamespace({ ...generation, index, count: chunks.length })}">${escapeXml(c)}</piece>`);
}

/** One part holding all of `text`, encoded as the stored pieces are, under another namespace (the self-test's). */
export function onePiece(text: string, namespace: string): string {
  return `<piece xmlns="${namespace}">${escapeXml(protect(text))}</piece>`;
}

/** The text back from the parts' XML, in piece order. */
export function fromPieces(xmls: readonly string[]): string {
  return unprotect(xmls.map(xmlText).join(''));
}

// XML 1.0 cannot hold some characters even as references, and a parser turns "\r" into "\n".
// They travel as MARK + four hex digits (MARK itself too), which no XML tool will touch; so a CR
// in what comes back was put there by the host's serialiser, and is read as the LF it stands for.
const MARK = '\uE000';

function protect(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
    if (pair) {
      out += text[i] + text[i + 1];
      i++;
    } else if (unsafe(c)) out += MARK + c.toString(16).padStart(4, '0');
    else out += text[i];
  }
  return out;
}

function unprotect(text: string): string {
  return text.replace(/\uE000([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function unsafe(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0xd800 && c <= 0xdfff) || c === 0xe000 || c === 0xfffe || c === 0xffff;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Splits by wire cost (XML escaping, then JSON escaping, as UTF-8), never inside a surrogate pair. */
function chunk(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = isLow(text.charCodeAt(i + 1)) && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
    const cost = pair ? 4 : charCost(text[i]);
    if (bytes + cost > maxBytes && i > start) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    if (pair) i++;
  }
  out.push(text.slice(start));
  return out;
}

function charCost(ch: string): number {
  switch (ch) {
    case '&':
      return 5;
    case '<':
    case '>':
      return 4;
    case '"':
    case '\\':
    case '\n':
    case '\t':
      return 2;
  }
  const c = ch.charCodeAt(0);
  return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}

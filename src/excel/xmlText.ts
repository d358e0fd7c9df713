const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The text of a custom XML part's root element, however the host hands the part back: with an
 * XML declaration, a namespace prefix, CDATA, entities and character references where the add-in
 * wrote plain characters (`&quot;` for `"`), and CR LF or CR where it wrote LF. A literal CR is
 * read as LF, as an XML parser does (XML 1.0, 2.11 End-of-Line Handling,
 * https://www.w3.org/TR/xml/#sec-line-ends); the add-in never writes one (storedPieces.ts).
 */
export function xmlText(xml: string): string {
  const root = /<(?![?!])[^>]*>/.exec(xml);
  if (!root || root[0].endsWith('/>')) return '';
  const end = xml.lastIndexOf('</');
  const inner = xml.slice(root.index + root[0].length, end < 0 ? undefined : end).replace(/\r\n?/g, '\n');
  return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (entity!.startsWith('#x')) return String.fromCodePoint(parseInt(entity!.slice(2), 16));
    if (entity!.startsWith('#')) return String.fromCodePoint(parseInt(entity!.slice(1), 10));
    return ENTITIES[entity!] ?? whole;
  });
}

/** Text escaped for an XML element: only what XML requires (`&`, `<`, `>`). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

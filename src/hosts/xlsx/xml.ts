/**
 * Just enough XML for the styles part (the workbook, relationships and content types are edited
 * as trees with their namespaces resolved: dom.ts): elements found by their local name whatever their namespace prefix, attributes
 * in any order and either quote, self-closing or not, entities decoded; comments, CDATA and
 * processing instructions are skipped. Edits are splices into the original text, so everything
 * the writer does not touch stays byte for byte as it was.
 */

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strictMain: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

/** An element of a document: where it starts and ends, and what it holds. */
export interface XmlElement {
  /** Offset of `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (equal to `end` when self-closing). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  /** The namespace prefix as written (`''` for none). */
  prefix: string;
  local: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
}

const NAME = '[A-Za-z_][\\w.-]*';
/** The rest of a tag after its name: attributes whose quoted values may hold `>`. */
const REST = `(?:[^>"']|"[^"]*"|'[^']*')*>`;

/** Ranges of comments, CDATA sections and processing instructions, where no tag is real. */
function opaqueRanges(xml: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const inside = (ranges: readonly [number, number][], at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named!]!;
  });
}

/** The attributes of a start tag, decoded, by their qualified name. */
export function parseAttrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/**
 * The elements of local name `local` between `from` and `to`, in document order. An element
 * nested in another of the same name is skipped with its ancestor (none of the parts we edit
 * nest an element in one of its own name).
 */
export function findElements(xml: string, local: string, from = 0, to = xml.length): XmlElement[] {
  const opaque = opaqueRanges(xml);
  const tags = new RegExp(`<(/?)(?:(${NAME}):)?${local}(?=[\\s/>])${REST}`, 'g');
  tags.lastIndex = from;
  const out: XmlElement[] = [];
  let open: { m: RegExpExecArray; depth: number } | null = null;
  for (let m = tags.exec(xml); m && m.index < to; m = tags.exec(xml)) {
    if (inside(opaque, m.index)) continue;
    const closing = m[1] === '/';
    const selfClosing = !closing && m[0].endsWith('/>');
    if (open) {
      if (closing) open.depth--;
      else if (!selfClosing) open.depth++;
      if (open.depth > 0) continue;
      const o = open.m;
      out.push({ start: o.index, openEnd: o.index + o[0].length, closeStart: m.index, end: m.index + m[0].length, prefix: o[2] ?? '', local, attrs: parseAttrs(o[0]), selfClosing: false });
      open = null;
    } else if (closing) {
      continue;
    } else if (selfClosing) {
      const end = m.index + m[0].length;
      out.push({ start: m.index, openEnd: end, closeStart: end, end, prefix: m[2] ?? '', local, attrs: parseAttrs(m[0]), selfClosing: true });
    } else {
      open = { m, depth: 1 };
    }
  }
  return out;
}

/** The first element of a local name, or null. */
export function findElement(xml: string, local: string, from = 0, to = xml.length): XmlElement | null {
  return findElements(xml, local, from, to)[0] ?? null;
}

/** The document (root) element: the first start tag that is not a declaration or a comment. */
export function rootElement(xml: string): { prefix: string; local: string; attrs: Map<string, string> } | null {
  const opaque = opaqueRanges(xml);
  const re = new RegExp(`<(?:(${NAME}):)?(${NAME})(?=[\\s/>])${REST}`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (inside(opaque, m.index)) continue;
    return { prefix: m[1] ?? '', local: m[2]!, attrs: parseAttrs(m[0]) };
  }
  return null;
}

/** `p:name` or `name`. */
export const qname = (prefix: string, local: string): string => (prefix ? `${prefix}:${local}` : local);

/** Characters XML 1.0 cannot hold, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern looks for
const INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalid(s: string): string {
  return s.replace(INVALID, '');
}

export function escapeText(s: string): string {
  return stripInvalid(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Replaces a span of a text. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/** Appends children to an element, turning `<a/>` into `<a>…</a>` when needed. */
export function appendChildren(xml: string, el: XmlElement, children: string): string {
  if (!children) return xml;
  if (!el.selfClosing) return splice(xml, el.closeStart, el.closeStart, children);
  const tag = xml.slice(el.start, el.end).replace(/\s*\/>$/, '>');
  return splice(xml, el.start, el.end, `${tag}${children}</${qname(el.prefix, el.local)}>`);
}

/** Sets (or adds) an attribute on an element's start tag. */
export function setAttr(xml: string, el: XmlElement, name: string, value: string): string {
  const tag = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:-]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const next = re.test(tag) ? tag.replace(re, `$1"${escapeAttr(value)}"`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeAttr(value)}"$1>`);
  return splice(xml, el.start, el.openEnd, next);
}

/**
 * XML as a tree with its namespaces resolved by scope, for the package parts the writer edits
 * (workbook, relationships, content types) and the parts the reader normalises. Parsing is saxes's
 * (exceljs's own parser, strict XML 1.0 with namespaces): a part that is not well-formed, uses an
 * undeclared prefix or holds a DOCTYPE is an `XmlError` naming the part, line and column.
 *
 * Every element and attribute is known by namespace URI and local name; the prefix it had in the
 * source is kept as a hint. The serializer writes each element and attribute with a prefix that is
 * bound to its URI where it is written, declaring one when none is: an element added under
 * `<sheets>` gets `r:id` right whether the source declared `r` on the root, on each `<sheet>`
 * (openpyxl) or under another name (`rel:`), and the default namespace or an `x:` prefix for
 * SpreadsheetML alike. Text and attribute values are re-escaped; comments, CDATA and processing
 * instructions are kept.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';
const XML_URI = 'http://www.w3.org/XML/1998/namespace';

export interface XAttr {
  /** Namespace URI ('' for none: an unprefixed attribute). */
  uri: string;
  local: string;
  /** The prefix written in the source (a hint; '' for none). */
  prefix: string;
  value: string;
}

export interface XElement {
  kind: 'element';
  uri: string;
  local: string;
  /** The prefix written in the source, or null for an element added here (chosen on writing). */
  prefix: string | null;
  /** Namespace declarations written on this element in the source: prefix ('' default) → URI. */
  decls: [string, string][];
  attrs: XAttr[];
  children: XNode[];
}

export type XNode = XElement | { kind: 'text'; text: string } | { kind: 'cdata'; text: string } | { kind: 'comment'; text: string } | { kind: 'pi'; target: string; body: string };

export interface XDocument {
  /** The XML declaration's standalone value, or null when the source had no declaration. */
  decl: { standalone: string | null } | null;
  /** Comments and processing instructions before the root element. */
  before: XNode[];
  root: XElement;
}

/** A part that is not well-formed XML with namespaces. */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = 'XmlError';
  }
}

export function parseXml(text: string, part: string): XDocument {
  const parser = new SaxesParser({ xmlns: true, additionalNamespaces: {} });
  let failure: string | null = null;
  let decl: XDocument['decl'] = null;
  const before: XNode[] = [];
  let root: XElement | null = null;
  const open: XElement[] = [];
  const add = (n: XNode): void => {
    const top = open[open.length - 1];
    if (top) top.children.push(n);
    else if (!root && n.kind !== 'text') before.push(n);
  };
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('xmldecl', (d) => {
    decl = { standalone: d.standalone ?? null };
  });
  parser.on('doctype', () => {
    failure ??= `${parser.line}:${parser.column}: a DOCTYPE (not allowed in Office Open XML)`;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const decls: [string, string][] = [];
    const attrs: XAttr[] = [];
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XMLNS_URI) decls.push([a.prefix === 'xmlns' ? a.local : '', a.value]);
      else attrs.push({ uri: a.uri, local: a.local, prefix: a.prefix, value: a.value });
    }
    const el: XElement = { kind: 'element', uri: tag.uri, local: tag.local, prefix: tag.prefix, decls, attrs, children: [] };
    if (open.length === 0) root = el;
    else add(el);
    open.push(el);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    if (open.length > 0) add({ kind: 'text', text });
  });
  parser.on('cdata', (text) => add({ kind: 'cdata', text }));
  parser.on('comment', (text) => add({ kind: 'comment', text }));
  parser.on('processinginstruction', (pi) => add({ kind: 'pi', target: pi.target, body: pi.body }));
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e);
  }
  if (failure !== null || !root) throw new XmlError(part, failure ?? 'no root element');
  return { decl, before, root };
}

/** Checks that a part is well-formed XML with every prefix declared (throws `XmlError`). */
export function checkXml(text: string, part: string): void {
  parseXml(text, part);
}

// --- walking ------------------------------------------------------------------------------------

export const elementsOf = (el: XElement): XElement[] => el.children.filter((c): c is XElement => c.kind === 'element');

export function children(el: XElement, uri: string, local: string): XElement[] {
  return elementsOf(el).filter((c) => c.uri === uri && c.local === local);
}

export function child(el: XElement, uri: string, local: string): XElement | null {
  return children(el, uri, local)[0] ?? null;
}

/** Every element of the tree (document order), the root included. */
export function* descendants(el: XElement): Generator<XElement> {
  yield el;
  for (const c of el.children) if (c.kind === 'element') yield* descendants(c);
}

export function attr(el: XElement, local: string, uri = ''): string | undefined {
  return el.attrs.find((a) => a.uri === uri && a.local === local)?.value;
}

export function setAttr(el: XElement, local: string, value: string, uri = '', prefix = ''): void {
  const a = el.attrs.find((x) => x.uri === uri && x.local === local);
  if (a) a.value = value;
  else el.attrs.push({ uri, local, prefix, value });
}

/** The text of an element (its text and CDATA children). */
export function textOf(el: XElement): string {
  return el.children.map((c) => (c.kind === 'text' || c.kind === 'cdata' ? c.text : c.kind === 'element' ? textOf(c) : '')).join('');
}

/** A new element (its prefix chosen when written); attributes as [local, value] or [uri, local, value, prefix hint]. */
export function element(uri: string, local: string, attrs: readonly (readonly [string, string] | readonly [string, string, string, string])[] = [], kids: XNode[] = []): XElement {
  return {
    kind: 'element',
    uri,
    local,
    prefix: null,
    decls: [],
    attrs: attrs.map((a) => (a.length === 2 ? { uri: '', local: a[0], prefix: '', value: a[1] } : { uri: a[0], local: a[1], value: a[2], prefix: a[3] })),
    children: kids,
  };
}

export function remove(parent: XElement, el: XElement): void {
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
}

// --- writing ------------------------------------------------------------------------------------

/** Characters XML 1.0 cannot hold, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern looks for
const INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escText = (s: string): string => s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escAttr = (s: string): string => escText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

/** Prefix bindings in scope: a frame per element that declares something. */
interface Scope {
  map: Map<string, string>;
  up: Scope | null;
}

function resolve(scope: Scope | null, prefix: string): string | undefined {
  if (prefix === 'xml') return XML_URI;
  for (let s = scope; s; s = s.up) if (s.map.has(prefix)) return s.map.get(prefix);
  return prefix === '' ? '' : undefined;
}

/** A non-empty prefix bound to a URI where it is not shadowed, or null. */
function prefixFor(scope: Scope | null, uri: string): string | null {
  if (uri === XML_URI) return 'xml';
  const seen = new Set<string>();
  for (let s = scope; s; s = s.up)
    for (const [p, u] of s.map) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (p !== '' && u === uri) return p;
    }
  return null;
}

function writeElement(el: XElement, outer: Scope | null, out: string[]): void {
  const own = new Map<string, string>(el.decls);
  const scope: Scope = { map: own, up: outer };
  const declare = (hint: string, uri: string): string => {
    let p = hint;
    for (let n = 1; own.has(p) && own.get(p) !== uri; n++) p = `${hint || 'ns'}${n}`;
    own.set(p, uri);
    return p;
  };
  // The element's prefix: its own if still bound to its URI, else one in scope, else declared here.
  let prefix = el.prefix;
  if (prefix === null) prefix = resolve(scope, '') === el.uri ? '' : (prefixFor(scope, el.uri) ?? '');
  if (resolve(scope, prefix) !== el.uri) {
    if (own.has(prefix) && own.get(prefix) !== el.uri) prefix = declare(prefix || 'ns', el.uri);
    else own.set(prefix, el.uri);
  }
  const attrs = el.attrs.map((a) => {
    if (a.uri === '') return `${a.local}="${escAttr(a.value)}"`;
    let p = a.prefix !== '' && resolve(scope, a.prefix) === a.uri ? a.prefix : prefixFor(scope, a.uri);
    if (p === null) p = declare(a.prefix || 'ns', a.uri);
    return `${p}:${a.local}="${escAttr(a.value)}"`;
  });
  const name = prefix ? `${prefix}:${el.local}` : el.local;
  const decls = [...own].map(([p, u]) => `${p ? `xmlns:${p}` : 'xmlns'}="${escAttr(u)}"`);
  out.push(`<${[name, ...decls, ...attrs].join(' ')}`);
  if (el.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const c of el.children) writeNode(c, scope, out);
  out.push(`</${name}>`);
}

function writeNode(n: XNode, scope: Scope | null, out: string[]): void {
  switch (n.kind) {
    case 'element':
      return writeElement(n, scope, out);
    case 'text':
      out.push(escText(n.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${n.text}]]>`);
      return;
    case 'comment':
      out.push(`<!--${n.text}-->`);
      return;
    case 'pi':
      out.push(`<?${n.target}${n.body ? ` ${n.body}` : ''}?>`);
  }
}

export function serializeXml(doc: XDocument): string {
  const out: string[] = [];
  if (doc.decl) out.push(`<?xml version="1.0" encoding="UTF-8"${doc.decl.standalone ? ` standalone="${doc.decl.standalone}"` : ''}?>\n`);
  for (const n of doc.before) writeNode(n, null, out);
  writeElement(doc.root, null, out);
  return out.join('');
}

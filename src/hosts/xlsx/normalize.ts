/**
 * A package as exceljs can read it. exceljs matches element and attribute names as written
 * (`sheet`, `r:id`) and joins relationship targets to folders as text, so packages other programs
 * write legitimately trip it: absolute targets (`/xl/comments/comment1.xml`, openpyxl), SpreadsheetML
 * under a prefix (`x:`, Open XML SDK programs), the relationships namespace under another prefix,
 * and strict Office Open XML (other namespace URIs and relationship types). Each such part is
 * parsed (dom.ts) and written again: SpreadsheetML in the default namespace, relationship
 * attributes as `r:`, strict URIs as their transitional twins, targets relative to their source.
 * Parts that need none of it are left as they are (the check is on namespace declarations).
 */
import { attr, descendants, parseXml, serializeXml, setAttr, XmlError, type XDocument, type XElement } from './dom';
import { relsPathOf, resolveTarget } from './package';
import { encodeUtf8, PackageError, partText } from './open';
import { NS } from './xml';

const STRICT_BASE = 'http://purl.oclc.org/ooxml/';

/** Strict namespace URIs and relationship types and their transitional twins (ISO/IEC 29500-4 vs -1). */
const STRICT_URIS: Record<string, string> = {
  'http://purl.oclc.org/ooxml/spreadsheetml/main': NS.main,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': NS.rel,
  'http://purl.oclc.org/ooxml/drawingml/main': 'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing': 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://purl.oclc.org/ooxml/officeDocument/extendedProperties': 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  'http://purl.oclc.org/ooxml/officeDocument/sharedTypes': 'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
};

export function transitionalUri(uri: string): string {
  if (!uri.startsWith(STRICT_BASE)) return uri;
  if (Object.hasOwn(STRICT_URIS, uri)) return STRICT_URIS[uri]!;
  // Relationship types: …/officeDocument/relationships/worksheet and the like.
  const m = /^http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/(.+)$/.exec(uri);
  if (m) return `${NS.rel}/${m[1]}`;
  return uri;
}

/** The part a relationships part speaks for: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`, `_rels/.rels` → ''. */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : '';
}

/** A part name relative to the folder of `source` (both without a leading `/`). */
export function relativeTo(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/**
 * The prefixes exceljs expects, by namespace ('' for the default namespace): it reads `xdr:wsDr`,
 * `a:blip`, `r:id` by these names.
 */
const CANONICAL = new Map<string, string>([
  [NS.main, ''],
  [NS.rel, 'r'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'xdr'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'a'],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'c'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
]);

const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether a part declares a namespace under another prefix than exceljs expects, or a strict one (a cheap check before parsing). */
const NEEDS_WORK = new RegExp(
  [
    ...[...CANONICAL].map(([uri, p]) => (p === '' ? `xmlns:[\\w.-]+\\s*=\\s*["']${quote(uri)}["']` : `xmlns(?!:${p}\\s*=)(?::[\\w.-]+)?\\s*=\\s*["']${quote(uri)}["']`)),
    'purl\\.oclc\\.org/ooxml/',
  ].join('|'),
);

function normalizeXml(doc: XDocument): void {
  const root = doc.root;
  // The root's namespace stays the default one when exceljs expects no prefix of its own for it.
  const rootUri = transitionalUri(root.uri);
  const home = CANONICAL.has(rootUri) ? (CANONICAL.get(rootUri) === '' ? rootUri : null) : rootUri;
  const used = new Set<string>();
  let n = 0;
  for (const el of descendants(root)) {
    el.uri = transitionalUri(el.uri);
    // The default namespace and the canonical ones are declared again, on the root.
    el.decls = el.decls.map(([p, u]): [string, string] => [p, transitionalUri(u)]).filter(([p, u]) => p !== '' && u !== home && !CANONICAL.has(u));
    const canonical = CANONICAL.get(el.uri);
    if (canonical !== undefined) {
      el.prefix = canonical;
      if (canonical !== '') used.add(el.uri);
    } else if (el.uri === home) el.prefix = '';
    else if (el.prefix === '' && el.uri !== '') el.prefix = `ns${n++}`;
    for (const a of el.attrs) {
      a.uri = transitionalUri(a.uri);
      const p = CANONICAL.get(a.uri);
      if (p) {
        a.prefix = p;
        used.add(a.uri);
      }
    }
    if (el.uri === NS.main && el.local === 'workbook') el.attrs = el.attrs.filter((a) => !(a.uri === '' && a.local === 'conformance'));
  }
  if (home) root.decls.unshift(['', home]);
  for (const uri of used) if (!root.decls.some(([p]) => p === CANONICAL.get(uri))) root.decls.push([CANONICAL.get(uri)!, uri]);
}

const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);
const isRels = (name: string): boolean => /\.rels$/i.test(name);

function parse(text: string, part: string): XDocument {
  try {
    return parseXml(text, part);
  } catch (e) {
    if (e instanceof XmlError) throw new PackageError({ kind: 'badPart', part: e.part, reason: e.reason });
    throw e;
  }
}

const RT = `${NS.rel}/`;
const CORE_PROPERTIES = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

/**
 * Where exceljs looks for each kind of part (it reads parts by these names, not through the
 * relationships), by relationship type; `n` numbers the parts of a kind from 1.
 */
const CANONICAL_PLACE: Record<string, (n: number, ext: string) => string> = {
  officeDocument: () => 'xl/workbook.xml',
  worksheet: (n) => `xl/worksheets/sheet${n}.xml`,
  sharedStrings: () => 'xl/sharedStrings.xml',
  styles: () => 'xl/styles.xml',
  theme: (n) => `xl/theme/theme${n}.xml`,
  comments: (n) => `xl/comments${n}.xml`,
  vmlDrawing: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  drawing: (n) => `xl/drawings/drawing${n}.xml`,
  table: (n) => `xl/tables/table${n}.xml`,
  image: (n, ext) => `xl/media/image${n}.${ext}`,
  'extended-properties': () => 'docProps/app.xml',
  core: () => 'docProps/core.xml',
};

interface RelsPart {
  name: string;
  source: string;
  doc: XDocument;
}

/**
 * Renames the parts exceljs reads to the names it looks for, and rewrites every relationship
 * target relative to its source's new name (absolute targets included) and strict relationship
 * types as transitional ones. Parts, relationships and overrides are edited in `files`.
 */
function canonicalLayout(files: Map<string, Uint8Array>, changed: string[]): void {
  const byLower = new Map([...files.keys()].map((n) => [n.toLowerCase(), n] as const));
  const actual = (part: string): string | null => {
    const direct = byLower.get(part.toLowerCase());
    if (direct !== undefined) return direct;
    try {
      return byLower.get(decodeURIComponent(part).toLowerCase()) ?? null;
    } catch {
      return null;
    }
  };
  const rels = new Map<string, RelsPart>();
  for (const [name, data] of files) if (isRels(name)) rels.set(sourceOfRels(name).toLowerCase(), { name, source: sourceOfRels(name), doc: parse(partText(data), name) });
  const targets = (r: RelsPart): { el: XElement; type: string; part: string | null }[] =>
    [...descendants(r.doc.root)]
      .filter((el) => el.local === 'Relationship')
      .map((el) => ({ el, type: transitionalUri(attr(el, 'Type') ?? ''), part: attr(el, 'TargetMode') === 'External' ? null : actual(resolveTarget(r.source, attr(el, 'Target') ?? '')) }));
  // New names, walking the relationships from the package root.
  const renamed = new Map<string, string>();
  const counters = new Map<string, number>();
  const queue = [''];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const source = queue.shift()!;
    if (seen.has(source.toLowerCase())) continue;
    seen.add(source.toLowerCase());
    const r = rels.get(source.toLowerCase());
    if (!r) continue;
    for (const t of targets(r)) {
      if (t.part === null || renamed.has(t.part)) continue;
      const kind = t.type === CORE_PROPERTIES ? 'core' : t.type.startsWith(RT) ? t.type.slice(RT.length) : '';
      const place = Object.hasOwn(CANONICAL_PLACE, kind) ? CANONICAL_PLACE[kind] : undefined;
      if (place && (kind !== 'officeDocument' || source === '')) {
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        const ext = /\.([A-Za-z0-9]{3,4})$/.exec(t.part)?.[1] ?? 'bin';
        renamed.set(t.part, place(n, ext));
      }
      queue.push(t.part);
    }
  }
  for (const [from, to] of [...renamed]) if (from === to) renamed.delete(from);
  // A part left where it is but in the way of a new name moves aside.
  const taken = new Set([...renamed.values()].map((n) => n.toLowerCase()));
  for (const name of files.keys()) if (!renamed.has(name) && taken.has(name.toLowerCase()) && !isRels(name)) renamed.set(name, `thidua-moved/${name}`);
  const newName = (part: string): string => renamed.get(part) ?? part;
  const encoder = { encode: encodeUtf8 };
  // Relationships: each rewritten for its source's new name, targets relative to it.
  const relsOut = new Map<string, Uint8Array>();
  for (const r of rels.values()) {
    const src = r.source === '' ? '' : newName(actual(r.source) ?? r.source);
    let edited = false;
    for (const t of targets(r)) {
      if (t.type !== (attr(t.el, 'Type') ?? '')) {
        setAttr(t.el, 'Type', t.type);
        edited = true;
      }
      if (t.part === null) continue;
      const target = relativeTo(src, newName(t.part));
      if (target !== attr(t.el, 'Target')) {
        setAttr(t.el, 'Target', target);
        edited = true;
      }
    }
    const relsName = src === '' ? '_rels/.rels' : relsPathOf(src);
    if (edited || relsName !== r.name) {
      relsOut.set(relsName, edited ? encoder.encode(serializeXml(r.doc)) : files.get(r.name)!);
      files.delete(r.name);
      changed.push(r.name);
    }
  }
  if (renamed.size > 0) {
    const moved = [...renamed].map(([from, to]) => [to, files.get(from)!] as const);
    for (const from of renamed.keys()) files.delete(from);
    for (const [to, data] of moved) files.set(to, data);
    changed.push(...renamed.keys());
    const ct = actual('[Content_Types].xml');
    if (ct !== null) {
      const doc = parse(partText(files.get(ct)!), ct);
      for (const o of descendants(doc.root)) {
        const part = o.local === 'Override' ? actual((attr(o, 'PartName') ?? '').replace(/^\/+/, '')) : null;
        if (part !== null && renamed.has(part)) setAttr(o, 'PartName', `/${renamed.get(part)!}`);
      }
      files.set(ct, encoder.encode(serializeXml(doc)));
    }
  }
  for (const [name, data] of relsOut) files.set(name, data);
}

/** The package's files with the parts exceljs would misread rewritten or renamed; `changed` lists them. */
export function normalizeForReading(files: ReadonlyMap<string, Uint8Array>): { files: Map<string, Uint8Array>; changed: string[] } {
  const out = new Map(files);
  const changed: string[] = [];
  const encoder = { encode: encodeUtf8 };
  for (const [name, data] of files) {
    if (!isXmlPart(name) || isRels(name)) continue;
    const text = partText(data);
    if (!NEEDS_WORK.test(text)) continue;
    const doc = parse(text, name);
    normalizeXml(doc);
    out.set(name, encoder.encode(serializeXml(doc)));
    changed.push(name);
  }
  canonicalLayout(out, changed);
  return { files: out, changed };
}

/** Every XML part checked for well-formedness: the first that is not, as a `PackageError`. */
export function findBadPart(files: ReadonlyMap<string, Uint8Array>): PackageError | null {
  for (const [name, data] of files) {
    if (!isXmlPart(name)) continue;
    try {
      parseXml(partText(data), name);
    } catch (e) {
      if (e instanceof XmlError) return new PackageError({ kind: 'badPart', part: e.part, reason: e.reason });
      throw e;
    }
  }
  return null;
}

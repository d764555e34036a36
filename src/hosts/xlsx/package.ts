/**
 * What the surgical writer needs to know of an .xlsx package: where the workbook part is (from
 * the package relationships), its sheets (name, sheetId, relationship, part), the add-in's marker
 * names, and the parts it edits (workbook relationships, content types, styles). Anything it cannot
 * read with confidence — a strict-OOXML workbook, a missing part — is `Unsupported`.
 */
import type JSZip from 'jszip';
import { ownSheets } from '../../workbook/own-sheets';
import type { OutputKind } from '../../workbook/output';
import { attr, child, children, parseXml, textOf, XmlError, type XDocument } from './dom';
import { Unsupported } from './unsupported';
import { NS } from './xml';

export const REL_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  strictOfficeDocument: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
};

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the zip (no leading `/`), or null for an external target. */
  part: string | null;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rel: Relationship | null;
}

export interface XlsxPackage {
  zip: JSZip;
  /** Zip entry names by their lower-case form (part names are compared without case). */
  entries: Map<string, string>;
  workbookPath: string;
  workbook: XDocument;
  relsPath: string;
  relsDoc: XDocument;
  rels: Relationship[];
  contentTypesPath: string;
  contentTypes: XDocument;
  stylesPath: string;
  sheets: SheetEntry[];
  /** The sheets the add-in's marker names point at: sheet name → output kind. */
  markers: Map<string, OutputKind>;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export async function readPart(pkg: Pick<XlsxPackage, 'zip' | 'entries'>, part: string): Promise<string | null> {
  const name = pkg.entries.get(part.toLowerCase()) ?? pkg.entries.get(safeDecode(part).toLowerCase());
  return name ? pkg.zip.file(name)!.async('string') : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseRels(doc: XDocument, source: string): Relationship[] {
  return children(doc.root, NS.pkgRel, 'Relationship').map((el) => ({
    id: attr(el, 'Id') ?? '',
    type: attr(el, 'Type') ?? '',
    part: attr(el, 'TargetMode') === 'External' ? null : resolveTarget(source, attr(el, 'Target') ?? ''),
  }));
}

/** A part as a tree; a part that is not well-formed is one the writer will not edit. */
export function parsePart(xml: string, part: string): XDocument {
  try {
    return parseXml(xml, part);
  } catch (e) {
    if (e instanceof XmlError) throw new Unsupported(e.message);
    throw e;
  }
}

export { markerSheet } from '../../workbook/own-sheets';

function readMarkers(doc: XDocument, sheets: readonly SheetEntry[]): Map<string, OutputKind> {
  const list = child(doc.root, NS.main, 'definedNames');
  const names = (list ? children(list, NS.main, 'definedName') : []).map((dn) => ({
    name: attr(dn, 'name') ?? '',
    reference: textOf(dn),
    local: attr(dn, 'localSheetId') !== undefined,
  }));
  // Matched as the reader (exceljs's readMarkers) matches: one implementation, src/workbook/own-sheets.ts.
  return ownSheets(names, sheets.map((s) => s.name));
}

export async function readPackage(zip: JSZip): Promise<XlsxPackage> {
  const entries = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) entries.set(name.toLowerCase(), name);
  const pkg = { zip, entries };
  const rootRelsXml = await readPart(pkg, '_rels/.rels');
  if (rootRelsXml === null) throw new Unsupported('no package relationships (_rels/.rels)');
  const rels0 = parseRels(parsePart(rootRelsXml, '_rels/.rels'), '');
  if (rels0.some((r) => r.type === REL_TYPES.strictOfficeDocument)) throw new Unsupported('a strict-OOXML workbook');
  const workbookPath = rels0.find((r) => r.type === REL_TYPES.officeDocument)?.part;
  if (!workbookPath) throw new Unsupported('no workbook part');
  const workbookXml = await readPart(pkg, workbookPath);
  if (workbookXml === null) throw new Unsupported(`no workbook part ${workbookPath}`);
  const workbook = parsePart(workbookXml, workbookPath);
  if (workbook.root.local !== 'workbook') throw new Unsupported('the workbook part is not a workbook');
  if (workbook.root.uri !== NS.main) throw new Unsupported(workbook.root.uri === NS.strictMain ? 'a strict-OOXML workbook' : 'an unknown workbook namespace');
  const relsPath = relsPathOf(workbookPath);
  const relsXml = await readPart(pkg, relsPath);
  const contentTypesXml = await readPart(pkg, '[Content_Types].xml');
  if (relsXml === null || contentTypesXml === null) throw new Unsupported('no workbook relationships or content types');
  const relsDoc = parsePart(relsXml, relsPath);
  const contentTypes = parsePart(contentTypesXml, '[Content_Types].xml');
  if (relsDoc.root.uri !== NS.pkgRel || relsDoc.root.local !== 'Relationships' || contentTypes.root.uri !== NS.contentTypes || contentTypes.root.local !== 'Types') throw new Unsupported('unexpected relationships or content-types part');
  const rels = parseRels(relsDoc, workbookPath);
  const stylesPath = rels.find((r) => r.type === REL_TYPES.styles)?.part;
  if (!stylesPath || (await readPart(pkg, stylesPath)) === null) throw new Unsupported('no styles part');
  const sheetsEl = child(workbook.root, NS.main, 'sheets');
  if (!sheetsEl) throw new Unsupported('a workbook without sheets');
  const sheets = children(sheetsEl, NS.main, 'sheet').map((el): SheetEntry => {
    const rid = attr(el, 'id', NS.rel);
    return { name: attr(el, 'name') ?? '', sheetId: Number(attr(el, 'sheetId')), rel: rels.find((r) => r.id === rid) ?? null };
  });
  if (sheets.length === 0) throw new Unsupported('a workbook without sheets');
  if (sheets.some((s) => !s.name || !Number.isInteger(s.sheetId))) throw new Unsupported('a sheet without a name or sheetId');
  return {
    ...pkg,
    workbookPath,
    workbook,
    relsPath,
    relsDoc,
    rels,
    contentTypesPath: entries.get('[content_types].xml')!,
    contentTypes,
    stylesPath,
    sheets,
    markers: readMarkers(workbook, sheets),
  };
}

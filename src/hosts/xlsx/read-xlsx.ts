/**
 * A small .xlsx reader for files the user picks in the task pane (which may not bundle exceljs):
 * bytes → the plain grid (values as the file stores them: shared and inline strings, numbers,
 * booleans, errors, a formula's stored result), the workbook-level defined names and the time the
 * file was last saved, and which number cells are dates or percents by their cell format (read-styles.ts).
 * The add-in's own sheets (marked by their names) are left out, as the
 * command line's reader does. Loaded on demand (dynamic import), never on the pane's first load.
 */
import JSZip from 'jszip';
import { parseArea, UNCALCULATED, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import { OWN_MARKERS } from '../../workbook/output';
import { markerSheet, parsePart, parseRels, readPart, REL_TYPES } from './package';
import { decodeXml, findElement, findElements, parseAttrs } from './xml';
import { cellFormatShapes } from './read-styles';

export interface ReadXlsx {
  grid: WorkbookGrid;
  /** Workbook-level defined names: name → what it refers to. */
  names: Map<string, string>;
  /** `dcterms:modified` (or `created`), ISO text; null when absent. */
  modified: string | null;
}

const T = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;

/** The text of a string item: every `<t>` run, phonetic runs left out. */
function itemText(xml: string): string {
  const body = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let out = '';
  for (let m = T.exec(body); m; m = T.exec(body)) out += decodeXml(m[1]!);
  T.lastIndex = 0;
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return findElements(xml, 'si').map((si) => (si.selfClosing ? '' : itemText(xml.slice(si.openEnd, si.closeStart))));
}

const CELL = /<(?:[\w.-]+:)?c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const F = /<(?:[\w.-]+:)?f[\s>/]/;
const IS = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

function cellValue(type: string, inner: string, strings: readonly string[]): Cell {
  const v = V.exec(inner)?.[1];
  if (type === 'inlineStr') {
    const is = IS.exec(inner)?.[1];
    return is === undefined ? null : itemText(is);
  }
  if (v === undefined) return F.test(inner) ? { error: UNCALCULATED } : null;
  const text = decodeXml(v);
  switch (type) {
    case 's':
      return strings[Number(text)] ?? null;
    case 'str':
      return text;
    case 'b':
      return text === '1' || text.toLowerCase() === 'true';
    case 'e':
      return { error: text };
    default: {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

function sheetGrid(name: string, xml: string, strings: readonly string[], formats: readonly (NumberShape | null)[]): SheetGrid {
  const rows: Cell[][] = [];
  // Number cells whose format makes them a date or a percent, as the exceljs reader marks them.
  const shapes: (NumberShape | null)[][] = [];
  const data = findElement(xml, 'sheetData');
  const body = data && !data.selfClosing ? xml.slice(data.openEnd, data.closeStart) : '';
  let nextRow = 0;
  let nextCol = 0;
  let lastRowSeen = -1;
  const ROW = /<(?:[\w.-]+:)?row(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
  for (let rm = ROW.exec(body); rm; rm = ROW.exec(body)) {
    const rAttr = parseAttrs(`<row${rm[1] ?? ''}>`).get('r');
    const r = rAttr ? Number(rAttr) - 1 : lastRowSeen + 1;
    lastRowSeen = r;
    nextRow = r;
    nextCol = 0;
    const inner = rm[2] ?? '';
    for (let cm = CELL.exec(inner); cm; cm = CELL.exec(inner)) {
      const attrs = parseAttrs(`<c${cm[1] ?? ''}>`);
      const ref = attrs.get('r');
      const at = ref ? parseArea(ref) : null;
      const row = at ? at.top : nextRow;
      const col = at ? at.left : nextCol;
      nextCol = col + 1;
      const value = cellValue(attrs.get('t') ?? 'n', cm[2] ?? '', strings);
      if (value === null) continue;
      const cells = (rows[row] ??= []);
      cells[col] = value;
      const shape = typeof value === 'number' ? formats[Number(attrs.get('s') ?? '0')] : null;
      if (shape) (shapes[row] ??= [])[col] = shape;
    }
    CELL.lastIndex = 0;
  }
  for (let i = 0; i < rows.length; i++) {
    const cells = (rows[i] ??= []);
    for (let j = 0; j < cells.length; j++) if (cells[j] === undefined) cells[j] = null;
  }
  const merges = findElements(xml, 'mergeCell').map((m) => m.attrs.get('ref') ?? '').filter((r) => r !== '');
  return { name, rows, originRow: 0, originCol: 0, merges, ...(shapes.length > 0 ? { shapes } : {}) };
}

export async function readXlsx(bytes: Uint8Array, name?: string): Promise<ReadXlsx> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, string>();
  for (const n of Object.keys(zip.files)) if (!zip.files[n]!.dir) entries.set(n.toLowerCase(), n);
  const pkg = { zip, entries };
  const rootRels = await readPart(pkg, '_rels/.rels');
  const workbookPath = (rootRels === null ? undefined : parseRels(parsePart(rootRels, '_rels/.rels'), '').find((r) => r.type === REL_TYPES.officeDocument)?.part) ?? 'xl/workbook.xml';
  const workbookXml = await readPart(pkg, workbookPath);
  if (workbookXml === null) throw new Error(`no workbook part ${workbookPath}`);
  const relsXml = await readPart(pkg, workbookPath.replace(/([^/]+)$/, '_rels/$1.rels'));
  const rels = relsXml === null ? [] : parseRels(parsePart(relsXml, workbookPath.replace(/([^/]+)$/, '_rels/$1.rels')), workbookPath);
  const stringsPart = rels.find((r) => r.type.endsWith('/sharedStrings'))?.part;
  const strings = sharedStrings(stringsPart ? await readPart(pkg, stringsPart) : null);
  const stylesPart = rels.find((r) => r.type.endsWith('/styles'))?.part;
  const formats = stylesPart ? cellFormatShapes(await readPart(pkg, stylesPart), stylesPart) : [];

  const names = new Map<string, string>();
  for (const dn of findElements(workbookXml, 'definedName')) {
    const n = dn.attrs.get('name');
    if (!n || dn.attrs.has('localSheetId') || dn.selfClosing || names.has(n)) continue;
    names.set(n, decodeXml(workbookXml.slice(dn.openEnd, dn.closeStart)));
  }
  const own = new Set<string>();
  for (const marker of Object.values(OWN_MARKERS)) {
    const ref = names.get(marker);
    const sheet = ref === undefined ? null : markerSheet(ref);
    if (sheet !== null) own.add(sheet);
  }
  const sheets: SheetGrid[] = [];
  for (const el of findElements(workbookXml, 'sheet')) {
    const sheetName = el.attrs.get('name');
    const rid = [...el.attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const part = rels.find((r) => r.id === rid)?.part;
    if (!sheetName || !part || own.has(sheetName)) continue;
    const xml = await readPart(pkg, part);
    if (xml !== null) sheets.push(sheetGrid(sheetName, xml, strings, formats));
  }
  const core = await readPart(pkg, 'docProps/core.xml');
  let modified: string | null = null;
  if (core !== null) {
    const el = findElement(core, 'modified') ?? findElement(core, 'created');
    if (el && !el.selfClosing) modified = decodeXml(core.slice(el.openEnd, el.closeStart)).trim() || null;
  }
  return { grid: { name, sheets }, names, modified };
}

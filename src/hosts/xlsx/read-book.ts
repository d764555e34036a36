/**
 * THE package reader (issue 17): an .xlsx (any maker: Excel, LibreOffice, openpyxl, exceljs, Open
 * XML SDK programs) into the plain grid, without exceljs. Used by the command line (BookSource),
 * the jobs that read files and the pane's picked files (read-xlsx.ts): one reader.
 *
 * The package is opened within the limits (open.ts: zip bombs, sizes) and checked to be a workbook;
 * the parts are then parsed with saxes, namespace-aware (so `x:`-prefixed SpreadsheetML, strict
 * Office Open XML and relationships under any prefix read alike, and relationship targets are
 * resolved as part names, absolute ones too: nothing needs the normalisation exceljs needed). The
 * sheet XML is parsed as a stream of events straight into rows of cells: no tree of the sheet.
 *
 * What a cell reads as is what the exceljs reader gave (the differential test reads every .xlsx
 * of the tests with both): shared and inline strings (rich text joined, phonetic runs left out,
 * `_xHHHH_` escapes decoded as exceljs decodes them), numbers, booleans, errors, a formula's
 * cached value (none: `#UNCALCULATED`), a number in a date format as the serial day of the 1900
 * system (a 1904 workbook's dates shifted; rounded to the millisecond, as exceljs's Date was), the
 * shapes (date, percent) of number cells by their cell format, merged areas (their other cells
 * empty), the add-in's own sheets left out (src/workbook/own-sheets.ts). Where exceljs misread, this
 * reader reads what the file says: an ISO date cell (`t="d"`) is its serial day, not its year; a
 * cached formula text is not unescaped twice; a `date1904="true"` workbook is a 1904 one; a number
 * whose format only looks like a date to exceljs's test (an escaped `0.0 \h`) stays a number: the
 * grid's one classifier (`numberFormatShape`) decides both the conversion and the shape.
 */
import { numberFormatShape, UNCALCULATED, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import { ownSheets } from '../../workbook/own-sheets';
import type { OutputKind } from '../../workbook/output-kinds';
import { attr, children, parseXml, textOf, XmlError, type XDocument, type XElement } from './dom';
import { entryOf, LIMITS, packageKind, PackageError, partText, unzipBounded, type InflateRaw, type Limits } from './open';
import { resolveTarget } from './package';
import { XmlScanError, XmlScanner, type ScanHandler } from './scan-xml';

const IGNORE: ScanHandler = { open: () => undefined, close: () => undefined, text: () => undefined };

const MAIN = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
const REL = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * Whether a scanned element's namespace is SpreadsheetML's, the last answer kept: the scanner
 * hands the same URI string for every element of a part, so this is one comparison of references
 * per element instead of a set lookup comparing 50 characters.
 */
function mainTest(): (uri: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (uri) => {
    if (uri !== last) {
      last = uri;
      answer = MAIN.has(uri);
    }
    return answer;
  };
}

/** One sheet of the book (input or own), in the workbook's order. */
export interface BookSheet {
  name: string;
  /** The add-in's marker pointing at it, if any (then it is left out of `grid`). */
  marker: OutputKind | null;
}

export interface PackageBook {
  /** The input sheets (the add-in's own sheets left out). */
  grid: WorkbookGrid;
  /** Every worksheet of the book, own sheets included. */
  sheets: BookSheet[];
  markers: Map<string, OutputKind>;
  /** Workbook-level defined names: name → what it refers to (the first of a name). */
  names: Map<string, string>;
  /** `dcterms:modified` (or `created`), ISO text; null when absent. */
  modified: string | null;
  /** The package's entries as opened (inflated within the limits), for a writer that rewrites it. */
  files: Map<string, Uint8Array>;
}

/** A part that is not well-formed: a PackageError naming it. */
function badPart(part: string, reason: string): PackageError {
  return new PackageError({ kind: 'badPart', part, reason });
}

function tree(files: ReadonlyMap<string, Uint8Array>, part: string): XDocument | null {
  const e = entryOf(files, part) ?? safeEntry(files, part);
  if (!e) return null;
  try {
    return parseXml(partText(e[1]), e[0]);
  } catch (err) {
    if (err instanceof XmlError) throw badPart(err.part, err.reason);
    throw err;
  }
}

function safeEntry(files: ReadonlyMap<string, Uint8Array>, part: string): [string, Uint8Array] | null {
  try {
    const decoded = decodeURIComponent(part);
    return decoded === part ? null : entryOf(files, decoded);
  } catch {
    return null;
  }
}

const isRelType = (type: string, kind: string): boolean => type.endsWith(`/relationships/${kind}`) && (type.startsWith('http://schemas.openxmlformats.org/') || type.startsWith('http://purl.oclc.org/ooxml/'));

interface Rel {
  id: string;
  type: string;
  part: string | null;
}

function relsOf(files: ReadonlyMap<string, Uint8Array>, source: string): Rel[] {
  const i = source.lastIndexOf('/');
  const doc = tree(files, `${source.slice(0, i + 1)}_rels/${source.slice(i + 1)}.rels`);
  if (!doc) return [];
  return children(doc.root, PKG_REL, 'Relationship').map((el) => ({
    id: attr(el, 'Id') ?? '',
    type: attr(el, 'Type') ?? '',
    part: attr(el, 'TargetMode') === 'External' ? null : resolveTarget(source, attr(el, 'Target') ?? ''),
  }));
}

function mainKids(el: XElement | null, local: string): XElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XElement => c.kind === 'element' && c.local === local && MAIN.has(c.uri));
}

function mainKid(el: XElement | null, local: string): XElement | null {
  return mainKids(el, local)[0] ?? null;
}

// --- the streaming parse --------------------------------------------------------------------------

/**
 * Scans a part (scan-xml.ts) in slices, UTF-8 decoded as it goes, so a sheet's text is never whole
 * in memory; a part that is not well-formed, or holds a DOCTYPE, is a `badPart`.
 */
function stream(name: string, data: Uint8Array, handler: ScanHandler): void {
  const scanner = new XmlScanner(handler);
  try {
    const utf16 = data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
    if (utf16 || typeof TextDecoder !== 'function') {
      const text = partText(data);
      scanner.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } else {
      // A byte-order mark is dropped by the decoder; invalid UTF-8 becomes U+FFFD, as before.
      const decoder = new TextDecoder('utf-8');
      const SLICE = 1 << 20;
      for (let at = 0; at < data.length; at += SLICE) scanner.write(decoder.decode(data.subarray(at, at + SLICE), { stream: true }));
      scanner.write(decoder.decode());
    }
    scanner.close();
  } catch (e) {
    if (e instanceof XmlScanError) throw badPart(name, e.reason);
    throw e;
  }
}

/** exceljs's `_xHHHH_` decoding of a text run (upper-case hexadecimal digits, as it reads them). */
const unescapeX = (s: string): string => (s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

/** The shared strings, in order: plain `<t>` text or the rich runs' text joined; phonetic runs left out. */
function sharedStrings(name: string, data: Uint8Array): string[] {
  const out: string[] = [];
  let inSi = false;
  let depth = 0;
  let skip = 0;
  let inT = false;
  let buf = '';
  let item = '';
  const isMain = mainTest();
  stream(name, data, {
    open: (uri, local) => {
      if (!isMain(uri)) {
        if (inSi) depth++;
        return;
      }
      if (local === 'si' && !inSi) {
        inSi = true;
        depth = 0;
        item = '';
        return;
      }
      if (!inSi) return;
      depth++;
      if (local === 'rPh') skip++;
      else if (local === 't' && skip === 0) {
        inT = true;
        buf = '';
      }
    },
    text: (text) => {
      if (inT) buf += text;
    },
    close: (uri, local) => {
      if (!inSi) return;
      if (depth === 0) {
        out.push(item);
        inSi = false;
        return;
      }
      depth--;
      if (!isMain(uri)) return;
      if (local === 'rPh') skip--;
      else if (local === 't' && inT) {
        item += unescapeX(buf);
        inT = false;
      }
    },
  });
  return out;
}

/** Excel's built-in format codes (ECMA-376 §18.8.30) that exceljs knows, by id. */
const BUILT_IN: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * The cell formats (`cellXfs`) of the styles part, by a cell's `s`: the shape each gives a number
 * (`numberFormatShape`, the one classifier: a `date` is also converted as exceljs converted dates).
 * A custom code declared for an id (even a built-in one) is what the file shows, else the built-in
 * code. No part, no formats; a part that is not well-formed is a `badPart`.
 */
export function cellFormats(files: ReadonlyMap<string, Uint8Array>, part: string | undefined): (NumberShape | null)[] {
  const doc = part ? tree(files, part) : null;
  if (!doc) return [];
  const codes = new Map<number, string>();
  for (const f of mainKids(mainKid(doc.root, 'numFmts'), 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
  }
  return mainKids(mainKid(doc.root, 'cellXfs'), 'xf').map((xf) => {
    const id = parseInt(attr(xf, 'numFmtId') ?? '', 10);
    // A format id 0 (General) or none has no code.
    const code = id ? codes.get(id) || BUILT_IN[id] : undefined;
    return code ? numberFormatShape(code) : null;
  });
}

const MS_PER_DAY = 86_400_000;

/** Excel's sheet size (ECMA-376 §18.3.1.73): 1,048,576 rows, 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A date-formatted number as exceljs made it a Date and back: the 1900 serial day, to the millisecond. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return Math.abs(ms) > 8.64e15 ? NaN : ms / MS_PER_DAY + 25_569;
}

/** An ISO date or date-time (`t="d"`) as its serial day (1900 system), or null. */
function isoSerial(text: string): number | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + 25_569 : null;
}

/** `AB12` → [11, 27] (0-based row, column), or null. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === start || row === 0) return null;
  return [row - 1, col - 1];
}

function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface SheetContext {
  strings: readonly string[];
  formats: readonly (NumberShape | null)[];
  date1904: boolean;
}

/** A number as SpreadsheetML writes it in `<v>` (xsd:double, without INF and NaN). */
const XSD_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** One cell's value, as exceljs read it (cell-xform.js), from what the cell's XML held. */
function cellValue(t: string | undefined, s: number, hasFormula: boolean, text: string | null, rich: string | null, ctx: SheetContext): Cell | undefined {
  const format = s ? (ctx.formats[s] ?? null) : null;
  const number = (v: string): Cell => {
    // A whole XML number (xsd:double) is one. A text that only starts with a number stays the text it
    // is, for the readers' rules on number text and their located messages: parseFloat, as exceljs
    // reads it, would take `1.234,5` as 1.234, a thousandth, in silence. NaN and the infinities are
    // read as before (parseFloat), and refused at their cell by the readers.
    const whole = XSD_NUMBER.test(v);
    const n = whole ? Number(v) : parseFloat(v);
    if (!whole && Number.isFinite(n)) return v;
    return format === 'date' ? dateSerial(n, ctx.date1904) : n;
  };
  if (hasFormula) {
    if (!text) return { error: UNCALCULATED };
    if (t === 'str') return text;
    if (t === 'b') return bool(text);
    if (t === 'e') return { error: text };
    return number(text);
  }
  if (rich !== null) return rich;
  if (text === null) return undefined;
  switch (t) {
    case 's': {
      const i = parseInt(text, 10);
      return ctx.strings[i] ?? null;
    }
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return bool(text);
    case 'e':
      return { error: text };
    case 'd':
      return isoSerial(text) ?? text;
    default:
      return number(text);
  }
}

function bool(text: string): boolean {
  const v = text.trim().toLowerCase();
  if (v === 'false') return false;
  if (v === 'true') return true;
  return parseInt(v, 10) !== 0;
}

/** A sheet part streamed into a grid: cells, shapes and merged areas. */
function sheetGrid(name: string, part: string, data: Uint8Array, ctx: SheetContext): SheetGrid {
  const rows: Cell[][] = [];
  const shapes: (NumberShape | null)[][] = [];
  const merges: string[] = [];
  /** Cells whose format gives a shape, by row × 16,384 + column: a merged area's other cells take theirs. */
  const styled = new Map<number, number>();
  let row = -1;
  let nextCol = 0;
  // The cell being read.
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType: string | undefined;
  let cStyle = 0;
  let hasFormula = false;
  let text: string | null = null;
  let rich: string | null = null;
  let runText: string | null = null;
  /** What the text events go to: 0 nothing, 1 the value (`v`, an inline `t`), 2 the formula, 3 a rich run's `t`. */
  let target = 0;
  let formula = '';
  let skip = 0;
  let inIs = false;
  let inRun = false;
  const isMain = mainTest();
  const onText = (s: string): void => {
    if (target === 1) text = text === null ? s : text + s;
    else if (target === 2) formula += s;
    else if (target === 3) runText = runText === null ? s : runText + s;
  };
  stream(part, data, {
    open: (uri, local, a) => {
      if (!isMain(uri)) {
        if (inCell) skip++;
        return;
      }
      if (skip > 0) {
        skip++;
        return;
      }
      switch (local) {
        case 'row': {
          const r = a.get('r');
          const n = r ? parseInt(r, 10) : NaN;
          row = Number.isInteger(n) && n > 0 ? n - 1 : row + 1;
          nextCol = 0;
          return;
        }
        case 'c': {
          const ref = a.get('r');
          const at = ref ? parseRef(ref) : null;
          cRow = at ? at[0] : Math.max(row, 0);
          cCol = at ? at[1] : nextCol;
          nextCol = cCol + 1;
          // Past Excel's last row or column: a damaged or hostile part, refused before rows of that size are made.
          if (cRow >= MAX_ROWS || cCol >= MAX_COLS) throw new XmlScanError(`the cell ${ref ?? `${colName(cCol)}${cRow + 1}`} lies past Excel's last row or column`);
          cType = a.get('t');
          const sv = a.get('s');
          cStyle = sv ? parseInt(sv, 10) || 0 : 0;
          hasFormula = false;
          text = null;
          rich = null;
          formula = '';
          inCell = true;
          return;
        }
        case 'f':
          if (!inCell) return;
          // exceljs takes a cell as a formula when its `f` has text or a type (shared, array).
          if (a.get('t')) hasFormula = true;
          target = 2;
          formula = '';
          return;
        case 'v':
          if (inCell) target = 1;
          return;
        case 'is':
          if (inCell) inIs = true;
          return;
        case 'r':
          if (inIs) {
            inRun = true;
            runText = null;
          }
          return;
        case 'rPh':
          if (inCell) skip = 1;
          return;
        case 't':
          if (inRun) target = 3;
          else if (inIs) target = 1;
          return;
        case 'mergeCell': {
          const ref = a.get('ref');
          if (ref) merges.push(ref);
          return;
        }
        default:
          return;
      }
    },
    text: onText,
    close: (uri, local) => {
      if (skip > 0) {
        skip--;
        return;
      }
      if (!isMain(uri)) return;
      switch (local) {
        case 'f':
          if (formula !== '') hasFormula = true;
          target = 0;
          return;
        case 'v':
          target = 0;
          return;
        case 't':
          if (target === 3 || target === 1) target = 0;
          return;
        case 'r':
          if (inRun) {
            rich = (rich ?? '') + unescapeX(runText ?? '');
            inRun = false;
          }
          return;
        case 'is':
          inIs = false;
          return;
        case 'c': {
          inCell = false;
          target = 0;
          if (cStyle && ctx.formats[cStyle]) styled.set(cRow * 16_384 + cCol, cStyle);
          const value = cellValue(cType, cStyle, hasFormula, text === '' ? null : text, rich, ctx);
          if (value === undefined || value === null) return;
          (rows[cRow] ??= [])[cCol] = value;
          if (typeof value === 'number' && cStyle && !(cType === 'd' && !hasFormula)) {
            const shape = ctx.formats[cStyle] ?? null;
            if (shape) (shapes[cRow] ??= [])[cCol] = shape;
          } else if (typeof value === 'number' && cType === 'd' && !hasFormula) (shapes[cRow] ??= [])[cCol] = 'date';
          return;
        }
        default:
          return;
      }
    },
  });
  // A merged area holds its value in its first cell only, as Excel shows it: the others are empty.
  const areas: string[] = [];
  for (const ref of merges) {
    const [a, b = a] = ref.split(':');
    const tl = a ? parseRef(a.replace(/\$/g, '')) : null;
    const br = b ? parseRef(b.replace(/\$/g, '')) : null;
    if (!tl || !br) continue;
    const top = Math.min(tl[0], br[0]);
    const bottom = Math.max(tl[0], br[0]);
    const left = Math.min(tl[1], br[1]);
    const right = Math.max(tl[1], br[1]);
    areas.push(`${colName(left)}${top + 1}:${colName(right)}${bottom + 1}`);
    // The other cells show the first cell's value: exceljs gave them its shape through their own
    // format (a date when the first cell's number was made a date).
    const master = rows[top]?.[left];
    const masterShape = shapes[top]?.[left];
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        (rows[r] ??= [])[c] = null;
        const own = styled.get(r * 16_384 + c);
        const shape = typeof master !== 'number' ? null : masterShape === 'date' ? 'date' : own ? (ctx.formats[own] ?? null) : null;
        if (shape) (shapes[r] ??= [])[c] = shape;
        else if (shapes[r]?.[c]) shapes[r]![c] = null;
      }
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const cells = (rows[i] ??= []);
    for (let j = 0; j < cells.length; j++) if (cells[j] === undefined) cells[j] = null;
  }
  return { name, rows, originRow: 0, originCol: 0, merges: areas, ...(shapes.length > 0 ? { shapes } : {}) };
}

/** Every XML part not read above checked for well-formedness (exceljs parsed them all). */
function checkOthers(files: ReadonlyMap<string, Uint8Array>, read: ReadonlySet<string>): void {
  for (const [name, data] of files) {
    if (!/\.(xml|rels|vml)$/i.test(name) || read.has(name.toLowerCase())) continue;
    if (/\.vml$/i.test(name)) continue;
    stream(name, data, IGNORE);
  }
}

/**
 * Reads an .xlsx package: opened within `limits` (zip bombs stop at the limit) and checked to be a
 * workbook. Throws a `PackageError` saying what is wrong: not a zip, too large, not a workbook (an
 * ODS, a .docx…), or the part that cannot be read.
 */
export async function readBook(data: ArrayBuffer | Uint8Array, name?: string, inflateRaw?: InflateRaw, limits: Limits = LIMITS): Promise<PackageBook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const files = await unzipBounded(bytes, limits, inflateRaw);
  packageKind(files);
  return readFiles(files, name);
}

/** The book of a package already opened and checked (`unzipBounded`, `packageKind`). */
export function readFiles(files: Map<string, Uint8Array>, name?: string): PackageBook {
  const read = new Set<string>();
  const mark = (part: string): void => {
    const e = entryOf(files, part);
    if (e) read.add(e[0].toLowerCase());
  };
  const rootRels = relsOf(files, '');
  mark('_rels/.rels');
  const workbookPart = rootRels.find((r) => isRelType(r.type, 'officeDocument'))?.part ?? 'xl/workbook.xml';
  const workbook = tree(files, workbookPart);
  if (!workbook) throw new PackageError({ kind: 'notWorkbook', what: 'zip' });
  mark(workbookPart);
  const i = workbookPart.lastIndexOf('/');
  mark(`${workbookPart.slice(0, i + 1)}_rels/${workbookPart.slice(i + 1)}.rels`);
  const rels = relsOf(files, workbookPart);
  const root = workbook.root;
  const pr = mainKid(root, 'workbookPr');
  const date1904 = pr !== null && /^(1|true)$/i.test(attr(pr, 'date1904') ?? '');

  const definedNames = mainKids(mainKid(root, 'definedNames'), 'definedName').map((dn) => ({ name: attr(dn, 'name') ?? '', reference: textOf(dn), local: attr(dn, 'localSheetId') !== undefined }));
  const names = new Map<string, string>();
  for (const dn of definedNames) if (dn.name && !dn.local && !names.has(dn.name)) names.set(dn.name, dn.reference);

  const entries = mainKids(mainKid(root, 'sheets'), 'sheet').map((el) => {
    const rid = el.attrs.find((a) => REL.has(a.uri) && a.local === 'id')?.value;
    const rel = rels.find((r) => r.id === rid);
    return { name: attr(el, 'name') ?? '', part: rel && isRelType(rel.type, 'worksheet') ? rel.part : null };
  });
  const present = entries.filter((e) => e.name !== '' && e.part !== null && (entryOf(files, e.part) ?? safeEntry(files, e.part)) !== null);
  const markers = ownSheets(definedNames, present.map((e) => e.name));

  const stringsPart = rels.find((r) => isRelType(r.type, 'sharedStrings'))?.part ?? null;
  const stringsEntry = stringsPart === null ? null : (entryOf(files, stringsPart) ?? safeEntry(files, stringsPart));
  const strings = stringsEntry ? sharedStrings(stringsEntry[0], stringsEntry[1]) : [];
  if (stringsEntry) read.add(stringsEntry[0].toLowerCase());
  const stylesPart = rels.find((r) => isRelType(r.type, 'styles'))?.part ?? undefined;
  const formats = cellFormats(files, stylesPart);
  if (stylesPart) mark(stylesPart);
  const ctx: SheetContext = { strings, formats, date1904 };

  const sheets: SheetGrid[] = [];
  for (const e of present) {
    const entry = (entryOf(files, e.part!) ?? safeEntry(files, e.part!))!;
    read.add(entry[0].toLowerCase());
    if (markers.has(e.name)) continue;
    sheets.push(sheetGrid(e.name, entry[0], entry[1], ctx));
  }
  checkOthers(files, read);

  let modified: string | null = null;
  const core = tree(files, 'docProps/core.xml');
  if (core) {
    const el = core.root.children.find((c): c is XElement => c.kind === 'element' && c.local === 'modified') ?? core.root.children.find((c): c is XElement => c.kind === 'element' && c.local === 'created');
    if (el) modified = textOf(el).trim() || null;
  }
  return { grid: { name, sheets }, sheets: present.map((e) => ({ name: e.name, marker: markers.get(e.name) ?? null })), markers, names, modified, files };
}

/**
 * The sheet document: what a sheet needs, beyond its cells, to look and print right — page setup,
 * print titles, borders, gridlines, data validations (lists, number ranges, input messages) and
 * links to cells. Every field is optional, so a `StyledSheet` without them is written as before;
 * the three writers (exceljs, the surgical .xlsx writer and the Office host) honour each field the
 * same way. Plus the helpers that fill it in: column widths fitted to the content, table areas.
 */
import type { SheetChart } from './chart';
import { isCellError, parseArea, type Area, type Cell } from './grid';
import { RowBlock, RowBlockError, type SheetRows } from './row-block';

export type Paper = 'A4' | 'A3' | 'letter';

/** Excel's paper size codes (ECMA-376 §18.3.1.63). */
export const PAPER_CODES: Record<Paper, number> = { A4: 9, A3: 8, letter: 1 };

export interface Margins {
  /** In inches, Excel's unit (`mm()` converts). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  paper: Paper;
  orientation: 'portrait' | 'landscape';
  margins: Margins;
  /** Every column on one page width, as many pages down as it takes. */
  fitToWidth: boolean;
}

/** Millimetres as inches. */
export const mm = (x: number): number => Math.round((x / 25.4) * 1000) / 1000;

/** What a sheet prints on when it says nothing: A4 landscape, fitted to the width, 15/10 mm margins. */
export const DEFAULT_PAGE: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  margins: { left: mm(15), right: mm(15), top: mm(15), bottom: mm(15), header: mm(8), footer: mm(8) },
  fitToWidth: true,
};

export function pageOf(sheet: SheetLayout): PageSetup {
  const p = sheet.page ?? {};
  return { ...DEFAULT_PAGE, ...p, margins: { ...DEFAULT_PAGE.margins, ...p.margins } };
}

/** A data validation on an area of a template sheet. */
export interface Validation {
  /** A1 area, e.g. `C4:C500`. */
  area: string;
  /** `list`: one of `values`; `decimal`/`whole`: a number between `min` and `max`; `any`: only the input message. */
  kind: 'list' | 'decimal' | 'whole' | 'any';
  values?: string[];
  min?: number;
  max?: number;
  /** The message shown when a cell of the area is selected. */
  prompt?: { title: string; text: string };
  /** True: another value is refused; false (default): a warning, the user may keep it. */
  strict?: boolean;
}

/** A cell that links to a cell of the workbook. */
export interface CellLink {
  row: number;
  col: number;
  sheet: string;
  cell: string;
}

export type Align = 'left' | 'center' | 'right';

/**
 * How one cell of a document prints (the header block, the signature): in the sheet's font, with
 * these changes. Merged cells are styled through their first cell.
 */
export interface CellStyle {
  row: number;
  col: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the sheet's font size when absent. */
  size?: number;
  /** Horizontal alignment (left when absent). */
  align?: Align;
  /** Centred vertically (top when absent). */
  middle?: boolean;
  wrap?: boolean;
  /** A thin border on every side (a table cell). */
  border?: boolean;
}

/** The optional part of a sheet document (mixed into `StyledSheet`). */
export interface SheetLayout {
  page?: Partial<Omit<PageSetup, 'margins'>> & { margins?: Partial<Margins> };
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  printTitles?: { first: number; last: number };
  /** A1 areas ruled all round and inside (tables). */
  borders?: string[];
  /** Gridlines shown on screen (default: Excel's, shown). */
  gridlines?: boolean;
  validations?: Validation[];
  links?: CellLink[];
  /** Row heights in points (0-based rows), e.g. a wrapped title's. */
  rowHeights?: { row: number; points: number }[];
  /** Title rows wrap their text (a title merged over the table's width). */
  wrapTitles?: boolean;
  /** A native chart over the sheet's own cells (src/workbook/chart.ts). */
  chart?: SheetChart;
  /** Every cell in this typeface and size (an official paper: Times New Roman 13). */
  font?: { name: string; size: number };
  /** Cells styled one by one (a document's header block, table and signature). */
  cellStyles?: CellStyle[];
  /** Page numbers centred in the page header from this page on (2: none on the first page, as ND 30 wants). */
  pageNumbersFrom?: 1 | 2;
}

/** The page number (`&P`) as a header section's text, in the sheet's font when it has one. */
export function pageNumberText(sheet: SheetLayout): string {
  return sheet.font ? `&"${sheet.font.name},Regular"&${sheet.font.size}&P` : '&P';
}

/** The page header of a file's `oddHeader`: the page number centred. */
export function pageNumberHeader(sheet: SheetLayout): string {
  return `&C${pageNumberText(sheet)}`;
}

/** A cell's style with its defaults filled in: what each writer applies. */
export function fullStyle(c: CellStyle, sheet: SheetLayout): Required<Omit<CellStyle, 'row' | 'col'>> {
  return {
    bold: c.bold ?? false,
    italic: c.italic ?? false,
    underline: c.underline ?? false,
    size: c.size ?? sheet.font?.size ?? 11,
    align: c.align ?? 'left',
    middle: c.middle ?? false,
    wrap: c.wrap ?? false,
    border: c.border ?? false,
  };
}

/** A link's target as a hyperlink location: `'Số liệu'!C5`. */
export function linkLocation(l: Pick<CellLink, 'sheet' | 'cell'>): string {
  return `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`;
}

/** A list validation's values as Excel's formula1: `"a,b,c"` (at most 255 characters, no commas in a value). */
export function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

/** Excel's limits on an input message: a 32-character title, a 255-character text. */
export function promptOf(v: Validation): { title: string; text: string } | null {
  if (!v.prompt) return null;
  return { title: v.prompt.title.slice(0, 32), text: v.prompt.text.slice(0, 255) };
}

/** The comparison of a number validation, in Excel's words, with its one or two bounds. */
export function numberRule(v: Validation): { operator: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual'; formula1: number; formula2?: number } | null {
  if (v.kind === 'list' || v.kind === 'any') return null;
  if (v.min !== undefined && v.max !== undefined) return { operator: 'between', formula1: v.min, formula2: v.max };
  if (v.min !== undefined) return { operator: 'greaterThanOrEqual', formula1: v.min };
  if (v.max !== undefined) return { operator: 'lessThanOrEqual', formula1: v.max };
  return { operator: 'greaterThanOrEqual', formula1: -1e307 };
}

/** The areas of a sheet's borders, parsed (malformed ones dropped). */
export function borderAreas(sheet: SheetLayout): Area[] {
  return (sheet.borders ?? []).map((b) => parseArea(b)).filter((a): a is Area => a !== null);
}

// ---- Fitting columns to the content -------------------------------------------------------

/** How a number shows under a number format, near enough to measure it. */
export function shownNumber(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return '';
  const fmt = numFmt ?? 'General';
  const percent = fmt.endsWith('%');
  const v = percent ? n * 100 : n;
  const dot = fmt.indexOf('.');
  const decimals = fmt === 'General' ? Math.min(9, (String(v).split('.')[1] ?? '').length) : dot < 0 ? 0 : fmt.slice(dot + 1).replace(/[^0#]/g, '').length;
  let s = v.toFixed(decimals);
  if (fmt.includes(',')) s = s.replace(/^(-?\d+)/, (m) => m.replace(/\B(?=(\d{3})+$)/g, ','));
  return percent ? `${s}%` : s;
}

/** What a number format shows of a number, measured once per column. */
interface NumberShape {
  general: boolean;
  percent: boolean;
  decimals: number;
  grouped: boolean;
}

function shapeOf(numFmt: string | undefined): NumberShape {
  const fmt = numFmt ?? 'General';
  const dot = fmt.indexOf('.');
  return { general: fmt === 'General', percent: fmt.endsWith('%'), decimals: dot < 0 ? 0 : fmt.slice(dot + 1).replace(/[^0#]/g, '').length, grouped: fmt.includes(',') };
}

/** The length of a number as a format shows it, without building the text (hot: every cell of a large sheet). */
function numberChars(n: number, shape: NumberShape): number {
  if (!Number.isFinite(n)) return 0;
  if (shape.general) return String(n).length;
  const v = Math.abs(shape.percent ? n * 100 : n);
  const rounded = Math.round(v * 10 ** shape.decimals) / 10 ** shape.decimals;
  const int = rounded < 1 ? 1 : Math.floor(Math.log10(rounded)) + 1;
  return (n < 0 ? 1 : 0) + int + (shape.grouped ? Math.floor((int - 1) / 3) : 0) + (shape.decimals ? shape.decimals + 1 : 0) + (shape.percent ? 1 : 0);
}

/** The characters a cell takes on screen. */
export function cellChars(c: Cell | undefined, numFmt?: string): number {
  if (c === null || c === undefined) return 0;
  if (typeof c === 'number') return numberChars(c, shapeOf(numFmt));
  if (typeof c === 'boolean') return c ? 4 : 5;
  if (isCellError(c)) return String(c.error).length;
  // A formula's width is its result's, unknown here: the column keeps the width of its other cells.
  if (typeof c === 'object') return 0;
  return textChars(c);
}

/** The characters a data cell that is not a number takes, with the room fitColumns leaves beside it. */
function dataChars(c: Cell): number {
  return typeof c === 'string' ? textChars(c) + 2 : cellChars(c) + 2;
}

function textChars(s: string): number {
  if (!s.includes('\n')) return s.length;
  let most = 0;
  for (const line of s.split('\n')) most = Math.max(most, line.length);
  return most;
}

/** Lines a header is given at most (header rows grow to this many lines). */
export const HEADER_LINES = 4;

export interface FitOptions {
  /** Narrowest column (characters). */
  min?: number;
  /** Widest column; longer text wraps in its column. */
  max?: number;
  /** Rows not measured (titles: they run over the empty cells beside them). */
  skip?: readonly number[];
  /** Header rows: their text wraps, so only the longest word and a few lines count. */
  headers?: readonly number[];
}

/**
 * Column widths fitted to the content: the longest shown text of each column (numbers as their
 * format shows them, plus room so they never show as ###), bold headers wrapped on at most
 * HEADER_LINES lines, between `min` and `max`; a column whose text is longer than `max` wraps.
 */
export function fitColumns<C extends { width: number; numFmt?: string; wrap?: boolean }>(rows: SheetRows, columns: readonly C[], o: FitOptions = {}): (C & { wrap?: boolean })[] {
  const min = o.min ?? 5;
  const max = o.max ?? 60;
  const skip = new Set(o.skip ?? []);
  const headers = new Set(o.headers ?? []);
  const data = columns.map(() => 0);
  const head = columns.map(() => 0);
  const shapes = columns.map((c) => shapeOf(c.numFmt));
  const width = columns.length;
  const maxAbs = columns.map(() => -1);
  const negative = columns.map(() => false);
  /** A data cell that is not a number: its shown length. */
  const measure = (j: number, c: Cell): void => {
    const chars = dataChars(c);
    if (chars > data[j]!) data[j] = chars;
  };
  /** A data cell's number: the largest magnitude (a formatted number's length grows with it, measured once per column, below). */
  const number = (j: number, c: number): void => {
    // Plain operators, not Number.isFinite/Math.abs: this runs for every number of a large sheet.
    if (c - c !== 0) return;
    const a = c < 0 ? -c : c;
    if (a > maxAbs[j]!) maxAbs[j] = a;
    if (c < 0) negative[j] = true;
    if (c % 1 !== 0 && shapes[j]!.general) data[j] = Math.max(data[j]!, String(c).length + 3);
  };
  // A block's body (row-block.ts) column by column, as it is kept; its head, and any other sheet, row by row.
  const block = rows instanceof RowBlock ? rows : null;
  const byRow = block ? block.head.length : rows.length;
  for (let i = 0; i < byRow; i++) {
    if (skip.has(i)) continue;
    const cells = rows.at(i)!;
    const n = Math.min(cells.length, width);
    if (headers.has(i)) {
      for (let j = 0; j < n; j++) {
        const c = cells[j];
        if (typeof c !== 'string' || !c) continue;
        // Bold text is about a tenth wider; a header wraps at spaces onto at most HEADER_LINES lines.
        const longestWord = Math.max(...c.split(/\s+/).map((w) => w.length));
        head[j] = Math.max(head[j]!, Math.ceil(longestWord * 1.1) + 1, Math.ceil((c.length * 1.1) / HEADER_LINES) + 2);
      }
      continue;
    }
    for (let j = 0; j < n; j++) {
      const c = cells[j];
      if (c === null || c === undefined) continue;
      if (typeof c === 'number') number(j, c);
      else measure(j, c);
    }
  }
  if (block && [...skip, ...headers].some((r) => r >= block.head.length)) throw new RowBlockError('fitColumns: a skipped or header row inside a block\'s body');
  if (block)
    for (let j = 0; j < Math.min(block.width, width); j++) {
      const numbers = block.numberStats(j, shapes[j]!.general);
      if (numbers.maxAbs > maxAbs[j]!) maxAbs[j] = numbers.maxAbs;
      if (numbers.negative) negative[j] = true;
      if (numbers.longestFraction > 0) data[j] = Math.max(data[j]!, numbers.longestFraction + 3);
      // Past `max` the column is as wide as it gets and wraps: the rest of its texts need no measuring.
      data[j] = Math.max(data[j]!, block.widest(j, dataChars, max));
    }
  for (let j = 0; j < width; j++) if (maxAbs[j]! >= 0) data[j] = Math.max(data[j]!, numberChars(negative[j] ? -maxAbs[j]! : maxAbs[j]!, shapes[j]!) + 3);
  return columns.map((col, j) => {
    const want = Math.max(min, data[j]!, head[j]!);
    const width = Math.min(max, Math.ceil(want));
    return { ...col, width, ...(data[j]! > max || col.wrap ? { wrap: true } : {}) };
  });
}

/**
 * The tables of a sheet: from each header row down to the last row before a blank row (or the
 * end), as wide as the header row's widest row.
 */
export function tableAreas(rows: SheetRows, headerRows: readonly number[], width: number): Area[] {
  const blankCells = (r: readonly Cell[] | undefined): boolean => !r || r.every((c) => c === null || c === undefined || c === '');
  // A block's row is looked at in place (row-block.ts): no row made per row of a large sheet.
  const blank = rows instanceof RowBlock ? (i: number): boolean => rows.isBlankRow(i) : (i: number): boolean => blankCells(rows.at(i));
  const headers = new Set(headerRows);
  return headerRows.map((h) => {
    let bottom = h;
    while (bottom + 1 < rows.length && !blank(bottom + 1) && !headers.has(bottom + 1)) bottom++;
    return { top: h, left: 0, bottom, right: Math.max(0, width - 1) };
  });
}

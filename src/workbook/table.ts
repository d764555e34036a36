/**
 * Finding a sheet by name and its header row, then walking its data rows with the address of
 * every cell: the one place that knows about title rows, blank rows, totals rows and merges.
 */
import type { DiagnosticList } from '../engine/diagnostics';
import type { CellRef } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { address, areaAddress, columnLetter, isBlank, parseArea, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from './grid';
import type { SheetSpec } from './schema';

export const HEADER_SEARCH_ROWS = 20;

export function sheetMatches(name: string, spec: { vi: string; en: string }): boolean {
  const key = normalizeKey(name);
  return key === normalizeKey(spec.vi) || key === normalizeKey(spec.en);
}

/** Every sheet whose name is the role's, in workbook order. */
export function findSheets(wb: WorkbookGrid, spec: { vi: string; en: string }): SheetGrid[] {
  return wb.sheets.filter((s) => sheetMatches(s.name, spec));
}

export function headerKey(cell: Cell | undefined): string {
  return typeof cell === 'string' ? normalizeKey(cell) : typeof cell === 'number' ? String(cell) : '';
}

/** Words users add to a header that do not change the column: `Chỉ tiêu giao`, `Thực hiện năm 2024`. */
const FILLER_WORDS = new Set(['giao', 'duoc', 'nam', 'ky']);

/**
 * The key of a header without what users add to it — a year, a unit in brackets, words like
 * "giao" (`Thực hiện (tỷ đồng)`, `Chỉ tiêu giao 2024`); null when nothing was added.
 */
export function looseHeaderKey(cell: Cell | undefined): string | null {
  if (typeof cell !== 'string') return null;
  const words = cell
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[*:_\-/]/g, ' ')
    .replace(/(^|\s)(19|20)\d{2}(?=\s|$)/g, ' ')
    .split(/\s+/)
    .map(normalizeKey)
    .filter((w) => w !== '' && !FILLER_WORDS.has(w));
  const key = words.join('');
  return key === '' || key === normalizeKey(cell) ? null : key;
}

/** What the rows of one table share: the sheet, where each column is and its letter. */
interface Layout<K extends string> {
  sheet: string;
  /** Index of each column's cell within a row's cells. */
  offsets: Map<K, number>;
  /** The sheet's number shapes and the 0-based row of their first row. */
  shapes: SheetGrid['shapes'];
  originRow: number;
  letters: Map<K, string>;
  firstLetter: string;
}

/** A row's reading by the table's layout: TableRow's and RowCursor's (one implementation). */
abstract class LaidOutRow<K extends string> implements RowReader<K> {
  abstract readonly row: number;
  abstract readonly cells: readonly Cell[];
  protected abstract readonly layout: Layout<K>;

  get(key: K): Cell | undefined {
    const i = this.layout.offsets.get(key);
    return i === undefined ? undefined : this.cells[i];
  }

  /** How the number in a column's cell is shown (a date, a percent), when that changes its meaning. */
  shape(key: K): NumberShape | null | undefined {
    const i = this.layout.offsets.get(key);
    return i === undefined ? undefined : this.layout.shapes?.[this.row - this.layout.originRow]?.[i];
  }

  at(key: K): CellRef {
    return { sheet: this.layout.sheet, cell: (this.layout.letters.get(key) ?? this.layout.firstLetter) + String(this.row + 1) };
  }
}

/**
 * A data row. One small object per row with its methods on the prototype: a data sheet has tens of
 * thousands of rows and each is read field by field.
 */
export class TableRow<K extends string> extends LaidOutRow<K> {
  constructor(
    /** 0-based absolute row. */
    readonly row: number,
    /** The row's cells as the sheet has them (the columnar reader reads them by offset). */
    readonly cells: readonly Cell[],
    protected readonly layout: Layout<K>,
  ) {
    super();
  }
}

export interface Table<K extends string> {
  sheet: SheetGrid;
  /** 0-based absolute row of the header. */
  headerRow: number;
  columns: Map<K, number>;
  rows: TableRow<K>[];
}

/**
 * A table's data rows as their row numbers, read through one reused row (`RowCursor`): a data sheet
 * of a million rows makes no object per row (readTable's rows are for the small sheets).
 */
export interface ScannedTable<K extends string> {
  sheet: SheetGrid;
  headerRow: number;
  columns: Map<K, number>;
  /** 0-based absolute row of each data row, in sheet order. */
  rows: Int32Array;
  /** A row that `moveTo` points at each data row in turn; read it there and then. */
  cursor(): RowCursor<K>;
}

/** A data row as the readers read it: a TableRow, or the cursor a ScannedTable moves over its rows. */
export interface RowReader<K extends string> {
  readonly row: number;
  readonly cells: readonly Cell[];
  get(key: K): Cell | undefined;
  shape(key: K): NumberShape | null | undefined;
  at(key: K): CellRef;
}

/** A row that is moved from row to row (ScannedTable): TableRow's reading, no object per row. */
export class RowCursor<K extends string> extends LaidOutRow<K> {
  row = -1;
  cells: readonly Cell[] = [];

  constructor(
    protected readonly layout: Layout<K>,
    private readonly grid: SheetGrid,
  ) {
    super();
  }

  /** Points the cursor at a 0-based absolute sheet row. */
  moveTo(row: number): this {
    this.row = row;
    this.cells = this.grid.rows[row - this.layout.originRow] ?? [];
    return this;
  }
}

/** Absolute position helpers for a grid whose rows[0][0] may not be A1. */
export function origin(sheet: SheetGrid): { row: number; col: number } {
  return { row: sheet.originRow ?? 0, col: sheet.originCol ?? 0 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  const o = origin(sheet);
  return sheet.rows[row - o.row]?.[col - o.col];
}

export function refAt(sheet: SheetGrid, row: number, col: number): CellRef {
  return { sheet: sheet.name, cell: address(row, col) };
}

/** 0-based absolute index of the last row. */
function lastRow(sheet: SheetGrid): number {
  return origin(sheet).row + sheet.rows.length - 1;
}

/** The first row among the first 20 holding every header `wanted` asks for. */
export function findHeaderRow(sheet: SheetGrid, wanted: (keys: Set<string>) => boolean): number | null {
  const o = origin(sheet);
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS - o.row);
  for (let i = 0; i < limit; i++) {
    const keys = new Set((sheet.rows[i] ?? []).map(headerKey));
    for (const cell of sheet.rows[i] ?? []) {
      const loose = looseHeaderKey(cell);
      if (loose !== null) keys.add(loose);
    }
    if (wanted(keys)) return o.row + i;
  }
  return null;
}

/**
 * Errors for merged areas over the header row or a row read as data (a unit name merged down its
 * rows would leave the rows under it without a unit). Merged titles above the header, and merged
 * notes or signature lines under the table (skipped rows), are fine. `dataRows` is only asked for
 * when the sheet has merges.
 */
export function checkMerges(sheet: SheetGrid, headerRow: number, dataRows: () => ReadonlySet<number>, diags: DiagnosticList): void {
  if (!sheet.merges?.length) return;
  const rows = dataRows();
  for (const ref of sheet.merges) {
    const a = parseArea(ref);
    if (!a || a.bottom < headerRow) continue;
    let over = a.top <= headerRow;
    for (let r = a.top; !over && r <= a.bottom; r++) over = rows.has(r);
    if (over) diags.error(refAt(sheet, a.top, a.left), 'mergedOverData', { range: areaAddress(a) });
  }
}

/** Columns of free text: a second one is a warning, not an error. */
const FREE_TEXT: ReadonlySet<string> = new Set(['note', 'evidence']);

/** What readTable and scanTable share: the header found and checked, the layout, the data rows walked. */
interface Located<K extends string> {
  headerRow: number;
  columns: Map<K, number>;
  layout: Layout<K>;
}

/** The header row and columns of a table, with their diagnostics; null (with an error) when no header row holds every required column. */
function locateTable<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, diags: DiagnosticList): Located<K> | null {
  const required = spec.columns.filter((c) => c.required);
  const keysOf = (c: { vi: string; en: string }): string[] => [normalizeKey(c.vi), normalizeKey(c.en)];
  const headerRow = findHeaderRow(sheet, (keys) => required.every((c) => keysOf(c).some((k) => keys.has(k))));
  if (headerRow === null) {
    diags.error(refAt(sheet, 0, 0), 'headerNotFound', { headers: required.map((c) => c.vi).join(', ') });
    return null;
  }
  const o = origin(sheet);
  const header = sheet.rows[headerRow - o.row] ?? [];
  const columns = new Map<K, number>();
  header.forEach((cell, j) => {
    const key = headerKey(cell);
    if (key === '') return;
    const col = o.col + j;
    let spec_ = spec.columns.find((c) => keysOf(c).includes(key));
    const loose = spec_ ? null : looseHeaderKey(cell);
    if (loose !== null) spec_ = spec.columns.find((c) => keysOf(c).includes(loose));
    if (!spec_) {
      diags.warning(refAt(sheet, headerRow, col), 'unknownColumn', { header: String(cell) });
      return;
    }
    const first = columns.get(spec_.key);
    if (first !== undefined) {
      // Two columns for one field: which one holds the figures cannot be known. Free-text columns
      // (notes, evidence) change no result: the first is used, with a warning.
      const at = refAt(sheet, headerRow, col);
      const params = { header: String(cell), first: address(headerRow, first), column: spec_.vi };
      if (FREE_TEXT.has(spec_.key)) diags.warning(at, 'duplicateHeader', params);
      else diags.error(at, 'duplicateColumn', params);
      return;
    }
    if (loose !== null) diags.warning(refAt(sheet, headerRow, col), 'headerNearMatch', { header: String(cell), column: spec_.vi });
    columns.set(spec_.key, col);
  });
  // Column letters once per table: a data sheet has hundreds of thousands of cell addresses.
  const layout: Layout<K> = {
    sheet: sheet.name,
    offsets: new Map([...columns].map(([k, c]) => [k, c - o.col] as const)),
    shapes: sheet.shapes,
    originRow: o.row,
    letters: new Map([...columns].map(([k, c]) => [k, columnLetter(c)] as const)),
    firstLetter: columnLetter(o.col),
  };
  return { headerRow, columns, layout };
}

/**
 * The header row and columns of a table whose rows a reader of its own walks (read-range.ts: a
 * function's range), with the diagnostics readTable gives about them; null (with an error) when no
 * header row holds every required column.
 */
export function readHeader<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, diags: DiagnosticList): { headerRow: number; columns: Map<K, number> } | null {
  const t = locateTable(sheet, spec, diags);
  return t && { headerRow: t.headerRow, columns: t.columns };
}

/** The names of a sheet's key columns as a skipped row's warning says them (`Đơn vị/Mã tiêu chí`). */
export function keyNamesOf<K extends string>(spec: SheetSpec<K>): string {
  return spec.keyColumns.map((k) => spec.columns.find((c) => c.key === k)?.vi ?? k).join('/');
}

/** The warning of a row left out for want of a key: at its first filled cell (`col`, 0-based; sheet row `r`). */
export function warnSkipped(diags: DiagnosticList, sheet: SheetGrid, r: number, col: number, keyNames: string): void {
  diags.warning(refAt(sheet, r, col), 'rowSkipped', { row: r + 1, key: keyNames });
}

/** Calls `keep` with each data row under the header (blank rows left out, rows without a key warned of and left out). */
function walkRows<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, t: Located<K>, diags: DiagnosticList, keep: (row: number, cells: readonly Cell[]) => void): void {
  const o = origin(sheet);
  const keyCols = spec.keyColumns.map((k) => t.columns.get(k)).filter((c): c is number => c !== undefined);
  const keyNames = keyNamesOf(spec);
  const last = lastRow(sheet);
  // Plain loops, no closure per row: a data sheet has a million rows.
  const offsets = keyCols.map((c) => c - o.col);
  for (let r = t.headerRow + 1; r <= last; r++) {
    const cells = sheet.rows[r - o.row] ?? [];
    let blank = true;
    for (let j = 0; blank && j < cells.length; j++) blank = isBlank(cells[j]);
    if (blank) continue;
    let keyless = false;
    for (let k = 0; !keyless && k < offsets.length; k++) keyless = isBlank(cells[offsets[k]!]);
    if (keyless) {
      const firstFilled = cells.findIndex((c) => !isBlank(c));
      warnSkipped(diags, sheet, r, o.col + Math.max(0, firstFilled), keyNames);
      continue;
    }
    keep(r, cells);
  }
}

/**
 * Reads a sheet laid out as `spec` says. Returns null (with an error) when no header row holds
 * every required column.
 */
export function readTable<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, diags: DiagnosticList): Table<K> | null {
  const t = locateTable(sheet, spec, diags);
  if (!t) return null;
  const rows: TableRow<K>[] = [];
  walkRows(sheet, spec, t, diags, (r, cells) => rows.push(new TableRow(r, cells, t.layout)));
  checkMerges(sheet, t.headerRow, () => new Set(rows.map((row) => row.row)), diags);
  return { sheet, headerRow: t.headerRow, columns: t.columns, rows };
}

/**
 * readTable for a data sheet of any size: the same header, checks and diagnostics in the same
 * order, the data rows kept as row numbers (4 bytes each) and read through a cursor.
 */
export function scanTable<K extends string>(sheet: SheetGrid, spec: SheetSpec<K>, diags: DiagnosticList): ScannedTable<K> | null {
  const t = locateTable(sheet, spec, diags);
  if (!t) return null;
  // No more data rows than the sheet has rows.
  const rows = new Int32Array(sheet.rows.length);
  let n = 0;
  walkRows(sheet, spec, t, diags, (r) => {
    rows[n++] = r;
  });
  const kept = rows.subarray(0, n);
  checkMerges(sheet, t.headerRow, () => new Set(kept), diags);
  const { layout } = t;
  return { sheet, headerRow: t.headerRow, columns: t.columns, rows: kept, cursor: () => new RowCursor(layout, sheet) };
}

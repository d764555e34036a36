/**
 * A `Số liệu` range (THIDUA.RESULTS's, src/functions/columns-in.ts) read from Excel's 2-D array straight into the typed columns
 * (engine/columns.ts), without the grid's rows, a `TableRow` per row or a converted copy of the
 * range: each cell is converted (toCell) only when it is not already a plain cell, and only when it
 * is read. The checks, the diagnostics (in the same order, at the same cells) and the columns are
 * those of the sheet reader (workbook/table.ts readTable, then workbook/read-columns.ts
 * readLongColumns) but for one thing: a range carries no number formats, so a bare target or actual
 * that a percent or date format would explain is settled as format-unseen (read-figures.ts:
 * `percentInFormula`, `dateInFormula`), where the sheet reader reads the format.
 * test/functions/columns-in.test.ts compares both on every fixture and on bad ranges. The header is found by table.ts (readHeader) on the range's first rows, and each data row
 * read by the rules both readers share (data-row.ts DataRows).
 */
import { EntryColumnsBuilder, type EntryColumns, type EntryField, type Locate } from '../engine/columns';
import { DiagnosticList } from '../engine/diagnostics';
import type { CellRef } from '../engine/model';
import { DATA_FIELDS, DataRows, offsetsOf, type DataRowSource, type Offsets } from './data-row';
import { asCells, columnLetter, isBlank, isPlainCell, type Cell, type NumberShape, type SheetGrid } from './grid';
import type { Context, DataKey } from './read-data';
import { DATA_SHEET } from './schema';
import { HEADER_SEARCH_ROWS, keyNamesOf, readHeader, refAt, warnSkipped } from './table';

/** How a range's values become cells (the functions' `toCell`: Excel's error values, data types). */
export type ToCell = (v: unknown) => Cell;

/**
 * One row of the range as the per-row rules read it (data-row.ts): Excel's values, each converted
 * (toCell) only when it is not already a plain cell, and only when it is read. A range carries no
 * number formats.
 */
class RangeRow implements DataRowSource {
  /** The row being read (0-based, from the range's top). */
  row = 0;
  cells: readonly unknown[] = [];

  constructor(
    private readonly sheet: string,
    private readonly letters: ReadonlyMap<DataKey, string>,
    private readonly toCell: ToCell,
  ) {}

  moveTo(r: number, v: unknown): this {
    this.row = r;
    this.cells = Array.isArray(v) ? v : [v];
    return this;
  }

  cell(i: number): Cell | undefined {
    if (i < 0) return undefined;
    const v = this.cells[i];
    // A blank Excel passes as undefined reads as null would: both are blank to every parser.
    return v === undefined || isPlainCell(v) ? v : this.toCell(v);
  }

  shape(): NumberShape | null | undefined {
    return undefined;
  }

  at(key: DataKey): CellRef {
    return { sheet: this.sheet, cell: (this.letters.get(key) ?? 'A') + String(this.row + 1) };
  }

  /** The first cell of the row that is not blank; −1 for a blank row. */
  firstFilled(): number {
    for (let i = 0; i < this.cells.length; i++) if (!isBlank(this.cell(i))) return i;
    return -1;
  }
}

const OFFSETS: Offsets = offsetsOf((k) => DATA_FIELDS.indexOf(k));
// One idle reader kept for the runtime's life, so that the row loop's compiled code outlives
// garbage collections (V8 frees a class's hidden class with its last instance: src/functions/warm-shapes.ts).
export const IDLE_RANGE_READER: object = [new DataRows(OFFSETS, true, { criteria: new Map(), unreadable: new Set(), diags: new DiagnosticList() }, 0, true)];

const NO_CELLS: readonly unknown[] = [];

/**
 * The row object of the last range read, its values let go: it keeps the row class's hidden class
 * as the reading last left it. An idle row made at load time is not enough: a row field that once
 * held a number too large for a small integer (the bench's `row` did, after other work in the same
 * process) gives the class a new hidden class and leaves the idle one on the old, so the new one
 * died at each full collection and took the row loop's compiled code with it (`node
 * --trace-deopt`: moveTo, cell and readUsual thrown away at every call; docs/benchmarks.md).
 */
let lastRow: RangeRow | null = null;

/** The row object kept from the last range read (for the tests: it must hold no values). */
export function keptRangeRow(): { readonly cells: readonly unknown[] } | null {
  return lastRow;
}

const KEY_NAMES = keyNamesOf(DATA_SHEET);

/**
 * The `Số liệu` range `values` (as Excel passes it: rows of numbers, text, booleans, blanks, error
 * values) read into columns, its diagnostics named at `sheet`'s cells counted from the range's
 * top-left corner (A1), as readLongColumns reads the same range as a grid.
 */
export function readDataRange(values: unknown, sheet: string, ctx: Context, convert: ToCell): EntryColumns {
  const diags = ctx.diags;
  const rows: readonly unknown[] = values === null || values === undefined ? [] : Array.isArray(values) ? values : [[values]];
  // The header, its columns and their diagnostics, found on the rows it is searched in, as a grid
  // (table.ts, as readTable finds it): no data row is read as a grid.
  const head: SheetGrid = { name: sheet, rows: rows.slice(0, HEADER_SEARCH_ROWS).map((row) => asCells(row, convert)) };
  const table = readHeader<DataKey>(head, DATA_SHEET, diags);
  if (!table) return new EntryColumnsBuilder(0).build(null);
  const { headerRow } = table;
  const offsets = offsetsOf((k) => table.columns.get(k) ?? -1);
  const letters = new Map([...table.columns].map(([k, col]) => [k, columnLetter(col)] as const));
  const reader = new DataRows(offsets, table.columns.has('actual'), ctx, rows.length - headerRow, true);
  const row = new RangeRow(sheet, letters, convert);
  /** The warnings of skipped rows (a row without its unit or code), said before the figures'. */
  const skipped = new DiagnosticList();
  // Counted in a number: reading the warnings array's length here deoptimized the loop at every call.
  let skippedRows = 0;
  const figuresFrom = diags.items.length;
  for (let r = headerRow + 1; r < rows.length; r++) {
    // Blank rows are left out in silence, rows without a unit or a code with a warning (as table.ts walkRows).
    if (reader.read(row.moveTo(r, rows[r]), r, false)) continue;
    const first = row.firstFilled();
    if (first >= 0) {
      warnSkipped(skipped, head, r, first, KEY_NAMES);
      skippedRows++;
    }
  }
  if (skippedRows > 0) {
    // The skipped rows before the figures' diagnostics, as the sheet reader says them.
    const figures = diags.items.splice(figuresFrom);
    for (const d of skipped.items) diags.items.push(d);
    for (const d of figures) diags.items.push(d);
  }
  if (reader.keyed === 0) diags.error(refAt(head, headerRow, 0), 'noRows', { sheet });
  if (!table.columns.has('actual') && reader.needActual.size > 0) diags.error(refAt(head, headerRow, 0), 'noActualColumn', { sheet, codes: [...reader.needActual].join(', ') });
  if (!table.columns.has('target') && reader.needTarget.size > 0) diags.error(refAt(head, headerRow, 0), 'noTargetColumn', { sheet, codes: [...reader.needTarget].join(', ') });
  row.cells = NO_CELLS;
  lastRow = row;
  return reader.out.build(locator(sheet, letters, reader.sheetRows));
}

/**
 * Where each data row's fields are, from its range row and each column's letter (made outside
 * readDataRange, so that the columns keep only these, not the reading's scope).
 */
function locator(sheet: string, letters: ReadonlyMap<string, string>, rows: Int32Array): Locate {
  return (row: number, field: EntryField) => ({ sheet, cell: `${letters.get(field) ?? 'A'}${rows[row]! + 1}` });
}


/**
 * A `Số liệu` range (THIDUA.RESULTS's, src/functions/columns-in.ts) read from Excel's 2-D array straight into the typed columns
 * (engine/columns.ts), without the grid's rows, a `TableRow` per row or a converted copy of the
 * range: each cell is converted (toCell) only when it is not already a plain cell, and only when it
 * is read. The checks, the diagnostics (in the same order, at the same cells) and the columns are
 * those of the sheet reader (workbook/table.ts readTable, then workbook/read-columns.ts
 * readLongColumns); test/functions/columns-in.test.ts compares both on every fixture and on bad
 * ranges. The header row is still found by readTable itself, on the range's first rows.
 *
 * What makes it fast besides: a unit's rows come together (its cleaned name is kept from the row
 * before), and what a code means (its criterion, its kind's reading) is looked up once per code.
 */
import { ACTUAL_YES_NO, EntryColumnsBuilder, SELF_FROM_ACTUAL, type EntryColumns, type EntryField, type Locate } from '../engine/columns';
import { DiagnosticList } from '../engine/diagnostics';
import { hasTarget, isLeaf, readsScores, readsYesNo } from '../engine/kinds';
import type { CellRef, Criterion } from '../engine/model';
import { cleanName, normalizeKey } from '../engine/names';
import { parseCode, parseText, plainNumber } from './cells';
import { takeAt } from './fields';
import { columnLetter, isBlank, type Cell, type SheetGrid } from './grid';

/** How a range's values become cells (the functions' `toCell`: Excel's error values, data types). */
export type ToCell = (v: unknown) => Cell;
import { parseFigure, parseFigureNumber, plainFigures, settleFigures } from './read-figures';
import { ACTUAL, parseActual, parseScore, TARGET, type Context, type DataKey } from './read-data';
import { DATA_SHEET } from './schema';
import { findHeaderRow, HEADER_SEARCH_ROWS, readTable, refAt } from './table';

/** What a code of the data means for reading its rows, worked out once per code. */
interface CodeReading {
  code: string;
  criterion: Criterion | undefined;
  /** The row's figures are read (a known, readable leaf). */
  values: boolean;
  target: boolean;
  scores: boolean;
  yesNo: boolean;
  /** Already counted among the codes that need a `Thực hiện` or `Chỉ tiêu` column. */
  needs: boolean;
}

/** A value Excel passed that is already a grid cell as it is (as args.ts toRow keeps it). */
function plain(v: unknown): v is Cell {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** The range's converter for the call being read (set by readDataRange; every cell it reads is read within it). */
let toCell: ToCell = (v) => String(v);

/** The range's cell at `i` of a row as the grid would hold it; undefined past the row's end or for no column (−1). */
function cellOf(row: readonly unknown[], i: number): Cell | undefined {
  if (i < 0) return undefined;
  const v = row[i];
  // A blank Excel passes as undefined reads as null would: both are blank to every parser.
  return v === undefined || plain(v) ? v : toCell(v);
}

/** The first rows of a range as a grid's rows (what toRows gives for them, for the header search). */
function headRows(rows: readonly unknown[]): Cell[][] {
  return rows.map((v) => {
    const row: readonly unknown[] = Array.isArray(v) ? v : [v];
    return row.every((c) => c !== undefined && plain(c)) ? (row as Cell[]) : row.map((c) => toCell(c));
  });
}

/** The first cell of a row that is not blank; −1 for a blank row. */
function firstFilled(row: readonly unknown[]): number {
  for (let i = 0; i < row.length; i++) if (!isBlank(cellOf(row, i))) return i;
  return -1;
}

const requiredKeys = DATA_SHEET.columns.filter((c) => c.required).map((c) => [normalizeKey(c.vi), normalizeKey(c.en)]);

/** Each field's place within a row (−1: the range has no such column). */
type Offsets = Readonly<Record<DataKey, number>>;

/**
 * The data rows of one range read one at a time into the columns. Its methods, not closures made
 * for each call, so that the code V8 optimizes for them serves the next call too.
 */
class RowReader {
  readonly out: EntryColumnsBuilder;
  /** The range row (0-based) of each data row. */
  readonly sheetRows: Int32Array;
  /** The warnings of skipped rows (a row without its unit or code), said before the figures'. */
  readonly skipped = new DiagnosticList();
  /** Rows with a unit and a code, and rows skipped with a warning. */
  keyed = 0;
  skippedRows = 0;
  readonly needActual = new Set<string>();
  readonly needTarget = new Set<string>();
  /** The row being read (0-based, from the range's top), for `at`. */
  private row = 0;
  private lastUnitCell: unknown = undefined;
  private lastUnit = '';
  private readonly readings = new Map<string, CodeReading>();
  /** Codes by the cell value they were read from (text or a number: no diagnostic to give). */
  private readonly codeCells = new Map<unknown, CodeReading>();
  private readonly diags: DiagnosticList;
  private readonly keyNames = DATA_SHEET.keyColumns.map((k) => DATA_SHEET.columns.find((c) => c.key === k)?.vi ?? k).join('/');

  constructor(
    private readonly head: SheetGrid,
    private readonly o: Offsets,
    private readonly letters: ReadonlyMap<DataKey, string>,
    private readonly hasActual: boolean,
    private readonly ctx: Context,
    capacity: number,
  ) {
    this.out = new EntryColumnsBuilder(capacity);
    this.sheetRows = new Int32Array(Math.max(16, capacity));
    this.diags = ctx.diags;
  }

  /** The cell of the current row's field, as takeAt and the figures' settling name it. */
  at(key: DataKey): CellRef {
    return { sheet: this.head.name, cell: (this.letters.get(key) ?? 'A') + String(this.row + 1) };
  }

  private readingOf(code: string): CodeReading {
    let found = this.readings.get(code);
    if (!found) {
      const c = this.ctx.criteria.get(code);
      const values = c !== undefined && !this.ctx.unreadable.has(code) && isLeaf(c);
      found = { code, criterion: c, values, target: values && hasTarget(c), scores: c !== undefined && readsScores(c), yesNo: values && readsYesNo(c), needs: false };
      this.readings.set(code, found);
    }
    return found;
  }

  /** A self or appraised score: a plain number not below 0 as it is, anything else through the parser. */
  private score(row: readonly unknown[], i: number, field: 'self' | 'appraised'): number | null {
    const cell = cellOf(row, i);
    const n = plainNumber(cell);
    if (n === null || (n !== undefined && n >= 0)) return n;
    return takeAt(parseScore(cell, field, undefined), this, field, this.diags) ?? null;
  }

  /** Range row `r` (`v`, as Excel passed it). */
  read(r: number, v: unknown): void {
    const { o, diags } = this;
    const row: readonly unknown[] = Array.isArray(v) ? v : [v];
    const unitCell = row[o.unit];
    const codeCell = row[o.criterion];
    const knownUnit = typeof unitCell === 'string' && unitCell === this.lastUnitCell;
    let reading = typeof codeCell === 'string' || typeof codeCell === 'number' ? this.codeCells.get(codeCell) : undefined;
    if ((!knownUnit && isBlank(cellOf(row, o.unit))) || (!reading && isBlank(cellOf(row, o.criterion)))) {
      // Blank rows are left out in silence.
      const first = firstFilled(row);
      if (first >= 0) {
        this.skipped.warning(refAt(this.head, r, first), 'rowSkipped', { row: r + 1, key: this.keyNames });
        this.skippedRows++;
      }
      return;
    }
    this.keyed++;
    this.row = r;
    let unit: string | undefined;
    if (knownUnit) unit = this.lastUnit;
    else {
      const text = takeAt(parseText(cellOf(row, o.unit)), this, 'unit', diags);
      unit = text ? cleanName(text) : undefined;
      if (unit !== undefined && typeof unitCell === 'string') {
        this.lastUnitCell = unitCell;
        this.lastUnit = unit;
      }
    }
    if (!reading) {
      const code = takeAt(parseCode(cellOf(row, o.criterion)), this, 'criterion', diags);
      if (code) {
        reading = this.readingOf(code);
        if (plain(codeCell) && (typeof codeCell === 'string' || typeof codeCell === 'number')) this.codeCells.set(codeCell, reading);
      }
    }
    if (!unit || !reading) return;
    const { code, criterion: c } = reading;
    let target: number | null = null;
    let actual: number | boolean | null = null;
    if (reading.target) {
      const tc = cellOf(row, o.target);
      const ac = cellOf(row, o.actual);
      const bare = typeof tc !== 'string' && typeof ac !== 'string';
      const t = bare ? plainNumber(tc) : undefined;
      const a = bare ? plainNumber(ac) : undefined;
      if (bare && plainFigures(t, a)) {
        // Real numbers plausible as given (nearly every row): nothing to decide.
        target = t !== undefined ? t : (takeAt(parseFigureNumber(tc, TARGET, null), this, 'target', diags) ?? null);
        actual = a !== undefined ? a : (takeAt(parseFigureNumber(ac, ACTUAL, null), this, 'actual', diags) ?? null);
      } else {
        // Number text, or bare numbers whose format (a percent, a date) a function cannot see.
        const tf = takeAt(parseFigure(tc, TARGET, 'unseen'), this, 'target', diags) ?? null;
        const af = takeAt(parseFigure(ac, ACTUAL, 'unseen'), this, 'actual', diags) ?? null;
        ({ target, actual } = settleFigures(tf, af, { target: () => this.at('target'), actual: () => this.at('actual') }, diags));
      }
    } else if (reading.values) {
      const ac = cellOf(row, o.actual);
      actual = takeAt(parseActual(ac, c!.kind, undefined), this, 'actual', diags) ?? null;
      if (reading.yesNo && this.hasActual && isBlank(ac)) diags.warning(this.at('actual'), 'blankPassFail', { code, unit });
    }
    if (!reading.needs) {
      // Each code once, at its first row, as the sheet reader's sets have them.
      reading.needs = true;
      if (reading.values && !reading.scores) this.needActual.add(code);
      if (reading.target) this.needTarget.add(code);
    }
    let self = reading.values ? this.score(row, o.self, 'self') : null;
    const appraised = reading.values ? this.score(row, o.appraised, 'appraised') : null;
    const evidence = takeAt(parseText(cellOf(row, o.evidence)), this, 'evidence', diags) ?? '';
    const note = takeAt(parseText(cellOf(row, o.note)), this, 'note', diags) ?? '';
    let flags = typeof actual === 'boolean' ? ACTUAL_YES_NO : 0;
    // A manual criterion's score typed in `Thực hiện` counts as the self score when none is given.
    if (reading.scores && self === null && appraised === null && typeof actual === 'number') {
      self = actual;
      flags |= SELF_FROM_ACTUAL;
    }
    const numeric = typeof actual === 'boolean' ? (actual ? 1 : 0) : actual;
    this.sheetRows[this.out.push(unit, code, target, numeric, self, appraised, evidence, note, flags)] = r;
  }
}

// One idle reader kept for the runtime's life, so that the row loop's compiled code outlives garbage
// collections (V8 frees a class's hidden class with its last instance: src/functions/warm-shapes.ts).
export const IDLE_RANGE_READER: object = new RowReader({ name: '', rows: [] }, { unit: 0, criterion: 1, target: 2, actual: 3, self: 4, appraised: 5, evidence: 6, note: 7 }, new Map(), true, { criteria: new Map(), unreadable: new Set(), diags: new DiagnosticList() }, 0);

const FIELDS = ['unit', 'criterion', 'target', 'actual', 'self', 'appraised', 'evidence', 'note'] as const satisfies readonly DataKey[];

/**
 * The `Số liệu` range `values` (as Excel passes it: rows of numbers, text, booleans, blanks, error
 * values) read into columns, its diagnostics named at `sheet`'s cells counted from the range's
 * top-left corner (A1), as readLongColumns reads the same range as a grid.
 */
export function readDataRange(values: unknown, sheet: string, ctx: Context, convert: ToCell): EntryColumns {
  toCell = convert;
  const diags = ctx.diags;
  const rows: readonly unknown[] = values === null || values === undefined ? [] : Array.isArray(values) ? values : [[values]];
  // The header, its columns and their diagnostics: readTable on the rows up to the header (the rows
  // it searches), so it reads no data row.
  const head: SheetGrid = { name: sheet, rows: headRows(rows.slice(0, HEADER_SEARCH_ROWS)) };
  const headerRow = findHeaderRow(head, (keys) => requiredKeys.every((ks) => ks.some((k) => keys.has(k))));
  const table = readTable<DataKey>(headerRow === null ? head : { name: sheet, rows: head.rows.slice(0, headerRow + 1) }, DATA_SHEET, diags);
  if (!table || headerRow === null) return new EntryColumnsBuilder(0).build(null);
  const offsets = Object.fromEntries(FIELDS.map((k) => [k, table.columns.get(k) ?? -1])) as Record<DataKey, number>;
  const letters = new Map([...table.columns].map(([k, col]) => [k, columnLetter(col)] as const));
  const reader = new RowReader(head, offsets, letters, table.columns.has('actual'), ctx, rows.length - headerRow);
  const figuresFrom = diags.items.length;
  for (let r = headerRow + 1; r < rows.length; r++) reader.read(r, rows[r]);
  if (reader.skippedRows > 0) {
    // The skipped rows before the figures' diagnostics, as the sheet reader says them.
    const figures = diags.items.splice(figuresFrom);
    for (const d of reader.skipped.items) diags.items.push(d);
    for (const d of figures) diags.items.push(d);
  }
  if (reader.keyed === 0) diags.error(refAt(head, headerRow, 0), 'noRows', { sheet });
  if (!table.columns.has('actual') && reader.needActual.size > 0) diags.error(refAt(head, headerRow, 0), 'noActualColumn', { sheet, codes: [...reader.needActual].join(', ') });
  if (!table.columns.has('target') && reader.needTarget.size > 0) diags.error(refAt(head, headerRow, 0), 'noTargetColumn', { sheet, codes: [...reader.needTarget].join(', ') });
  return reader.out.build(locator(sheet, letters, reader.sheetRows));
}

/**
 * Where each data row's fields are, from its range row and each column's letter (made outside
 * readDataRange, so that the columns keep only these, not the reading's scope).
 */
function locator(sheet: string, letters: ReadonlyMap<string, string>, rows: Int32Array): Locate {
  return (row: number, field: EntryField) => ({ sheet, cell: `${letters.get(field) ?? 'A'}${rows[row]! + 1}` });
}


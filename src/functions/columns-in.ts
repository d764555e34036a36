/**
 * THIDUA.RESULTS's `Số liệu` range read from Excel's 2-D array straight into the typed columns
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
import { ACTUAL_YES_NO, EntryColumnsBuilder, SELF_FROM_ACTUAL, type EntryColumns } from '../engine/columns';
import { DiagnosticList } from '../engine/diagnostics';
import { hasTarget, isLeaf, readsScores, readsYesNo } from '../engine/kinds';
import type { CellRef, Criterion } from '../engine/model';
import { cleanName, normalizeKey } from '../engine/names';
import { parseCode, parseText } from '../workbook/cells';
import { takeAt } from '../workbook/fields';
import { columnLetter, isBlank, type Cell, type SheetGrid } from '../workbook/grid';
import { parseFigure, parseFigureNumber, settleFigures } from '../workbook/read-figures';
import { locator, plainNumber, type SelfReadingSheet } from '../workbook/read-columns';
import { ACTUAL, parseActual, parseScore, TARGET, type Context, type DataKey } from '../workbook/read-data';
import { DATA_SHEET } from '../workbook/schema';
import { findHeaderRow, HEADER_SEARCH_ROWS, readTable, refAt } from '../workbook/table';
import { toCell, toRows } from './args';

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

/** The range's cell at `i` of a row as the grid would hold it; undefined past the row's end or for no column (−1). */
function cellOf(row: readonly unknown[], i: number): Cell | undefined {
  if (i < 0) return undefined;
  const v = row[i];
  // A blank Excel passes as undefined reads as null would: both are blank to every parser.
  return v === undefined || plain(v) ? v : toCell(v);
}

/** The first cell of a row that is not blank; −1 for a blank row. */
function firstFilled(row: readonly unknown[]): number {
  for (let i = 0; i < row.length; i++) if (!isBlank(cellOf(row, i))) return i;
  return -1;
}

const requiredKeys = DATA_SHEET.columns.filter((c) => c.required).map((c) => [normalizeKey(c.vi), normalizeKey(c.en)]);

/**
 * The `Số liệu` range `values` (as Excel passes it: rows of numbers, text, booleans, blanks, error
 * values) read into columns, its diagnostics named at `sheet`'s cells counted from the range's
 * top-left corner (A1), as readLongColumns reads the same range as a grid.
 */
export function readDataRange(values: unknown, sheet: string, ctx: Context): EntryColumns {
  const diags = ctx.diags;
  const rows: readonly unknown[] = values === null || values === undefined ? [] : Array.isArray(values) ? values : [[values]];
  // The header, its columns and their diagnostics: readTable on the rows up to the header (the rows
  // it searches), so it reads no data row.
  const head: SheetGrid = { name: sheet, rows: toRows(rows.slice(0, HEADER_SEARCH_ROWS)) };
  const headerRow = findHeaderRow(head, (keys) => requiredKeys.every((ks) => ks.some((k) => keys.has(k))));
  const table = readTable<DataKey>(headerRow === null ? head : { name: sheet, rows: head.rows.slice(0, headerRow + 1) }, DATA_SHEET, diags);
  if (!table || headerRow === null) return new EntryColumnsBuilder(0).build(null);
  const offset = (k: DataKey): number => table.columns.get(k) ?? -1;
  const [oUnit, oCode, oTarget, oActual, oSelf, oAppraised, oEvidence, oNote] = (['unit', 'criterion', 'target', 'actual', 'self', 'appraised', 'evidence', 'note'] as const).map(offset) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  const out = new EntryColumnsBuilder(rows.length - headerRow);
  const sheetRows = new Int32Array(Math.max(16, rows.length - headerRow));
  const letters = new Map([...table.columns].map(([k, col]) => [k, columnLetter(col)] as const));
  /** The row being read, as takeAt and the figures' settling name its cells. */
  const cursor = {
    row: 0,
    at(key: DataKey): CellRef {
      return { sheet, cell: (letters.get(key) ?? 'A') + String(this.row + 1) };
    },
  };
  const hasActual = table.columns.has('actual');
  const needActual = new Set<string>();
  const needTarget = new Set<string>();
  const readings = new Map<string, CodeReading>();
  /** Codes by the cell value they were read from (text or a number: no diagnostic to give). */
  const codeCells = new Map<unknown, CodeReading>();
  const readingOf = (code: string): CodeReading => {
    let found = readings.get(code);
    if (!found) {
      const c = ctx.criteria.get(code);
      const values = c !== undefined && !ctx.unreadable.has(code) && isLeaf(c);
      found = { code, criterion: c, values, target: values && hasTarget(c), scores: c !== undefined && readsScores(c), yesNo: values && readsYesNo(c), needs: false };
      readings.set(code, found);
    }
    return found;
  };
  /** A self or appraised score: a plain number not below 0 as it is, anything else through the parser. */
  const score = (row: readonly unknown[], i: number, field: 'self' | 'appraised'): number | null => {
    const cell = cellOf(row, i);
    const n = plainNumber(cell);
    if (n === null || (n !== undefined && n >= 0)) return n;
    return takeAt(parseScore(cell, field, undefined), cursor, field, diags) ?? null;
  };
  let lastUnitCell: unknown = undefined;
  let lastUnit = '';
  // The sheet reader says every skipped row (a row without its unit or code: the key columns) before
  // any figure's problem: they are kept aside, then put before the figures' diagnostics.
  const keyNames = DATA_SHEET.keyColumns.map((k) => DATA_SHEET.columns.find((c) => c.key === k)?.vi ?? k).join('/');
  const skipped = new DiagnosticList();
  const figuresFrom = diags.items.length;
  let keyed = 0;

  for (let r = headerRow + 1; r < rows.length; r++) {
    const v = rows[r];
    const row: readonly unknown[] = Array.isArray(v) ? v : [v];
    const unitCell = row[oUnit];
    const codeCell = row[oCode];
    const knownUnit = typeof unitCell === 'string' && unitCell === lastUnitCell;
    let reading = typeof codeCell === 'string' || typeof codeCell === 'number' ? codeCells.get(codeCell) : undefined;
    if ((!knownUnit && isBlank(cellOf(row, oUnit))) || (!reading && isBlank(cellOf(row, oCode)))) {
      // Blank rows are left out in silence.
      const first = firstFilled(row);
      if (first >= 0) skipped.warning(refAt(head, r, first), 'rowSkipped', { row: r + 1, key: keyNames });
      continue;
    }
    keyed++;
    cursor.row = r;
    let unit: string | undefined;
    if (knownUnit) unit = lastUnit;
    else {
      const text = takeAt(parseText(cellOf(row, oUnit)), cursor, 'unit', diags);
      unit = text ? cleanName(text) : undefined;
      if (unit !== undefined && typeof unitCell === 'string') {
        lastUnitCell = unitCell;
        lastUnit = unit;
      }
    }
    if (!reading) {
      const code = takeAt(parseCode(cellOf(row, oCode)), cursor, 'criterion', diags);
      if (code) {
        reading = readingOf(code);
        if (plain(codeCell) && (typeof codeCell === 'string' || typeof codeCell === 'number')) codeCells.set(codeCell, reading);
      }
    }
    if (!unit || !reading) continue;
    const { code, criterion: c } = reading;
    let target: number | null = null;
    let actual: number | boolean | null = null;
    if (reading.target) {
      const tc = cellOf(row, oTarget);
      const ac = cellOf(row, oActual);
      if (typeof tc !== 'string' && typeof ac !== 'string') {
        // Real numbers (nearly every row): nothing to decide.
        const t = plainNumber(tc);
        const a = plainNumber(ac);
        target = t !== undefined ? t : (takeAt(parseFigureNumber(tc, TARGET, null), cursor, 'target', diags) ?? null);
        actual = a !== undefined ? a : (takeAt(parseFigureNumber(ac, ACTUAL, null), cursor, 'actual', diags) ?? null);
      } else {
        const t = takeAt(parseFigure(tc, TARGET, undefined), cursor, 'target', diags) ?? null;
        const a = takeAt(parseFigure(ac, ACTUAL, undefined), cursor, 'actual', diags) ?? null;
        ({ target, actual } = settleFigures(t, a, { target: () => cursor.at('target'), actual: () => cursor.at('actual') }, diags));
      }
    } else if (reading.values) {
      const ac = cellOf(row, oActual);
      actual = takeAt(parseActual(ac, c!.kind, undefined), cursor, 'actual', diags) ?? null;
      if (reading.yesNo && hasActual && isBlank(ac)) diags.warning(cursor.at('actual'), 'blankPassFail', { code, unit });
    }
    if (!reading.needs) {
      // Each code once, at its first row, as the sheet reader's sets have them.
      reading.needs = true;
      if (reading.values && !reading.scores) needActual.add(code);
      if (reading.target) needTarget.add(code);
    }
    let self = reading.values ? score(row, oSelf, 'self') : null;
    const appraised = reading.values ? score(row, oAppraised, 'appraised') : null;
    const evidence = takeAt(parseText(cellOf(row, oEvidence)), cursor, 'evidence', diags) ?? '';
    const note = takeAt(parseText(cellOf(row, oNote)), cursor, 'note', diags) ?? '';
    let flags = typeof actual === 'boolean' ? ACTUAL_YES_NO : 0;
    // A manual criterion's score typed in `Thực hiện` counts as the self score when none is given.
    if (reading.scores && self === null && appraised === null && typeof actual === 'number') {
      self = actual;
      flags |= SELF_FROM_ACTUAL;
    }
    const numeric = typeof actual === 'boolean' ? (actual ? 1 : 0) : actual;
    sheetRows[out.push(unit, code, target, numeric, self, appraised, evidence, note, flags)] = r;
  }
  if (skipped.items.length > 0) {
    const figures = diags.items.splice(figuresFrom);
    for (const d of skipped.items) diags.items.push(d);
    for (const d of figures) diags.items.push(d);
  }
  if (keyed === 0) diags.error(refAt(head, headerRow, 0), 'noRows', { sheet });
  if (!hasActual && needActual.size > 0) diags.error(refAt(head, headerRow, 0), 'noActualColumn', { sheet, codes: [...needActual].join(', ') });
  if (!table.columns.has('target') && needTarget.size > 0) diags.error(refAt(head, headerRow, 0), 'noTargetColumn', { sheet, codes: [...needTarget].join(', ') });
  return out.build(locator(sheet, letters, 'A', () => sheetRows));
}

/**
 * The `Số liệu` range as the sheet the workbook reader takes: it reads itself into columns
 * (readDataRange); its rows as a grid are made only if something asks for them.
 */
export class DataRangeSheet implements SelfReadingSheet {
  private converted: Cell[][] | undefined;

  constructor(
    readonly name: string,
    private readonly values: unknown,
  ) {}

  get rows(): Cell[][] {
    return (this.converted ??= toRows(this.values));
  }

  readLongColumns(ctx: Context): EntryColumns {
    return readDataRange(this.values, this.name, ctx);
  }
}

/**
 * The long layout (`Số liệu`) read straight into typed columns (engine/columns.ts): the same checks
 * and diagnostics, in the same order, as the record reader (read-data.ts) had, without an `Entry`
 * or a locations object per row. Each data row keeps only its sheet row number; a cell address is
 * made when a diagnostic or an explanation asks for it. The rules of a row are data-row.ts', which
 * the functions' range reader (read-range.ts) shares.
 */
import { EntryColumnsBuilder, type EntryColumns, type EntryField } from '../engine/columns';
import type { CellRef } from '../engine/model';
import { DataRows, offsetsOf, type DataRowSource } from './data-row';
import { columnLetter, type Cell, type NumberShape, type SheetGrid } from './grid';
import type { Context, DataKey } from './read-data';
import { readDataRange, type ToCell } from './read-range';
import { DATA_SHEET } from './schema';
import { origin, refAt, scanTable, type RowCursor } from './table';

/**
 * Where each data row's fields are: its sheet row (kept per data row) and each column's letter. Made
 * here, outside readLongColumns, so that the columns keep only what it names, not the reader's scope
 * (the table and the sheet's grid).
 */
function locator(sheet: string, letters: ReadonlyMap<string, string>, firstLetter: string, sheetRows: Int32Array): (row: number, field: EntryField) => CellRef {
  return (row, field) => ({ sheet, cell: `${letters.get(field) ?? firstLetter}${sheetRows[row]! + 1}` });
}

/**
 * A data sheet given as a range of values as Excel passes them (THIDUA.RESULTS's `Số liệu`,
 * src/functions/columns-in.ts): read straight into the columns by read-range.ts, with the checks,
 * diagnostics and columns of the reader below.
 */
export interface RangeSheet extends SheetGrid {
  readonly range: { values: unknown; toCell: ToCell };
}

const isRange = (sheet: SheetGrid): sheet is RangeSheet => typeof (sheet as Partial<RangeSheet>).range?.toCell === 'function';

/** The sheet's row under the table's cursor, as the per-row rules read it (data-row.ts). */
class SheetRow implements DataRowSource {
  /** The cursor's row's cells (set by moveTo). */
  cells: readonly Cell[] = [];

  constructor(readonly cursor: RowCursor<DataKey>) {}

  moveTo(r: number): this {
    this.cursor.moveTo(r);
    this.cells = this.cursor.cells;
    return this;
  }

  cell(i: number): Cell | undefined {
    return i < 0 ? undefined : this.cells[i];
  }

  shape(key: DataKey): NumberShape | null | undefined {
    return this.cursor.shape(key);
  }

  at(key: DataKey): CellRef {
    return this.cursor.at(key);
  }
}

export function readLongColumns(sheet: SheetGrid, ctx: Context): EntryColumns {
  if (isRange(sheet)) return readDataRange(sheet.range.values, sheet.name, ctx, sheet.range.toCell);
  // Row numbers and one cursor, not a row object per data row (table.ts).
  const table = scanTable<DataKey>(sheet, DATA_SHEET, ctx.diags);
  if (!table) return new EntryColumnsBuilder(0).build(null);
  const diags = ctx.diags;
  const o = origin(sheet);
  if (table.rows.length === 0) diags.error(refAt(sheet, table.headerRow, o.col), 'noRows', { sheet: sheet.name });
  // Each field's place within a row's cells (−1: the sheet has no such column).
  const offsets = offsetsOf((k) => (table.columns.has(k) ? table.columns.get(k)! - o.col : -1));
  const reader = new DataRows(offsets, table.columns.has('actual'), ctx, table.rows.length);
  const row = new SheetRow(table.cursor());
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    reader.read(row.moveTo(r), r, true);
  }
  if (!table.columns.has('actual') && reader.needActual.size > 0)
    diags.error(refAt(sheet, table.headerRow, o.col), 'noActualColumn', { sheet: sheet.name, codes: [...reader.needActual].join(', ') });
  if (!table.columns.has('target') && reader.needTarget.size > 0)
    diags.error(refAt(sheet, table.headerRow, o.col), 'noTargetColumn', { sheet: sheet.name, codes: [...reader.needTarget].join(', ') });
  const letters = new Map([...table.columns].map(([k, col]) => [k, columnLetter(col)] as const));
  return reader.out.build(locator(sheet.name, letters, columnLetter(o.col), reader.sheetRows));
}

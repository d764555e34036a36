/**
 * The long layout (`Số liệu`) read straight into typed columns (engine/columns.ts): the same checks
 * and diagnostics, in the same order, as the record reader (read-data.ts) had, without an `Entry`
 * or a locations object per row. Each data row keeps only its sheet row number; a cell address is
 * made when a diagnostic or an explanation asks for it.
 */
import { ACTUAL_YES_NO, EntryColumnsBuilder, SELF_FROM_ACTUAL, type EntryColumns, type EntryField } from '../engine/columns';
import { hasTarget, isLeaf, readsScores, readsYesNo } from '../engine/kinds';
import type { CellRef } from '../engine/model';
import { cleanName } from '../engine/names';
import { parseCode, parseText, plainNumber } from './cells';
import { takeAt } from './fields';
import { columnLetter, isBlank, type Cell, type SheetGrid } from './grid';
import { parseFigure, parseFigureNumber, settleFigures } from './read-figures';
import { ACTUAL, parseActual, parseScore, plainPair, TARGET, type Context, type DataKey } from './read-data';
import { readDataRange, type ToCell } from './read-range';
import { DATA_SHEET } from './schema';
import { origin, refAt, scanTable, type RowReader } from './table';

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

export function readLongColumns(sheet: SheetGrid, ctx: Context): EntryColumns {
  if (isRange(sheet)) return readDataRange(sheet.range.values, sheet.name, ctx, sheet.range.toCell);
  // Row numbers and one cursor, not a row object per data row (table.ts).
  const table = scanTable<DataKey>(sheet, DATA_SHEET, ctx.diags);
  if (!table) return new EntryColumnsBuilder(0).build(null);
  if (table.rows.length === 0) ctx.diags.error(refAt(sheet, table.headerRow, origin(sheet).col), 'noRows', { sheet: sheet.name });
  const out = new EntryColumnsBuilder(table.rows.length);
  let sheetRows = new Int32Array(Math.max(16, table.rows.length));
  const diags = ctx.diags;
  const hasActual = table.columns.has('actual');
  /** Codes of rows whose figure is in `Thực hiện` (all but manual scores): without the column, none has one. */
  const needActual = new Set<string>();
  /** Codes of target criteria with rows: without a `Chỉ tiêu` column, none would apply to any unit. */
  const needTarget = new Set<string>();
  // Each field's place within a row's cells (−1: the sheet has no such column).
  const o = origin(sheet);
  const offset = (k: DataKey): number => {
    const col = table.columns.get(k);
    return col === undefined ? -1 : col - o.col;
  };
  const [oUnit, oCode, oTarget, oActual, oSelf, oAppraised] = (['unit', 'criterion', 'target', 'actual', 'self', 'appraised'] as const).map(offset) as [number, number, number, number, number, number];
  const cellOf = (cells: readonly Cell[], i: number): Cell | undefined => (i < 0 ? undefined : cells[i]);
  /** A self or appraised score: a plain number not below 0 as it is, anything else through the parser. */
  const score = (cells: readonly Cell[], i: number, row: RowReader<DataKey>, field: 'self' | 'appraised'): number | null => {
    const n = plainNumber(cellOf(cells, i));
    if (n === null || (n !== undefined && n >= 0 && !row.shape(field))) return n;
    return takeAt(parseScore(row.get(field), field, row.shape(field)), row, field, diags) ?? null;
  };
  const row = table.cursor();
  /** The last unit text read, as parsed and cleaned. */
  let last: { cell: string | undefined; unit: string | null | undefined; clean: string } = { cell: undefined, unit: undefined, clean: '' };
  for (let i = 0; i < table.rows.length; i++) {
    const cells = row.moveTo(table.rows[i]!).cells;
    // A unit's rows usually come together: a unit text as the row before had it is read as it was
    // (text gives no diagnostic), without two lookups in the name caches per row.
    const unitCell = cellOf(cells, oUnit);
    const same = typeof unitCell === 'string' && unitCell === last.cell;
    const unit = same ? last.unit : takeAt(parseText(unitCell), row, 'unit', diags);
    const code = takeAt(parseCode(cellOf(cells, oCode)), row, 'criterion', diags);
    if (!unit || !code) continue;
    const c = ctx.criteria.get(code);
    const parseValues = c !== undefined && !ctx.unreadable.has(code) && isLeaf(c);
    let target: number | null = null;
    let actual: number | boolean | null = null;
    if (parseValues && hasTarget(c) && plainPair(row)) {
      // Real numbers in General format (nearly every row): nothing to decide.
      const t = plainNumber(cellOf(cells, oTarget));
      const a = plainNumber(cellOf(cells, oActual));
      target = t !== undefined ? t : (takeAt(parseFigureNumber(row.get('target'), TARGET, null), row, 'target', diags) ?? null);
      actual = a !== undefined ? a : (takeAt(parseFigureNumber(row.get('actual'), ACTUAL, null), row, 'actual', diags) ?? null);
    } else if (parseValues && hasTarget(c)) {
      const t = takeAt(parseFigure(row.get('target'), TARGET, row.shape('target')), row, 'target', diags) ?? null;
      const a = takeAt(parseFigure(row.get('actual'), ACTUAL, row.shape('actual')), row, 'actual', diags) ?? null;
      ({ target, actual } = settleFigures(t, a, { target: () => row.at('target'), actual: () => row.at('actual') }, diags));
    } else if (parseValues) {
      actual = takeAt(parseActual(row.get('actual'), c.kind, row.shape('actual')), row, 'actual', diags) ?? null;
      if (readsYesNo(c) && hasActual && isBlank(row.get('actual'))) diags.warning(row.at('actual'), 'blankPassFail', { code, unit: cleanName(unit) });
    }
    if (parseValues && !readsScores(c)) needActual.add(code);
    if (parseValues && hasTarget(c)) needTarget.add(code);
    let self = parseValues ? score(cells, oSelf, row, 'self') : null;
    const appraised = parseValues ? score(cells, oAppraised, row, 'appraised') : null;
    const evidence = takeAt(parseText(row.get('evidence')), row, 'evidence', diags) ?? '';
    const note = takeAt(parseText(row.get('note')), row, 'note', diags) ?? '';
    let flags = typeof actual === 'boolean' ? ACTUAL_YES_NO : 0;
    // A manual criterion's score typed in `Thực hiện` counts as the self score when none is given.
    if (c !== undefined && readsScores(c) && self === null && appraised === null && typeof actual === 'number') {
      self = actual;
      flags |= SELF_FROM_ACTUAL;
    }
    const numeric = typeof actual === 'boolean' ? (actual ? 1 : 0) : actual;
    if (!same && typeof unitCell === 'string') last = { cell: unitCell, unit, clean: cleanName(unit) };
    const r = out.push(last.cell === unitCell ? last.clean : cleanName(unit), code, target, numeric, self, appraised, evidence, note, flags);
    if (r === sheetRows.length) {
      const more = new Int32Array(sheetRows.length * 2);
      more.set(sheetRows);
      sheetRows = more;
    }
    sheetRows[r] = row.row;
  }
  if (!hasActual && needActual.size > 0)
    diags.error(refAt(sheet, table.headerRow, origin(sheet).col), 'noActualColumn', { sheet: sheet.name, codes: [...needActual].join(', ') });
  if (!table.columns.has('target') && needTarget.size > 0)
    diags.error(refAt(sheet, table.headerRow, origin(sheet).col), 'noTargetColumn', { sheet: sheet.name, codes: [...needTarget].join(', ') });
  const letters = new Map([...table.columns].map(([k, col]) => [k, columnLetter(col)] as const));
  return out.build(locator(sheet.name, letters, columnLetter(origin(sheet).col), sheetRows));
}

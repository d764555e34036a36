/**
 * Grid cells as Excel's `Range.values` takes them. Excel reads a written string the way it reads
 * typing: `=…`, `+…`, `-…`, `@…` become formulas, "1.1" a number, "1/2" a date, "TRUE" a boolean,
 * "#N/A" an error, and — by the locale — "10 AM", "Mar 5" or "1 Jan 2024" a date or a time. Every
 * non-empty string is therefore written with a leading apostrophe, which Excel drops and which makes
 * the cell text: a unit named "=1+1" stays "=1+1", a note "1 Jan 2024" stays text.
 */
import { isCellError, isFormula, type Cell } from '../../workbook/grid';

/** Strings Excel could turn into something else than the same text: every non-empty one. */
export function needsTextGuard(s: string): boolean {
  return s !== '';
}

export type ExcelCellInput = string | number | boolean;

/** One grid cell as a `values` entry: "" for blank (null would mean "leave it"), guarded text. */
export function excelValue(c: Cell | undefined): ExcelCellInput {
  if (c === null || c === undefined) return '';
  if (isCellError(c)) return `'${c.error}`;
  if (typeof c === 'number') return Number.isFinite(c) ? c : '';
  if (typeof c === 'boolean') return c;
  // The add-in's own formulas (the formula audit); written through `Range.formulas`.
  if (isFormula(c)) return `=${c.formula}`;
  return needsTextGuard(c) ? `'${c}` : c;
}

/** A grid cell from what `Range.values` / `valueTypes` give back. */
export function gridCell(value: unknown, type: string | undefined): Cell {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined || type === 'Empty') return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * Excel column width in points from a width in characters (what exceljs and the output sheets
 * use): a character of the default font is 7 px wide, plus 5 px padding, at 0.75 pt per px.
 */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

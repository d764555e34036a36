/**
 * The plain grid every host gives and takes: sheet names and 2-D cell values. The Office.js host,
 * the exceljs host (CLI) and the in-memory host (tests, browser preview) all speak it.
 */

/** A cell holding an Excel error (#N/A, #VALUE!, …). */
export interface CellError {
  error: string;
}

/**
 * A cell the add-in writes as a formula (the formula audit). `formula` is the formula without its
 * leading `=`, with the function names and separators of English Excel (`ROUND(A1,2)`). Only the
 * add-in's own builders make these; user text is always a string and is written as text.
 */
export interface CellFormula {
  formula: string;
}

export type Cell = string | number | boolean | null | CellError | CellFormula;

export interface SheetGrid {
  name: string;
  /** Rows of cells; rows[0][0] is the cell at (originRow, originCol). */
  rows: Cell[][];
  /** 0-based row of rows[0] in the sheet (a used range need not start at A1). */
  originRow?: number;
  /** 0-based column of rows[i][0]. */
  originCol?: number;
  /** Merged areas, as A1 ranges ("A1:L1"). */
  merges?: string[];
  /**
   * Number cells whose format changes what they mean, aligned with `rows` (sparse; absent when
   * the host does not know): a date (Excel stores 01/05/2024 as 45413), a percent (87,9 % is 0.879).
   */
  shapes?: (NumberShape | null | undefined)[][];
}

/**
 * How a number cell is shown, where that changes its meaning. `unseen`: the format cannot be seen
 * (a custom function's range gets bare values), so a bare number may be a percent's or a date's.
 */
export type NumberShape = 'date' | 'percent' | 'unseen';

/**
 * The shape an Excel number format gives a number: `0.0%` a percent, `dd/mm/yyyy`, `h:mm` or an
 * elapsed `[h]` a date. THE classifier: the hosts' shapes and the package reader's date conversion
 * (read-book.ts) both ask it, so a code is never a date for one and a number for the other.
 */
export function numberFormatShape(format: string | null | undefined): NumberShape | null {
  if (!format || format === 'General' || format === '@') return null;
  // Quoted text, escaped characters, spacing/fill characters and [colour]/[$-locale] sections say
  // nothing about the kind; an elapsed time ([h], [mm], [ss]) is a date code in brackets.
  const elapsed = /\[(?:h+|m+|s+)\]/i.test(format.replace(/"[^"]*"|\\./g, ''));
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  if (bare.includes('%')) return 'percent';
  // Day, month/minute, year, hour, second, and the Buddhist year (b, bbbb) that exceljs also counts.
  return elapsed || /[dmyhsb]/i.test(bare.replace(/General/gi, '')) ? 'date' : null;
}

export interface WorkbookGrid {
  /** The file or workbook name, the default cluster name. */
  name?: string;
  /** Set by a host that could not list the merged areas: the merge check is skipped, with a warning. */
  mergesUnknown?: boolean;
  sheets: SheetGrid[];
}

/**
 * The error a host gives a formula cell whose result the file does not hold (a workbook written by a
 * script and never opened in a spreadsheet): its value is unknown, so it is not read as blank.
 */
export const UNCALCULATED = '#UNCALCULATED';

export function isCellError(v: Cell | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isFormula(v: Cell | undefined): v is CellFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export function isBlank(v: Cell | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A value (as Excel passes a function's range) that is already a grid cell as it is: text, a yes/no, a finite number, a blank null. */
export function isPlainCell(v: unknown): v is Cell {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** A row of such values as grid cells: the row itself when every value already is one (it is only read), else converted by `toCell`. */
export function asCells(row: unknown, toCell: (v: unknown) => Cell): Cell[] {
  if (!Array.isArray(row)) return [toCell(row)];
  return row.every(isPlainCell) ? (row as Cell[]) : row.map((v: unknown) => toCell(v));
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based row and column. */
export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" (or "B2") → 0-based area; null when it is not an A1 range. */
export function parseArea(ref: string): Area | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]!);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

export function areaAddress(a: Area): string {
  const tl = address(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${address(a.bottom, a.right)}`;
}

/** Pads rows to one width (Excel writes rectangles). */
export function rectangular(rows: readonly Cell[][], width?: number): Cell[][] {
  const w = width ?? rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) => (r.length === w ? r : [...r, ...Array<Cell>(w - r.length).fill(null)]));
}

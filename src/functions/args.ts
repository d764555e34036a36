/**
 * Arguments as Excel passes them — numbers, text, booleans, blanks (null, undefined or ""), error
 * values and 2-D ranges — turned into what the engine takes. Values go through the workbook reader's
 * own cell parsers, so "1.868,257", "87,9%" and the Vietnamese choice words read exactly as they do
 * in the sheets. Anything unusable throws #VALUE! naming the parameter.
 */
import { t, type Lang } from '../engine/i18n';
import { message, type MessageCode, type MessageParams } from '../engine/messages';
import { normalizeKey } from '../engine/names';
import { parseChoice, parseNumber, type Parsed } from '../workbook/cells';
import { asCells, isBlank, type Cell } from '../workbook/grid';
import { invalidValue, isErrorValue } from './runtime';
import '../engine/i18n/functions';

/** One value as a grid cell: an Excel error becomes `{ error: '#N/A' }`, a blank null. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isErrorValue(v)) return { error: v.code };
  // A cell value object (a data type): its plain value is what a formula would see.
  if (typeof v === 'object' && 'basicValue' in v) return toCell((v as { basicValue: unknown }).basicValue);
  return String(v);
}

/**
 * A row of cells: the row Excel passed when every value is already a cell (most rows; they are only
 * read), a converted copy otherwise (grid.ts asCells, which the range reader uses too).
 */
const toRow = (row: unknown): Cell[] => asCells(row, toCell);

/** A range as rows of cells (a single value is a 1×1 range); blank rows at the end are dropped. */
export function toRows(v: unknown): Cell[][] {
  if (v === null || v === undefined) return [];
  const rows = Array.isArray(v) ? v.map(toRow) : [[toCell(v)]];
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.every((c) => isBlank(c))) end--;
  return rows.slice(0, end);
}

/** Every cell of a range, row by row (a column, a row or a block alike). */
export function toCells(v: unknown): Cell[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) return [toCell(v)];
  return v.flatMap((row: unknown) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)]));
}

/** True when an optional argument was left out, or given as an empty cell or an empty range. */
export function omitted(v: unknown): boolean {
  // Cell by cell, stopping at the first that is not blank (a units range of thousands of rows is not copied).
  if (!Array.isArray(v)) return isBlank(toCell(v));
  for (const row of v as unknown[]) {
    if (!Array.isArray(row)) {
      if (!isBlank(toCell(row))) return false;
      continue;
    }
    for (const c of row as unknown[]) if (!isBlank(toCell(c))) return false;
  }
  return true;
}

/** The text of a cell parser's failure for the parameter `name`. */
export function argMessage(name: string, code: MessageCode, params: MessageParams, lang: Lang): string {
  if (code === 'notNumber') return t(lang, 'fn.notNumber', { param: name, value: String(params.value) });
  // These messages name the parameter themselves (…không hợp lệ cho “chiều”…).
  if ('header' in params) return message(code, { ...params, header: name }, lang);
  return t(lang, 'fn.about', { param: name, message: message(code, params, lang) });
}

function accept<T>(parsed: Parsed<T>, name: string, lang: Lang): T {
  if (!parsed.ok) throw invalidValue(argMessage(name, parsed.code, parsed.params, lang));
  // "1.800" may be 1,8 or 1800: the pane warns and reads it one way, but a cell shows only a number,
  // so a formula refuses to guess.
  if (parsed.warning?.code === 'ambiguousNumber') throw invalidValue(argMessage(name, 'ambiguousInFormula', parsed.warning.params, lang));
  return parsed.value;
}

/** A value that must be one cell; a 1×1 range is that cell. */
export function single(v: unknown, name: string, lang: Lang): Cell {
  if (!Array.isArray(v)) return toCell(v);
  const cells = toCells(v);
  if (cells.length === 1) return cells[0]!;
  throw invalidValue(t(lang, 'fn.notOneCell', { param: name, cells: String(cells.length) }));
}

export interface NumberRules {
  required?: boolean;
  nonNegative?: boolean;
}

/** A number (or number text); null when blank and not required. */
export function numberArg(v: unknown, name: string, lang: Lang, rules: NumberRules & { required: true }): number;
export function numberArg(v: unknown, name: string, lang: Lang, rules?: NumberRules): number | null;
export function numberArg(v: unknown, name: string, lang: Lang, rules: NumberRules = {}): number | null {
  const value = accept(parseNumber(single(v, name, lang), name), name, lang);
  if (value === null) {
    if (rules.required) throw invalidValue(message('required', { header: name }, lang));
    return null;
  }
  if (rules.nonNegative && value < 0) throw invalidValue(message('negative', { header: name, value }, lang));
  return value;
}

/** One of the words of a table (`tăng`/`giảm`, `tỷ lệ`/`ngưỡng`/…); null when blank. */
export function choiceArg<T extends string>(v: unknown, name: string, lang: Lang, words: Readonly<Record<string, T>>, shown: string): T | null {
  return accept(parseChoice(single(v, name, lang), name, words, shown), name, lang);
}

/** A list of words separated by ";" or ",", each as its key (without case, diacritics or spaces). */
export function wordList(text: string): { word: string; key: string }[] {
  return text
    .split(/[;,]/)
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map((word) => ({ word, key: normalizeKey(word).replace(/\//g, '') }));
}

/**
 * Cell values as users type them: real numbers or number text in Vietnamese ("1.868,257",
 * "87,9%") or plain style ("1868.257"), percents, yes/no words, Excel error cells.
 *
 * How separators are read (docs/decisions.md):
 * - both "." and "," present: the last one is the decimal mark ("1.868,257", "1,868.257");
 * - one "," only: decimal mark ("87,9"); several: thousands ("1,234,567");
 * - one "." only: decimal mark ("1868.257"); several: thousands ("1.234.567");
 * - "1.234" and "1,234" (one separator, three digits after it) are ambiguous: parseNumber reads them
 *   with the separator as the decimal mark, 1.234, with a warning; the workbook reader decides a
 *   target or actual by the other figure of its row (read-figures.ts) and refuses the others
 *   (parseNumberStrict).
 */
import type { MessageCode, MessageParams } from '../engine/messages';
import { normalizeKey } from '../engine/names';
import { isBlank, isCellError, isFormula, UNCALCULATED, type Cell, type CellError } from './grid';

export type Parsed<T> =
  | { ok: true; value: T; warning?: { code: MessageCode; params: MessageParams } }
  | { ok: false; code: MessageCode; params: MessageParams };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** The answers for blank cells and yes/no, made once (a data sheet has hundreds of thousands of cells). */
const BLANK: Parsed<null> = Object.freeze({ ok: true, value: null });
const YES_VALUE: Parsed<boolean> = Object.freeze({ ok: true, value: true });
const NO_VALUE: Parsed<boolean> = Object.freeze({ ok: true, value: false });
const fail = <T>(code: MessageCode, params: MessageParams): Parsed<T> => ({ ok: false, code, params });

/** The largest magnitude accepted; beyond it sums would lose cents. */
export const MAX_MAGNITUDE = 1e15;

function shown(cell: Cell): string {
  if (isCellError(cell)) return cell.error;
  return String(cell);
}

/** The failure of a cell holding an Excel error, or a formula whose result the file lacks. */
function errorCell<T>(cell: CellError): Parsed<T> {
  return cell.error === UNCALCULATED ? fail('uncalculated', {}) : fail('excelError', { error: cell.error });
}

const texts = new Map<string, Parsed<string | null>>();

/** Plain text of a cell (numbers as JS writes them, "1.1" for 1.1); blank → null. */
export function parseText(cell: Cell | undefined): Parsed<string | null> {
  if (cell === undefined || isBlank(cell)) return BLANK;
  if (isCellError(cell)) return errorCell(cell);
  if (typeof cell !== 'string') return ok(String(cell));
  // Unit names and codes repeat on every row: their clean form is kept (short texts only).
  let parsed = texts.get(cell);
  if (parsed === undefined) {
    parsed = ok(cell.normalize('NFC').trim());
    if (cell.length <= 200) {
      if (texts.size > 100_000) texts.clear();
      texts.set(cell, parsed);
    }
  }
  return parsed;
}

/** A text cell's clean text as parseText reads it ('' for a blank one); text never fails to read. */
export function textOf(cell: string): string {
  const parsed = parseText(cell);
  return parsed.ok ? (parsed.value ?? '') : '';
}

interface NumberText {
  value: number;
  ambiguous?: { sep: string; other: number };
}

const GROUPED = (sep: string): RegExp => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

function parseUnsigned(s: string): NumberText | null {
  if (/^\d+$/.test(s)) return { value: Number(s) };
  if (/^\d*\.?\d+e[+-]?\d+$/i.test(s)) return { value: Number(s) };
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac, extra] = s.split(decimal);
    if (extra !== undefined || !frac || !/^\d+$/.test(frac) || !GROUPED(group).test(intPart ?? '')) return null;
    return { value: Number(`${intPart!.split(group).join('')}.${frac}`) };
  }
  const sep = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (sep === null) return null;
  const count = dots + commas;
  if (count > 1) return GROUPED(sep).test(s) ? { value: Number(s.split(sep).join('')) } : null;
  const [intPart, frac] = s.split(sep);
  if (!/^\d*$/.test(intPart ?? '') || !/^\d+$/.test(frac ?? '')) return null;
  const value = Number(`${intPart || '0'}.${frac}`);
  if (/^[1-9]\d{0,2}$/.test(intPart ?? '') && frac!.length === 3) return { value, ambiguous: { sep, other: Number(`${intPart}${frac}`) } };
  return { value };
}

/** Number text → number; null when it is not a number. */
export function parseNumberText(text: string): NumberText | null {
  let s = text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  let divide = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trim();
    divide = 100;
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  const n = parseUnsigned(s);
  if (!n) return null;
  const scale = (x: number): number => (sign * x) / divide;
  return n.ambiguous ? { value: scale(n.value), ambiguous: { sep: n.ambiguous.sep, other: scale(n.ambiguous.other) } } : { value: scale(n.value) };
}

/**
 * A number the reader cannot weigh against another figure (a maximum, a quota, a count, a score):
 * ambiguous number text ("2.500": 2,5 or 2500) is an error naming both readings, never a guess.
 */
export function refuseAmbiguous<T>(parsed: Parsed<T>): Parsed<T> {
  if (!parsed.ok || parsed.warning?.code !== 'ambiguousNumber') return parsed;
  const { value, read, other } = parsed.warning.params;
  return fail('ambiguousNumberRefused', { value: value!, read: read!, other: other! });
}

/** parseNumber, refusing ambiguous number text (see refuseAmbiguous). */
export function parseNumberStrict(cell: Cell | undefined, header: string): Parsed<number | null> {
  return refuseAmbiguous(parseNumber(cell, header));
}

/** A numeric cell; blank → null. `header` names the column in messages. */
export function parseNumber(cell: Cell | undefined, header: string): Parsed<number | null> {
  if (cell === undefined || isBlank(cell)) return BLANK;
  if (isCellError(cell)) return errorCell(cell);
  if (typeof cell === 'number' && Number.isFinite(cell) && Math.abs(cell) <= MAX_MAGNITUDE) return { ok: true, value: cell };
  let value: number;
  let warning: { code: MessageCode; params: MessageParams } | undefined;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const n = parseNumberText(cell);
    if (!n) return fail('notNumber', { value: cell.trim(), header });
    value = n.value;
    if (n.ambiguous)
      // The other reading is shown without separators, as the user should type it.
      warning = { code: 'ambiguousNumber', params: { value: cell.trim(), sep: n.ambiguous.sep, read: n.value, other: String(n.ambiguous.other) } };
  } else return fail('notNumber', { value: shown(cell), header });
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return fail('notFinite', { value: shown(cell) });
  return warning ? { ok: true, value, warning } : ok(value);
}

const YES = new Set(['co', 'x', 'dat', '1', 'true', 'yes', 'pass']);
const NO = new Set(['khong', '', 'khongdat', '0', 'false', 'no', 'fail']);

/** A yes/no cell; blank is a no. */
export function parseYesNo(cell: Cell | undefined): Parsed<boolean> {
  if (cell === undefined || cell === null || isBlank(cell)) return NO_VALUE;
  if (isCellError(cell)) return errorCell(cell);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return YES_VALUE;
    if (cell === 0) return NO_VALUE;
    return fail('notYesNo', { value: String(cell) });
  }
  if (isFormula(cell)) return fail('notYesNo', { value: `=${cell.formula}` });
  const key = normalizeKey(cell).replace(/\//g, '');
  if (YES.has(key)) return YES_VALUE;
  if (NO.has(key)) return NO_VALUE;
  return fail('notYesNo', { value: cell.trim() });
}

/**
 * A share or percent (`20`, `20%`, `0,2` alike): a number of at most 1 is a fraction, a larger one a
 * percent. Returns the fraction (0.2).
 */
export function parseShare(cell: Cell | undefined, header: string): Parsed<number | null> {
  const n = parseNumberStrict(cell, header);
  if (!n.ok || n.value === null) return n;
  return { ...n, value: shareOf(n.value, typeof cell === 'string' && cell.trim().endsWith('%')) };
}

/**
 * The share rule of workbook-format.md, in one place: a number of at most 1 is a fraction, a larger
 * one a percent; text ending in "%" was already divided by 100. Returns the fraction.
 */
export function shareOf(value: number, percentText: boolean): number {
  return Number((percentText || value <= 1 ? value : value / 100).toPrecision(12));
}

/** A criterion code: text, or a number written as its shortest form (1.1 → "1.1"). */
export function parseCode(cell: Cell | undefined): Parsed<string | null> {
  if (typeof cell === 'number') return ok(String(cell));
  return parseText(cell);
}

/** A choice from a table of words (`định lượng`, `target`, …), matched without diacritics. */
export function parseChoice<T extends string>(
  cell: Cell | undefined,
  header: string,
  words: Readonly<Record<string, T>>,
  shownChoices: string,
): Parsed<T | null> {
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<T | null>;
  const key = normalizeKey(t.value).replace(/\//g, '');
  const hit = words[key];
  return hit !== undefined ? ok(hit) : fail('badChoice', { value: t.value, header, choices: shownChoices });
}

/**
 * A plain number cell (finite, within the accepted magnitude) as it is, blank as null: what the
 * parsers would give without a record per cell. undefined: anything else, for the parsers to judge.
 */
export function plainNumber(cell: Cell | undefined): number | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' && Number.isFinite(cell) && Math.abs(cell) <= MAX_MAGNITUDE) return cell;
  return undefined;
}

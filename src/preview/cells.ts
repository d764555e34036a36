/**
 * How the grid view shows a cell of the in-memory workbook: its text (numbers through their number
 * format, roughly as Excel shows them), and its look: the static formats the hosts set, then the
 * fill and font colour of the first conditional format that holds. Two kinds of rules exist, the
 * ones the Office.js host writes: status tones on output sheets (`=G4="Vượt"`) and in-place flags on
 * input sheets (`=AND(N("ThiDua:vuot")=0,'ThiDua_DanhDau'!D5=1)`), both relative to the first cell of
 * the rule's range. Reads the book only (it may belong to another frame).
 */
import { formatOf, type MemoryConditionalFormat, type MemoryFormat, type MemorySheet } from '../testing/fake-excel/book';
import type { MemoryWorkbook } from '../testing/fake-excel';
import { isCellError, isFormula, parseArea, type Cell } from '../workbook/grid';

export interface CellLook extends MemoryFormat {
  /** Set when a conditional format gave the look (its fill and font colour). */
  conditional?: boolean;
}

type Test = (book: MemoryWorkbook, sheet: MemorySheet, dr: number, dc: number) => boolean;

const REF = String.raw`(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?\$?([A-Z]+)\$?(\d+)`;
const TONE = new RegExp(String.raw`^=${REF}="((?:[^"]|"")*)"$`);
const FLAG = new RegExp(String.raw`^=AND\(N\("ThiDua:\w+"\)=0,${REF}=(-?\d+(?:\.\d+)?)\)$`);

function sheetNamed(book: MemoryWorkbook, name: string): MemorySheet | undefined {
  const key = name.toLocaleLowerCase();
  return book.sheets.find((s) => s.name.toLocaleLowerCase() === key);
}

/** The cell a relative reference points to from offset (dr, dc) of the rule's first cell. */
function referenced(book: MemoryWorkbook, own: MemorySheet, m: RegExpExecArray, dr: number, dc: number): Cell {
  const sheet = m[1] ? sheetNamed(book, m[1].replace(/''/g, "'")) : m[2] ? sheetNamed(book, m[2]) : own;
  const at = parseArea(`${m[3]}${m[4]}`);
  if (!sheet || !at) return null;
  return sheet.rows[at.top + dr]?.[at.left + dc] ?? null;
}

const tests = new Map<string, Test | null>();

/** The condition of a rule's formula, or null when the grid view cannot evaluate it. */
function compile(formula: string): Test | null {
  if (tests.has(formula)) return tests.get(formula)!;
  let test: Test | null = null;
  const tone = TONE.exec(formula);
  const flag = FLAG.exec(formula);
  if (tone) {
    const text = tone[5]!.replace(/""/g, '"').toLocaleLowerCase();
    test = (book, sheet, dr, dc) => {
      const v = referenced(book, sheet, tone, dr, dc);
      return typeof v === 'string' && v.toLocaleLowerCase() === text;
    };
  } else if (flag) {
    const value = Number(flag[5]);
    test = (book, sheet, dr, dc) => referenced(book, sheet, flag, dr, dc) === value;
  }
  tests.set(formula, test);
  return test;
}

/** The conditional format that colours a cell (the first, in priority order, whose condition holds). */
export function conditionalAt(book: MemoryWorkbook, sheet: MemorySheet, r: number, c: number): MemoryConditionalFormat | null {
  for (const cf of sheet.conditionalFormats) {
    const a = cf.area;
    if (r < a.top || r > a.bottom || c < a.left || c > a.right || !cf.formula) continue;
    const test = compile(cf.formula);
    if (test?.(book, sheet, r - a.top, c - a.left)) return cf;
  }
  return null;
}

export function lookAt(book: MemoryWorkbook, sheet: MemorySheet, r: number, c: number): CellLook {
  const look: CellLook = { ...formatOf(sheet, r, c) };
  const cf = sheet.conditionalFormats.length ? conditionalAt(book, sheet, r, c) : null;
  if (cf) {
    if (cf.fill) look.fill = cf.fill;
    if (cf.fontColor) look.fontColor = cf.fontColor;
    look.conditional = true;
  }
  return look;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(min: number, max: number, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${min}:${max}:${grouping}:${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
    });
    formatters.set(key, f);
  }
  return f;
}

const general = new Intl.NumberFormat('vi-VN', { maximumSignificantDigits: 11, useGrouping: false });

/** A number as its number format shows it (`0.00%`, `#,##0.00`, `#,##0.###`, `0`; General otherwise). */
export function numberText(v: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"/g, '');
  if (!fmt || /general/i.test(fmt) || fmt === '@' || !/[0#]/.test(fmt)) return general.format(v);
  const places = /\.([0#]+)/.exec(fmt)?.[1] ?? '';
  const required = places.replace(/#/g, '').length;
  return numberFormatter(required, places.length, fmt.includes(','), fmt.includes('%')).format(v);
}

export function cellText(v: Cell | undefined, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isFormula(v)) return `=${v.formula}`;
  return v;
}

/**
 * A1 addresses as Excel's API takes and gives them: cells, areas, whole columns (`C:C`), whole rows
 * (`3:5`), the whole sheet, with or without a sheet prefix (`'Kết quả'!A1:B2`).
 */
import { areaAddress, columnLetter, parseArea, type Area } from '../../workbook/grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

const colIndex = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Strips a sheet prefix (`Sheet1!`, `'My sheet'!`) from an address. */
export function stripSheet(ref: string): string {
  const i = ref.lastIndexOf('!');
  return i < 0 ? ref : ref.slice(i + 1);
}

/** `'Kết quả'` → `Kết quả`; the sheet name of a prefixed reference, or null. */
export function sheetOf(ref: string): string | null {
  const i = ref.lastIndexOf('!');
  if (i < 0) return null;
  const s = ref.slice(0, i).replace(/^=/, '');
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** Parses a single area; null when the text is not one. */
export function parseAddress(ref: string): Area | null {
  const a = stripSheet(ref).replace(/\$/g, '').trim();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (cols) {
    const l = colIndex(cols[1]!);
    const r = colIndex(cols[2]!);
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) {
    const t = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(t, b), bottom: Math.max(t, b), left: 0, right: MAX_COLS - 1 };
  }
  const area = parseArea(a);
  if (!area || area.bottom >= MAX_ROWS || area.right >= MAX_COLS || area.top < 0) return null;
  return area;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!A1:B2`, as Range.address gives it. */
export function qualified(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${areaText(area)}`;
}

/** Area text, with whole columns and rows written the short way. */
export function areaText(area: Area): string {
  const wholeCols = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === MAX_COLS - 1;
  if (wholeCols && wholeRows) return `1:${MAX_ROWS}`;
  if (wholeCols) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  if (wholeRows) return `${area.top + 1}:${area.bottom + 1}`;
  return areaAddress(area);
}

/** `$A$1` style. */
export function absolute(area: Area): string {
  return areaText(area).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

export function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/**
 * THIDUA.RESULTS and NOMINATIONS take ranges laid out as the workbook's sheets. Each range becomes a
 * SheetGrid named as its sheet (`Tiêu chí`, `Số liệu`, …), read from its own top-left corner (the
 * reader looks for headers in the first 20 rows), so the reader and the engine run unchanged; the
 * `Số liệu` range reads itself straight into the figures' columns (columns-in.ts). Their
 * diagnostics are then moved to where the range lies on its real sheet, from the parameter addresses
 * Excel gives (when it gives them), so they point at the user's own cells.
 */
import { diagnosticText, formatDiagnostic, type Diagnostic } from '../engine/diagnostics';
import { t, type Lang } from '../engine/i18n';
import { areaAddress, parseArea, type SheetGrid, type WorkbookGrid } from '../workbook/grid';
import { AWARDS_SHEET, CRITERIA_SHEET, DATA_SHEET, SETTINGS_SHEET, UNITS_SHEET } from '../workbook/schema';
import { omitted, toRows } from './args';
import { DataRangeSheet } from './columns-in';
import { paramName } from './names';
import '../engine/i18n/functions';

export interface ClusterRanges {
  criteria: unknown;
  data: unknown;
  units?: unknown;
  awards?: unknown;
  settings?: unknown;
}

/** The ranges in parameter order, each with the sheet it stands for. */
const ROLES = [
  { key: 'criteria', sheet: CRITERIA_SHEET.vi, required: true },
  { key: 'data', sheet: DATA_SHEET.vi, required: true },
  { key: 'units', sheet: UNITS_SHEET.vi, required: false },
  { key: 'awards', sheet: AWARDS_SHEET.vi, required: false },
  { key: 'settings', sheet: SETTINGS_SHEET.vi, required: false },
] as const;

export interface RangePlace {
  /** The sheet's name; null when the address has none. */
  sheet: string | null;
  /** 0-based row and column of the range's top-left cell. */
  top: number;
  left: number;
}

/**
 * An address as Excel gives it — `Sheet1!A1:B3`, `'Tiêu chí'!$A$2:$L$20`, `[Book1]Sheet1!A:C`,
 * `Data!3:9` — as a sheet name and the top-left cell; null when it cannot be read.
 */
export function parsePlace(address: string | null | undefined): RangePlace | null {
  if (!address) return null;
  const bang = address.lastIndexOf('!');
  const ref = address.slice(bang + 1).replace(/\$/g, '').trim();
  let sheet: string | null = null;
  if (bang > 0) {
    let s = address.slice(0, bang).trim();
    if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
    sheet = s.replace(/^\[[^\]]*\]/, '') || null;
  }
  const columns = /^([A-Z]+):[A-Z]+$/i.exec(ref);
  const rows = /^(\d+):\d+$/.exec(ref);
  const area = columns ? parseArea(`${columns[1]}1`) : rows ? parseArea(`A${rows[1]}`) : parseArea(ref);
  return area ? { sheet, top: area.top, left: area.left } : null;
}

/** A cell (or area) of a range, counted from the range's corner, as a cell of its sheet. */
export function shift(cell: string, place: RangePlace): string {
  const a = parseArea(cell);
  if (!a) return cell;
  return areaAddress({ top: a.top + place.top, left: a.left + place.left, bottom: a.bottom + place.top, right: a.right + place.left });
}

export interface RangesWorkbook {
  grid: WorkbookGrid;
  /** A diagnostic as `Sheet!Cell: message`, naming the user's sheet and cell when they are known. */
  describe(d: Diagnostic): string;
}

/** The workbook the reader sees; optional ranges left out (or blank) are sheets that do not exist. */
export function workbookOf(fn: 'RESULTS' | 'NOMINATIONS', lang: Lang, ranges: ClusterRanges, addresses?: readonly string[]): RangesWorkbook {
  const sheets: SheetGrid[] = [];
  const places = new Map<string, { param: string; place: RangePlace | null }>();
  ROLES.forEach((role, i) => {
    const value = ranges[role.key];
    if (!role.required && omitted(value)) return;
    const place = parsePlace(addresses?.[i]);
    // The data range is read straight into the figures' columns (columns-in.ts); the others as grids.
    sheets.push(role.key === 'data' ? new DataRangeSheet(role.sheet, value) : { name: role.sheet, rows: toRows(value) });
    places.set(role.sheet, { param: paramName(fn, role.key, lang), place });
  });
  const describe = (d: Diagnostic): string => {
    const known = places.get(d.sheet);
    if (!known) return formatDiagnostic(d, lang);
    const cell = known.place ? shift(d.cell, known.place) : d.cell;
    if (known.place?.sheet) return formatDiagnostic({ ...d, sheet: known.place.sheet, cell }, lang);
    const where = t(lang, known.place ? 'fn.inRangeAt' : 'fn.inRange', { cell, param: known.param });
    return `${where}: ${diagnosticText(d, lang)}`;
  };
  return { grid: { sheets }, describe };
}

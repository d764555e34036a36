/**
 * The state of an in-memory workbook: cells, formulas, formats, conditional formats, merges,
 * freeze panes, defined names. Plain data and the few rules Excel applies when a value is written
 * (a leading `=` makes a formula, a leading apostrophe makes text, "12" becomes a number).
 * No Node APIs: it runs in jest and in a browser page alike.
 */
import { isCellError, type Area, type Cell, type WorkbookGrid } from '../../workbook/grid';
import { contains, intersects, parseAddress, areaText } from './address';
import { FakeOfficeError } from './errors';
import { clearPrintIn } from './print';
import type { MemoryFormat, MemorySheet } from './types';

export type { FormatLayer, MemoryConditionalFormat, MemoryFormat, MemoryName, MemorySheet, Visibility } from './types';







const ERRORS = new Set(['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!']);
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(\d+(\.\d*)?|\.\d+))\s*%\s*$/;
const DATE = /^\s*(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?\s*$/;

/** What Excel stores when a value is written through `Range.values`. */
export type Stored = { kind: 'skip' } | { kind: 'clear' } | { kind: 'value'; value: Cell } | { kind: 'formula'; formula: string };

export function interpret(input: unknown): Stored {
  if (input === null || input === undefined) return { kind: 'skip' }; // null in an update array means "leave it"
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', `The value ${input} cannot be written.`);
    return { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', 'Only strings, numbers and booleans can be written to values.');
  const s = input;
  if (s === '') return { kind: 'clear' };
  if (s.startsWith("'")) return s.length === 1 ? { kind: 'clear' } : { kind: 'value', value: s.slice(1) };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  if (NUMBER.test(s)) return { kind: 'value', value: Number(s) };
  const pct = PERCENT.exec(s);
  if (pct) return { kind: 'value', value: Number(pct[1]) / 100 };
  if (/^[+\-@]/.test(s)) return { kind: 'formula', formula: `=${s}` };
  if (/^(true|false)$/i.test(s.trim())) return { kind: 'value', value: s.trim().toLowerCase() === 'true' };
  if (ERRORS.has(s.trim().toUpperCase())) return { kind: 'value', value: { error: s.trim().toUpperCase() } };
  const d = DATE.exec(s);
  // A stand-in date serial: Excel would store a date (a number), which is what a test must notice.
  if (d) return { kind: 'value', value: 45_000 + Number(d[1]) * 31 + Number(d[2]) };
  return { kind: 'value', value: s };
}

export function newSheet(id: number, name: string): MemorySheet {
  return { id, name, visibility: 'Visible', rows: [], formulas: new Map(), layers: [], widths: new Map(), conditionalFormats: [], merges: [], freeze: { rows: 0, cols: 0 } };
}

export function cellOf(sheet: MemorySheet, r: number, c: number): Cell {
  return sheet.rows[r]?.[c] ?? null;
}

export function store(sheet: MemorySheet, r: number, c: number, stored: Stored): void {
  if (stored.kind === 'skip') return;
  const key = `${r}:${c}`;
  sheet.formulas.delete(key);
  if (stored.kind === 'clear') {
    const row = sheet.rows[r];
    if (row && c < row.length) row[c] = null;
    return;
  }
  const row = (sheet.rows[r] ??= []);
  while (row.length < c) row.push(null);
  if (stored.kind === 'formula') {
    sheet.formulas.set(key, stored.formula);
    row[c] = stored.formula;
  } else row[c] = stored.value;
}

/** Clears values (and formulas) in an area. */
export function clearContents(sheet: MemorySheet, a: Area): void {
  for (let r = a.top; r <= Math.min(a.bottom, sheet.rows.length - 1); r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = a.left; c <= Math.min(a.right, row.length - 1); c++) row[c] = null;
  }
  for (const key of [...sheet.formulas.keys()]) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) sheet.formulas.delete(key);
  }
}

/** Clears static formats, merges and conditional formats inside an area (Clear Formats). */
export function clearFormats(sheet: MemorySheet, a: Area): void {
  sheet.layers.push({ area: a, format: null });
  clearPrintIn(sheet, a);
  sheet.merges = sheet.merges.filter((m) => !intersects(m, a));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(a, cf.area));
}

/** The static format of one cell: the layers over it, the latest first, down to the last reset. */
export function formatOf(sheet: MemorySheet, r: number, c: number): MemoryFormat {
  const out: MemoryFormat = {};
  for (let i = sheet.layers.length - 1; i >= 0; i--) {
    const { area, format } = sheet.layers[i]!;
    if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
    if (format === null) break;
    for (const [k, v] of Object.entries(format) as [keyof MemoryFormat, never][]) if (out[k] === undefined) out[k] = v;
  }
  return out;
}

/** The bounding area of the cells holding a value, or null for an empty sheet. */
export function usedArea(sheet: MemorySheet): Area | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  });
  return top < 0 ? null : { top, bottom, left, right };
}

/** Sheets from a plain grid: values as they are (the user's data), merges as given. */
export function sheetsFromGrid(grid: WorkbookGrid): MemorySheet[] {
  return grid.sheets.map((g, i) => {
    const s = newSheet(i + 1, g.name);
    const r0 = g.originRow ?? 0;
    const c0 = g.originCol ?? 0;
    g.rows.forEach((cells, i) => {
      const row: Cell[] = Array<Cell>(c0).fill(null);
      for (const v of cells) row.push(isCellError(v) ? { error: v.error } : v === '' || v === undefined ? null : v); // Excel has no empty-text cells
      s.rows[r0 + i] = row;
    });
    for (let r = 0; r < s.rows.length; r++) if (!s.rows[r]) s.rows[r] = [];
    s.merges = (g.merges ?? []).map((m) => parseAddress(m)).filter((a): a is Area => a !== null);
    // Dates and percents noted by the host that read the file keep a number format of their kind.
    g.shapes?.forEach((shapes, i) =>
      shapes?.forEach((shape, j) => {
        if (shape === 'date' || shape === 'percent') s.layers.push({ area: { top: r0 + i, bottom: r0 + i, left: c0 + j, right: c0 + j }, format: { numberFormat: shape === 'date' ? 'dd/mm/yyyy' : '0.00%' } });
      }),
    );
    return s;
  });
}

/** A JSON-able picture of a sheet, to compare before and after (values, formulas, every format). */
export function sheetSnapshot(sheet: MemorySheet): unknown {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    rows: Array.from(sheet.rows, (r) => (r ? [...r] : [])),
    formulas: [...sheet.formulas.entries()].sort(),
    layers: sheet.layers.map((l) => ({ area: areaText(l.area), format: l.format })),
    widths: [...sheet.widths.entries()].sort((a, b) => a[0] - b[0]),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, area: areaText(cf.area) })),
    merges: sheet.merges.map(areaText),
    freeze: { ...sheet.freeze },
  };
}

/**
 * Fake Range and RangeAreas: values in and out with Excel's rules
 * (a single value fills the whole range, any other shape must match it; null leaves a cell as it is),
 * static formats as layers, merges, selection and conditional formats.
 */
import { isCellError, isFormula, type Area, type Cell } from '../../workbook/grid';
import { areaText, cellCount, intersects, MAX_COLS, MAX_ROWS, qualified } from './address';
import { cellOf, clearContents, clearFormats, formatOf, interpret, store } from './book';
import { FakeConditionalFormatCollection } from './conditional';
import { addLayer, FakeRangeFormat } from './format';
import { FakeOfficeError } from './errors';
import { FakeDataValidation, printOf } from './print';
import { FakeObject } from './proxy';
import type { MemorySheet, RangeTarget } from './types';


/** Excel refuses to read or write more cells than this at once. */
const CELL_LIMIT = 5_000_000;

/** Whole columns, whole rows or the whole sheet (`C:C`, `2:4`, getRange()). */
function unbounded(a: Area): boolean {
  return (a.top === 0 && a.bottom === MAX_ROWS - 1) || (a.left === 0 && a.right === MAX_COLS - 1);
}

/** Excel refuses to set cell-level properties (values, number formats) on an unbounded range. */
function bounded(t: RangeTarget, prop: string): RangeTarget {
  if (unbounded(t.area))
    throw new FakeOfficeError('InvalidArgument', `${prop} cannot be set on the unbounded range ${areaText(t.area)}; the request might be too large.`);
  return t;
}

/** Reading a cell-level property of an unbounded range gives null, as in Excel. */
function grid<V>(t: RangeTarget, f: (r: number, c: number) => V): V[][] | null {
  if (unbounded(t.area)) return null;
  if (cellCount(t.area) > CELL_LIMIT) throw new FakeOfficeError('OperationCellsExceedLimit', 'The range has too many cells for one operation.');
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

const shown = (v: Cell): string | number | boolean => (v === null ? '' : isCellError(v) ? v.error : isFormula(v) ? `=${v.formula}` : v);
const typeOf = (v: Cell): string =>
  v === null ? 'Empty' : isCellError(v) ? 'Error' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';

/** Checks a 2-D input against the range: same shape, or a single value for every cell. */
function shapeOf(t: RangeTarget, input: unknown): 'single' | 'full' {
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  if (!Array.isArray(input) || !input.every((r) => Array.isArray(r)))
    throw new FakeOfficeError('InvalidArgument', 'The input must be a two-dimensional array.');
  const arr = input as unknown[][];
  if (arr.length === 1 && arr[0]!.length === 1) return rows === 1 && cols === 1 ? 'full' : 'single';
  if (arr.length !== rows || arr.some((r) => r.length !== cols))
    throw new FakeOfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  return 'full';
}

export class FakeRange extends FakeObject<RangeTarget> {
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    return {
      address: (t) => qualified(t.sheet.name, t.area),
      rowIndex: (t) => t.area.top,
      columnIndex: (t) => t.area.left,
      rowCount: (t) => t.area.bottom - t.area.top + 1,
      columnCount: (t) => t.area.right - t.area.left + 1,
      values: (t) => grid(t, (r, c) => shown(cellOf(t.sheet, r, c))),
      valueTypes: (t) => grid(t, (r, c) => (t.sheet.formulas.has(`${r}:${c}`) ? 'String' : typeOf(cellOf(t.sheet, r, c)))),
      formulas: (t) => grid(t, (r, c) => t.sheet.formulas.get(`${r}:${c}`) ?? shown(cellOf(t.sheet, r, c))),
      numberFormat: (t) => grid(t, (r, c) => formatOf(t.sheet, r, c).numberFormat ?? 'General'),
    };
  }

  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(input: unknown[][]) {
    this._set('values', input, (target) => {
      const t = bounded(target, 'values');
      const single = shapeOf(t, input) === 'single';
      if (single && cellCount(t.area) > CELL_LIMIT) throw new FakeOfficeError('OperationCellsExceedLimit', 'Too many cells.');
      for (let r = t.area.top; r <= t.area.bottom; r++)
        for (let c = t.area.left; c <= t.area.right; c++) {
          const v = single ? input[0]![0] : input[r - t.area.top]![c - t.area.left];
          store(t.sheet, r, c, interpret(v));
        }
      this.context.book._changed(t.sheet, areaText(t.area));
    });
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  /** Like `values`: a string starting with `=` is a formula, an apostrophe makes text. */
  set formulas(input: unknown[][]) {
    this.values = input;
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this._set('numberFormat', input, (target) => {
      const t = bounded(target, 'numberFormat');
      if (shapeOf(t, input) === 'single') return addLayer(t, { numberFormat: String(input[0]![0]) });
      input.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          const r = t.area.top + i;
          const c = t.area.left + j;
          t.sheet.layers.push({ area: { top: r, bottom: r, left: c, right: c }, format: { numberFormat: String(f) } });
        }),
      );
    });
  }

  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this.context, `${this._path}.format`, () => this._target()));
  }

  /** Range.hyperlink (ExcelApi 1.7): recorded on the top-left cell; its text is written as Excel does. */
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this._set('hyperlink', link, (t) => {
      printOf(t.sheet).hyperlinks.set(`${t.area.top}:${t.area.left}`, { ...link });
      if (link.textToDisplay !== undefined) store(t.sheet, t.area.top, t.area.left, { kind: 'value', value: link.textToDisplay });
    });
  }

  get dataValidation(): FakeDataValidation {
    return this._child('dv', () => new FakeDataValidation(this.context, `${this._path}.dataValidation`, () => this._target()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection<FakeRange> {
    const make = (path: string, resolve: () => RangeTarget | null, nullable = false): FakeRange => new FakeRange(this.context, path, resolve, nullable);
    return this._child('cf', () => new FakeConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, this, make));
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this._call('clear', applyTo, (t) => {
      if (applyTo !== 'Formats') clearContents(t.sheet, t.area);
      if (applyTo !== 'Contents') clearFormats(t.sheet, t.area);
    });
  }

  merge(across = false): void {
    this._call('merge', across, (t) => {
      const a = t.area;
      const areas = across ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i })) : [a];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, a));
      for (const m of areas) {
        t.sheet.merges.push(m);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) store(t.sheet, r, c, { kind: 'clear' });
      }
    });
  }

  unmerge(): void {
    this._call('unmerge', null, (t) => void (t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area))));
  }

  select(): void {
    const book = this.context.book;
    this._call('select', null, (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidSelection', 'A cell of a hidden sheet cannot be selected.');
      book.selection = { sheet: t.sheet.name, address: areaText(t.area) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this._path}.mergedAreas?`,
      () => {
        const t = this._target();
        const areas = t ? t.sheet.merges.filter((m) => intersects(m, t.area)) : [];
        // Excel "will fail to return the result" beyond 512 merged areas, failing the whole request.
        if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas.`);
        return t && areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }
}

/** The most merged areas getMergedAreasOrNullObject returns (Excel's documented limit). */
export const MAX_MERGED_AREAS = 512;

export class FakeRangeAreas extends FakeObject<{ sheet: MemorySheet; areas: Area[] }> {
  override _getters(): Record<string, (t: { sheet: MemorySheet; areas: Area[] }) => unknown> {
    return { address: (t) => t.areas.map((a) => qualified(t.sheet.name, a)).join(','), areaCount: (t) => t.areas.length };
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

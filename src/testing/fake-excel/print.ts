/**
 * What the fake Excel records of a sheet's print and guide settings, so tests can assert them:
 * page layout (paper, orientation, margins, fit, print title rows), gridlines, borders, row
 * heights, hyperlinks and data validations. Recorded as set; nothing is laid out.
 */
import type { Area } from '../../workbook/grid';
import { FakeOfficeError } from './errors';
import { FakeObject } from './proxy';
import type { MemoryPrint, MemorySheet, RangeTarget } from './types';


export function printOf(sheet: MemorySheet): MemoryPrint {
  sheet.print ??= { page: { margins: {} }, borders: [], heights: new Map(), hyperlinks: new Map(), validations: [] };
  return sheet.print;
}

const inside = (a: Area, b: Area): boolean => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

/** Clear of formats over an area drops the borders, links and validations inside it. */
export function clearPrintIn(sheet: MemorySheet, a: Area): void {
  if (!sheet.print) return;
  const p = sheet.print;
  p.borders = p.borders.filter((b) => !inside(b.area, a));
  p.validations = p.validations.filter((v) => !inside(v.area, a));
  for (const key of [...p.hyperlinks.keys()]) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) p.hyperlinks.delete(key);
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): the properties the hosts set, and print title rows. */
export class FakePageLayout extends FakeObject<MemorySheet> {
  override _getters(): Record<string, (t: MemorySheet) => unknown> {
    return {
      orientation: (t) => printOf(t).page.orientation ?? 'Portrait',
      paperSize: (t) => printOf(t).page.paperSize ?? 'Letter',
      zoom: (t) => printOf(t).page.zoom ?? { scale: 100 },
    };
  }
  set orientation(v: string) {
    this._set('orientation', v, (t) => void (printOf(t).page.orientation = v));
  }
  set paperSize(v: string) {
    this._set('paperSize', v, (t) => void (printOf(t).page.paperSize = v));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._set('zoom', v, (t) => void (printOf(t).page.zoom = { ...v }));
  }
  private margin(side: string, v: number): void {
    this._set(side, v, (t) => void (printOf(t).page.margins[side] = v));
  }
  set leftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  set topMargin(v: number) {
    this.margin('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  set headerMargin(v: number) {
    this.margin('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.margin('footerMargin', v);
  }
  setPrintTitleRows(rows: string): void {
    this._call('setPrintTitleRows', rows, (t) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError('InvalidArgument', `“${rows}” is not a row range.`);
      printOf(t).page.printTitleRows = rows;
    });
  }
}
/** RangeBorder: a side's line style, recorded over the range's area. */
export class FakeBorder extends FakeObject<RangeTarget> {
  constructor(
    context: FakeObject<RangeTarget>['context'],
    path: string,
    resolve: () => RangeTarget | null,
    private readonly side: string,
  ) {
    super(context, path, resolve);
  }
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    return { style: (t) => printOf(t.sheet).borders.filter((b) => b.side === this.side && inside(t.area, b.area)).at(-1)?.style ?? 'None' };
  }
  set style(v: string) {
    this._set('style', v, (t) => void printOf(t.sheet).borders.push({ area: t.area, side: this.side, style: v }));
  }
}

const SIDES = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp']);

export class FakeBorders extends FakeObject<RangeTarget> {
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }
  getItem(side: string): FakeBorder {
    if (!SIDES.has(side)) throw new FakeOfficeError('InvalidArgument', `“${side}” is not a border side.`);
    return this._child(side, () => new FakeBorder(this.context, `${this._path}[${side}]`, () => this._target(), side));
  }
}

/** Range.dataValidation (ExcelApi 1.8): rule, prompt and error alert, recorded over the area. */
export class FakeDataValidation extends FakeObject<RangeTarget> {
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }
  private record(t: RangeTarget): MemoryPrint['validations'][number] {
    const list = printOf(t.sheet).validations;
    let v = list.find((x) => x.area.top === t.area.top && x.area.left === t.area.left && x.area.bottom === t.area.bottom && x.area.right === t.area.right);
    if (!v) list.push((v = { area: t.area }));
    return v;
  }
  set rule(v: unknown) {
    this._set('rule', v, (t) => {
      const list = (v as { list?: { source?: unknown } }).list;
      if (list && typeof list.source === 'string' && list.source.length > 255) throw new FakeOfficeError('InvalidArgument', 'A list source is at most 255 characters.');
      this.record(t).rule = v;
    });
  }
  set prompt(v: unknown) {
    this._set('prompt', v, (t) => {
      const p = v as { title?: string; message?: string };
      if ((p.title?.length ?? 0) > 32 || (p.message?.length ?? 0) > 255) throw new FakeOfficeError('InvalidArgument', 'An input message is too long.');
      this.record(t).prompt = v;
    });
  }
  set errorAlert(v: unknown) {
    this._set('errorAlert', v, (t) => void (this.record(t).errorAlert = v));
  }
}

/**
 * Fake RangeFormat, RangeFill and RangeFont: static formats kept as layers over an area (the
 * latest wins), and column widths.
 */
import { formatOf } from './book';
import { FakeBorders, printOf } from './print';
import { FakeObject } from './proxy';
import type { ContextLike, MemoryFormat, RangeTarget } from './types';

export function addLayer(t: RangeTarget, format: MemoryFormat): void {
  t.sheet.layers.push({ area: t.area, format });
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    return { columnWidth: (t) => t.sheet.widths.get(t.area.left) ?? 48, wrapText: (t) => formatOf(t.sheet, t.area.top, t.area.left).wrapText ?? false };
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t) => {
      for (let c = t.area.left; c <= t.area.right; c++) t.sheet.widths.set(c, points);
    });
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set rowHeight(points: number) {
    this._set('rowHeight', points, (t) => {
      for (let r = t.area.top; r <= t.area.bottom; r++) printOf(t.sheet).heights.set(r, points);
    });
  }
  get borders(): FakeBorders {
    return this._child('borders', () => new FakeBorders(this.context, `${this._path}.borders`, () => this._target()));
  }
  set wrapText(on: boolean) {
    this._set('wrapText', on, (t) => addLayer(t, { wrapText: on }));
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v, (t) => addLayer(t, { verticalAlignment: v }));
  }
  get fill(): FakeStyle {
    return this._child('fill', () => new FakeStyle(this.context, `${this._path}.fill`, () => this._target(), 'fill'));
  }
  get font(): FakeStyle {
    return this._child('font', () => new FakeStyle(this.context, `${this._path}.font`, () => this._target(), 'font'));
  }
}

/** RangeFill and RangeFont in one: `color` means the fill colour or the font colour. */
export class FakeStyle extends FakeObject<RangeTarget> {
  constructor(
    context: ContextLike,
    path: string,
    resolve: () => RangeTarget | null,
    private readonly kind: 'fill' | 'font',
  ) {
    super(context, path, resolve);
  }
  override _getters(): Record<string, (t: RangeTarget) => unknown> {
    const key = this.kind === 'fill' ? 'fill' : 'fontColor';
    return { color: (t) => formatOf(t.sheet, t.area.top, t.area.left)[key] ?? null };
  }
  set color(color: string) {
    this._set('color', color, (t) => addLayer(t, this.kind === 'fill' ? { fill: color } : { fontColor: color }));
  }
  set bold(on: boolean) {
    this._set('bold', on, (t) => addLayer(t, { bold: on }));
  }
  set italic(on: boolean) {
    this._set('italic', on, (t) => addLayer(t, { italic: on }));
  }
  set size(points: number) {
    this._set('size', points, (t) => addLayer(t, { fontSize: points }));
  }
  set name(font: string) {
    this._set('name', font, (t) => addLayer(t, { fontName: font }));
  }
}

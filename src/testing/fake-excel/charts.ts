/**
 * Charts of the fake Excel (the subset the Office host uses, ExcelApi 1.1–1.7): a sheet's chart
 * collection with `add(type, sourceData, seriesBy)`, a chart's name, title text, position and
 * category-axis order. Recorded as set, so tests can assert them; nothing is drawn.
 */
import { parseAddress } from './address';
import { FakeOfficeError } from './errors';
import { FakeCollection, FakeObject } from './proxy';
import type { ContextLike, MemoryChart, MemorySheet, RangeRef } from './types';


export function chartsOf(sheet: MemorySheet): MemoryChart[] {
  sheet.charts ??= [];
  return sheet.charts;
}

type ChartRef = () => MemoryChart | null;

export class FakeChartCollection extends FakeCollection<MemoryChart, FakeChart> {
  constructor(
    context: ContextLike,
    path: string,
    private readonly sheet: () => MemorySheet | null,
  ) {
    super(context, path, () => {
      const t = sheet();
      return t ? chartsOf(t) : null;
    });
  }

  protected override _item(target: MemoryChart): FakeChart {
    return new FakeChart(this.context, `${this._path}[${target.name ?? ''}]`, () => (this._target()?.includes(target) ? target : null), () => this._target());
  }

  add(type: string, sourceData: RangeRef, seriesBy = 'Auto'): FakeChart {
    let made: MemoryChart | null = null;
    this._call('add', [type, sourceData._path, seriesBy], (list) => {
      const src = sourceData._strict();
      if (src.sheet !== this.sheet()) throw new FakeOfficeError('InvalidArgument', 'The source data is on another sheet.');
      made = { type, source: src.area, seriesBy };
      list.push(made);
    });
    return new FakeChart(this.context, `${this._path}.add(${type})`, () => made, () => this._target());
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this._path}[${name}]`, () => this._target()?.find((c) => c.name === name) ?? null, () => this._target());
  }
}

export class FakeChart extends FakeObject<MemoryChart> {
  constructor(
    context: ContextLike,
    path: string,
    resolve: ChartRef,
    /** The list the chart is in (for delete). */
    readonly _resolveList: () => MemoryChart[] | null = () => null,
  ) {
    super(context, path, resolve);
  }

  override _getters(): Record<string, (t: MemoryChart) => unknown> {
    return { name: (t) => t.name ?? '' };
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t) => void (t.name = v));
  }

  get title(): FakeChartTitle {
    return this._child('title', () => new FakeChartTitle(this.context, `${this._path}.title`, () => this._target()));
  }

  get axes(): { categoryAxis: FakeCategoryAxis; valueAxis: FakeValueAxis } {
    return this._child('axes', () => ({
      categoryAxis: new FakeCategoryAxis(this.context, `${this._path}.axes.categoryAxis`, () => this._target()),
      valueAxis: new FakeValueAxis(this.context, `${this._path}.axes.valueAxis`, () => this._target()),
    }));
  }

  delete(): void {
    const resolve = this._resolveList;
    this._call('delete', null, (t) => {
      const list = resolve();
      if (list) list.splice(list.indexOf(t), 1);
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this._call('setPosition', [startCell, endCell], (t) => {
      if (!parseAddress(startCell) || (endCell !== undefined && !parseAddress(endCell))) throw new FakeOfficeError('InvalidArgument', 'Not a cell address.');
      t.position = { start: startCell, ...(endCell !== undefined ? { end: endCell } : {}) };
    });
  }
}

export class FakeChartTitle extends FakeObject<MemoryChart> {
  override _getters(): Record<string, (t: MemoryChart) => unknown> {
    return { text: (t) => t.title ?? '' };
  }
  set text(v: string) {
    this._set('text', v, (t) => void (t.title = v));
  }
}

export class FakeCategoryAxis extends FakeObject<MemoryChart> {
  override _getters(): Record<string, (t: MemoryChart) => unknown> {
    return { reversePlotOrder: (t) => t.reversePlotOrder ?? false };
  }
  set reversePlotOrder(v: boolean) {
    this._set('reversePlotOrder', v, (t) => void (t.reversePlotOrder = v));
  }
}

export class FakeValueAxis extends FakeObject<MemoryChart> {
  override _getters(): Record<string, (t: MemoryChart) => unknown> {
    return { reversePlotOrder: (t) => t.valueReversePlotOrder ?? false, minimum: (t) => t.valueMinimum ?? null, majorUnit: (t) => t.valueMajorUnit ?? null };
  }
  set reversePlotOrder(v: boolean) {
    this._set('reversePlotOrder', v, (t) => void (t.valueReversePlotOrder = v));
  }
  set minimum(v: number) {
    this._set('minimum', v, (t) => void (t.valueMinimum = v));
  }
  set majorUnit(v: number) {
    this._set('majorUnit', v, (t) => void (t.valueMajorUnit = v));
  }
}

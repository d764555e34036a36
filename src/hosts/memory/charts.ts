/**
 * Charts of the fake Excel (the subset the Office host uses, ExcelApi 1.1–1.7): a sheet's chart
 * collection with `add(type, sourceData, seriesBy)`, a chart's name, title text, position and
 * category-axis order. Recorded as set, so tests can assert them; nothing is drawn.
 */
import type { Area } from '../../workbook/grid';
import type { MemorySheet } from './book';
import { parseAddress } from './address';
import { FakeOfficeError } from './errors';
import { FakeObject } from './proxy';
import type { FakeContext } from './context';
import type { FakeRange } from './range';

export interface MemoryChart {
  type: string;
  /** The source data's area on the sheet. */
  source: Area;
  seriesBy: string;
  name?: string;
  title?: string;
  /** The cells of the top-left and bottom-right corners (A1). */
  position?: { start: string; end?: string };
  reversePlotOrder?: boolean;
}

export function chartsOf(sheet: MemorySheet): MemoryChart[] {
  sheet.charts ??= [];
  return sheet.charts;
}

type ChartRef = () => MemoryChart | null;

export class FakeChartCollection extends FakeObject<MemorySheet> {
  override _getters(): Record<string, (t: MemorySheet) => unknown> {
    return { count: (t) => chartsOf(t).length };
  }

  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let made: MemoryChart | null = null;
    this._call('add', [type, sourceData._path, seriesBy], (t) => {
      const src = sourceData._strict();
      if (src.sheet !== t) throw new FakeOfficeError('InvalidArgument', 'The source data is on another sheet.');
      made = { type, source: src.area, seriesBy };
      chartsOf(t).push(made);
    });
    return new FakeChart(this.context, `${this._path}.add(${type})`, () => made);
  }
}

export class FakeChart extends FakeObject<MemoryChart> {
  constructor(context: FakeContext, path: string, resolve: ChartRef) {
    super(context, path, resolve);
  }

  override _getters(): Record<string, (t: MemoryChart) => unknown> {
    return { name: (t) => t.name ?? '' };
  }

  set name(v: string) {
    this._set('name', v, (t) => void (t.name = v));
  }

  get title(): FakeChartTitle {
    return this._child('title', () => new FakeChartTitle(this.context, `${this._path}.title`, () => this._target()));
  }

  get axes(): { categoryAxis: FakeCategoryAxis } {
    return this._child('axes', () => ({ categoryAxis: new FakeCategoryAxis(this.context, `${this._path}.axes.categoryAxis`, () => this._target()) }));
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

/**
 * A sheet's chart (src/workbook/chart.ts) made with Office.js, in the same batch as the sheet's
 * writing: `sheet.charts.add` over the categories, the series' names and values when they form one
 * rectangle (the results chart always does: unit names, then the group and bonus columns, under
 * their header row), then its name, title, order and position. ExcelApi 1.1 (charts) and 1.7
 * (reversePlotOrder, of the category axis or, for the ranks' line chart, the value axis); nothing is read back, so no sync is added.
 */
import { columnLetter } from '../../workbook/grid';
import type { SheetChart } from '../../workbook/chart';
import type { StyledSheet } from '../../workbook/output';
import { OP_OVERHEAD, type PlannedOp } from './chunks';
import type { Handles } from './write';

const TYPES: Record<SheetChart['kind'], Excel.ChartType | 'BarStacked' | 'ColumnStacked' | 'Line'> = { barStacked: 'BarStacked', columnStacked: 'ColumnStacked', line: 'Line' };

/** The source rectangle of a chart (A1), or null when its cells are not one block Excel can split by columns. */
export function chartSource(c: SheetChart): string | null {
  const cols = c.series.map((s) => s.col);
  const contiguous = cols.every((col, i) => col === c.categories.col + 1 + i);
  const nameRow = c.categories.first - 1;
  if (!contiguous || cols.length === 0 || nameRow < 0 || c.series.some((s) => s.name.row !== nameRow || s.name.col !== s.col)) return null;
  return `${columnLetter(c.categories.col)}${nameRow + 1}:${columnLetter(cols[cols.length - 1]!)}${c.categories.last + 1}`;
}

/** The operation that adds the sheet's chart, or none. */
export function chartOps(name: string, s: StyledSheet): PlannedOp<Handles>[] {
  const c = s.chart;
  const source = c ? chartSource(c) : null;
  if (!c || !source) return [];
  const from = `${columnLetter(c.anchor.from.col)}${c.anchor.from.row + 1}`;
  const to = `${columnLetter(c.anchor.to.col)}${c.anchor.to.row + 1}`;
  return [
    {
      bytes: 6 * OP_OVERHEAD,
      run: (h) => {
        const ws = h.sheet(name);
        const chart = ws.charts.add(TYPES[c.kind] as Excel.ChartType, ws.getRange(source), 'Columns');
        chart.name = c.objectName;
        chart.title.text = c.title;
        if (c.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
        // Rank 1 at the top: ChartAxis.reversePlotOrder is ExcelApi 1.7, on the value axis too.
        if (c.reverseValues) {
          const axis = chart.axes.valueAxis;
          axis.reversePlotOrder = true;
          // A rank axis from 1, one step per rank (ExcelApi 1.1), as the .xlsx writes it.
          axis.minimum = 1;
          axis.majorUnit = 1;
        }
        chart.setPosition(from, to);
      },
    },
  ];
}

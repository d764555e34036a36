/**
 * A native chart declared in a sheet document (documents.md §3): what it shows, as cell areas of
 * the sheet itself, so each writer draws it from the cells (the surgical .xlsx writer as a
 * DrawingML chart part, the Office host with `sheet.charts.add`). Plus the chart `Kết quả`
 * carries: the points of each unit by top-level group (and bonus), stacked, units in rank order.
 * And the chart `So sánh các kỳ` carries: a line of each unit's rank over the periods.
 */
import { t, type Lang } from '../engine/i18n';
import { areaAddress, columnLetter, type Area } from './grid';
import '../engine/i18n/chart-sheet';

export type ChartKind = 'barStacked' | 'columnStacked' | 'line';

export interface ChartSeries {
  /** The cell holding the series' name (0-based row and column). */
  name: { row: number; col: number };
  /** The series' values: one column, rows `first`..`last` of the categories. */
  col: number;
  /** Fill colour (`#RRGGBB`), or absent for the program's palette. */
  color?: string;
}

/** A chart over a sheet's own cells. */
export interface SheetChart {
  kind: ChartKind;
  title: string;
  /** The category labels: one column, rows `first`..`last` (0-based, inclusive). */
  categories: { col: number; first: number; last: number };
  series: ChartSeries[];
  /** Where the chart sits: from the top-left corner of cell `from` to that of cell `to` (0-based). */
  anchor: { from: { row: number; col: number }; to: { row: number; col: number } };
  /** Categories drawn top to bottom in sheet order (a bar chart lists the first at the bottom otherwise). */
  reverseCategories?: boolean;
  /** The value axis drawn high to low (a rank chart: rank 1 at the top). */
  reverseValues?: boolean;
  /** The chart's name (Office.js) and drawing object's name. */
  objectName: string;
}

/** `'Kết quả'!$B$4:$B$10` (quotes doubled): a chart formula over the sheet's own cells. */
export function sheetRef(sheet: string, area: Area): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const a = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;
  const first = a(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? `${q}!${first}` : `${q}!${first}:${a(area.bottom, area.right)}`;
}

export const categoriesArea = (c: SheetChart): Area => ({ top: c.categories.first, bottom: c.categories.last, left: c.categories.col, right: c.categories.col });
export const valuesArea = (c: SheetChart, s: ChartSeries): Area => ({ top: c.categories.first, bottom: c.categories.last, left: s.col, right: s.col });
export const nameArea = (s: ChartSeries): Area => ({ top: s.name.row, bottom: s.name.row, left: s.name.col, right: s.name.col });
/** The A1 address of an area without a sheet (Office.js ranges). */
export const plainAddress = (a: Area): string => areaAddress(a);

export const CHART_TITLES: Record<Lang, string> = { vi: t('vi', 'sheet.chart.title'), en: t('en', 'sheet.chart.title') };

/** The object name of the results chart (the same in every host). */
export const RESULTS_CHART = 'ThiDua_BieuDo';

/** A palette that tells neighbouring groups apart, bonus in green. */
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300'];
const BONUS_COLOR = '#00B050';

/**
 * The results chart: a stacked bar per unit (rank order, first at the top), one series per
 * top-level group column, then bonus when any unit has some. Deductions are not stacked: they are
 * subtracted from the total, and a stacked piece would lengthen the bar instead (decisions.md).
 * Placed below the table. Null with fewer than two units.
 */
export function resultsChart(o: {
  title: string;
  /** 0-based row of the first unit, and the unit count. */
  firstRow: number;
  units: number;
  headerRow: number;
  unitCol: number;
  groupCols: number[];
  bonusCol: number | null;
  width: number;
}): SheetChart | null {
  if (o.units < 2) return null;
  const last = o.firstRow + o.units - 1;
  const series: ChartSeries[] = o.groupCols.map((col, i) => ({ name: { row: o.headerRow, col }, col, color: PALETTE[i % PALETTE.length]! }));
  if (o.bonusCol !== null) series.push({ name: { row: o.headerRow, col: o.bonusCol }, col: o.bonusCol, color: BONUS_COLOR });
  if (series.length === 0) return null;
  const top = last + 2;
  // About 1.5 rows of height per unit, at least 16 rows; as wide as the table, at least 8 columns.
  const height = Math.max(16, Math.ceil(o.units * 1.5) + 6);
  return {
    kind: 'barStacked',
    title: o.title,
    categories: { col: o.unitCol, first: o.firstRow, last },
    series,
    anchor: { from: { row: top, col: o.unitCol }, to: { row: top + height, col: Math.max(o.unitCol + 8, Math.min(o.width, o.unitCol + 12)) } },
    reverseCategories: true,
    objectName: RESULTS_CHART,
  };
}

/** The object name of the ranks-over-periods chart on `So sánh các kỳ`. */
export const RANKS_CHART = 'ThiDua_BieuDoHang';

/**
 * The ranks chart of `So sánh các kỳ`: a line per unit over the periods in order, the value axis
 * reversed (rank 1 at the top). Its cells are the sheet's rank block (periods down a column, one
 * column of ranks per unit, unit names in the header row), so each series is one column and the
 * whole is one rectangle every host can draw. Null with fewer than two periods or no unit.
 */
export function ranksChart(o: {
  title: string;
  headerRow: number;
  /** The column of the period labels; the units' columns follow it. */
  periodCol: number;
  periods: number;
  units: number;
  anchor: SheetChart['anchor'];
}): SheetChart | null {
  if (o.periods < 2 || o.units < 1) return null;
  const series: ChartSeries[] = [];
  for (let i = 0; i < o.units; i++) series.push({ name: { row: o.headerRow, col: o.periodCol + 1 + i }, col: o.periodCol + 1 + i, color: PALETTE[i % PALETTE.length]! });
  return {
    kind: 'line',
    title: o.title,
    categories: { col: o.periodCol, first: o.headerRow + 1, last: o.headerRow + o.periods },
    series,
    anchor: o.anchor,
    reverseValues: true,
    objectName: RANKS_CHART,
  };
}

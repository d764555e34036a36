/**
 * The comparison with earlier periods in the output sheets (cycle.md §2): the `So sánh các kỳ` own
 * sheet (units × periods, rank and total) and the units the award conditions left out under the
 * nominations. The columns at the end of `Kết quả` are the ranking table's (./reports/ranking.ts).
 */
import { failureText } from '../engine/eligibility';
import { periodLabel } from '../engine/history';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { ranksChart } from './chart';
import type { Cell } from './grid';
import { OUTPUT_NAMES, pointsFormat, type ColumnFormat, type OutputSheet } from './output';

const T = {
  title: { vi: 'SO SÁNH THỨ HẠNG, ĐIỂM QUA CÁC KỲ', en: 'RANKS AND TOTALS OVER THE PERIODS' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  rank: { vi: 'Hạng', en: 'Rank' },
  total: { vi: 'Điểm', en: 'Total' },
  current: { vi: '(kỳ này)', en: '(this period)' },
  ranksBlock: { vi: 'Hạng qua các kỳ (dữ liệu biểu đồ)', en: 'Ranks over the periods (chart data)' },
  period: { vi: 'Kỳ', en: 'Period' },
  chartTitle: { vi: 'Thứ hạng qua các kỳ', en: 'Ranks over the periods' },
  ineligibleTitle: { vi: 'KHÔNG ĐỦ ĐIỀU KIỆN THEO HÌNH THỨC', en: 'NOT ELIGIBLE, BY AWARD' },
  ineligibleHeader: { vi: ['STT', 'Đơn vị', 'Hình thức', '', '', 'Lý do'], en: ['No.', 'Unit', 'Award', '', '', 'Reason'] },
};

/** `So sánh các kỳ`: every unit, its rank and total in each period of the history and this one. */
export function comparisonSheet(result: ClusterResult, lang: Lang): OutputSheet | null {
  const c = result.comparison;
  if (!c) return null;
  const labels = c.periods.map((p) => periodLabel(p, lang) + (p.year === c.current.year && p.period === c.current.period ? ` ${T.current[lang]}` : ''));
  const title = [T.title[lang], result.cluster].filter(Boolean).join(' — ');
  const top: Cell[] = [T.unit[lang]];
  const sub: Cell[] = [null];
  for (const l of labels) {
    top.push(l, null);
    sub.push(T.rank[lang], T.total[lang]);
  }
  const rows: Cell[][] = [[title], [], top, sub];
  for (const u of result.units) rows.push([u.unit, ...(c.series[u.unit] ?? []).flatMap((f) => [f?.rank ?? null, f?.total ?? null])]);
  const pts = pointsFormat(result.settings.decimals);
  const columns: ColumnFormat[] = [{ width: 28 }, ...c.periods.flatMap(() => [{ width: 8, numFmt: '0' }, { width: 11, numFmt: pts }])];
  // The period labels span their two columns (a header, never data).
  const merges = labels.map((_, i) => `${letter(2 + 2 * i)}3:${letter(3 + 2 * i)}3`);
  const chart = withRanksBlock(rows, columns, result, labels, lang);
  return { kind: 'compare', name: OUTPUT_NAMES.compare[lang], rows, headerRows: [2, 3], titleRows: [0], columns, tones: [], freeze: { rows: 4, cols: 1 }, merges, ...(chart ? { chart } : {}) };
}

/**
 * With two periods or more: to the right of the table after a blank column, the ranks again as one
 * block (periods down, a column per unit, its name on the sub-header row), and the line chart over
 * it below the table. The table's rank columns alternate with totals, and a chart series through
 * Office.js (ExcelApi 1.7) takes one rectangle only, so the chart reads this block (decisions.md).
 */
function withRanksBlock(rows: Cell[][], columns: ColumnFormat[], result: ClusterResult, labels: string[], lang: Lang): ReturnType<typeof ranksChart> {
  const c = result.comparison!;
  const units = result.units.map((u) => u.unit);
  if (labels.length < 2 || units.length === 0) return null;
  const col = columns.length + 1;
  const put = (r: number, k: number, v: Cell): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    while (row.length < k) row.push(null);
    row[k] = v;
  };
  put(2, col, T.ranksBlock[lang]);
  put(3, col, T.period[lang]);
  units.forEach((u, j) => put(3, col + 1 + j, u));
  labels.forEach((l, i) => {
    put(4 + i, col, l);
    units.forEach((u, j) => put(4 + i, col + 1 + j, c.series[u]?.[i]?.rank ?? null));
  });
  columns.push({ width: 3 }, { width: 18 }, ...units.map(() => ({ width: 10, numFmt: '0' })));
  const top = 4 + Math.max(units.length, labels.length) + 1;
  return ranksChart({
    title: T.chartTitle[lang],
    headerRow: 3,
    periodCol: col,
    periods: labels.length,
    units: units.length,
    anchor: { from: { row: top, col: 0 }, to: { row: top + 20, col: Math.max(7, Math.min(col, 12)) } },
  });
}

/** 1-based column number → letters. */
function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The nominations sheet with, under it, each unit an award's conditions left out and why. */
export function withIneligible(sheet: OutputSheet, result: ClusterResult, lang: Lang): OutputSheet {
  const list = result.ineligible ?? [];
  if (list.length === 0) return sheet;
  const rows = [...sheet.rows, []];
  const titleRows = [...sheet.titleRows, rows.length];
  rows.push([T.ineligibleTitle[lang]]);
  const headerRows = [...sheet.headerRows, rows.length];
  rows.push(T.ineligibleHeader[lang]);
  list.forEach((x, i) => rows.push([i + 1, x.unit, x.award, null, null, x.failures.map((f) => failureText(f, lang)).join('; ')]));
  return { ...sheet, rows, titleRows, headerRows };
}

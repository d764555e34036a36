/**
 * The comparison with earlier periods in the output sheets (cycle.md §2): the `So sánh các kỳ` own
 * sheet (units × periods, rank and total) and the units the award conditions left out under the
 * nominations. The columns at the end of `Kết quả` are the ranking table's (./reports/ranking.ts).
 */
import { failureText } from '../engine/eligibility';
import { periodLabel } from '../engine/history';
import { t, type Lang } from '../engine/i18n';
import type { ClusterResult } from '../engine/result';
import { ranksChart } from './chart';
import type { Cell } from './grid';
import { OUTPUT_NAMES, pointsFormat, type ColumnFormat, type OutputSheet } from './output';
import '../engine/i18n/sheets';

/** `So sánh các kỳ`: every unit, its rank and total in each period of the history and this one. */
export function comparisonSheet(result: ClusterResult, lang: Lang): OutputSheet | null {
  const c = result.comparison;
  if (!c) return null;
  const labels = c.periods.map((p) => periodLabel(p, lang) + (p.year === c.current.year && p.period === c.current.period ? ` ${t(lang, 'sheet.compare.current')}` : ''));
  const title = [t(lang, 'sheet.compare.title'), result.cluster].filter(Boolean).join(' — ');
  const top: Cell[] = [t(lang, 'sheet.compare.unit')];
  const sub: Cell[] = [null];
  for (const l of labels) {
    top.push(l, null);
    sub.push(t(lang, 'sheet.compare.rank'), t(lang, 'sheet.compare.total'));
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
  put(2, col, t(lang, 'sheet.compare.ranksBlock'));
  put(3, col, t(lang, 'sheet.compare.period'));
  units.forEach((u, j) => put(3, col + 1 + j, u));
  labels.forEach((l, i) => {
    put(4 + i, col, l);
    units.forEach((u, j) => put(4 + i, col + 1 + j, c.series[u]?.[i]?.rank ?? null));
  });
  columns.push({ width: 3 }, { width: 18 }, ...units.map(() => ({ width: 10, numFmt: '0' })));
  const top = 4 + Math.max(units.length, labels.length) + 1;
  return ranksChart({
    title: t(lang, 'sheet.compare.chartTitle'),
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
  // The sheet as arrays, without its compact rows (row-block.ts), if any: the table below is added to them.
  const { block: _block, ...plain } = sheet;
  const rows = [...plain.rows, []];
  const titleRows = [...sheet.titleRows, rows.length];
  rows.push([t(lang, 'sheet.compare.ineligibleTitle')]);
  const headerRows = [...sheet.headerRows, rows.length];
  rows.push([t(lang, 'sheet.compare.no'), t(lang, 'sheet.compare.unit'), t(lang, 'sheet.compare.award'), '', '', t(lang, 'sheet.compare.reason')]);
  list.forEach((x, i) => rows.push([i + 1, x.unit, x.award, null, null, x.failures.map((f) => failureText(f, lang)).join('; ')]));
  return { ...plain, rows, titleRows, headerRows };
}

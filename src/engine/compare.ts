/**
 * The comparison with earlier periods (cycle.md §2): per unit the earlier rank, total and percent
 * and their change against one earlier period (the latest before the current `Năm`/`Kỳ`, or the
 * `So sánh với` setting), and every period of the history side by side. Pure.
 */
import { roundHalfUp } from './decimal';
import type { DiagnosticList } from './diagnostics';
import { t } from './i18n';
import { comparePeriods, historyByUnit, periodKindOf, periodLabel, samePeriod, type Period } from './history';
import type { ClusterModel, HistoryRow, Lang, PeriodKind } from './model';
import type { UnitResult } from './result';
import './i18n/result-periods';

export interface PeriodFigures {
  rank: number | null;
  total: number | null;
  percent: number | null;
}

export interface UnitComparison {
  /** The earlier period's figures; null when the unit is absent then (a new unit). */
  previous: (PeriodFigures & { year: number; period: PeriodKind }) | null;
  /** Earlier rank − current rank (2: up two places); null for a new unit or an earlier blank rank. */
  rankChange: number | null;
  totalChange: number | null;
  percentChange: number | null;
}

export interface Comparison {
  current: Period;
  /** The earlier period compared with; null when the history holds none before the current one. */
  previous: Period | null;
  /** By unit name, for every ranked unit (empty when `previous` is null). */
  units: Record<string, UnitComparison>;
  /** Every period of the history plus the current one, earliest first. */
  periods: Period[];
  /** Per unit, its figures in each of `periods` (null where it is absent), the current one computed. */
  series: Record<string, (PeriodFigures | null)[]>;
}

/** A unit's figures in a period: the first of its rows there that has a rank (one row per award). */
function figuresIn(rows: readonly HistoryRow[], p: Period): PeriodFigures | null {
  const here = rows.filter((r) => r.year === p.year && r.period === p.period);
  const row = here.find((r) => r.rank !== null) ?? here[0];
  return row ? { rank: row.rank, total: row.total, percent: row.percent } : null;
}

const minus = (a: number, b: number | null, decimals: number): number | null => (b === null ? null : roundHalfUp(a - b, decimals));

/**
 * The comparison of a ranked period with its history; undefined when the workbook has no history
 * rows for its units or no `Năm` (the current period cannot be placed among the earlier ones).
 */
export function compareWithHistory(ranked: readonly UnitResult[], model: ClusterModel, diags: DiagnosticList): Comparison | undefined {
  const year = model.settings.year;
  if (!model.history || year === null) return undefined;
  const byUnit = historyByUnit(model.units, model.history);
  const rowsOfUnits = [...byUnit.values()].flat();
  if (rowsOfUnits.length === 0) return undefined;
  const current: Period = { year, period: periodKindOf(model.settings.period) };
  const periods: Period[] = [];
  for (const r of rowsOfUnits) if (!periods.some((p) => samePeriod(p, r))) periods.push({ year: r.year, period: r.period });
  if (!periods.some((p) => samePeriod(p, current))) periods.push(current);
  periods.sort(comparePeriods);

  const wanted = model.settings.compareWith ?? null;
  let previous: Period | null;
  if (wanted) {
    previous = periods.find((p) => samePeriod(p, wanted) && !samePeriod(p, current)) ?? null;
    if (!previous)
      diags.warning(model.settings.at?.compareWith ?? { sheet: model.sheets?.settings ?? 'Cài đặt', cell: 'B1' }, 'compareNotFound', {
        period: periodLabel(wanted, 'vi'),
      });
  } else previous = periods.filter((p) => comparePeriods(p, current) < 0).pop() ?? null;

  const d = model.settings.decimals;
  const units: Record<string, UnitComparison> = {};
  const series: Record<string, (PeriodFigures | null)[]> = {};
  for (const u of ranked) {
    const rows = byUnit.get(u.unit) ?? [];
    series[u.unit] = periods.map((p) => (samePeriod(p, current) ? { rank: u.rank, total: u.total, percent: u.percent } : figuresIn(rows, p)));
    if (!previous) continue;
    const before = figuresIn(rows, previous);
    units[u.unit] = before
      ? {
          previous: { year: previous.year, period: previous.period, ...before },
          rankChange: before.rank === null ? null : before.rank - u.rank,
          totalChange: minus(u.total, before.total, d),
          percentChange: minus(u.percent, before.percent, 2),
        }
      : { previous: null, rankChange: null, totalChange: null, percentChange: null };
  }
  return { current, previous, units, periods, series };
}

/** `▲2`, `▼1`, `=`, or `mới` (new) for a unit absent then; blank when the earlier rank is unknown. */
export function rankChangeText(c: UnitComparison | undefined, lang: Lang): string {
  if (!c) return '';
  if (c.previous === null) return t(lang, 'result.rankChange.new');
  if (c.rankChange === null) return '';
  if (c.rankChange > 0) return `▲${c.rankChange}`;
  if (c.rankChange < 0) return `▼${-c.rankChange}`;
  return '=';
}

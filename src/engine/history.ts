/**
 * The periods of `Lịch sử` (cycle.md §2) and how its rows find their unit: under its current name
 * or one of its former names (`Tên trước đây`), one unit possibly having had several.
 */
import { t } from './i18n';
import type { HistoryRow, Lang, PeriodKind, Unit } from './model';
import { normalizeKey, normalizeUnitName } from './names';
import './i18n/result-periods';

export interface Period {
  year: number;
  period: PeriodKind;
}

/** Words of a mid-year review, matched without case, diacritics or spaces. */
const HALF_KEYS = ['6thang', 'sauthang', 'soket', 'giuanam', 'half', 'midyear', 'h1'];

/** The kind of the `Kỳ` setting's free text: a mid-year review when it says so, otherwise the year. */
export function periodKindOf(text: string | null | undefined): PeriodKind {
  const key = normalizeKey(text ?? '');
  return HALF_KEYS.some((k) => key.includes(k)) ? 'half' : 'year';
}

export function periodWord(p: PeriodKind, lang: Lang): string {
  return t(lang, p === 'half' ? 'result.period.half' : 'result.period.year');
}

/** `2023` for a year, `2024 6 tháng` for a mid-year review (the `So sánh với` spelling). */
export function periodLabel(p: Period, lang: Lang): string {
  return p.period === 'year' ? String(p.year) : `${p.year} ${periodWord('half', lang)}`;
}

/** Earlier first: a year's mid-year review comes before the year. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || (a.period === b.period ? 0 : a.period === 'half' ? -1 : 1);
}

export const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && a.period === b.period;

/**
 * The current unit a name stands for: its own name first, then former names (the first unit that
 * lists a former name keeps it). `taken` lists former names that another unit already holds.
 */
export function unitResolver(units: readonly Unit[]): { resolve: (name: string) => string | undefined; taken: { unit: Unit; name: string; other: string }[] } {
  const map = new Map<string, string>();
  for (const u of units) if (!map.has(normalizeUnitName(u.name))) map.set(normalizeUnitName(u.name), u.name);
  const taken: { unit: Unit; name: string; other: string }[] = [];
  for (const u of units)
    for (const f of u.formerNames ?? []) {
      const key = normalizeUnitName(f);
      const holder = map.get(key);
      if (holder === undefined) map.set(key, u.name);
      else if (holder !== u.name) taken.push({ unit: u, name: f, other: holder });
    }
  return { resolve: (name) => map.get(normalizeUnitName(name)), taken };
}

/** Each current unit's history rows (under any of its names), in sheet order. */
export function historyByUnit(units: readonly Unit[], history: readonly HistoryRow[]): Map<string, HistoryRow[]> {
  const { resolve } = unitResolver(units);
  const out = new Map<string, HistoryRow[]>(units.map((u) => [u.name, []] as const));
  for (const row of history) {
    const unit = resolve(row.unit);
    if (unit !== undefined) out.get(unit)!.push(row);
  }
  return out;
}

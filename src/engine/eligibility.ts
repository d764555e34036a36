/**
 * Award conditions that look back (cycle.md §3): leader only, N consecutive years of a result, a
 * prior award (within N years), not the same award again within N years. Pure: a unit, its rank
 * and its history rows in; what it fails, and what could not be checked, out. The conditions are
 * data (the `Khen thưởng` columns), never code: the law and the province's rules change.
 */
import type { DiagnosticList } from './diagnostics';
import { t } from './i18n';
import type { Award, AwardConditions, CellRef, ClusterModel, HistoryRow, Lang } from './model';
import { normalizeKey } from './names';
import './i18n/result-conditions';

/** A condition a unit does not meet, with what is missing. */
export type ConditionFailure =
  | { kind: 'leaderOnly' }
  | { kind: 'consecutive'; years: number; result: string; missing: number[] }
  | { kind: 'priorAward'; award: string; within: number | null }
  | { kind: 'notAgain'; award: string; years: number[] };

/** A condition that needs history the workbook lacks (or the current year it does not state). */
export interface UncheckedCondition {
  condition: LookBack;
  why: 'noHistory' | 'noYear';
}

type LookBack =
  | { kind: 'consecutive'; years: number; result: string }
  | { kind: 'priorAward'; award: string; within: number | null }
  | { kind: 'notAgain'; award: string; years: number };

export interface Eligibility {
  failures: ConditionFailure[];
  unchecked: UncheckedCondition[];
}

export const ELIGIBLE: Eligibility = Object.freeze({ failures: [], unchecked: [] }) as Eligibility;

/** The look-back conditions an award sets, in column order. */
function lookBacks(award: Award): { condition: LookBack; at?: CellRef }[] {
  const c = award.conditions;
  if (!c) return [];
  const out: { condition: LookBack; at?: CellRef }[] = [];
  if (c.consecutiveYears !== null && c.requiredResult !== null)
    out.push({ condition: { kind: 'consecutive', years: c.consecutiveYears, result: c.requiredResult }, at: c.at?.consecutiveYears });
  if (c.priorAward !== null) out.push({ condition: { kind: 'priorAward', award: c.priorAward, within: c.withinYears }, at: c.at?.priorAward });
  if (c.notAgainWithin !== null) out.push({ condition: { kind: 'notAgain', award: award.name, years: c.notAgainWithin }, at: c.at?.notAgainWithin });
  return out;
}

/** What the history-dependent conditions lack in this model: none when it has `Lịch sử` and a `Năm`. */
function missingBasis(model: Pick<ClusterModel, 'history' | 'settings'>): UncheckedCondition['why'] | null {
  if (model.history === undefined) return 'noHistory';
  if (model.settings.year === null) return 'noYear';
  return null;
}

/**
 * Warnings at each award's cell whose condition needs history the workbook lacks (or the year):
 * the condition is not checked, and every reason it touches says so.
 */
export function checkConditionBasis(model: ClusterModel, diags: DiagnosticList): void {
  const why = missingBasis(model);
  if (why === null) return;
  for (const award of model.awards)
    for (const { condition, at } of lookBacks(award))
      diags.warning(at ?? award.at?.name ?? { sheet: model.sheets?.awards ?? 'Khen thưởng', cell: 'A1' }, why === 'noHistory' ? 'conditionNoHistory' : 'conditionNoYear', {
        condition: conditionText(condition, 'vi'),
        award: award.name,
      });
}

const sameWords = (a: string, b: string): boolean => normalizeKey(a) === normalizeKey(b);

/** The yearly rating of a row: `Kết quả nhiệm vụ`, or `Xếp loại` when that is blank. */
const ratingOf = (row: HistoryRow): string => (row.taskResult !== '' ? row.taskResult : row.classification);

/**
 * Whether a unit may be drafted for an award. `rows` are the unit's history rows under any of its
 * names; `rank` its rank this period.
 */
export function eligibility(
  award: Award,
  rank: number,
  rows: readonly HistoryRow[],
  model: Pick<ClusterModel, 'history' | 'settings'>,
): Eligibility {
  const c: AwardConditions | undefined = award.conditions;
  if (!c) return ELIGIBLE;
  const failures: ConditionFailure[] = [];
  const unchecked: UncheckedCondition[] = [];
  if (c.leaderOnly && rank !== 1) failures.push({ kind: 'leaderOnly' });
  const why = missingBasis(model);
  const year = model.settings.year;
  for (const { condition } of lookBacks(award)) {
    if (why !== null || year === null) {
      unchecked.push({ condition, why: why ?? 'noYear' });
      continue;
    }
    switch (condition.kind) {
      case 'consecutive': {
        const missing: number[] = [];
        for (let y = year - condition.years; y < year; y++)
          if (!rows.some((r) => r.year === y && r.period === 'year' && sameWords(ratingOf(r), condition.result))) missing.push(y);
        if (missing.length) failures.push({ ...condition, missing });
        break;
      }
      case 'priorAward': {
        const from = condition.within === null ? -Infinity : year - condition.within;
        if (!rows.some((r) => r.award !== '' && sameWords(r.award, condition.award) && r.year >= from && r.year < year)) failures.push(condition);
        break;
      }
      case 'notAgain': {
        const years = [...new Set(rows.filter((r) => r.award !== '' && sameWords(r.award, condition.award) && r.year >= year - condition.years && r.year < year).map((r) => r.year))];
        if (years.length) failures.push({ kind: 'notAgain', award: condition.award, years: years.sort((a, b) => a - b) });
        break;
      }
    }
  }
  return failures.length || unchecked.length ? { failures, unchecked } : ELIGIBLE;
}

const list = (years: readonly number[]): string => years.join(', ');

/** A condition in words (the warnings and the `not checked` notes). */
export function conditionText(c: LookBack, lang: Lang): string {
  switch (c.kind) {
    case 'consecutive':
      return t(lang, 'result.condition.consecutive', { years: String(c.years), result: c.result });
    case 'priorAward':
      if (c.within === null) return t(lang, 'result.condition.priorAward', { award: c.award });
      return t(lang, 'result.condition.priorAwardWithin', { award: c.award, within: String(c.within) });
    case 'notAgain':
      return t(lang, 'result.condition.notAgain', { years: String(c.years) });
  }
}

/** Why a unit fails a condition, naming the missing years or award (cycle.md §3). */
export function failureText(f: ConditionFailure, lang: Lang): string {
  switch (f.kind) {
    case 'leaderOnly':
      return t(lang, 'result.failure.leaderOnly');
    case 'consecutive':
      return t(lang, 'result.failure.consecutive', { years: String(f.years), result: f.result, missing: list(f.missing) });
    case 'priorAward':
      if (f.within === null) return t(lang, 'result.failure.priorAward', { award: f.award });
      return t(lang, 'result.failure.priorAwardWithin', { award: f.award, within: String(f.within) });
    case 'notAgain':
      return t(lang, 'result.failure.notAgain', { years: list(f.years) });
  }
}

/** The note every reason touching an unchecked condition carries: never a silent pass. */
export function uncheckedText(u: UncheckedCondition, lang: Lang): string {
  const what = conditionText(u.condition, lang);
  return t(lang, u.why === 'noHistory' ? 'result.unchecked.noHistory' : 'result.unchecked.noYear', { condition: what });
}

/** All the failures of an award for a unit, joined: `Hình thức: lý do; lý do`. */
export function failuresText(award: string, failures: readonly ConditionFailure[], lang: Lang): string {
  return `${award}: ${failures.map((f) => failureText(f, lang)).join('; ')}`;
}

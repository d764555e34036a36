/**
 * The custom functions of the THIDUA namespace. Each body converts its arguments (args.ts and its
 * neighbours), calls the engine and converts the result; no rule is computed here.
 *
 * functions.json is generated from the JSDoc below by custom-functions-metadata-plugin; the Vietnamese
 * names and descriptions are in vi.json (built into functions-vi.json). Parameters are typed `unknown`
 * (metadata type `any`) so that text numbers, blanks and error values reach the converters instead of
 * being refused by Excel.
 */
import { explain } from '../engine/explain';
import { statusLabel } from '../engine/labels';
import { scoreRanges } from './cluster';
import { noRatio, ratioFigure, scoredFigure, scoreFigure } from './figure';
import { rankFromArgs } from './rank';
import { t } from '../engine/i18n';
import { displayLang } from './lang';
import { guardedRegistrar, notAvailable, run } from './runtime';
import { nominationsTable, resultsTable, type Table } from './tables';
import { voteOutcome } from './vote';
import '../engine/i18n/functions';

/**
 * The build appends `CustomFunctions.associate("ID", fn);` to this file for every function below. This
 * module-level name makes those calls go through a guard, so the bundle also loads where Excel's
 * runtime is absent (a browser preview of the task pane). Exported only so that it is not unused.
 */
export const CustomFunctions = guardedRegistrar();

/**
 * Completion ratio r of an actual figure against its target (rule R1): A/T, or 2 − A/T when lower is better. Format the cell as %.
 * @customfunction RATE
 * @param actual The actual figure (a number, or text such as 1.868,257 or 87,9%).
 * @param target The target. Blank, or 0 when higher is better, means no target (#N/A).
 * @param [direction] tăng/higher (default) or giảm/lower (lower is better).
 * @returns The ratio r (1 is 100 %).
 */
export function rate(actual: unknown, target: unknown, direction?: unknown): number {
  return run(displayLang(), (lang) => {
    const { result } = scoreFigure('RATE', lang, ratioFigure('RATE', lang, actual, target, direction));
    if (result.rate === null) throw noRatio(result, lang);
    return result.rate;
  });
}

/**
 * Vượt, Đạt or Chưa đạt for an actual figure against its target (R2); Không giao chỉ tiêu without a target, Thiếu số liệu without an actual.
 * @customfunction STATUS
 * @param actual The actual figure (a number, or text such as 1.868,257 or 87,9%).
 * @param target The target. Blank, or 0 when higher is better, means no target.
 * @param [direction] tăng/higher (default) or giảm/lower (lower is better).
 * @returns The status word.
 */
export function status(actual: unknown, target: unknown, direction?: unknown): string {
  return run(displayLang(), (lang) => statusLabel(scoreFigure('STATUS', lang, ratioFigure('STATUS', lang, actual, target, direction)).result.status, lang));
}

/**
 * Points of a target criterion (R3), rounded half up to 2 places: proportional, threshold or relative, plus the over-target bonus.
 * @customfunction SCORE
 * @param actual The actual figure (a number, or text such as 1.868,257 or 87,9%). Blank: missing data, 0 points.
 * @param target The target. Blank, or 0 when higher is better, means no target (#N/A).
 * @param max The criterion's standard (maximum) points, not negative.
 * @param [method] tỷ lệ/proportional (default), ngưỡng/threshold or so với dẫn đầu/relative.
 * @param [bonusPerPercent] Bonus points per 1 % above the target (default 0).
 * @param [bonusCap] Cap on that bonus (default 0: no bonus).
 * @param [direction] tăng/higher (default) or giảm/lower (lower is better).
 * @param [bestRatio] For the relative method: L, the best ratio in the cluster (as THIDUA.RATE gives it, e.g. 2 or 200%). Needed when the ratio is over 100 %.
 * @returns The points.
 */
export function score(
  actual: unknown,
  target: unknown,
  max: unknown,
  method?: unknown,
  bonusPerPercent?: unknown,
  bonusCap?: unknown,
  direction?: unknown,
  bestRatio?: unknown,
): number {
  return run(displayLang(), (lang) => {
    const args = { actual, target, max, method, bonusPerPercent, bonusCap, direction, bestRatio };
    const { result } = scoreFigure('SCORE', lang, scoredFigure('SCORE', lang, args), bestRatio);
    if (result.points === null) throw noRatio(result, lang);
    return result.points;
  });
}

/**
 * Rank of a unit's value in a column (R5), more first, with optional tie-break columns; units equal on everything share a rank.
 * @customfunction RANK
 * @param value The unit's value (its total or percent).
 * @param values The column of every unit's value; blank cells are left out.
 * @param [tieBreaks] Pairs: the unit's tie-break value, then the column of tie-break values (more is better). An optional last text: đồng hạng/competition (default) or liên tục/dense, then giảm/lower for each tie-break where less is better, e.g. "dense; higher; lower".
 * @returns The rank (1 is first).
 */
export function rank(value: unknown, values: unknown[][], tieBreaks?: unknown[][][]): number {
  return run(displayLang(), (lang) => {
    const found = rankFromArgs(value, values, tieBreaks, lang);
    if (found === null) throw notAvailable(t(lang, 'fn.notFound'));
    return found;
  });
}

/**
 * The ranking as a table: rank, unit, each top-level group, bonus, deductions, total, percent and classification, from ranges laid out as the sheets Tiêu chí, Số liệu, Đơn vị, Khen thưởng and Cài đặt.
 * @customfunction RESULTS
 * @requiresParameterAddresses
 * @param criteria The criteria table, laid out as the Tiêu chí sheet (header row included: Mã, Tên tiêu chí, Loại, Điểm chuẩn…).
 * @param data The data table in the long layout, as the Số liệu sheet (Đơn vị, Mã tiêu chí, Chỉ tiêu, Thực hiện…).
 * @param [units] The units table, as the Đơn vị sheet (Đơn vị, Vai trò, Kỷ luật); optional.
 * @param [awards] The awards table, as the Khen thưởng sheet; optional.
 * @param [settings] The settings table, as the Cài đặt sheet (Khóa, Giá trị); optional.
 * @param [invocation] Supplied by Excel.
 * @returns The ranking, with a header row.
 */
export function results(
  criteria: unknown[][],
  data: unknown[][],
  units?: unknown[][],
  awards?: unknown[][],
  settings?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | number>> {
  return run(displayLang(), (lang): Table => resultsTable(scoreRanges('RESULTS', lang, { criteria, data, units, awards, settings }, invocation?.parameterAddresses), lang));
}

/**
 * The draft list of award nominations: award, unit, status (Đề nghị / Cần bình xét) and basis, followed by the units not proposed with their reason.
 * @customfunction NOMINATIONS
 * @requiresParameterAddresses
 * @param criteria The criteria table, laid out as the Tiêu chí sheet (header row included: Mã, Tên tiêu chí, Loại, Điểm chuẩn…).
 * @param data The data table in the long layout, as the Số liệu sheet (Đơn vị, Mã tiêu chí, Chỉ tiêu, Thực hiện…).
 * @param [units] The units table, as the Đơn vị sheet (Đơn vị, Vai trò, Kỷ luật); optional.
 * @param [awards] The awards table, as the Khen thưởng sheet; optional (default: the flag and the certificate of merit).
 * @param [settings] The settings table, as the Cài đặt sheet (Khóa, Giá trị); optional.
 * @param [invocation] Supplied by Excel.
 * @returns The nominations, with a header row.
 */
export function nominations(
  criteria: unknown[][],
  data: unknown[][],
  units?: unknown[][],
  awards?: unknown[][],
  settings?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | number>> {
  return run(displayLang(), (lang): Table => nominationsTable(scoreRanges('NOMINATIONS', lang, { criteria, data, units, awards, settings }, invocation?.parameterAddresses), lang));
}

/**
 * One-line explanation of how THIDUA.SCORE computes the points of a figure with the same arguments.
 * @customfunction EXPLAIN
 * @param actual The actual figure (a number, or text such as 1.868,257 or 87,9%).
 * @param target The target. Blank, or 0 when higher is better, means no target.
 * @param max The criterion's standard (maximum) points, not negative.
 * @param [method] tỷ lệ/proportional (default), ngưỡng/threshold or so với dẫn đầu/relative.
 * @param [bonusPerPercent] Bonus points per 1 % above the target (default 0).
 * @param [bonusCap] Cap on that bonus (default 0: no bonus).
 * @param [direction] tăng/higher (default) or giảm/lower (lower is better).
 * @param [bestRatio] For the relative method: L, the best ratio in the cluster (e.g. 2 or 200%). Needed when the ratio is over 100 %.
 * @returns The explanation, in Office's display language (Vietnamese or English).
 */
export function explanation(
  actual: unknown,
  target: unknown,
  max: unknown,
  method?: unknown,
  bonusPerPercent?: unknown,
  bonusCap?: unknown,
  direction?: unknown,
  bestRatio?: unknown,
): string {
  return run(displayLang(), (lang) => {
    const args = { actual, target, max, method, bonusPerPercent, bonusCap, direction, bestRatio };
    const { criterion, result } = scoreFigure('EXPLAIN', lang, scoredFigure('EXPLAIN', lang, args), bestRatio);
    return explain(result, criterion, lang, 2);
  });
}

/**
 * Trúng (elected) or Không đủ tỷ lệ (below the threshold) for a candidate's yes votes on a base, as the vote's count decides: more than half, or at least a share. Words in Office's display language.
 * @customfunction VOTE
 * @param votes The candidate's yes votes on valid ballots.
 * @param base The base: the voters, or the valid ballots of the award.
 * @param [threshold] quá bán/majority (default: more than half) or a share such as 70%, 2/3 or 0,7 (at least that share).
 * @returns Trúng / Elected or Không đủ tỷ lệ / Below the threshold.
 */
export function vote(votes: unknown, base: unknown, threshold?: unknown): string {
  return run(displayLang(), (lang) => voteOutcome(lang, votes, base, threshold));
}

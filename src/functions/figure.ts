/**
 * The arguments of THIDUA.RATE, STATUS, SCORE and EXPLAIN as one target figure for the engine
 * (engine/figure.ts), and its outcome with the errors Excel shows.
 */
import { scoreTargetFigure, type TargetFigure } from '../engine/figure';
import { detailOf } from '../engine/detail';
import { message } from '../engine/messages';
import { DEFAULT_METHOD } from '../engine/methods';
import type { Criterion } from '../engine/model';
import type { CriterionResult } from '../engine/result';
import { DIRECTION_CHOICES, DIRECTION_WORDS, METHOD_CHOICES, METHOD_WORDS } from '../workbook/schema';
import { choiceArg, numberArg } from './args';
import { paramName } from './names';
import { invalidValue, notAvailable } from './runtime';

/** RATE(actual, target, [direction]) and STATUS with the same arguments. */
export function ratioFigure(fn: 'RATE' | 'STATUS', actual: unknown, target: unknown, direction: unknown): TargetFigure {
  return {
    actual: numberArg(actual, paramName(fn, 'actual')),
    target: numberArg(target, paramName(fn, 'target')),
    direction: choiceArg(direction, paramName(fn, 'direction'), DIRECTION_WORDS, DIRECTION_CHOICES) ?? 'higher',
    max: 0,
  };
}

export interface ScoreArgs {
  actual: unknown;
  target: unknown;
  max: unknown;
  method: unknown;
  bonusPerPercent: unknown;
  bonusCap: unknown;
  direction: unknown;
  bestRatio: unknown;
}

/** SCORE(actual, target, max, [method], [bonusPerPercent], [bonusCap], [direction], [bestRatio]) and EXPLAIN. */
export function scoredFigure(fn: 'SCORE' | 'EXPLAIN', a: ScoreArgs): TargetFigure {
  const name = (p: keyof ScoreArgs): string => paramName(fn, p);
  return {
    actual: numberArg(a.actual, name('actual')),
    target: numberArg(a.target, name('target')),
    max: numberArg(a.max, name('max'), { required: true, nonNegative: true }),
    method: choiceArg(a.method, name('method'), METHOD_WORDS, METHOD_CHOICES) ?? DEFAULT_METHOD,
    bonusPerPercent: numberArg(a.bonusPerPercent, name('bonusPerPercent'), { nonNegative: true }),
    bonusCap: numberArg(a.bonusCap, name('bonusCap'), { nonNegative: true }),
    direction: choiceArg(a.direction, name('direction'), DIRECTION_WORDS, DIRECTION_CHOICES) ?? 'higher',
    leaderRatio: numberArg(a.bestRatio, name('bestRatio'), { nonNegative: true }),
  };
}

/**
 * Scores the figure (R1–R3). A negative target is #VALUE!; a relative figure over its target needs the
 * cluster's best ratio, without which its points cannot be known (#N/A).
 */
export function scoreFigure(fn: 'RATE' | 'STATUS' | 'SCORE' | 'EXPLAIN', figure: TargetFigure): { criterion: Criterion; result: CriterionResult } {
  const scored = scoreTargetFigure(figure);
  if (!scored.ok)
    throw invalidValue(
      scored.problem === 'overflow'
        ? `“${paramName(fn, 'target')}” ${figure.target ?? 0} quá gần 0 để tính tỷ lệ hoàn thành.`
        : message('negative', { header: paramName(fn, 'target'), value: figure.target ?? 0 }, 'vi'),
    );
  const b = detailOf(scored.result, scored.criterion);
  if (fn !== 'RATE' && fn !== 'STATUS' && b.kind === 'target' && b.branch === 'relativeLeader' && figure.leaderRatio == null)
    throw notAvailable(`Cách tính so với dẫn đầu: tỷ lệ vượt 100%, cần “${paramName(fn, 'bestRatio')}” (tỷ lệ cao nhất của cụm) để tính điểm.`);
  return scored;
}

/** Why there is no ratio (and no points) for a figure: #N/A with the reason. */
export function noRatio(result: CriterionResult): CustomFunctions.Error {
  if (result.basis.kind === 'missing') return notAvailable('Thiếu số liệu thực hiện: chưa có tỷ lệ.');
  return notAvailable('Không giao chỉ tiêu (chỉ tiêu để trống, hoặc bằng 0 khi tăng là tốt): không tính.');
}

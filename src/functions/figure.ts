/**
 * The arguments of THIDUA.RATE, STATUS, SCORE and EXPLAIN as one target figure for the engine
 * (engine/figure.ts), and its outcome with the errors Excel shows.
 */
import { scoreTargetFigure, type TargetFigure } from '../engine/figure';
import { detailOf } from '../engine/detail';
import { t } from '../engine/i18n';
import { message } from '../engine/messages';
import { DEFAULT_METHOD } from '../engine/methods';
import type { Criterion, Lang } from '../engine/model';
import type { CriterionResult } from '../engine/result';
import { DIRECTION_CHOICES, DIRECTION_WORDS, METHOD_CHOICES, METHOD_WORDS } from '../workbook/schema';
import { choiceArg, numberArg } from './args';
import { paramName } from './names';
import { invalidValue, notAvailable } from './runtime';
import { refuseUnseenBestRatio, refuseUnseenFigures } from './unseen-figures';
import '../engine/i18n/functions';

/** RATE(actual, target, [direction]) and STATUS with the same arguments. */
export function ratioFigure(fn: 'RATE' | 'STATUS', lang: Lang, actual: unknown, target: unknown, direction: unknown): TargetFigure {
  const a = numberArg(actual, paramName(fn, 'actual', lang), lang);
  const tg = numberArg(target, paramName(fn, 'target', lang), lang);
  refuseUnseenFigures(fn, lang, { actual, target }, a, tg);
  return {
    actual: a,
    target: tg,
    direction: choiceArg(direction, paramName(fn, 'direction', lang), lang, DIRECTION_WORDS, DIRECTION_CHOICES) ?? 'higher',
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
export function scoredFigure(fn: 'SCORE' | 'EXPLAIN', lang: Lang, a: ScoreArgs): TargetFigure {
  const name = (p: keyof ScoreArgs): string => paramName(fn, p, lang);
  const actual = numberArg(a.actual, name('actual'), lang);
  const target = numberArg(a.target, name('target'), lang);
  refuseUnseenFigures(fn, lang, a, actual, target);
  return {
    actual,
    target,
    max: numberArg(a.max, name('max'), lang, { required: true, nonNegative: true }),
    method: choiceArg(a.method, name('method'), lang, METHOD_WORDS, METHOD_CHOICES) ?? DEFAULT_METHOD,
    bonusPerPercent: numberArg(a.bonusPerPercent, name('bonusPerPercent'), lang, { nonNegative: true }),
    bonusCap: numberArg(a.bonusCap, name('bonusCap'), lang, { nonNegative: true }),
    direction: choiceArg(a.direction, name('direction'), lang, DIRECTION_WORDS, DIRECTION_CHOICES) ?? 'higher',
    leaderRatio: numberArg(a.bestRatio, name('bestRatio'), lang, { nonNegative: true }),
  };
}

/**
 * Scores the figure (R1–R3). A negative target is #VALUE!; a relative figure over its target needs the
 * cluster's best ratio, without which its points cannot be known (#N/A), and which is weighed against
 * the unit's ratio (`bestRatio`: the argument as given, for refuseUnseenBestRatio).
 */
export function scoreFigure(
  fn: 'RATE' | 'STATUS' | 'SCORE' | 'EXPLAIN',
  lang: Lang,
  figure: TargetFigure,
  bestRatio?: unknown,
): { criterion: Criterion; result: CriterionResult } {
  const scored = scoreTargetFigure(figure);
  if (!scored.ok)
    throw invalidValue(
      scored.problem === 'overflow'
        ? t(lang, 'fn.tinyTarget', { param: paramName(fn, 'target', lang), value: String(figure.target ?? 0) })
        : message('negative', { header: paramName(fn, 'target', lang), value: figure.target ?? 0 }, lang),
    );
  const b = detailOf(scored.result, scored.criterion);
  if (fn !== 'RATE' && fn !== 'STATUS' && b.kind === 'target' && (b.branch === 'relativeLeader' || b.branch === 'relativeBetween')) {
    if (figure.leaderRatio == null) {
      if (b.branch === 'relativeLeader') throw notAvailable(t(lang, 'fn.needBestRatio', { param: paramName(fn, 'bestRatio', lang) }));
    } else refuseUnseenBestRatio(fn, lang, bestRatio, figure.leaderRatio, b.r);
  }
  return scored;
}

/** Why there is no ratio (and no points) for a figure: #N/A with the reason. */
export function noRatio(result: CriterionResult, lang: Lang): CustomFunctions.Error {
  return notAvailable(t(lang, result.basis.kind === 'missing' ? 'fn.noActual' : 'fn.noTarget'));
}

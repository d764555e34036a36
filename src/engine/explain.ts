/**
 * The one-line explanation of how a criterion's points were computed. Built on demand from the
 * result's basis (never eagerly: a 10,000-unit cluster has a million of them).
 */
import { detailOf } from './detail';
import { EPSILON, roundHalfUp } from './decimal';
import { formatNumber } from './format';
import { t } from './i18n';
import { explainDetail } from './kind-views';
import type { LeafFigures } from './columns';
import type { Criterion, Lang } from './model';
import type { CriterionResult } from './result';
import './i18n/result-explain';

/** `figures`: what the result was scored from (its `entry` unless the caller has them at hand). */
export function explain(result: CriterionResult, criterion: Criterion, lang: Lang, decimals = 2, figures: LeafFigures | null = result.entry): string {
  /** Points, to the cluster's decimals. */
  const n = (x: number): string => formatNumber(x, lang, decimals);
  /** Figures as entered (0,012 stays 0,012; up to six decimals). */
  const fig = (x: number): string => formatNumber(x, lang, 6);
  /** A ratio as a percent, with the decimals it needs never to read 100% when it is not (99,999%). */
  const pct = (r: number): string => {
    let d = 2;
    while (d < 6 && Math.abs(r - 1) > EPSILON && roundHalfUp(r * 100, d) === 100) d++;
    return `${formatNumber(r * 100, lang, d)}%`;
  };
  const ms = criterion.max ?? 0;
  const pts = result.points ?? 0;
  const b = detailOf(result, criterion, figures);
  switch (b.kind) {
    case 'noTarget':
      return t(lang, b.zero ? 'result.explain.zeroTarget' : 'result.explain.noTarget');
    case 'missing':
      return t(lang, b.policy === 'exclude' ? 'result.explain.missingExcluded' : 'result.explain.missingZero');
    case 'invalid':
      return t(lang, 'result.explain.invalid');
    default:
      return explainDetail(b, { lang, n, fig, pct, ms, pts }, criterion);
  }
}

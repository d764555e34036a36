/**
 * The one-line explanation of how a criterion's points were computed. Built on demand from the
 * result's basis (never eagerly: a 10,000-unit cluster has a million of them).
 */
import { detailOf } from './detail';
import { EPSILON, roundHalfUp } from './decimal';
import { formatNumber } from './format';
import { t } from './i18n';
import type { Criterion, Lang } from './model';
import type { CriterionResult } from './result';
import './i18n/result-explain';

export function explain(result: CriterionResult, criterion: Criterion, lang: Lang, decimals = 2): string {
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
  const b = detailOf(result, criterion);
  switch (b.kind) {
    case 'noTarget':
      return t(lang, b.zero ? 'result.explain.zeroTarget' : 'result.explain.noTarget');
    case 'missing':
      return t(lang, b.policy === 'exclude' ? 'result.explain.missingExcluded' : 'result.explain.missingZero');
    case 'invalid':
      return t(lang, 'result.explain.invalid');
    case 'passfail':
      return b.yes ? t(lang, 'result.explain.passed', { points: n(pts) }) : t(lang, 'result.explain.failed');
    case 'count': {
      const product = `${fig(b.actual)} × ${fig(b.perUnit)} = ${fig(b.actual * b.perUnit)}`;
      if (!b.capped) return product;
      return t(lang, 'result.explain.countCapped', { product, max: n(ms), points: n(pts) });
    }
    case 'manual':
      if (b.source === 'appraised')
        return b.self !== null
          ? t(lang, 'result.explain.appraisedWithSelf', { points: n(pts), self: n(b.self) })
          : t(lang, 'result.explain.appraised', { points: n(pts) });
      return t(lang, 'result.explain.self', { points: n(pts) });
    case 'target': {
      const figures = { actual: fig(b.actual), target: fig(b.target), ratio: pct(b.r) };
      const ratio =
        criterion.direction === 'lower'
          ? b.target === 0
            ? t(lang, 'result.explain.ratioLowerZero', figures)
            : t(lang, 'result.explain.ratioLower', figures)
          : t(lang, 'result.explain.ratio', figures);
      const bonus = b.bonus > 0 ? t(lang, 'result.explain.bonus', { bonus: n(b.bonus), cap: n(criterion.bonusCap ?? 0) }) : '';
      const half = n(0.5 * ms);
      switch (b.branch) {
        case 'proportional':
          return `${ratio} → ${n(ms)} × ${pct(Math.min(Math.max(b.r, 0), 1))}${bonus} = ${n(pts)}`;
        case 'thresholdMet':
          return `${ratio} ≥ 100% → ${n(ms)}${bonus} = ${n(pts)}`;
        case 'thresholdMissed':
          return `${ratio} < 100% → 0`;
        case 'relativeBelow':
          return `${ratio} < 100% → ${half} × ${pct(Math.max(b.r, 0))} = ${n(pts)}`;
        case 'relativeMet':
          return t(lang, 'result.explain.relativeMet', { ratio, points: n(pts) });
        case 'relativeLeader':
          return t(lang, 'result.explain.relativeLeader', { ratio, points: n(pts) });
        case 'relativeBetween':
          return t(lang, 'result.explain.relativeBetween', { ratio, leader: pct(b.leader ?? b.r), half, r: pct(b.r), points: n(pts) });
      }
    }
  }
}

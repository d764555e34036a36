/**
 * The one-line explanation of how a criterion's points were computed. Built on demand from the
 * result's basis (never eagerly: a 10,000-unit cluster has a million of them).
 */
import { detailOf } from './detail';
import { EPSILON, roundHalfUp } from './decimal';
import { formatNumber } from './format';
import { explainDetail } from './kind-views';
import type { Criterion, Lang } from './model';
import type { CriterionResult } from './result';

export function explain(result: CriterionResult, criterion: Criterion, lang: Lang, decimals = 2): string {
  const vi = lang === 'vi';
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
      if (b.zero) return vi ? 'Chỉ tiêu bằng 0 = không giao chỉ tiêu → không tính' : 'Target 0 = not assigned → not counted';
      return vi ? 'Không giao chỉ tiêu → không tính' : 'No target assigned → not counted';
    case 'missing':
      if (b.policy === 'exclude') return vi ? 'Thiếu số liệu → không tính' : 'Missing data → not counted';
      return vi ? 'Thiếu số liệu → 0 điểm (vẫn tính điểm chuẩn)' : 'Missing data → 0 points (maximum still counted)';
    case 'invalid':
      return vi ? 'Số liệu không hợp lệ → 0 điểm' : 'Invalid data → 0 points';
    default:
      return explainDetail(b, { vi, n, fig, pct, ms, pts }, criterion);
  }
}

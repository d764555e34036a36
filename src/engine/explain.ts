/**
 * The one-line explanation of how a criterion's points were computed. Built on demand from the
 * result's basis (never eagerly: a 10,000-unit cluster has a million of them).
 */
import { detailOf } from './detail';
import { EPSILON, roundHalfUp } from './decimal';
import { formatNumber } from './format';
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
    case 'passfail':
      return b.yes ? (vi ? `Đạt → ${n(pts)}` : `Passed → ${n(pts)}`) : vi ? 'Không đạt → 0' : 'Failed → 0';
    case 'count': {
      const product = `${fig(b.actual)} × ${fig(b.perUnit)} = ${fig(b.actual * b.perUnit)}`;
      if (!b.capped) return product;
      return vi ? `${product}, tối đa ${n(ms)} → ${n(pts)}` : `${product}, capped at ${n(ms)} → ${n(pts)}`;
    }
    case 'manual':
      if (b.source === 'appraised')
        return b.self !== null
          ? vi
            ? `Điểm thẩm định ${n(pts)} (tự chấm ${n(b.self)})`
            : `Appraised ${n(pts)} (self score ${n(b.self)})`
          : vi
            ? `Điểm thẩm định ${n(pts)}`
            : `Appraised ${n(pts)}`;
      return vi ? `Tự chấm ${n(pts)}` : `Self score ${n(pts)}`;
    case 'target': {
      const ratio =
        criterion.direction === 'lower'
          ? b.target === 0
            ? vi
              ? `Giảm là tốt, chỉ tiêu 0, thực hiện ${fig(b.actual)} → tỷ lệ ${pct(b.r)}`
              : `Lower is better, target 0, actual ${fig(b.actual)} → ratio ${pct(b.r)}`
            : vi
              ? `Giảm là tốt: tỷ lệ 2 − ${fig(b.actual)}/${fig(b.target)} = ${pct(b.r)}`
              : `Lower is better: ratio 2 − ${fig(b.actual)}/${fig(b.target)} = ${pct(b.r)}`
          : vi
            ? `Tỷ lệ ${fig(b.actual)}/${fig(b.target)} = ${pct(b.r)}`
            : `Ratio ${fig(b.actual)}/${fig(b.target)} = ${pct(b.r)}`;
      const bonus =
        b.bonus > 0
          ? vi
            ? ` + thưởng vượt ${n(b.bonus)} (tối đa ${n(criterion.bonusCap ?? 0)})`
            : ` + over-target bonus ${n(b.bonus)} (cap ${n(criterion.bonusCap ?? 0)})`
          : '';
      const half = n(0.5 * ms);
      switch (b.branch) {
        case 'proportional':
          return `${ratio} → ${n(ms)} × ${pct(Math.min(Math.max(b.r, 0), 1))}${bonus} = ${n(pts)}`;
        case 'thresholdMet':
          return vi ? `${ratio} ≥ 100% → ${n(ms)}${bonus} = ${n(pts)}` : `${ratio} ≥ 100% → ${n(ms)}${bonus} = ${n(pts)}`;
        case 'thresholdMissed':
          return `${ratio} < 100% → 0`;
        case 'relativeBelow':
          return `${ratio} < 100% → ${half} × ${pct(Math.max(b.r, 0))} = ${n(pts)}`;
        case 'relativeMet':
          return vi ? `${ratio} → nửa điểm chuẩn = ${n(pts)}` : `${ratio} → half the maximum = ${n(pts)}`;
        case 'relativeLeader':
          return vi ? `${ratio}, dẫn đầu cụm → ${n(pts)}` : `${ratio}, best in the cluster → ${n(pts)}`;
        case 'relativeBetween': {
          const leader = pct(b.leader ?? b.r);
          return vi
            ? `${ratio}, dẫn đầu ${leader} → ${half} + ${half} × (${pct(b.r)} − 100%)/(${leader} − 100%) = ${n(pts)}`
            : `${ratio}, leader ${leader} → ${half} + ${half} × (${pct(b.r)} − 100%)/(${leader} − 100%) = ${n(pts)}`;
        }
      }
    }
  }
}

/** How a criterion's points were computed (engine/explain.ts): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_EXPLAIN = register('result', {
  'explain.zeroTarget': { vi: 'Chỉ tiêu bằng 0 = không giao chỉ tiêu → không tính', en: 'Target 0 = not assigned → not counted' },
  'explain.noTarget': { vi: 'Không giao chỉ tiêu → không tính', en: 'No target assigned → not counted' },
  'explain.missingExcluded': { vi: 'Thiếu số liệu → không tính', en: 'Missing data → not counted' },
  'explain.missingZero': { vi: 'Thiếu số liệu → 0 điểm (vẫn tính điểm chuẩn)', en: 'Missing data → 0 points (maximum still counted)' },
  'explain.invalid': { vi: 'Số liệu không hợp lệ → 0 điểm', en: 'Invalid data → 0 points' },
  'explain.passed': { vi: 'Đạt → {points}', en: 'Passed → {points}' },
  'explain.failed': { vi: 'Không đạt → 0', en: 'Failed → 0' },
  'explain.countCapped': { vi: '{product}, tối đa {max} → {points}', en: '{product}, capped at {max} → {points}' },
  'explain.appraisedWithSelf': { vi: 'Điểm thẩm định {points} (tự chấm {self})', en: 'Appraised {points} (self score {self})' },
  'explain.appraised': { vi: 'Điểm thẩm định {points}', en: 'Appraised {points}' },
  'explain.self': { vi: 'Tự chấm {points}', en: 'Self score {points}' },
  'explain.ratioLowerZero': {
    vi: 'Giảm là tốt, chỉ tiêu 0, thực hiện {actual} → tỷ lệ {ratio}',
    en: 'Lower is better, target 0, actual {actual} → ratio {ratio}',
  },
  'explain.ratioLower': { vi: 'Giảm là tốt: tỷ lệ 2 − {actual}/{target} = {ratio}', en: 'Lower is better: ratio 2 − {actual}/{target} = {ratio}' },
  'explain.ratio': { vi: 'Tỷ lệ {actual}/{target} = {ratio}', en: 'Ratio {actual}/{target} = {ratio}' },
  'explain.bonus': { vi: ' + thưởng vượt {bonus} (tối đa {cap})', en: ' + over-target bonus {bonus} (cap {cap})' },
  'explain.relativeMet': { vi: '{ratio} → nửa điểm chuẩn = {points}', en: '{ratio} → half the maximum = {points}' },
  'explain.relativeLeader': { vi: '{ratio}, dẫn đầu cụm → {points}', en: '{ratio}, best in the cluster → {points}' },
  'explain.relativeBetween': {
    vi: '{ratio}, dẫn đầu {leader} → {half} + {half} × ({r} − 100%)/({leader} − 100%) = {points}',
    en: '{ratio}, leader {leader} → {half} + {half} × ({r} − 100%)/({leader} − 100%) = {points}',
  },
} as const satisfies Area);

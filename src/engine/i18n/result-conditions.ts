/** Award conditions, their failures and unchecked notes (engine/eligibility.ts, cycle.md §3): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_CONDITIONS = register('result', {
  'condition.consecutive': { vi: '{years} năm liên tục {result}', en: '{years} consecutive years of {result}' },
  'condition.priorAward': { vi: 'đã được tặng {award}', en: 'previously awarded {award}' },
  'condition.priorAwardWithin': { vi: 'đã được tặng {award} trong {within} năm', en: 'awarded {award} within {within} years' },
  'condition.notAgain': { vi: 'không tặng lại trong {years} năm', en: 'not again within {years} years' },
  'failure.leaderOnly': { vi: 'Không phải đơn vị dẫn đầu cụm', en: 'Not the unit leading the cluster' },
  'failure.consecutive': {
    vi: 'Chưa đủ {years} năm liên tục {result} (thiếu {missing})',
    en: 'Not {years} consecutive years of {result} (missing {missing})',
  },
  'failure.priorAward': { vi: 'Chưa được tặng {award}', en: 'Never awarded {award}' },
  'failure.priorAwardWithin': { vi: 'Chưa được tặng {award} trong {within} năm', en: 'Not awarded {award} within {within} years' },
  'failure.notAgain': { vi: 'Đã được tặng năm {years}', en: 'Already awarded in {years}' },
  'unchecked.noHistory': {
    vi: 'Chưa kiểm tra điều kiện {condition} (sổ không có trang Lịch sử)',
    en: 'Condition {condition} not checked (the workbook has no History sheet)',
  },
  'unchecked.noYear': { vi: 'Chưa kiểm tra điều kiện {condition} (Cài đặt không có Năm)', en: 'Condition {condition} not checked (no Year in the settings)' },
} as const satisfies Area);

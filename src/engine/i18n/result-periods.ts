/** Periods and rank changes (engine/history.ts, compare.ts): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_PERIODS = register('result', {
  'period.half': { vi: '6 tháng', en: 'half-year' },
  'period.year': { vi: 'năm', en: 'year' },
  'rankChange.new': { vi: 'mới', en: 'new' },
} as const satisfies Area);

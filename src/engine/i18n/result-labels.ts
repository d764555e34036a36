/** Statuses, tie notes, reasons and nominations (engine/labels.ts): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_LABELS = register('result', {
  'status.exceeded': { vi: 'Vượt', en: 'Exceeded' },
  'status.met': { vi: 'Đạt', en: 'Met' },
  'status.below': { vi: 'Chưa đạt', en: 'Below' },
  'status.missing': { vi: 'Thiếu số liệu', en: 'Missing data' },
  'status.excluded': { vi: 'Không giao chỉ tiêu', en: 'Not assigned' },
  'status.scored': { vi: 'Đã chấm', en: 'Scored' },
  'status.missingNotCounted': { vi: 'Thiếu số liệu (không tính)', en: 'Missing data (not counted)' },
  'tieBreak.exceeded': { vi: 'số tiêu chí vượt', en: 'exceeded count' },
  'tieBreak.penalty': { vi: 'điểm trừ', en: 'deductions' },
  'tieBreak.bonus': { vi: 'điểm thưởng', en: 'bonus' },
  'tie.tied': { vi: 'Đồng hạng', en: 'Tied' },
  'tie.ahead': { vi: 'Hơn ở tiêu chí phụ: {by}', en: 'Ahead on tie-break: {by}' },
  'tie.behind': { vi: 'Kém ở tiêu chí phụ: {by}', en: 'Behind on tie-break: {by}' },
  'reason.disciplined': { vi: 'Bị kỷ luật', en: 'Disciplined' },
  'reason.mandatory': { vi: 'Chưa đạt tiêu chí bắt buộc {code}', en: 'Mandatory criterion {code} not met' },
  'reason.belowMin': { vi: 'Dưới điểm tối thiểu của {award}', en: 'Below the minimum of {award}' },
  'reason.quotaFilled': { vi: 'Hết số lượng', en: 'Quota filled' },
  'reason.noAward': { vi: 'Không có hình thức khen thưởng nào xét đơn vị này', en: 'No award applies to this unit' },
  'nomination.vote': { vi: 'Cần bình xét', en: 'Vote needed' },
  'nomination.proposed': { vi: 'Đề nghị', en: 'Proposed' },
  'basis.overall': { vi: 'Hạng {rank}, {total} điểm ({percent}%)', en: 'Rank {rank}, {total} points ({percent}%)' },
  'basis.thematic': { vi: '{points} điểm ở {code} (hạng chung {rank})', en: '{points} points on {code} (overall rank {rank})' },
  'basis.vote': {
    vi: 'Cần bình xét: {units} đơn vị đồng hạng {rank} cho {seats} suất còn lại',
    en: 'Vote needed: {units} units tied at rank {rank} for {seats} seat(s) left',
  },
} as const satisfies Area);

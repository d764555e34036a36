/**
 * The words of results — statuses, tie notes, reasons, nominations, explanations, award conditions,
 * periods and the vote — Vietnamese and English side by side. Numbers come in already formatted by
 * the caller (points to the cluster's decimals, ranks and years as written).
 */
import { register } from './table';
import type { Area } from './template';

export const RESULTS = register('result', {
  // Statuses (engine/labels.ts)
  'status.exceeded': { vi: 'Vượt', en: 'Exceeded' },
  'status.met': { vi: 'Đạt', en: 'Met' },
  'status.below': { vi: 'Chưa đạt', en: 'Below' },
  'status.missing': { vi: 'Thiếu số liệu', en: 'Missing data' },
  'status.excluded': { vi: 'Không giao chỉ tiêu', en: 'Not assigned' },
  'status.scored': { vi: 'Đã chấm', en: 'Scored' },
  'status.missingNotCounted': { vi: 'Thiếu số liệu (không tính)', en: 'Missing data (not counted)' },
  // Tie-breaks and tie notes
  'tieBreak.exceeded': { vi: 'số tiêu chí vượt', en: 'exceeded count' },
  'tieBreak.penalty': { vi: 'điểm trừ', en: 'deductions' },
  'tieBreak.bonus': { vi: 'điểm thưởng', en: 'bonus' },
  'tie.tied': { vi: 'Đồng hạng', en: 'Tied' },
  'tie.ahead': { vi: 'Hơn ở tiêu chí phụ: {by}', en: 'Ahead on tie-break: {by}' },
  'tie.behind': { vi: 'Kém ở tiêu chí phụ: {by}', en: 'Behind on tie-break: {by}' },
  // Why a unit is not proposed
  'reason.disciplined': { vi: 'Bị kỷ luật', en: 'Disciplined' },
  'reason.mandatory': { vi: 'Chưa đạt tiêu chí bắt buộc {code}', en: 'Mandatory criterion {code} not met' },
  'reason.belowMin': { vi: 'Dưới điểm tối thiểu của {award}', en: 'Below the minimum of {award}' },
  'reason.quotaFilled': { vi: 'Hết số lượng', en: 'Quota filled' },
  'reason.noAward': { vi: 'Không có hình thức khen thưởng nào xét đơn vị này', en: 'No award applies to this unit' },
  // Nominations
  'nomination.vote': { vi: 'Cần bình xét', en: 'Vote needed' },
  'nomination.proposed': { vi: 'Đề nghị', en: 'Proposed' },
  'basis.overall': { vi: 'Hạng {rank}, {total} điểm ({percent}%)', en: 'Rank {rank}, {total} points ({percent}%)' },
  'basis.thematic': { vi: '{points} điểm ở {code} (hạng chung {rank})', en: '{points} points on {code} (overall rank {rank})' },
  'basis.vote': {
    vi: 'Cần bình xét: {units} đơn vị đồng hạng {rank} cho {seats} suất còn lại',
    en: 'Vote needed: {units} units tied at rank {rank} for {seats} seat(s) left',
  },
  // How a criterion's points were computed (engine/explain.ts)
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
  // Award conditions (engine/eligibility.ts, cycle.md §3)
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
  // Periods and comparison (engine/history.ts, compare.ts)
  'period.half': { vi: '6 tháng', en: 'half-year' },
  'period.year': { vi: 'năm', en: 'year' },
  'rankChange.new': { vi: 'mới', en: 'new' },
  // The vote (engine/vote-labels.ts, vote.md)
  'vote.elected': { vi: 'Trúng', en: 'Elected' },
  'vote.below': { vi: 'Không đủ tỷ lệ', en: 'Below the threshold' },
  'vote.noSeat': { vi: 'Hết số lượng', en: 'No seat left' },
  'vote.revote': { vi: 'Bỏ phiếu lại', en: 'Vote again' },
  'vote.higherAward': { vi: 'Đã trúng hình thức cao hơn', en: 'Elected to a higher award' },
  'vote.noQuorum': { vi: 'Không đủ số đại biểu', en: 'No quorum' },
  'vote.baseVoters': { vi: 'số đại biểu', en: 'the voters' },
  'vote.baseValid': { vi: 'số phiếu hợp lệ', en: 'the valid ballots' },
  'vote.majority': { vi: 'Trúng khi được quá bán (trên 50%) {base}', en: 'Elected with more than half of {base}' },
  'vote.share': { vi: 'Trúng khi được từ {share} {base} trở lên', en: 'Elected with at least {share} of {base}' },
  'vote.revoteNote': {
    vi: 'Các đơn vị “Bỏ phiếu lại” bằng phiếu nhau ở suất cuối: suất đó còn để trống; cụm bỏ phiếu lại giữa các đơn vị này (thêm phiếu mới vào trang Phiếu bầu rồi chấm lại).',
    en: 'Units to “Vote again” tied on votes at the last seat: that seat stays open; the cluster votes again among them (add the new ballots to the Phiếu bầu sheet and score again).',
  },
  'vote.quorumMet': { vi: '; tối thiểu {quorum} (đủ)', en: '; quorum {quorum} (met)' },
  'vote.quorumNotMet': { vi: '; tối thiểu {quorum} (không đủ)', en: '; quorum {quorum} (not met)' },
  'vote.turnout': { vi: 'Số đại biểu: {voters}; số phiếu thu về: {received}{quorum}', en: 'Voters: {voters}; ballots received: {received}{quorum}' },
  // Saving the period into the history (jobs/save-history.ts)
  'history.saved': { vi: 'Đã lưu {rows} dòng ({units} đơn vị, kỳ {period}) vào trang “{sheet}”.', en: 'Saved {rows} rows ({units} units, period {period}) to the sheet “{sheet}”.' },
  'history.notScored': { vi: 'Chưa lưu vào lịch sử: sổ còn lỗi nên chưa có kết quả để lưu.', en: 'Not saved to the history: the workbook has errors, so there is no result to save.' },
  'history.noYear': { vi: 'Chưa lưu vào lịch sử: Cài đặt chưa có “Năm”.', en: 'Not saved to the history: the settings have no “Năm” (Year).' },
  'history.badSheet': { vi: 'Chưa lưu vào lịch sử: trang “{sheet}” không có dòng tiêu đề đủ cột Năm, Đơn vị.', en: 'Not saved to the history: the sheet “{sheet}” has no header row with the Năm (Year) and Đơn vị (Unit) columns.' },
  'history.duplicates': {
    vi: 'Chưa lưu vào lịch sử: trang Lịch sử đã có {count} dòng của kỳ {period} (chỉ được thêm, không ghi đè; hãy xoá các dòng này nếu muốn lưu lại):',
    en: 'Not saved to the history: the History sheet already has {count} rows of the period {period} (it only appends, never overwrites; delete these rows to save again):',
  },
  'history.noPeriodColumn': {
    vi: 'Chưa lưu vào lịch sử: trang “{sheet}” không có cột Kỳ, nên kết quả 6 tháng sẽ bị đọc thành cả năm; hãy thêm cột “Kỳ”.',
    en: 'Not saved to the history: the sheet “{sheet}” has no Kỳ (Period) column, so a mid-year result would read back as the year; add a “Kỳ” column.',
  },
} as const satisfies Area);

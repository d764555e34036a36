/** The vote's outcomes, threshold and turnout lines (engine/vote-labels.ts, vote.md): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_VOTE = register('result', {
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
} as const satisfies Area);

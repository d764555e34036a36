/** The words of the vote (vote.md): outcomes, the threshold and base lines, Vietnamese and English. */
import { formatNumber } from './format';
import { fractionText } from './fraction';
import type { Lang } from './model';
import type { VoteOutcome, VoteResult, VoteRules } from './vote';

const OUTCOMES: Record<VoteOutcome, Record<Lang, string>> = {
  elected: { vi: 'Trúng', en: 'Elected' },
  below: { vi: 'Không đủ tỷ lệ', en: 'Below the threshold' },
  noSeat: { vi: 'Hết số lượng', en: 'No seat left' },
  revote: { vi: 'Bỏ phiếu lại', en: 'Vote again' },
  higherAward: { vi: 'Đã trúng hình thức cao hơn', en: 'Elected to a higher award' },
  noQuorum: { vi: 'Không đủ số đại biểu', en: 'No quorum' },
};

export function voteOutcomeLabel(outcome: VoteOutcome, lang: Lang): string {
  return OUTCOMES[outcome][lang];
}

/** `quá bán số đại biểu (8)` / `từ 70% số phiếu hợp lệ`: what a candidate needs, in words. */
export function thresholdText(rules: VoteRules, lang: Lang): string {
  const base = rules.base === 'voters' ? (lang === 'vi' ? 'số đại biểu' : 'the voters') : lang === 'vi' ? 'số phiếu hợp lệ' : 'the valid ballots';
  if (rules.threshold === 'majority') return lang === 'vi' ? `Trúng khi được quá bán (trên 50%) ${base}` : `Elected with more than half of ${base}`;
  const share = fractionText(rules.threshold).replace('.', lang === 'vi' ? ',' : '.');
  return lang === 'vi' ? `Trúng khi được từ ${share} ${base} trở lên` : `Elected with at least ${share} of ${base}`;
}

/** What happens next for candidates to vote on again. */
export function revoteText(lang: Lang): string {
  return lang === 'vi'
    ? 'Các đơn vị “Bỏ phiếu lại” bằng phiếu nhau ở suất cuối: suất đó còn để trống; cụm bỏ phiếu lại giữa các đơn vị này (thêm phiếu mới vào trang Phiếu bầu rồi chấm lại).'
    : 'Units to “Vote again” tied on votes at the last seat: that seat stays open; the cluster votes again among them (add the new ballots to the Phiếu bầu sheet and score again).';
}

/** `8 đại biểu, 8 phiếu thu về` and the quorum, in one line. */
export function turnoutText(vote: VoteResult, lang: Lang): string {
  const q = vote.rules.quorum;
  const quorum = q === null ? '' : lang === 'vi' ? `; tối thiểu ${fractionText(q)} (${vote.quorumMet ? 'đủ' : 'không đủ'})` : `; quorum ${fractionText(q)} (${vote.quorumMet ? 'met' : 'not met'})`;
  const n = (x: number): string => formatNumber(x, lang, 0);
  return lang === 'vi'
    ? `Số đại biểu: ${n(vote.voters)}; số phiếu thu về: ${n(vote.received)}${quorum}`
    : `Voters: ${n(vote.voters)}; ballots received: ${n(vote.received)}${quorum}`;
}

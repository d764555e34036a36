/** The words of the vote (vote.md): outcomes, the threshold and base lines, Vietnamese and English. */
import { formatNumber } from './format';
import { fractionText } from './fraction';
import { t } from './i18n';
import type { Lang } from './model';
import type { VoteOutcome, VoteResult, VoteRules } from './vote';
import './i18n/result-vote';

export function voteOutcomeLabel(outcome: VoteOutcome, lang: Lang): string {
  return t(lang, `result.vote.${outcome}`);
}

/** `quá bán số đại biểu (8)` / `từ 70% số phiếu hợp lệ`: what a candidate needs, in words. */
export function thresholdText(rules: VoteRules, lang: Lang): string {
  const base = t(lang, rules.base === 'voters' ? 'result.vote.baseVoters' : 'result.vote.baseValid');
  if (rules.threshold === 'majority') return t(lang, 'result.vote.majority', { base });
  const share = fractionText(rules.threshold).replace('.', lang === 'vi' ? ',' : '.');
  return t(lang, 'result.vote.share', { share, base });
}

/** What happens next for candidates to vote on again. */
export function revoteText(lang: Lang): string {
  return t(lang, 'result.vote.revoteNote');
}

/** `8 đại biểu, 8 phiếu thu về` and the quorum, in one line. */
export function turnoutText(vote: VoteResult, lang: Lang): string {
  const q = vote.rules.quorum;
  const quorum = q === null ? '' : t(lang, vote.quorumMet ? 'result.vote.quorumMet' : 'result.vote.quorumNotMet', { quorum: fractionText(q) });
  const n = (x: number): string => formatNumber(x, lang, 0);
  return t(lang, 'result.vote.turnout', { voters: n(vote.voters), received: n(vote.received), quorum });
}

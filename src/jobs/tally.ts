/**
 * The count as the surfaces show it (vote.md): per award its seats, ballots, the threshold line and
 * each candidate's votes, share and outcome in words; the elected units; what a revote means. The
 * count itself is the engine's (engine/vote.ts), run by every scoring when `Phiếu bầu` exists.
 */
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { VoteOutcome } from '../engine/vote';
import { revoteText, thresholdText, turnoutText, voteOutcomeLabel } from '../engine/vote-labels';

export interface TallyView {
  turnout: string;
  threshold: string;
  quorumMet: boolean;
  awards: {
    award: string;
    seats: number;
    valid: number;
    invalid: number;
    candidates: { unit: string; votes: number; base: number; share: number; outcome: VoteOutcome; label: string }[];
  }[];
  /** Unit → the award it was elected to. */
  elected: Record<string, string>;
  /** What happens next for `Bỏ phiếu lại` candidates; null when there are none. */
  revote: string | null;
}

export function tallyView(result: ClusterResult, lang: Lang): TallyView | null {
  const vote = result.vote;
  if (!vote) return null;
  const elected: Record<string, string> = {};
  for (const a of vote.awards) for (const c of a.candidates) if (c.outcome === 'elected') elected[c.unit] = a.award;
  const anyRevote = vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'));
  return {
    turnout: turnoutText(vote, lang),
    threshold: thresholdText(vote.rules, lang),
    quorumMet: vote.quorumMet,
    awards: vote.awards.map((a) => ({
      award: a.award,
      seats: a.seats,
      valid: a.valid,
      invalid: a.invalid,
      candidates: a.candidates.map((c) => ({ unit: c.unit, votes: c.votes, base: c.base, share: c.share, outcome: c.outcome, label: voteOutcomeLabel(c.outcome, lang) })),
    })),
    elected,
    revote: anyRevote ? revoteText(lang) : null,
  };
}

/** The `vote` part of the result JSON (vote.md). */
import type { VoteOutcome, VoteResult } from './vote';

export interface VoteJson {
  voters: number;
  received: number;
  quorumMet: boolean;
  awards: {
    award: string;
    seats: number;
    valid: number;
    invalid: number;
    candidates: { unit: string; votes: number; base: number; share: number; outcome: VoteOutcome }[];
  }[];
}

export function voteJson(v: VoteResult): VoteJson {
  return {
    voters: v.voters,
    received: v.received,
    quorumMet: v.quorumMet,
    awards: v.awards.map((a) => ({
      award: a.award,
      seats: a.seats,
      valid: a.valid,
      invalid: a.invalid,
      candidates: a.candidates.map((c) => ({ unit: c.unit, votes: c.votes, base: c.base, share: c.share, outcome: c.outcome })),
    })),
  };
}

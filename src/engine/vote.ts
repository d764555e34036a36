/**
 * The vote on the draft (vote.md): ballots counted per award, invalid ballots, the threshold
 * (`quá bán` or a share) on the voters or the valid ballots, the quorum, a tie at the last seat,
 * one award per unit. Exact: every comparison is made on integers (votes × 2 > base, votes × den ≥
 * num × base), never on a rounded share.
 */
import { compareNames } from './collate';
import type { DiagnosticList } from './diagnostics';
import { atLeast, type Fraction } from './fraction';
import type { CellRef, Locations, Settings } from './model';
import { quotaOf } from './nominate';
import type { ClusterResult } from './result';
import { normalizeKey, normalizeUnitName } from './names';

/** One row of `Phiếu bầu`: a ballot's answer for one candidate of one award. */
export interface BallotRow {
  ballot: string;
  award: string;
  unit: string;
  yes: boolean;
  at?: Locations<'ballot' | 'award' | 'unit' | 'yes'>;
}

export interface VoteCandidate {
  unit: string;
  /** The unit's overall rank (the `theo thứ hạng` tie rule). */
  rank: number;
}

/** An award of the draft with its seats and candidates. */
export interface VoteAward {
  name: string;
  seats: number;
  candidates: VoteCandidate[];
}

export type VoteThreshold = 'majority' | Fraction;
export type VoteBase = 'voters' | 'valid';
export type VoteTie = 'revote' | 'rank';

export interface VoteRules {
  voters: number;
  threshold: VoteThreshold;
  base: VoteBase;
  quorum: Fraction | null;
  tie: VoteTie;
  oneAwardPerUnit: boolean;
}

export type VoteOutcome = 'elected' | 'below' | 'noSeat' | 'revote' | 'higherAward' | 'noQuorum';

export interface CandidateCount {
  unit: string;
  rank: number;
  votes: number;
  base: number;
  /** votes / base as a percent, rounded half up to 2 places (shown only; never compared). */
  share: number;
  outcome: VoteOutcome;
}

export interface AwardCount {
  award: string;
  seats: number;
  valid: number;
  invalid: number;
  /** In order of votes (more first), then rank, then name. */
  candidates: CandidateCount[];
}

export interface VoteResult {
  voters: number;
  received: number;
  quorumMet: boolean;
  rules: VoteRules;
  awards: AwardCount[];
}

/** votes / base as a percent, rounded half up to 2 places, with integers only. */
export function sharePercent(votes: number, base: number): number {
  if (base <= 0) return 0;
  return Math.floor((votes * 20000 + base) / (2 * base)) / 100;
}

/** True when `votes` out of `base` clear the threshold (vote.md, step 3). */
export function passes(votes: number, base: number, threshold: VoteThreshold): boolean {
  if (base <= 0) return false;
  return threshold === 'majority' ? votes * 2 > base : atLeast(votes, base, threshold);
}

/** The quorum check: `received` ballots out of `voters` reach the share (no quorum: always met). */
export function quorumMet(received: number, voters: number, quorum: Fraction | null): boolean {
  return quorum === null || atLeast(received, voters, quorum);
}

const where = (row: BallotRow, key: 'ballot' | 'award' | 'unit', sheet: string): CellRef => row.at?.[key] ?? { sheet, cell: 'A1' };

interface Counted {
  award: VoteAward;
  /** Candidate index by normalized unit name. */
  index: Map<string, number>;
  /** The yes answers of each ballot, by ballot key. */
  yes: Map<string, number[]>;
}

/**
 * Counts the ballots. Rows with an error (an award not in the draft, a unit not a candidate of its
 * award, a second row for the same ballot, award and unit) are reported and left out; more ballots
 * than voters is an error at the first row of the first ballot too many.
 */
export function countVotes(awards: readonly VoteAward[], rows: readonly BallotRow[], rules: VoteRules, diags: DiagnosticList, sheet: string): VoteResult {
  const counted: Counted[] = awards.map((award) => ({
    award,
    index: new Map(award.candidates.map((c, i) => [normalizeUnitName(c.unit), i] as const)),
    yes: new Map(),
  }));
  const byAward = new Map(counted.map((c) => [normalizeKey(c.award.name), c] as const));
  const ballots = new Map<string, BallotRow>();
  const seen = new Map<string, CellRef>();

  for (const row of rows) {
    const ballot = normalizeKey(row.ballot);
    if (!ballots.has(ballot)) ballots.set(ballot, row);
    const c = byAward.get(normalizeKey(row.award));
    if (!c) {
      diags.error(where(row, 'award', sheet), 'ballotUnknownAward', { award: row.award });
      continue;
    }
    const i = c.index.get(normalizeUnitName(row.unit));
    if (i === undefined) {
      const names = c.award.candidates.map((x) => x.unit).join(', ');
      diags.error(where(row, 'unit', sheet), 'ballotNotCandidate', { unit: row.unit, award: c.award.name, candidates: names });
      continue;
    }
    const key = `${ballot}\u0000${normalizeKey(c.award.name)}\u0000${i}`;
    const first = seen.get(key);
    if (first) {
      diags.error(where(row, 'ballot', sheet), 'ballotDuplicate', { ballot: row.ballot, unit: row.unit, award: c.award.name, first: first.cell });
      continue;
    }
    seen.set(key, where(row, 'ballot', sheet));
    if (!row.yes) continue;
    const list = c.yes.get(ballot);
    if (list) list.push(i);
    else c.yes.set(ballot, [i]);
  }

  const received = ballots.size;
  if (received > rules.voters) {
    const extra = [...ballots.values()][rules.voters]!;
    diags.error(where(extra, 'ballot', sheet), 'tooManyBallots', { received, voters: rules.voters, ballot: extra.ballot });
  }
  const met = quorumMet(received, rules.voters, rules.quorum);
  const elected = new Set<string>();
  const result: AwardCount[] = counted.map((c) => countAward(c, received, met, rules, elected));
  return { voters: rules.voters, received, quorumMet: met, rules, awards: result };
}

function countAward(c: Counted, received: number, met: boolean, rules: VoteRules, elected: Set<string>): AwardCount {
  const { award } = c;
  const votes = award.candidates.map(() => 0);
  let invalid = 0;
  for (const list of c.yes.values()) {
    // A ballot saying yes to more candidates than there are seats is invalid for this award.
    if (list.length > award.seats) invalid++;
    else for (const i of list) votes[i]!++;
  }
  const valid = received - invalid;
  const base = rules.base === 'voters' ? rules.voters : valid;
  const rows: CandidateCount[] = award.candidates.map((cand, i) => ({
    unit: cand.unit,
    rank: cand.rank,
    votes: votes[i]!,
    base,
    share: sharePercent(votes[i]!, base),
    outcome: 'below' as VoteOutcome,
  }));
  rows.sort((a, b) => b.votes - a.votes || a.rank - b.rank || compareNames(a.unit, b.unit));

  if (!met) for (const r of rows) r.outcome = 'noQuorum';
  else {
    const eligible: CandidateCount[] = [];
    for (const r of rows) {
      if (rules.oneAwardPerUnit && elected.has(normalizeUnitName(r.unit))) r.outcome = 'higherAward';
      else if (passes(r.votes, base, rules.threshold)) eligible.push(r);
      else r.outcome = 'below';
    }
    seat(eligible, award.seats, rules.tie);
    for (const r of eligible) if (r.outcome === 'elected') elected.add(normalizeUnitName(r.unit));
  }
  return { award: award.name, seats: award.seats, valid, invalid, candidates: rows };
}

/** Groups of consecutive items equal on `key`. */
function groups<T>(items: readonly T[], key: (x: T) => number): T[][] {
  const out: T[][] = [];
  for (const x of items) {
    const last = out[out.length - 1];
    if (last && key(last[0]!) === key(x)) last.push(x);
    else out.push([x]);
  }
  return out;
}

/**
 * Passing candidates (in order of votes) take the seats (step 4). A tie at the last seat with more
 * candidates than seats left: `revote` puts them all to a new vote and leaves the seats open; `rank`
 * seats them by overall rank, and units sharing a rank that still outnumber the seats go to a revote.
 * Whoever comes after a revote gets no seat.
 */
function seat(eligible: readonly CandidateCount[], seats: number, tie: VoteTie): void {
  let left = seats;
  let closed = false;
  const place = (group: readonly CandidateCount[], byRank: boolean): void => {
    if (closed || left === 0) {
      for (const r of group) r.outcome = 'noSeat';
    } else if (group.length <= left) {
      for (const r of group) r.outcome = 'elected';
      left -= group.length;
    } else if (!byRank && tie === 'rank') {
      const ordered = [...group].sort((a, b) => a.rank - b.rank);
      for (const g of groups(ordered, (r) => r.rank)) place(g, true);
    } else {
      for (const r of group) r.outcome = 'revote';
      closed = true;
    }
  };
  for (const g of groups(eligible, (r) => r.votes)) place(g, false);
}

/** The awards of the draft that have candidates, in `Thứ tự` order, with their seats (R7's quota). */
export function voteAwardsOf(result: Pick<ClusterResult, 'awards' | 'nominations' | 'units'>): VoteAward[] {
  const rankOf = new Map(result.units.map((u) => [u.unit, u.rank] as const));
  return [...result.awards]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      name: a.name,
      seats: quotaOf(a, result.units.length),
      candidates: result.nominations.filter((n) => n.award === a.name).map((n) => ({ unit: n.unit, rank: rankOf.get(n.unit) ?? n.basis.rank })),
    }))
    .filter((a) => a.candidates.length > 0);
}

/** The vote's rules from the settings; `Số đại biểu` defaults to the number of units. */
export function voteRulesOf(settings: Settings, unitCount: number): VoteRules {
  return {
    voters: settings.voters ?? unitCount,
    threshold: settings.voteThreshold,
    base: settings.voteBase,
    quorum: settings.quorum,
    tie: settings.voteTie,
    oneAwardPerUnit: settings.oneAwardPerUnit,
  };
}

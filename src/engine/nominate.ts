/**
 * R7: the nomination draft. Awards in `Thứ tự` order; vetoes (disciplined, a failed mandatory
 * criterion), minimum score/percent, the award's conditions that look back (eligibility.ts), one
 * award per unit, quotas by count and share, and `Cần bình xét` (a vote) when the units tied at
 * the quota boundary outnumber the seats left.
 */
import { compareNames } from './collate';
import { EPSILON } from './decimal';
import type { Award, ClusterModel, Criterion, HistoryRow } from './model';
import { eligibility, type Eligibility } from './eligibility';
import { historyByUnit } from './history';
import type { Ineligible, Nomination, NotNominated, NotPlacedReason, UnitResult } from './result';
import { peekLeaf, ResultCursor } from './scored-units';
import { leavesUnder, type CriteriaTree } from './tree';

/** Seats of an award: the smaller of its count and share quotas; 1 when neither is set. */
export function quotaOf(award: Award, unitCount: number): number {
  const byShare = award.maxShare !== null ? Math.floor(award.maxShare * unitCount + EPSILON) : null;
  if (award.quota !== null && byShare !== null) return Math.min(award.quota, byShare);
  return award.quota ?? byShare ?? 1;
}

/** Why a unit cannot receive any award, or null. `cursor`: where a leaf is read (no record per unit). */
function vetoOf(u: UnitResult, mandatory: readonly string[], cursor: ResultCursor): NotPlacedReason | null {
  if (u.disciplined) return { kind: 'disciplined' };
  for (const code of mandatory) {
    const r = peekLeaf(u, code, cursor);
    // Missing data vetoes under every policy, `loại trừ` included (R7: `Thiếu số liệu`).
    if (r && (r.status === 'below' || r.status === 'missing' || r.basis.kind === 'missing')) return { kind: 'mandatory', code };
  }
  return null;
}

/**
 * A unit's points on a thematic award's criterion or group; null when it does not apply to the unit.
 * `under`: the leaves under `code` (leavesUnder, worked out once per award).
 */
function pointsOn(u: UnitResult, code: string, under: readonly Criterion[], cursor: ResultCursor): number | null {
  const group = u.groups[code];
  if (group === undefined) return peekLeaf(u, code, cursor)?.points ?? null;
  return under.some((c) => peekLeaf(u, c.code, cursor)?.points != null) ? group : null;
}

function meetsMinimum(u: UnitResult, a: Award): boolean {
  if (a.minScore !== null && u.total < a.minScore - EPSILON) return false;
  if (a.minPercent !== null && u.percent < a.minPercent - EPSILON) return false;
  return true;
}

/**
 * A thematic award's candidates (indexes into candAt/candPoints) best first: more points, then the
 * better rank, then the name, then as they came (the order of a stable sort by that comparison).
 * With few seats among many candidates only the first `seats` are picked out, plus those tied
 * with the last of them (same points and rank): the drafting loop never reads past them.
 */
function thematicOrder(ranked: readonly UnitResult[], candAt: Int32Array, candPoints: Float64Array, count: number, seats: number): number[] {
  const before = (a: number, b: number): number => {
    const ua = ranked[candAt[a]!]!;
    const ub = ranked[candAt[b]!]!;
    return candPoints[b]! - candPoints[a]! || ua.rank - ub.rank || compareNames(ua.unit, ub.unit) || a - b;
  };
  const all = (): number[] => Array.from({ length: count }, (_, i) => i).sort(before);
  if (seats < 1 || seats * 16 > count) return all();
  // The best `seats`, kept sorted (insertion: one comparison per candidate for a seat or two).
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    if (best.length === seats && before(i, best[seats - 1]!) >= 0) continue;
    let at = best.length === seats ? seats - 1 : best.length;
    while (at > 0 && before(i, best[at - 1]!) < 0) at--;
    best.splice(at, 0, i);
    if (best.length > seats) best.pop();
  }
  const last = best[best.length - 1]!;
  const lastRank = ranked[candAt[last]!]!.rank;
  const tiedAfter: number[] = [];
  for (let i = 0; i < count; i++) if (candPoints[i] === candPoints[last] && ranked[candAt[i]!]!.rank === lastRank && before(i, last) > 0) tiedAfter.push(i);
  return [...best, ...tiedAfter.sort(before)];
}

export interface NominationDraft {
  nominations: Nomination[];
  notNominated: NotNominated[];
  ineligible: Ineligible[];
}

export function nominate(ranked: readonly UnitResult[], model: ClusterModel, tree: CriteriaTree): NominationDraft {
  const mandatory = tree.scoredLeaves.filter((c) => c.mandatory).map((c) => c.code);
  // What is known of each unit, by its position in `ranked` (names are unique there): no string key
  // looked up per unit and award.
  const n = ranked.length;
  const cursor = new ResultCursor();
  const vetoes = ranked.map((u) => vetoOf(u, mandatory, cursor));
  const awards = [...model.awards].sort((a, b) => a.order - b.order);
  const placed = new Uint8Array(n);
  /** Units some award looked at (not vetoed, not placed yet, the award's criterion applying to them). */
  const considered = new Uint8Array(n);
  const metSomeMinimum = new Uint8Array(n);
  /** Why each unit was last left out of an award before quotas (a minimum, a condition). */
  const lastBlocked: (NotPlacedReason | undefined)[] = new Array<NotPlacedReason | undefined>(n);
  const nominations: Nomination[] = [];
  const ineligible: Ineligible[] = [];
  const history = model.history ? historyByUnit(model.units, model.history) : null;
  const uncheckedByAward = new Map<string, Map<number, Eligibility>>();

  // An award's candidates by their position in `ranked`, with their points: typed columns reused
  // from award to award, not a record per unit (a cluster of 100,000 units).
  const candAt = new Int32Array(n);
  const candPoints = new Float64Array(n);
  const noHistory: readonly HistoryRow[] = [];

  for (const award of awards) {
    let count = 0;
    /** The conditions not checked, by award name and the unit's position. */
    let unchecked = uncheckedByAward.get(award.name);
    if (!unchecked) uncheckedByAward.set(award.name, (unchecked = new Map<number, Eligibility>()));
    const thematic = award.scope === 'thematic' ? (award.criterion ?? '') : null;
    const under = thematic === null ? [] : leavesUnder(tree, thematic);
    const belowMin: NotPlacedReason = { kind: 'belowMin', award: award.name };
    for (let at = 0; at < n; at++) {
      const u = ranked[at]!;
      if (vetoes[at] || (model.settings.oneAwardPerUnit && placed[at])) continue;
      const points = thematic !== null ? pointsOn(u, thematic, under, cursor) : u.total;
      if (points === null) continue;
      considered[at] = 1;
      if (!meetsMinimum(u, award)) {
        lastBlocked[at] = belowMin;
        continue;
      }
      // Award conditions (cycle.md §3), before quotas.
      const e = eligibility(award, u.rank, history?.get(u.unit) ?? noHistory, model);
      if (e.failures.length) {
        ineligible.push({ award: award.name, unit: u.unit, failures: e.failures });
        lastBlocked[at] = { kind: 'ineligible', award: award.name, failures: e.failures };
        continue;
      }
      if (e.unchecked.length) unchecked.set(at, e);
      metSomeMinimum[at] = 1;
      candAt[count] = at;
      candPoints[count] = points;
      count++;
    }
    let seats = quotaOf(award, n);
    // The candidates in the award's order (a thematic award's by its points: as far as its seats
    // can reach); an overall award's are in rank order already.
    const order = thematic !== null ? thematicOrder(ranked, candAt, candPoints, count, seats) : null;
    const m = order ? order.length : count;
    const candidate = (i: number): number => (order ? order[i]! : i);
    const tied = (a: number, b: number): boolean => ranked[candAt[a]!]!.rank === ranked[candAt[b]!]!.rank && (thematic === null || candPoints[a] === candPoints[b]);

    for (let i = 0; i < m && seats > 0; ) {
      const first = candidate(i);
      let j = i + 1;
      while (j < m && tied(first, candidate(j))) j++;
      const size = j - i;
      const vote = size > seats;
      for (let k = i; k < j; k++) {
        const c = candidate(k);
        const at = candAt[c]!;
        const u = ranked[at]!;
        const points = candPoints[c]!;
        placed[at] = 1;
        const open = unchecked.get(at)?.unchecked;
        nominations.push({
          ...(open ? { unchecked: open } : {}),
          award: award.name,
          order: award.order,
          unit: u.unit,
          status: vote ? 'vote' : 'nominated',
          basis: vote
            ? { kind: 'vote', seats, units: size, rank: u.rank }
            : award.scope === 'thematic'
              ? { kind: 'thematic', code: award.criterion ?? '', points, rank: u.rank }
              : { kind: 'overall', rank: u.rank, total: u.total, percent: u.percent },
        });
      }
      if (vote) break;
      seats -= size;
      i = j;
    }
  }

  const notNominated: NotNominated[] = [];
  const NO_AWARD: NotPlacedReason = { kind: 'noAward' };
  const QUOTA_FILLED: NotPlacedReason = { kind: 'quotaFilled' };
  for (let at = 0; at < n; at++) {
    if (placed[at]) continue;
    const blocked = lastBlocked[at];
    // A reason of its own for each unit (an award's `belowMin` is shared while drafting).
    const reason: NotPlacedReason =
      vetoes[at] ?? (!considered[at] ? { ...NO_AWARD } : !metSomeMinimum[at] && blocked !== undefined ? { ...blocked } : { ...QUOTA_FILLED });
    notNominated.push({ unit: ranked[at]!.unit, reason });
  }
  return { nominations, notNominated, ineligible };
}

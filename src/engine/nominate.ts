/**
 * R7: the nomination draft. Awards in `Thứ tự` order; vetoes (disciplined, a failed mandatory
 * criterion), minimum score/percent, the award's conditions that look back (eligibility.ts), one
 * award per unit, quotas by count and share, and `Cần bình xét` (a vote) when the units tied at
 * the quota boundary outnumber the seats left.
 */
import { compareNames } from './collate';
import { EPSILON } from './decimal';
import type { Award, ClusterModel } from './model';
import { eligibility, type Eligibility } from './eligibility';
import { historyByUnit } from './history';
import type { Ineligible, Nomination, NotNominated, NotPlacedReason, UnitResult } from './result';
import { leafResult } from './scored-units';
import { leavesUnder, type CriteriaTree } from './tree';

/** Seats of an award: the smaller of its count and share quotas; 1 when neither is set. */
export function quotaOf(award: Award, unitCount: number): number {
  const byShare = award.maxShare !== null ? Math.floor(award.maxShare * unitCount + EPSILON) : null;
  if (award.quota !== null && byShare !== null) return Math.min(award.quota, byShare);
  return award.quota ?? byShare ?? 1;
}

/** Why a unit cannot receive any award, or null. */
function vetoOf(u: UnitResult, mandatory: readonly string[]): NotPlacedReason | null {
  if (u.disciplined) return { kind: 'disciplined' };
  for (const code of mandatory) {
    const r = leafResult(u, code);
    // Missing data vetoes under every policy, `loại trừ` included (R7: `Thiếu số liệu`).
    if (r && (r.status === 'below' || r.status === 'missing' || r.basis.kind === 'missing')) return { kind: 'mandatory', code };
  }
  return null;
}

/** A unit's points on a thematic award's criterion or group; null when it does not apply to the unit. */
function pointsOn(u: UnitResult, code: string, tree: CriteriaTree): number | null {
  const group = u.groups[code];
  if (group === undefined) return leafResult(u, code)?.points ?? null;
  return leavesUnder(tree, code).some((c) => leafResult(u, c.code)?.points != null) ? group : null;
}

function meetsMinimum(u: UnitResult, a: Award): boolean {
  if (a.minScore !== null && u.total < a.minScore - EPSILON) return false;
  if (a.minPercent !== null && u.percent < a.minPercent - EPSILON) return false;
  return true;
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
  const vetoes = ranked.map((u) => vetoOf(u, mandatory));
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

  for (const award of awards) {
    const candidates: { u: UnitResult; at: number; points: number }[] = [];
    /** The conditions not checked, by award name and the unit's position. */
    let unchecked = uncheckedByAward.get(award.name);
    if (!unchecked) uncheckedByAward.set(award.name, (unchecked = new Map<number, Eligibility>()));
    for (let at = 0; at < n; at++) {
      const u = ranked[at]!;
      if (vetoes[at] || (model.settings.oneAwardPerUnit && placed[at])) continue;
      const points = award.scope === 'thematic' ? pointsOn(u, award.criterion ?? '', tree) : u.total;
      if (points === null) continue;
      considered[at] = 1;
      if (!meetsMinimum(u, award)) {
        lastBlocked[at] = { kind: 'belowMin', award: award.name };
        continue;
      }
      // Award conditions (cycle.md §3), before quotas.
      const e = eligibility(award, u.rank, history?.get(u.unit) ?? [], model);
      if (e.failures.length) {
        ineligible.push({ award: award.name, unit: u.unit, failures: e.failures });
        lastBlocked[at] = { kind: 'ineligible', award: award.name, failures: e.failures };
        continue;
      }
      if (e.unchecked.length) unchecked.set(at, e);
      metSomeMinimum[at] = 1;
      candidates.push({ u, at, points });
    }
    if (award.scope === 'thematic')
      candidates.sort((a, b) => b.points - a.points || a.u.rank - b.u.rank || compareNames(a.u.unit, b.u.unit));
    const tied = (a: (typeof candidates)[number], b: (typeof candidates)[number]): boolean =>
      a.u.rank === b.u.rank && (award.scope !== 'thematic' || a.points === b.points);

    let seats = quotaOf(award, n);
    for (let i = 0; i < candidates.length && seats > 0; ) {
      let j = i + 1;
      while (j < candidates.length && tied(candidates[i]!, candidates[j]!)) j++;
      const group = candidates.slice(i, j);
      const vote = group.length > seats;
      for (const { u, at, points } of group) {
        placed[at] = 1;
        const open = unchecked.get(at)?.unchecked;
        nominations.push({
          ...(open ? { unchecked: open } : {}),
          award: award.name,
          order: award.order,
          unit: u.unit,
          status: vote ? 'vote' : 'nominated',
          basis: vote
            ? { kind: 'vote', seats, units: group.length, rank: u.rank }
            : award.scope === 'thematic'
              ? { kind: 'thematic', code: award.criterion ?? '', points, rank: u.rank }
              : { kind: 'overall', rank: u.rank, total: u.total, percent: u.percent },
        });
      }
      if (vote) break;
      seats -= group.length;
      i = j;
    }
  }

  const notNominated: NotNominated[] = [];
  const NO_AWARD: NotPlacedReason = { kind: 'noAward' };
  const QUOTA_FILLED: NotPlacedReason = { kind: 'quotaFilled' };
  for (let at = 0; at < n; at++) {
    if (placed[at]) continue;
    const blocked = lastBlocked[at];
    const reason: NotPlacedReason =
      vetoes[at] ?? (!considered[at] ? { ...NO_AWARD } : !metSomeMinimum[at] && blocked !== undefined ? blocked : { ...QUOTA_FILLED });
    notNominated.push({ unit: ranked[at]!.unit, reason });
  }
  return { nominations, notNominated, ineligible };
}

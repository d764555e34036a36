/**
 * R5: sort by total (or percent), then the tie-break chain; equal on everything = a shared rank,
 * competition (1, 2, 2, 4) or dense (1, 2, 2, 3) style; shared ranks listed by Vietnamese collation.
 * O(n log n): one sort over precomputed keys in a flat column (rank-sort.ts), names only among equal keys.
 */
import { firstDiff, rankOrder } from './rank-sort';
import { isGroup } from './kinds';
import type { Settings, TieBreak } from './model';
import type { TieNote, UnitResult } from './result';
import { leafResult } from './scored-units';
import type { CriteriaTree } from './tree';

/** The default chain: the first top-level group (more first), exceeded count (more), deductions (less). */
export function defaultTieBreaks(tree: CriteriaTree): TieBreak[] {
  const firstGroup = tree.topLevel.find(isGroup);
  const chain: TieBreak[] = [];
  if (firstGroup) chain.push({ kind: 'criterion', code: firstGroup.code });
  chain.push({ kind: 'exceeded' }, { kind: 'penalty' });
  return chain;
}

/** A unit's value for a tie-break, oriented so that more is better. */
export function tieValue(u: UnitResult, t: TieBreak): number {
  switch (t.kind) {
    case 'exceeded':
      return u.exceeded;
    case 'penalty':
      return -u.penalty;
    case 'bonus':
      return u.bonus;
    case 'criterion': {
      const g = u.groups[t.code];
      if (g !== undefined) return g;
      return leafResult(u, t.code)?.points ?? -Infinity;
    }
  }
}

/** Orders key rows best first: negative when `a` ranks before `b`, 0 when they share a rank. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const i = firstDiff(a, 0, b, 0, a.length);
  return i < 0 ? 0 : (b[i] as number) - (a[i] as number);
}

/** Ranks units: a new array, sorted, the units' rank and tie notes filled in. */
export function rankUnits(units: readonly UnitResult[], settings: Settings, chain: readonly TieBreak[]): UnitResult[] {
  const byPercent = settings.rankBy === 'percent';
  const n = units.length;
  // Every unit's keys in one flat column (K per unit: the total or percent, then the chain), and
  // the sort over positions: no key array or record per unit.
  const K = chain.length + 1;
  const keys = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    keys[i * K] = byPercent ? u.percent : u.total;
    for (let k = 1; k < K; k++) keys[i * K + k] = tieValue(u, chain[k - 1]!);
  }
  // Sorted by the keys, then by name (rank-sort.ts: the order of compareKeys || compareNames).
  const order = rankOrder(keys, K, n, units.map((u) => u.unit));
  // diffs[i]: where position i differs from i − 1 (−1: tied); then each unit's rank and tie note in one pass.
  const diffs = new Int32Array(n);
  for (let i = 1; i < n; i++) diffs[i] = firstDiff(keys, order[i - 1]! * K, keys, order[i]! * K, K);
  const dense = settings.rankStyle === 'dense';
  const ranked: UnitResult[] = new Array<UnitResult>(n);
  let rank = 0;
  let denseRank = 0;
  for (let i = 0; i < n; i++) {
    const u = units[order[i]!]!;
    if (i === 0 || diffs[i]! >= 0) {
      rank = i + 1;
      denseRank++;
    }
    // The scored units are fresh objects of this run: their rank and tie note are filled in place.
    u.rank = dense ? denseRank : rank;
    u.tie = tieNote(diffs, i, n, chain);
    ranked[i] = u;
  }
  return ranked;
}

/** The tie note of position i from where it differs from its neighbours (diffs of rankUnits). */
function tieNote(diffs: Int32Array, i: number, n: number, chain: readonly TieBreak[]): TieNote | null {
  const hasAbove = i > 0;
  const hasBelow = i + 1 < n;
  const dAbove = hasAbove ? diffs[i]! : 0;
  const dBelow = hasBelow ? diffs[i + 1]! : 0;
  if ((hasAbove && dAbove < 0) || (hasBelow && dBelow < 0)) return { relation: 'tied', by: null };
  if (hasAbove && dAbove > 0) return { relation: 'behind', by: chain[dAbove - 1]! };
  if (hasBelow && dBelow > 0) return { relation: 'ahead', by: chain[dBelow - 1]! };
  return null;
}

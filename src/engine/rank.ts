/**
 * R5: sort by total (or percent), then the tie-break chain; equal on everything = a shared rank,
 * competition (1, 2, 2, 4) or dense (1, 2, 2, 3) style; shared ranks listed by Vietnamese collation.
 * O(n log n): one sort over precomputed keys.
 */
import { compareNames } from './collate';
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

/** The first position where two key rows differ (-1 when equal): keys are oriented more-is-better. */
export function firstDiff(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** Orders key rows best first: negative when `a` ranks before `b`, 0 when they share a rank. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const i = firstDiff(a, b);
  return i < 0 ? 0 : (b[i] as number) - (a[i] as number);
}

/** Ranks units: a new array, sorted, the units' rank and tie notes filled in. */
export function rankUnits(units: readonly UnitResult[], settings: Settings, chain: readonly TieBreak[]): UnitResult[] {
  const byPercent = settings.rankBy === 'percent';
  const rows = units.map((u) => ({
    u,
    keys: [byPercent ? u.percent : u.total, ...chain.map((t) => tieValue(u, t))],
  }));
  rows.sort((a, b) => compareKeys(a.keys, b.keys) || compareNames(a.u.unit, b.u.unit));
  const ranked: UnitResult[] = [];
  let rank = 0;
  let dense = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1];
    if (!prev || firstDiff(prev.keys, row.keys) >= 0) {
      rank = i + 1;
      dense++;
    }
    // The scored units are fresh objects of this run: their rank and tie note are filled in place.
    row.u.rank = settings.rankStyle === 'dense' ? dense : rank;
    row.u.tie = null;
    ranked.push(row.u);
  }
  for (let i = 0; i < rows.length; i++) ranked[i]!.tie = tieNote(rows, i, chain);
  return ranked;
}

function tieNote(rows: readonly { keys: number[] }[], i: number, chain: readonly TieBreak[]): TieNote | null {
  const here = rows[i]!.keys;
  const above = rows[i - 1]?.keys;
  const below = rows[i + 1]?.keys;
  const dAbove = above ? firstDiff(above, here) : 0;
  const dBelow = below ? firstDiff(here, below) : 0;
  if ((above && dAbove < 0) || (below && dBelow < 0)) return { relation: 'tied', by: null };
  if (above && dAbove > 0) return { relation: 'behind', by: chain[dAbove - 1]! };
  if (below && dBelow > 0) return { relation: 'ahead', by: chain[dBelow - 1]! };
  return null;
}

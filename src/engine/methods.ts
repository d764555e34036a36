/**
 * The scoring methods of a target (`định lượng`) criterion as ONE table (R3 of scoring-rules.md):
 * per method, the words the reader accepts, which branch a ratio falls in and the points of each
 * branch. How a method is shown (its explanation, its audit formula) is its entry of METHOD_VIEWS
 * (kind-views.ts), kept apart so the pane's first load does not carry it. The kinds table
 * (kinds.ts) sends the target kind here; nothing else compares method names.
 */
import { clamp, EPSILON } from './decimal';
import type { Lang, Method } from './model';
import { overTargetBonus } from './rules';

export interface TargetScoring {
  method: Method;
  max: number;
  bonusPerPercent: number | null;
  bonusCap: number | null;
  /** L of the relative method: the largest r of the criterion in the cluster. */
  leaderRatio?: number | null;
}

/** Which branch of its method gave a target criterion its points (for the explanation). */
export type TargetBranch =
  | 'proportional'
  | 'thresholdMet'
  | 'thresholdMissed'
  | 'relativeBelow'
  | 'relativeMet'
  | 'relativeLeader'
  | 'relativeBetween';

export interface TargetPoints {
  /** Points before rounding, bonus included. */
  raw: number;
  /** The part of `raw` that is over-target bonus. */
  bonus: number;
  branch: TargetBranch;
}

/** The accepted words of a choice: the first of each language is the one written and shown. */
export type Words = Record<Lang, readonly [string, ...string[]]>;

export interface MethodEntry {
  words: Words;
  /** Needs L, the cluster's best ratio of the criterion (the relative method). */
  usesLeader: boolean;
  /** Adds the over-target bonus of R3 (bonusPerPercent, bonusCap). */
  overBonus: boolean;
  branch: (r: number, s: TargetScoring) => TargetBranch;
  /** The points before rounding of a branch, without the over-target bonus. */
  points: (branch: TargetBranch, r: number, s: TargetScoring) => number;
}

/** One entry per method, in the order the reader lists them (tỷ lệ, ngưỡng, so với dẫn đầu). */
export const METHODS: Record<Method, MethodEntry> = {
  proportional: {
    words: { vi: ['tỷ lệ', 'tỉ lệ'], en: ['proportional'] },
    usesLeader: false,
    overBonus: true,
    branch: () => 'proportional',
    points: (_b, r, s) => s.max * clamp(r, 0, 1),
  },
  threshold: {
    words: { vi: ['ngưỡng'], en: ['threshold'] },
    usesLeader: false,
    overBonus: true,
    branch: (r) => (r >= 1 - EPSILON ? 'thresholdMet' : 'thresholdMissed'),
    points: (b, _r, s) => (b === 'thresholdMet' ? s.max : 0),
  },
  relative: {
    words: { vi: ['so với dẫn đầu'], en: ['relative'] },
    usesLeader: true,
    overBonus: false,
    branch: (r, s) => {
      if (r < 1 - EPSILON) return 'relativeBelow';
      if (Math.abs(r - 1) <= EPSILON) return 'relativeMet';
      return r >= (s.leaderRatio ?? r) - EPSILON ? 'relativeLeader' : 'relativeBetween';
    },
    points: (b, r, s) => {
      const ms = s.max;
      if (b === 'relativeBelow') return 0.5 * ms * Math.max(r, 0);
      if (b === 'relativeMet') return 0.5 * ms;
      if (b === 'relativeLeader') return ms;
      const leader = s.leaderRatio ?? r;
      return 0.5 * ms + (0.5 * ms * (r - 1)) / (leader - 1);
    },
  },
};

/** The methods in table order (read when asked: a test may add an entry). */
export const methodNames = (): Method[] => Object.keys(METHODS) as Method[];

/** Which branch of its method applies to ratio r (R3). */
export function targetBranch(r: number, s: TargetScoring): TargetBranch {
  return METHODS[s.method].branch(r, s);
}

/** The over-target bonus of ratio r under its method (0 for a method without one). */
function bonusOf(r: number, s: TargetScoring): number {
  return METHODS[s.method].overBonus ? overTargetBonus(r, s.bonusPerPercent, s.bonusCap) : 0;
}

/** R3 for a `định lượng` criterion with ratio r: the points before rounding, bonus included. */
export function targetRawPoints(r: number, s: TargetScoring): number {
  const m = METHODS[s.method];
  return m.points(m.branch(r, s), r, s) + bonusOf(r, s);
}

/** R3 with its detail: the raw points, the part that is over-target bonus, and the branch. */
export function targetPoints(r: number, s: TargetScoring): TargetPoints {
  const m = METHODS[s.method];
  const branch = m.branch(r, s);
  const bonus = bonusOf(r, s);
  return { raw: m.points(branch, r, s) + bonus, bonus, branch };
}

/** The method of a target criterion whose `Cách tính` is blank: the first of the table. */
export const DEFAULT_METHOD: Method = methodNames()[0]!;

/**
 * The formulas of R1–R3 for one figure: pure functions over numbers, shared by the cluster scoring
 * and by the custom functions (THIDUA.RATE, STATUS, SCORE, EXPLAIN).
 */
import { clamp, EPSILON } from './decimal';
import type { Direction, Method } from './model';

/** The over/under flag of R2. */
export type Flag = 'exceeded' | 'met' | 'below';

export type RatioOutcome =
  | { kind: 'ratio'; r: number }
  /** No target (blank, or 0 when higher is better): the criterion does not apply. */
  | { kind: 'noTarget'; zero: boolean }
  /** Target given, actual blank. */
  | { kind: 'missing' }
  | { kind: 'negativeTarget' }
  /** A target so close to 0 that A / T is not a finite number. */
  | { kind: 'overflow' };

/** R1: the completion ratio r of an actual against its target. */
export function completionRatio(actual: number | null, target: number | null, direction: Direction): RatioOutcome {
  if (target === null) return { kind: 'noTarget', zero: false };
  if (target < 0) return { kind: 'negativeTarget' };
  if (direction === 'higher') {
    if (target === 0) return { kind: 'noTarget', zero: true };
    if (actual === null) return { kind: 'missing' };
    const r = actual / target;
    return Number.isFinite(r) ? { kind: 'ratio', r } : { kind: 'overflow' };
  }
  if (actual === null) return { kind: 'missing' };
  if (target === 0) return { kind: 'ratio', r: actual <= 0 ? 1 : 0 };
  const r = Math.max(0, 2 - actual / target);
  return Number.isFinite(r) ? { kind: 'ratio', r } : { kind: 'overflow' };
}

/** R2: exceeded above 1 + ε, met within ε of 1, below under 1 − ε. */
export function flagOf(r: number): Flag {
  if (r > 1 + EPSILON) return 'exceeded';
  if (r >= 1 - EPSILON) return 'met';
  return 'below';
}

/** Percent over target: (r − 1) × 100. */
export function percentOver(r: number): number {
  return (r - 1) * 100;
}

/** The over-target bonus of R3: min(max(0, % over) × per-percent, cap); blank counts as 0. */
export function overTargetBonus(r: number, bonusPerPercent: number | null, bonusCap: number | null): number {
  const perPercent = bonusPerPercent ?? 0;
  const cap = bonusCap ?? 0;
  if (perPercent <= 0 || cap <= 0) return 0;
  return Math.min(Math.max(0, percentOver(r)) * perPercent, cap);
}

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

/** Which branch of its method applies to ratio r (R3). */
export function targetBranch(r: number, s: TargetScoring): TargetBranch {
  if (s.method === 'relative') {
    if (r < 1 - EPSILON) return 'relativeBelow';
    if (Math.abs(r - 1) <= EPSILON) return 'relativeMet';
    return r >= (s.leaderRatio ?? r) - EPSILON ? 'relativeLeader' : 'relativeBetween';
  }
  if (s.method === 'threshold') return r >= 1 - EPSILON ? 'thresholdMet' : 'thresholdMissed';
  return 'proportional';
}

/** R3 for a `định lượng` criterion with ratio r: the points before rounding, bonus included. */
export function targetRawPoints(r: number, s: TargetScoring): number {
  const ms = s.max;
  switch (targetBranch(r, s)) {
    case 'relativeBelow':
      return 0.5 * ms * Math.max(r, 0);
    case 'relativeMet':
      return 0.5 * ms;
    case 'relativeLeader':
      return ms;
    case 'relativeBetween': {
      const leader = s.leaderRatio ?? r;
      return 0.5 * ms + (0.5 * ms * (r - 1)) / (leader - 1);
    }
    case 'thresholdMet':
      return ms + overTargetBonus(r, s.bonusPerPercent, s.bonusCap);
    case 'thresholdMissed':
      return overTargetBonus(r, s.bonusPerPercent, s.bonusCap);
    case 'proportional':
      return ms * clamp(r, 0, 1) + overTargetBonus(r, s.bonusPerPercent, s.bonusCap);
  }
}

/** R3 with its detail: the raw points, the part that is over-target bonus, and the branch. */
export function targetPoints(r: number, s: TargetScoring): TargetPoints {
  const branch = targetBranch(r, s);
  const bonus = s.method === 'relative' ? 0 : overTargetBonus(r, s.bonusPerPercent, s.bonusCap);
  return { raw: targetRawPoints(r, s), bonus, branch };
}

/** R3 for `đếm`, `thưởng` and `trừ`: min(A × k, MS); k defaults to 1. */
export function countPoints(actual: number, pointsPerUnit: number | null, max: number): number {
  return Math.min(actual * (pointsPerUnit ?? 1), max);
}

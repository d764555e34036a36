/**
 * The formulas of R1–R3 for one figure: pure functions over numbers, shared by the cluster scoring
 * and by the custom functions (THIDUA.RATE, STATUS, SCORE, EXPLAIN).
 */
import { EPSILON } from './decimal';
import type { Direction } from './model';

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

// The methods of R3 (proportional, threshold, relative) are the table of methods.ts.

/** R3 for `đếm`, `thưởng` and `trừ`: min(A × k, MS); k defaults to 1. */
export function countPoints(actual: number, pointsPerUnit: number | null, max: number): number {
  return Math.min(actual * (pointsPerUnit ?? 1), max);
}

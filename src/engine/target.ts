/**
 * R1–R3 for one unit's figure on one target (`định lượng`) criterion: a target and an actual turned
 * into a status, a rate and rounded points. The cluster scoring (score.ts) calls it for the figures
 * its fast way (score-fast.ts, the same arithmetic written out and held to this by
 * test/engine/score-fast.test.ts) does not take; the lone figures of the custom functions (figure.ts)
 * always.
 */
import { roundHalfUp } from './decimal';
import type { Criterion, Entry } from './model';
import type { Basis, CriterionResult } from './result';
import { METHODS, targetRawPoints, type TargetScoring } from './methods';
import { completionRatio, flagOf } from './rules';

export type TargetOutcome<R = CriterionResult> =
  /** A ratio (points), or no target (not applicable); `zeroTarget` when that target was a 0. */
  | { kind: 'scored' | 'zeroTarget'; result: R }
  | { kind: 'missing' }
  | { kind: 'negativeTarget' }
  | { kind: 'overflow' };

const NO_TARGET: Basis = { kind: 'noTarget', zero: false };
const ZERO_TARGET: Basis = { kind: 'noTarget', zero: true };

/** What a target criterion is scored with, prepared once per criterion and shared by every unit. */
export interface TargetPlan {
  basis: Extract<Basis, { kind: 'target' }>;
  scoring: TargetScoring;
}

/** `leader`: L of the relative method (null: none known; a lone figure is then its own best). */
export function targetPlan(c: Criterion, leader: number | null): TargetPlan {
  const l = METHODS[c.method].usesLeader ? leader : null;
  return {
    basis: { kind: 'target', leader: l },
    scoring: { method: c.method, max: c.max ?? 0, bonusPerPercent: c.bonusPerPercent, bonusCap: c.bonusCap, leaderRatio: l },
  };
}

export function scoreTarget(c: Criterion, entry: Entry | null, plan: TargetPlan, decimals: number): TargetOutcome {
  const o = scoreTargetFigures(c, typeof entry?.actual === 'number' ? entry.actual : null, entry?.target ?? null, plan, decimals);
  return 'result' in o ? { kind: o.kind, result: { ...o.result, entry } } : o;
}

/** The same from the figures alone (the cluster scoring reads them from the columns, without a record). */
export function scoreTargetFigures(c: Criterion, actual: number | null, target: number | null, plan: TargetPlan, decimals: number): TargetOutcome<Omit<CriterionResult, 'entry'>> {
  const o = completionRatio(actual, target, c.direction);
  switch (o.kind) {
    case 'negativeTarget':
    case 'missing':
    case 'overflow':
      return o;
    case 'noTarget':
      return {
        kind: o.zero ? 'zeroTarget' : 'scored',
        result: { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: o.zero ? ZERO_TARGET : NO_TARGET },
      };
    case 'ratio':
      return {
        kind: 'scored',
        result: {
          code: c.code,
          status: flagOf(o.r),
          points: roundHalfUp(targetRawPoints(o.r, plan.scoring), decimals),
          max: c.max ?? 0,
          rate: o.r,
          basis: plan.basis,
        },
      };
  }
}

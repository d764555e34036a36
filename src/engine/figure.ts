/**
 * R1–R3 for one target (`định lượng`) figure on its own, outside a cluster: what the custom functions
 * THIDUA.RATE, STATUS, SCORE and EXPLAIN compute. Built from the same rule functions as the cluster
 * scoring (rules.ts), and it returns a CriterionResult so that `explain` can describe it.
 */
import type { Criterion, Direction, Entry, Method } from './model';
import type { CriterionResult } from './result';
import { DEFAULT_METHOD } from './methods';
import { scoreTarget, targetPlan } from './target';

export interface TargetFigure {
  actual: number | null;
  target: number | null;
  /** The criterion's standard (maximum) points, MS. */
  max: number;
  direction?: Direction;
  method?: Method;
  bonusPerPercent?: number | null;
  bonusCap?: number | null;
  /**
   * L of the relative method: the largest r of the criterion in the cluster. Null: the figure is
   * taken as the cluster's best (as the engine does for a unit alone).
   */
  leaderRatio?: number | null;
  /** Places points are rounded to (R3); default 2. */
  decimals?: number;
  /** The code the figure's criterion carries (blank by default). */
  code?: string;
}

export type FigureScore =
  | { ok: true; criterion: Criterion; result: CriterionResult }
  /** A negative target is an error (R1); so is one so close to 0 that A / T overflows. */
  | { ok: false; problem: 'negativeTarget' | 'overflow' };

/** The criterion a lone figure stands for: a `định lượng` leaf with the figure's settings. */
export function figureCriterion(f: TargetFigure): Criterion {
  return {
    code: f.code ?? '',
    name: '',
    parent: null,
    kind: 'target',
    max: f.max,
    direction: f.direction ?? 'higher',
    method: f.method ?? DEFAULT_METHOD,
    bonusPerPercent: f.bonusPerPercent ?? null,
    bonusCap: f.bonusCap ?? null,
    pointsPerUnit: null,
    mandatory: false,
    measure: '',
  };
}

/**
 * Scores one figure as the cluster scoring scores a unit's target criterion (target.ts): no target →
 * not applicable; target but no actual → missing data, 0 points with the maximum kept (R6's default);
 * otherwise r, its flag and the points of the method, rounded half up.
 */
export function scoreTargetFigure(f: TargetFigure): FigureScore {
  const criterion = figureCriterion(f);
  const entry: Entry = {
    unit: '',
    criterion: criterion.code,
    target: f.target,
    actual: f.actual,
    self: null,
    appraised: null,
    evidence: '',
    note: '',
  };
  const o = scoreTarget(criterion, entry, targetPlan(criterion, f.leaderRatio ?? null), f.decimals ?? 2);
  switch (o.kind) {
    case 'negativeTarget':
    case 'overflow':
      return { ok: false, problem: o.kind };
    case 'missing':
      return {
        ok: true,
        criterion,
        result: { code: criterion.code, status: 'missing', points: 0, max: f.max, rate: null, basis: { kind: 'missing', policy: 'zero' }, entry },
      };
    case 'scored':
    case 'zeroTarget':
      return { ok: true, criterion, result: o.result };
  }
}

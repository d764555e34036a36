/**
 * The full detail of how a criterion's points were computed (branch of the method, over-target
 * bonus, which score was used, whether a count hit its cap), derived on demand from the compact
 * result, its entry and its criterion — for explanations and drill-downs, never in the hot loop.
 */
import { EPSILON } from './decimal';
import type { LeafFigures } from './columns';
import type { Criterion } from './model';
import type { CriterionResult } from './result';
import { targetPoints, type TargetBranch } from './methods';

export type Detail =
  | { kind: 'target'; target: number; actual: number; r: number; branch: TargetBranch; bonus: number; leader: number | null }
  | { kind: 'noTarget'; zero: boolean }
  | { kind: 'missing'; policy: 'zero' | 'exclude' | 'error' }
  | { kind: 'passfail'; yes: boolean }
  | { kind: 'count'; actual: number; perUnit: number; capped: boolean }
  | { kind: 'manual'; source: 'appraised' | 'self'; self: number | null; appraised: number | null }
  | { kind: 'invalid' };

/** `figures`: what the result was scored from (its `entry` unless the caller has them at hand). */
export function detailOf(result: CriterionResult, criterion: Criterion, figures: LeafFigures | null = result.entry): Detail {
  const b = result.basis;
  const e = figures;
  switch (b.kind) {
    case 'target': {
      const r = result.rate ?? 0;
      const tp = targetPoints(r, {
        method: criterion.method,
        max: criterion.max ?? 0,
        bonusPerPercent: criterion.bonusPerPercent,
        bonusCap: criterion.bonusCap,
        leaderRatio: b.leader,
      });
      const actual = typeof e?.actual === 'number' ? e.actual : 0;
      return { kind: 'target', target: e?.target ?? 0, actual, r, branch: tp.branch, bonus: tp.bonus, leader: b.leader };
    }
    case 'count': {
      const actual = typeof e?.actual === 'number' ? e.actual : 0;
      const perUnit = criterion.pointsPerUnit ?? 1;
      return { kind: 'count', actual, perUnit, capped: actual * perUnit > (criterion.max ?? 0) + EPSILON };
    }
    case 'manual': {
      const self = e?.self ?? null;
      const appraised = e?.appraised ?? null;
      return { kind: 'manual', source: appraised !== null ? 'appraised' : 'self', self, appraised };
    }
    default:
      return b;
  }
}

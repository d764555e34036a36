/**
 * R3, R4 and R6: each unit's points per leaf criterion, its groups, bonus, deductions, total,
 * maximum, percent and classification. Ranking and nominations come after (rank.ts, nominate.ts).
 * Sums are taken over integers (points × 10^decimals): exact, and fast.
 */
import { EPSILON, roundHalfUp, scaleOf, unitsOfRounded } from './decimal';
import type { DiagnosticList } from './diagnostics';
import { rowOf, type EntryIndex } from './entries';
import { hasTarget, isFlagged, kindOf, usesLeader } from './kinds';
import type { LeafResult, LeafRow, Scoring } from './leaf-score';
import type { ClusterModel, Criterion, Settings, Unit } from './model';
import type { UnitResult } from './result';
import { flagCode, plainRatio } from './ratio-columns';
import { ResultColumns, ScoredUnit, STATUS_EXCEEDED, STATUS_MET, type UnitFigures } from './scored-units';
import { targetRawPoints } from './methods';
import { completionRatio } from './rules';
import { targetPlan, type TargetPlan } from './target';
import { groupsBottomUp, type CriteriaTree } from './tree';
import { runSliced, type Sliced } from './sliced';

/** L of the relative method: the largest r of each relative criterion among units that have one. */
function leaderRatio(c: Criterion, index: EntryIndex): number | null {
  const l = index.leafIndex.get(c.code)!;
  const cols = index.columns;
  let best = -Infinity;
  for (let u = 0; u < index.units.length; u++) {
    const row = rowOf(index, u, l);
    const o = row < 0 ? completionRatio(null, null, c.direction) : completionRatio(cols.actualNumber(row), cols.targetOf(row), c.direction);
    if (o.kind === 'ratio' && o.r > best) best = o.r;
  }
  return best > -Infinity ? best : null;
}

/** R3 for one leaf, by its kind's entry in the kinds table. */
function scoreLeaf(c: Criterion, unit: Unit, figures: LeafRow, s: Scoring): LeafResult {
  const score = kindOf(c).score;
  if (!score) throw new Error(`scoreLeaf called on the group ${c.code}`);
  return score(c, unit, figures, s);
}

/** The first band whose threshold the percent reaches; blank when it reaches none (a warning says so). */
function classify(percent: number, settings: Settings): string {
  for (const band of settings.classification) if (percent >= band.min - EPSILON) return band.name;
  return '';
}

/** Scores every unit of the index (unranked: rank 0, no tie notes). */
export function scoreUnits(model: ClusterModel, tree: CriteriaTree, index: EntryIndex, diags: DiagnosticList): UnitResult[] {
  return runSliced(scoreUnitsSliced(model, tree, index, diags));
}

/** Units scored between two pauses of scoreUnitsSliced (the task pane's score, ./sliced.ts). */
const UNITS_SLICE = 100;

/** scoreUnits with a pause every UNITS_SLICE units. */
export function* scoreUnitsSliced(model: ClusterModel, tree: CriteriaTree, index: EntryIndex, diags: DiagnosticList): Sliced<UnitResult[]> {
  const targets = new Map<string, TargetPlan>();
  for (const c of tree.scoredLeaves) if (hasTarget(c)) targets.set(c.code, targetPlan(c, usesLeader(c) ? leaderRatio(c, index) : null));
  const s: Scoring = { settings: model.settings, targets, diags };
  const d = model.settings.decimals;
  const f = scaleOf(d);
  const scored = tree.scoredLeaves.length;
  const bonusEnd = scored + tree.bonusLeaves.length;
  const leaves = index.leaves;
  const totalBonusCap = model.settings.totalBonusCap === null ? null : unitsOfRounded(roundHalfUp(model.settings.totalBonusCap, d), d);
  // Sums by position: scored leaves are nodes 0…S−1, groups (bottom-up) come after them.
  const bottomUp = groupsBottomUp(tree);
  const node = new Map<string, number>(tree.scoredLeaves.map((c, i) => [c.code, i] as const));
  bottomUp.forEach((g, i) => node.set(g.code, scored + i));
  const childNodes = bottomUp.map((g) => (tree.children.get(g.code) ?? []).map((c) => node.get(c.code)).filter((n): n is number => n !== undefined));
  const topNodes = tree.topLevel.map((c) => node.get(c.code)).filter((n): n is number => n !== undefined);
  const points = new Float64Array(scored + bottomUp.length); // points × 10^d of every node

  const columns = new ResultColumns(index, scored);
  // Per scored leaf: its plan when it has a target (the common case is scored straight from the
  // figures' columns, ratio-columns.ts), the id of that plan's basis and its maximum in units.
  const plans = leaves.map((c, l) => (l < scored && hasTarget(c) ? targets.get(c.code) : undefined));
  const planBasis = plans.map((p) => (p ? columns.basisIdOf(p.basis) : -1));
  const leafMaxUnits = leaves.map((c) => unitsOfRounded(c.max ?? 0, d));
  const cols = index.columns;
  const L = leaves.length;

  const units: UnitResult[] = [];
  for (const [u, unit] of index.units.entries()) {
    let maxUnits = 0;
    let exceeded = 0;
    let met = 0;
    let below = 0;
    let bonusUnits = 0;
    let penaltyUnits = 0;
    for (let l = 0; l < L; l++) {
      const c = leaves[l]!;
      const plan = plans[l];
      if (plan !== undefined) {
        const ratio = plainRatio(cols, index.rows[u * L + l]!, c.direction);
        if (ratio === ratio) {
          const pts = roundHalfUp(targetRawPoints(ratio, plan.scoring), d);
          const flag = flagCode(ratio);
          columns.put(u * L + l, flag, pts, c.max ?? 0, ratio, planBasis[l]!);
          points[l] = unitsOfRounded(pts, d);
          maxUnits += leafMaxUnits[l]!;
          if (flag === STATUS_EXCEEDED) exceeded++;
          else if (flag === STATUS_MET) met++;
          else below++;
          continue;
        }
      }
      // Every other case through its kind's entry, reading the row from the columns (no Entry).
      const r = scoreLeaf(c, unit, { cols, row: index.rows[u * L + l]! }, s);
      columns.set(u, l, r);
      if (l >= scored) {
        if (l < bonusEnd) bonusUnits += unitsOfRounded(r.points ?? 0, d);
        else penaltyUnits += unitsOfRounded(r.points ?? 0, d);
        continue;
      }
      points[l] = r.points === null ? 0 : unitsOfRounded(r.points, d);
      if (r.max !== null) maxUnits += unitsOfRounded(r.max, d);
      if (isFlagged(c)) {
        if (r.status === 'exceeded') exceeded++;
        else if (r.status === 'met') met++;
        else if (r.status === 'below' || r.status === 'missing') below++;
      }
    }
    const groups: Record<string, number> = {};
    for (let g = 0; g < bottomUp.length; g++) {
      let sum = 0;
      for (const n of childNodes[g]!) sum += points[n]!;
      points[scored + g] = sum;
      groups[bottomUp[g]!.code] = sum / f;
    }
    if (totalBonusCap !== null) bonusUnits = Math.min(bonusUnits, totalBonusCap);
    let baseUnits = 0;
    for (const n of topNodes) baseUnits += points[n]!;
    const totalUnits = Math.max(0, baseUnits + bonusUnits - penaltyUnits);
    const percent = maxUnits > 0 ? roundHalfUp((totalUnits / maxUnits) * 100, 2) : 0;
    const figures: UnitFigures = {
      unit: unit.name,
      role: unit.role,
      disciplined: unit.disciplined,
      total: totalUnits / f,
      max: maxUnits / f,
      percent,
      classification: classify(percent, model.settings),
      groups,
      bonus: bonusUnits / f,
      penalty: penaltyUnits / f,
      exceeded,
      met,
      below,
    };
    units.push(new ScoredUnit(figures, columns, u));
    if ((u + 1) % UNITS_SLICE === 0) yield;
  }
  return units;
}

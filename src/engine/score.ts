/**
 * R3, R4 and R6: each unit's points per leaf criterion, its groups, bonus, deductions, total,
 * maximum, percent and classification. Ranking and nominations come after (rank.ts, nominate.ts).
 * Sums are taken over integers (points × 10^decimals): exact, and fast.
 */
import { EPSILON, roundHalfUp, scaleOf, unitsOfRounded } from './decimal';
import { DiagnosticList } from './diagnostics';
import { rowOf, type EntryIndex } from './entries';
import { hasTarget, isFlagged, kindOf, usesLeader } from './kinds';
import type { LeafResult, LeafRow, Scoring } from './leaf-score';
import type { ClusterModel, Criterion, Settings, Unit } from './model';
import type { UnitResult } from './result';
import { FastLeaves, leafTable, sumAt } from './score-fast';
import { ResultColumns, ScoredUnit, type UnitFigures } from './scored-units';
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

/**
 * scoreUnits with a pause every UNITS_SLICE units. The work of a slice is a plain method
 * (UnitScorer.score), not the generator's body: the JIT optimises it like any hot function.
 */
export function* scoreUnitsSliced(model: ClusterModel, tree: CriteriaTree, index: EntryIndex, diags: DiagnosticList): Sliced<UnitResult[]> {
  const scorer = new UnitScorer(model, tree, index, diags);
  const U = index.units.length;
  const units: UnitResult[] = [];
  for (let from = 0; from < U; from += UNITS_SLICE) {
    const to = Math.min(U, from + UNITS_SLICE);
    scorer.score(from, to, units);
    if (to % UNITS_SLICE === 0) yield;
  }
  return units;
}

/**
 * A scorer made and not used, for the functions' runtime to keep (src/functions/warm-shapes.ts):
 * with one instance alive, V8 keeps the class's hidden class, and the scoring's compiled code
 * (`UnitScorer.score`, `unitResult`) is not thrown away at every full garbage collection.
 */
export function idleScorer(model: ClusterModel, tree: CriteriaTree, index: EntryIndex): object {
  return new UnitScorer(model, tree, index, new DiagnosticList());
}

/** What every unit is scored with, prepared once: the leaves' constants as typed columns (score-fast.ts). */
class UnitScorer {
  private readonly s: Scoring;
  private readonly settings: Settings;
  private readonly d: number;
  private readonly f: number;
  private readonly scored: number;
  private readonly bonusEnd: number;
  private readonly leaves: readonly Criterion[];
  private readonly fast: FastLeaves;
  private readonly totalBonusCap: number | null;
  private readonly bottomUp: readonly Criterion[];
  private readonly childNodes: readonly Int32Array[];
  private readonly topNodes: Int32Array;
  /** Points × 10^d of every node of one unit: scored leaves are nodes 0…S−1, groups (bottom-up) after them. */
  private readonly points: Float64Array;
  private readonly columns: ResultColumns;
  /** One unit's leaves left to the kinds' way, and the fast way's sums (score-fast.ts scoreUnit). */
  private readonly rest: Int32Array;
  private readonly sums = new Float64Array(6);

  constructor(
    model: ClusterModel,
    tree: CriteriaTree,
    private readonly index: EntryIndex,
    diags: DiagnosticList,
  ) {
    const targets = new Map<string, TargetPlan>();
    for (const c of tree.scoredLeaves) if (hasTarget(c)) targets.set(c.code, targetPlan(c, usesLeader(c) ? leaderRatio(c, index) : null));
    this.settings = model.settings;
    this.s = { settings: model.settings, targets, diags };
    const d = model.settings.decimals;
    this.d = d;
    this.f = scaleOf(d);
    this.scored = tree.scoredLeaves.length;
    this.bonusEnd = this.scored + tree.bonusLeaves.length;
    this.leaves = index.leaves;
    this.totalBonusCap = model.settings.totalBonusCap === null ? null : unitsOfRounded(roundHalfUp(model.settings.totalBonusCap, d), d);
    const bottomUp = groupsBottomUp(tree);
    const node = new Map<string, number>(tree.scoredLeaves.map((c, i) => [c.code, i] as const));
    bottomUp.forEach((g, i) => node.set(g.code, this.scored + i));
    this.bottomUp = bottomUp;
    this.childNodes = bottomUp.map((g) => Int32Array.from((tree.children.get(g.code) ?? []).map((c) => node.get(c.code)).filter((n): n is number => n !== undefined)));
    this.topNodes = Int32Array.from(tree.topLevel.map((c) => node.get(c.code)).filter((n): n is number => n !== undefined));
    this.points = new Float64Array(this.scored + bottomUp.length);
    // Per scored leaf: its plan when it has a target (the common case is scored straight from the
    // figures' columns, score-fast.ts, and its result is not stored but read again from them).
    const plans = this.leaves.map((c, l) => (l < this.scored && hasTarget(c) ? targets.get(c.code) : undefined));
    this.fast = new FastLeaves(leafTable(this.leaves, plans, d, model.settings.selfScoreGap), plans, d, index.columns);
    this.columns = new ResultColumns(index, this.scored, this.fast);
    this.rest = new Int32Array(this.leaves.length);
  }

  /** Scores units from…to−1 into `out`. */
  score(from: number, to: number, out: UnitResult[]): void {
    for (let u = from; u < to; u++) out.push(this.unitResult(u));
  }

  private unitResult(u: number): ScoredUnit {
    const { d, f, scored, bonusEnd, leaves, points, columns, rest, sums } = this;
    const unit = this.index.units[u]!;
    const rows = this.index.rows;
    const base = u * leaves.length;
    // The common case first, in one small loop (score-fast.ts); the rest through the kinds' table.
    const left = this.fast.scoreUnit(base, rows, points, rest, sums);
    let maxUnits = sums[0]!;
    let exceeded = sums[1]!;
    let met = sums[2]!;
    let below = sums[3]!;
    let bonusUnits = sums[4]!;
    let penaltyUnits = sums[5]!;
    for (let i = 0; i < left; i++) {
      const l = rest[i]!;
      const c = leaves[l]!;
      const r = scoreLeaf(c, unit, { cols: this.index.columns, row: rows[base + l]! }, this.s);
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
    const bottomUp = this.bottomUp;
    for (let g = 0; g < bottomUp.length; g++) {
      const sum = sumAt(points, this.childNodes[g]!);
      points[scored + g] = sum;
      groups[bottomUp[g]!.code] = sum / f;
    }
    if (this.totalBonusCap !== null) bonusUnits = Math.min(bonusUnits, this.totalBonusCap);
    const baseUnits = sumAt(points, this.topNodes);
    const totalUnits = Math.max(0, baseUnits + bonusUnits - penaltyUnits);
    const percent = maxUnits > 0 ? roundHalfUp((totalUnits / maxUnits) * 100, 2) : 0;
    const figures: UnitFigures = {
      unit: unit.name,
      role: unit.role,
      disciplined: unit.disciplined,
      total: totalUnits / f,
      max: maxUnits / f,
      percent,
      classification: classify(percent, this.settings),
      groups,
      bonus: bonusUnits / f,
      penalty: penaltyUnits / f,
      exceeded,
      met,
      below,
    };
    return new ScoredUnit(figures, columns, u);
  }
}

/**
 * R3, R4 and R6: each unit's points per leaf criterion, its groups, bonus, deductions, total,
 * maximum, percent and classification. Ranking and nominations come after (rank.ts, nominate.ts).
 * Sums are taken over integers (points × 10^decimals): exact, and fast.
 */
import { EPSILON, roundHalfUp, scaleOf, unitsOfRounded } from './decimal';
import type { DiagnosticList } from './diagnostics';
import type { EntryColumns, EntryField } from './columns';
import { rowOf, type EntryIndex } from './entries';
import { flagCode, plainRatio } from './ratio-columns';
import type { CellRef, ClusterModel, Criterion, Settings, Unit } from './model';
import type { Basis, CriterionResult, UnitResult } from './result';
import { ResultColumns, ScoredUnit, STATUS_EXCEEDED, STATUS_MET, type UnitFigures } from './scored-units';
import { completionRatio, countPoints, targetRawPoints } from './rules';
import { scoreTargetValues, targetPlan, type TargetPlan } from './target';
import { groupsBottomUp, type CriteriaTree } from './tree';
import { SHEET, where } from './validate';

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

const MISSING: Record<Settings['missing'], Basis> = {
  zero: { kind: 'missing', policy: 'zero' },
  exclude: { kind: 'missing', policy: 'exclude' },
  error: { kind: 'missing', policy: 'error' },
};
const INVALID: Basis = { kind: 'invalid' };
const YES: Basis = { kind: 'passfail', yes: true };
const NO: Basis = { kind: 'passfail', yes: false };
const COUNT: Basis = { kind: 'count' };
const MANUAL: Basis = { kind: 'manual' };

interface Scoring {
  settings: Settings;
  /** How each target criterion is scored (with L for the relative method), shared by all units. */
  targets: Map<string, TargetPlan>;
  diags: DiagnosticList;
  /** The figures; a leaf's figures are a row of them (−1: the unit has no row for it). */
  cols: EntryColumns;
}

/** Where a row's field was read from; undefined without a row. */
function at(s: Scoring, row: number, field: EntryField): CellRef | undefined {
  return row < 0 ? undefined : s.cols.at(row, field);
}

// Results keep no entry: ResultColumns makes it from the index when the record is read.
function missing(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  const policy = s.settings.missing;
  if (policy === 'error') s.diags.error(where(at(s, row, 'actual') ?? at(s, row, 'unit') ?? unit.at?.name ?? c.at?.code, SHEET.data), 'missingData', { code: c.code, unit: unit.name });
  // A blank cell that scores 0 or leaves the criterion out is said at that cell (an absent row: validate.ts).
  if (row >= 0 && policy !== 'error') {
    const cell = c.kind === 'manual' ? (at(s, row, 'self') ?? at(s, row, 'appraised') ?? at(s, row, 'actual')) : at(s, row, 'actual');
    s.diags.warning(where(cell ?? at(s, row, 'unit') ?? unit.at?.name, SHEET.data), policy === 'zero' ? 'missingZero' : 'missingExcluded', { code: c.code, unit: unit.name });
  }
  if (policy === 'exclude') return { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: MISSING[policy], entry: null };
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: MISSING[policy], entry: null };
}

function invalid(c: Criterion): CriterionResult {
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: INVALID, entry: null };
}

function scoreTargetLeaf(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  const target = row < 0 ? null : s.cols.targetOf(row);
  const actual = row < 0 ? null : s.cols.actualNumber(row);
  const o = scoreTargetValues(c, target, actual, s.targets.get(c.code)!, s.settings.decimals, null);
  switch (o.kind) {
    case 'negativeTarget':
      s.diags.error(where(at(s, row, 'target'), SHEET.data), 'negativeTarget', { code: c.code, unit: unit.name, value: target ?? 0 });
      return invalid(c);
    case 'overflow':
      s.diags.error(where(at(s, row, 'target'), SHEET.data), 'tinyTarget', { code: c.code, unit: unit.name, value: String(target ?? 0) });
      return invalid(c);
    case 'missing':
      return missing(c, unit, row, s);
    case 'zeroTarget':
      s.diags.warning(where(at(s, row, 'target'), SHEET.data), 'zeroTarget', { code: c.code, unit: unit.name });
      return o.result;
    case 'scored':
      return o.result;
  }
}

function scoreCount(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  const a = row < 0 ? null : s.cols.actualNumber(row);
  if (a === null) {
    if (c.kind !== 'count') return { code: c.code, status: 'scored', points: 0, max: c.max ?? 0, rate: null, basis: COUNT, entry: null };
    return missing(c, unit, row, s);
  }
  if (a < 0) {
    s.diags.error(where(at(s, row, 'actual'), SHEET.data), 'negative', { header: c.code, value: a });
    return invalid(c);
  }
  const points = roundHalfUp(countPoints(a, c.pointsPerUnit, c.max ?? 0), s.settings.decimals);
  return { code: c.code, status: 'scored', points, max: c.max ?? 0, rate: null, basis: COUNT, entry: null };
}

function scoreManual(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  const ms = c.max ?? 0;
  const self = row < 0 ? null : s.cols.selfOf(row);
  const appraised = row < 0 ? null : s.cols.appraisedOf(row);
  const value = appraised ?? self;
  if (value === null) return missing(c, unit, row, s);
  const cell = appraised !== null ? at(s, row, 'appraised') : at(s, row, 'self');
  if (value < 0) {
    s.diags.error(where(cell, SHEET.data), 'negative', { header: c.code, value });
    return invalid(c);
  }
  // Above the maximum: reported at its cell, but counted as entered. The peer system's real data
  // (fixture cong-an-cum-347) has such a score and its expected result counts it (docs/decisions.md).
  if (value > ms + EPSILON) s.diags.warning(where(cell, SHEET.data), 'scoreOverMax', { value, unit: unit.name, code: c.code, max: ms });
  if (self !== null && appraised !== null && Math.abs(self - appraised) > s.settings.selfScoreGap * ms + EPSILON)
    s.diags.warning(where(at(s, row, 'appraised'), SHEET.data), 'selfScoreGap', {
      self,
      appraised,
      unit: unit.name,
      code: c.code,
      gap: roundHalfUp(s.settings.selfScoreGap * 100, 4),
    });
  return { code: c.code, status: 'scored', points: roundHalfUp(value, s.settings.decimals), max: ms, rate: null, basis: MANUAL, entry: null };
}

function scorePassFail(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  const yes = row < 0 ? null : s.cols.actualOf(row);
  if (typeof yes !== 'boolean') return missing(c, unit, row, s);
  const points = yes ? roundHalfUp(c.max ?? 0, s.settings.decimals) : 0;
  return { code: c.code, status: yes ? 'met' : 'below', points, max: c.max ?? 0, rate: null, basis: yes ? YES : NO, entry: null };
}

/** One leaf of one unit from its row of figures (−1: none). The one place that chooses by kind. */
function scoreLeaf(c: Criterion, unit: Unit, row: number, s: Scoring): CriterionResult {
  switch (c.kind) {
    case 'target':
      return scoreTargetLeaf(c, unit, row, s);
    case 'passfail':
      return scorePassFail(c, unit, row, s);
    case 'count':
    case 'bonus':
    case 'penalty':
      return scoreCount(c, unit, row, s);
    case 'manual':
      return scoreManual(c, unit, row, s);
    case 'group':
      throw new Error(`scoreLeaf called on the group ${c.code}`);
  }
}

/** The first band whose threshold the percent reaches; blank when it reaches none (a warning says so). */
function classify(percent: number, settings: Settings): string {
  for (const band of settings.classification) if (percent >= band.min - EPSILON) return band.name;
  return '';
}

/** Scores every unit of the index (unranked: rank 0, no tie notes). */
export function scoreUnits(model: ClusterModel, tree: CriteriaTree, index: EntryIndex, diags: DiagnosticList): UnitResult[] {
  const targets = new Map<string, TargetPlan>();
  for (const c of tree.scoredLeaves) if (c.kind === 'target') targets.set(c.code, targetPlan(c, c.method === 'relative' ? leaderRatio(c, index) : null));
  const s: Scoring = { settings: model.settings, targets, diags, cols: index.columns };
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
  // Per scored leaf: its plan when it is a target criterion (the common case goes the short way),
  // the id of that plan's basis and its maximum in units.
  const plans = leaves.map((c, l) => (l < scored && c.kind === 'target' ? targets.get(c.code) : undefined));
  const planBasis = plans.map((p) => (p ? columns.basisIdOf(p.basis) : -1));
  const leafMaxUnits = leaves.map((c) => unitsOfRounded(c.max ?? 0, d));
  const cols = index.columns;
  const L = leaves.length;

  return index.units.map((unit, u) => {
    let maxUnits = 0;
    let exceeded = 0;
    let met = 0;
    let below = 0;
    let bonusUnits = 0;
    let penaltyUnits = 0;
    for (let l = 0; l < L; l++) {
      const c = leaves[l]!;
      const row = index.rows[u * L + l]!;
      const plan = plans[l];
      if (plan !== undefined) {
        const ratio = plainRatio(cols, row, c.direction);
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
      const r = scoreLeaf(c, unit, row, s);
      columns.set(u, l, r);
      if (l >= scored) {
        if (l < bonusEnd) bonusUnits += unitsOfRounded(r.points ?? 0, d);
        else penaltyUnits += unitsOfRounded(r.points ?? 0, d);
        continue;
      }
      points[l] = r.points === null ? 0 : unitsOfRounded(r.points, d);
      if (r.max !== null) maxUnits += unitsOfRounded(r.max, d);
      if (c.kind === 'target' || c.kind === 'passfail') {
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
    return new ScoredUnit(figures, columns, u);
  });
}

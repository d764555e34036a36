/**
 * The hot path of the cluster scoring (score.ts, issue 17): every figure that scoring says nothing
 * about (no diagnostic), from the figures' columns straight to integer units of points, with no
 * record, no string and no call through the kinds' table per figure. Every constant of a leaf is
 * read once into typed columns (`LeafTable`), its way chosen by asking the kinds' and methods'
 * tables (kinds.ts `figures`, `role`, `flagged`; methods.ts `overBonus`), so the loop over a
 * million figures touches numbers only:
 * - a target figure (positive target, numeric actual): its ratio, then the proportional method
 *   written out here, or methods.ts targetRawPoints for the others;
 * - a yes/no (pass/fail), a count, a bonus or deduction item (a number not below 0), a manual score
 *   (not below 0, not above MS, self and appraised within the gap): leaf-score.ts' own arithmetic
 *   and checks (passFailPoints, countLeafPoints, manualPoints, overMax, gapTooWide).
 *
 * It computes exactly what the general way computes (rules.ts completionRatio, methods.ts
 * targetRawPoints, leaf-score.ts, decimal.ts roundHalfUp / unitsOfRounded), the same operations in
 * the same order, so the points agree to the last bit: test/engine/score-fast.test.ts checks it on
 * random figures and random clusters against the kinds' path. A figure the fast path does not take
 * (no target, a zero or negative one, a blank, a negative or too large score, another kind) goes
 * the general way, which says what is to be said.
 */
import { ACTUAL_YES_NO, HAS_ACTUAL, HAS_APPRAISED, HAS_SELF, HAS_TARGET, type EntryColumns } from './columns';
import { EPSILON, scaleOf, toUnits, unitsOfRounded } from './decimal';
import { hasTarget, isFlagged, kindOf } from './kinds';
import { COUNT, countLeafPoints, gapTooWide, MANUAL, manualPoints, NO, overMax, passFailPoints, YES } from './leaf-score';
import { METHODS, targetRawPoints } from './methods';
import type { Criterion } from './model';
import type { Basis } from './result';
import { STATUS_BELOW, STATUS_EXCEEDED, STATUS_MET, STATUS_SCORED } from './scored-units';
import type { TargetPlan } from './target';

// The ways as module constants (the compiled loop reads no `exports` property), exported below.
const KIND = 0;
const PROPORTIONAL = 1;
const TARGET = 2;
const YES_NO = 3;
const COUNTED = 4;
const SCORES = 5;
// The leaf's place in the total (kinds.ts `role`).
const IN_GROUPS = 0;
const BONUS = 1;
const DEDUCTION = 2;

/** How a leaf is scored in the loop: through its kind's entry (kinds.ts), the general way. */
export const WAY_KIND = KIND;
/** A target leaf scored by the proportional method: inline arithmetic on the columns. */
export const WAY_PROPORTIONAL = PROPORTIONAL;
/** A target leaf scored by another method: its ratio from the columns, its points by methods.ts. */
export const WAY_TARGET = TARGET;
/** A yes/no (kinds.ts `figures` 'yesNo'): MS on a yes, 0 on a no. */
export const WAY_YES_NO = YES_NO;
/** A number (`figures` 'number': a count, a bonus or a deduction item): min(A × k, MS). */
export const WAY_COUNT = COUNTED;
/** Self and appraised scores (`figures` 'scores'): the score counted. */
export const WAY_SCORES = SCORES;

const PLAIN = HAS_TARGET | HAS_ACTUAL;
const PLAIN_MASK = PLAIN | ACTUAL_YES_NO;
/** R2's bounds: exceeded above 1 + ε, met from 1 − ε. */
const ABOVE = 1 + EPSILON;
const BELOW = 1 - EPSILON;

/** Each leaf's constants, by the leaf's position in the index (scored, bonus, penalty). */
export interface LeafTable {
  /** WAY_KIND, WAY_PROPORTIONAL, WAY_TARGET, WAY_YES_NO, WAY_COUNT or WAY_SCORES. */
  way: Uint8Array;
  /** 0: counts in its groups and the maximum; 1: a bonus item; 2: a deduction item. */
  role: Uint8Array;
  /** Its status counts as exceeded, met or below (kinds.ts `flagged`). */
  flagged: Uint8Array;
  /** 1 when lower is better (r = max(0, 2 − A / T)). */
  lower: Uint8Array;
  /** MS (`c.max ?? 0`) and its units (× 10^decimals). */
  max: Float64Array;
  maxUnits: Float64Array;
  /** The over-target bonus: points per 1 % over and the cap (blank: 0), and whether it applies. */
  perPercent: Float64Array;
  cap: Float64Array;
  bonus: Uint8Array;
  /** A count's points per unit (NaN: none given). */
  perUnit: Float64Array;
  /** The leaves themselves. */
  leaves: readonly Criterion[];
  /** The `Chênh lệch tự chấm` setting (a manual score's gap). */
  selfScoreGap: number;
}

/** The table of the index's leaves; `plans[l]` is leaf l's target plan when it is a scored target leaf. */
export function leafTable(leaves: readonly Criterion[], plans: readonly (TargetPlan | undefined)[], decimals: number, selfScoreGap: number): LeafTable {
  const L = leaves.length;
  const t: LeafTable = {
    way: new Uint8Array(L),
    role: new Uint8Array(L),
    flagged: new Uint8Array(L),
    lower: new Uint8Array(L),
    max: new Float64Array(L),
    maxUnits: new Float64Array(L),
    perPercent: new Float64Array(L),
    cap: new Float64Array(L),
    bonus: new Uint8Array(L),
    perUnit: new Float64Array(L),
    leaves,
    selfScoreGap,
  };
  for (let l = 0; l < L; l++) {
    const c = leaves[l]!;
    const plan = plans[l];
    const kind = kindOf(c);
    t.max[l] = c.max ?? 0;
    t.perUnit[l] = c.pointsPerUnit ?? NaN;
    t.maxUnits[l] = unitsOfRounded(c.max ?? 0, decimals);
    t.lower[l] = c.direction === 'higher' ? 0 : 1;
    t.flagged[l] = isFlagged(c) ? 1 : 0;
    t.role[l] = kind.role === 'bonus' ? BONUS : kind.role === 'deduction' ? DEDUCTION : IN_GROUPS;
    if (kind.role === 'group') continue;
    if (!hasTarget(c)) {
      // The kinds' figures say how a row of the kind is scored (leaf-score.ts).
      t.way[l] = kind.figures === 'yesNo' ? YES_NO : kind.figures === 'number' ? COUNTED : kind.figures === 'scores' ? SCORES : KIND;
      continue;
    }
    // The fast way counts every target figure it scores in the flags (R2): only a flagged kind's.
    if (plan === undefined || !isFlagged(c)) continue;
    const s = plan.scoring;
    t.way[l] = s.method === 'proportional' ? WAY_PROPORTIONAL : WAY_TARGET;
    const perPercent = s.bonusPerPercent ?? 0;
    const cap = s.bonusCap ?? 0;
    t.perPercent[l] = perPercent;
    t.cap[l] = cap;
    // The method's entry says whether it has the over-target bonus; then, as rules.ts
    // overTargetBonus, none when either figure is ≤ 0.
    t.bonus[l] = !METHODS[s.method].overBonus || perPercent <= 0 || cap <= 0 ? 0 : 1;
  }
  return t;
}

/**
 * r of R1 for a row with a positive target and a numeric actual; NaN otherwise (as
 * rules.ts completionRatio gives for such a row, on the columns' arrays themselves).
 */
export function ratioAt(present: Uint8Array, target: Float64Array, actual: Float64Array, row: number, lower: number): number {
  if (row < 0 || (present[row]! & PLAIN_MASK) !== PLAIN) return NaN;
  const t = target[row]!;
  if (!(t > 0)) return NaN;
  const q = actual[row]! / t;
  const r = lower === 0 ? q : Math.max(0, 2 - q);
  return Number.isFinite(r) ? r : NaN;
}

/**
 * The proportional points of ratio r in units of 10^-decimals (`scale` = 10^decimals), rounded half
 * up: MS × min(max(r, 0), 1) + min(max(0, (r − 1) × 100) × per 1 %, cap), then decimal.ts toUnits.
 */
export function proportionalUnits(r: number, max: number, bonus: number, perPercent: number, cap: number, scale: number): number {
  const raw = max * Math.min(1, Math.max(0, r)) + (bonus === 0 ? 0 : Math.min(Math.max(0, (r - 1) * 100) * perPercent, cap));
  const scaled = Math.abs(raw * scale);
  let units = Math.floor(scaled);
  // Counted, not branched on (in the scoring loop these branches are as often taken as not: mispredicted).
  units += Number(scaled - units >= 0.5 - Math.max(1e-9, scaled * 1e-14));
  return raw < 0 ? -units : units;
}

/** R2's flag of a ratio as the columns' status code. */
export function flagAt(r: number): number {
  if (r > ABOVE) return STATUS_EXCEEDED;
  if (r >= BELOW) return STATUS_MET;
  return STATUS_BELOW;
}

/**
 * The sum of values[at[0]], values[at[1]], … (a group's or the top level's units of points). On typed
 * arrays alone: its optimised code refers to no object of a run, so it outlives every run.
 */
export function sumAt(values: Float64Array, at: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < at.length; i++) sum += values[at[i]!]!;
  return sum;
}

/** Points as a rounded number from their units (decimal.ts roundHalfUp's last step). */
export function pointsOfUnits(units: number, decimals: number): number {
  return units === 0 ? 0 : units / scaleOf(decimals);
}

/**
 * The figure the fast way scores a row of a non-target leaf from, when scoring it says nothing: the
 * yes (1) or no (0) of a pass/fail, a count's number, a manual score's counted score (appraised,
 * else self); NaN when the kinds' way scores it (a blank, a negative, a score above MS or too far
 * from its self score, a leaf of another way).
 */
export function quietFigure(table: LeafTable, cols: EntryColumns, l: number, row: number): number {
  if (row < 0) return NaN;
  const p = cols.present[row]!;
  switch (table.way[l]) {
    case YES_NO:
      // leaf-score.ts scorePassFail: a yes/no actual (columns.ts actualOf).
      return (p & (HAS_ACTUAL | ACTUAL_YES_NO)) === (HAS_ACTUAL | ACTUAL_YES_NO) ? Number(cols.actual[row] !== 0) : NaN;
    case COUNTED: {
      // scoreCount: a numeric actual (actualNumber) not below 0.
      if ((p & (HAS_ACTUAL | ACTUAL_YES_NO)) !== HAS_ACTUAL) return NaN;
      const a = cols.actual[row]!;
      return a >= 0 ? a : NaN;
    }
    case SCORES: {
      // scoreManual: the appraised score, else the self score; not below 0, no warning to say.
      const hasSelf = (p & HAS_SELF) !== 0;
      const hasAppraised = (p & HAS_APPRAISED) !== 0;
      if (!hasSelf && !hasAppraised) return NaN;
      const value = hasAppraised ? cols.appraised[row]! : cols.self[row]!;
      const ms = table.max[l]!;
      if (!(value >= 0) || overMax(value, ms)) return NaN;
      if (hasSelf && hasAppraised && gapTooWide(cols.self[row]!, cols.appraised[row]!, ms, table.selfScoreGap)) return NaN;
      return value;
    }
    default:
      return NaN;
  }
}

/**
 * The fast way of a cluster's leaves: which figures it scores, and their points, status, maximum
 * and basis, the same whether the scoring sums them (score.ts) or a reader asks for them later
 * (scored-units.ts ResultColumns, which stores none of them).
 */
export class FastLeaves {
  private readonly scale: number;

  constructor(
    readonly table: LeafTable,
    /** Each scored target leaf's plan (undefined for the others). */
    readonly plans: readonly (TargetPlan | undefined)[],
    readonly decimals: number,
    private readonly cols: EntryColumns,
  ) {
    this.scale = scaleOf(decimals);
  }

  /**
   * The fast way over one unit's leaves: each figure it takes gets its units of points in
   * `points[l]` (a leaf in groups) or in the sums, and the unit's sums are written in `sums`
   * ([maximum in units, exceeded, met, below, bonus units, deduction units]); the leaves it leaves
   * to the kinds' way are listed in `rest`, and their count returned. Small, and with every call in
   * it inlined, it makes no object per target figure.
   */
  scoreUnit(base: number, rows: Int32Array, points: Float64Array, rest: Int32Array, sums: Float64Array): number {
    return scoreFigures(this.table, this.cols, this.scale, base, rows, points, rest, sums, this);
  }

  /**
   * What the fast way scores leaf l's figure at `row` from: r for a target leaf, the quiet figure
   * (quietFigure) for the others; NaN when its kind's way scores it.
   */
  figure(row: number, l: number): number {
    const w = this.table.way[l]!;
    if (w === KIND) return NaN;
    if (w === PROPORTIONAL || w === TARGET) return ratioAt(this.cols.present, this.cols.target, this.cols.actual, row, this.table.lower[l]!);
    return quietFigure(this.table, this.cols, l, row);
  }

  /** The points of leaf l at its figure x (figure()), in units of 10^-decimals, rounded half up. */
  units(l: number, x: number): number {
    const t = this.table;
    const w = t.way[l];
    if (w === PROPORTIONAL) return proportionalUnits(x, t.max[l]!, t.bonus[l]!, t.perPercent[l]!, t.cap[l]!, this.scale);
    if (w === TARGET) return toUnits(targetRawPoints(x, this.plans[l]!.scoring), this.decimals);
    return unitsOfRounded(this.points(l, x), this.decimals);
  }

  /** The points of leaf l at its figure x, as the kinds' way gives them. */
  points(l: number, x: number): number {
    const t = this.table;
    const d = this.decimals;
    switch (t.way[l]) {
      case YES_NO:
        return passFailPoints(t.max[l]!, x === 1, d);
      case COUNTED: {
        const k = t.perUnit[l]!;
        return countLeafPoints(x, Number.isNaN(k) ? null : k, t.max[l]!, d);
      }
      case SCORES:
        return manualPoints(x, d);
      default:
        return pointsOfUnits(this.units(l, x), d);
    }
  }

  /** The status code (scored-units.ts) of leaf l at its figure x. */
  status(l: number, x: number): number {
    const w = this.table.way[l];
    if (w === YES_NO) return x === 1 ? STATUS_MET : STATUS_BELOW;
    if (w === COUNTED || w === SCORES) return STATUS_SCORED;
    return flagAt(x);
  }

  /** The rate (R1's r) of leaf l at its figure x: a target leaf's ratio, null for the others. */
  rate(l: number, x: number): number | null {
    const w = this.table.way[l];
    return w === PROPORTIONAL || w === TARGET ? x : null;
  }

  max(l: number): number {
    return this.table.max[l]!;
  }

  basis(l: number, x: number): Basis {
    switch (this.table.way[l]) {
      case YES_NO:
        return x === 1 ? YES : NO;
      case COUNTED:
        return COUNT;
      case SCORES:
        return MANUAL;
      default:
        return this.plans[l]!.basis;
    }
  }
}

/**
 * FastLeaves.scoreUnit's loop, a function of its arguments alone: its optimised code depends on no
 * class of a run (a run's objects die with it, and code that had relied on their class would be
 * thrown away at the next full garbage collection and warmed up again). `other` scores the leaves
 * of the other methods (methods.ts) and the other kinds (leaf-score.ts' arithmetic).
 */
function scoreFigures(
  table: LeafTable,
  cols: EntryColumns,
  scale: number,
  base: number,
  rows: Int32Array,
  points: Float64Array,
  rest: Int32Array,
  sums: Float64Array,
  other: FastLeaves,
): number {
  const { way, lower, max, maxUnits, perPercent, cap, bonus, role, flagged } = table;
  const { present, target, actual } = cols;
  const L = way.length;
  let maxSum = 0;
  let fast = 0;
  let exceeded = 0;
  let metOrAbove = 0;
  let bonusSum = 0;
  let deductionSum = 0;
  let n = 0;
  // ratioAt and flagAt written out: a call the JIT does not inline returns its number boxed (an
  // object per figure). proportionalUnits is called: small, it is inlined (`--trace-turbo-inlining`).
  for (let l = 0; l < L; l++) {
    const w = way[l]!;
    const row = rows[base + l]!;
    // r for a target leaf, the quiet figure for the others (1 / 0 for a yes / no: met / below).
    let r = NaN;
    let units = 0;
    if (w === PROPORTIONAL || w === TARGET) {
      if (row >= 0 && (present[row]! & PLAIN_MASK) === PLAIN) {
        const t = target[row]!;
        if (t > 0) {
          const q = actual[row]! / t;
          const x = lower[l] === 0 ? q : Math.max(0, 2 - q);
          if (Number.isFinite(x)) r = x;
        }
      }
      if (r !== r) {
        rest[n++] = l;
        continue;
      }
      if (w === PROPORTIONAL) {
        units = proportionalUnits(r, max[l]!, bonus[l]!, perPercent[l]!, cap[l]!, scale);
      } else units = other.units(l, r);
    } else {
      if (w !== KIND) r = quietFigure(table, cols, l, row);
      if (r !== r) {
        rest[n++] = l;
        continue;
      }
      units = other.units(l, r);
    }
    const place = role[l];
    if (place === IN_GROUPS) {
      points[l] = units;
      maxSum += maxUnits[l]!;
    } else if (place === BONUS) bonusSum += units;
    else deductionSum += units;
    if (flagged[l] === 1) {
      fast++;
      exceeded += Number(r > ABOVE);
      metOrAbove += Number(r >= BELOW);
    }
  }
  sums[0] = maxSum;
  sums[1] = exceeded;
  sums[2] = metOrAbove - exceeded;
  sums[3] = fast - metOrAbove;
  sums[4] = bonusSum;
  sums[5] = deductionSum;
  return n;
}

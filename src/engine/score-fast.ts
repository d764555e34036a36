/**
 * The hot path of the cluster scoring (score.ts, issue 17): a target (`định lượng`) figure scored by
 * the proportional method, from the figures' columns straight to integer units of points, with no
 * record, no string and no call through the kinds' or methods' tables. Every constant of a leaf is
 * read once into typed columns (`LeafTable`), so the loop over a million figures touches numbers only.
 *
 * It computes exactly what the general way computes (rules.ts completionRatio, methods.ts
 * targetRawPoints of `proportional`, decimal.ts roundHalfUp / unitsOfRounded), the same operations in
 * the same order, so the points agree to the last bit: test/engine/score-fast.test.ts checks it on
 * random figures against the kinds' path. A figure the fast path does not take (no target, a zero or
 * negative one, a blank or yes/no actual, another method, another kind) goes the general way.
 */
import { ACTUAL_YES_NO, HAS_ACTUAL, HAS_TARGET, type EntryColumns } from './columns';
import { EPSILON, scaleOf, toUnits, unitsOfRounded } from './decimal';
import { hasTarget, isFlagged } from './kinds';
import { METHODS, targetRawPoints } from './methods';
import type { Criterion } from './model';
import type { Basis } from './result';
import { STATUS_BELOW, STATUS_EXCEEDED, STATUS_MET } from './scored-units';
import type { TargetPlan } from './target';

// The ways as module constants (the compiled loop reads no `exports` property), exported below.
const KIND = 0;
const PROPORTIONAL = 1;

/** How a leaf is scored in the loop: through its kind's entry (kinds.ts), the general way. */
export const WAY_KIND = KIND;
/** A target leaf scored by the proportional method: inline arithmetic on the columns. */
export const WAY_PROPORTIONAL = PROPORTIONAL;
/** A target leaf scored by another method: its ratio from the columns, its points by methods.ts. */
export const WAY_TARGET = 2;

const PLAIN = HAS_TARGET | HAS_ACTUAL;
const PLAIN_MASK = PLAIN | ACTUAL_YES_NO;
/** R2's bounds: exceeded above 1 + ε, met from 1 − ε. */
const ABOVE = 1 + EPSILON;
const BELOW = 1 - EPSILON;

/** Each leaf's constants, by the leaf's position in the index (scored, bonus, penalty). */
export interface LeafTable {
  /** WAY_KIND, WAY_PROPORTIONAL or WAY_TARGET. */
  way: Uint8Array;
  /** 1 when lower is better (r = max(0, 2 − A / T)). */
  lower: Uint8Array;
  /** MS (`c.max ?? 0`) and its units (× 10^decimals). */
  max: Float64Array;
  maxUnits: Float64Array;
  /** The over-target bonus: points per 1 % over and the cap (blank: 0), and whether it applies. */
  perPercent: Float64Array;
  cap: Float64Array;
  bonus: Uint8Array;
}

/** The table of the index's leaves; `plans[l]` is leaf l's target plan when it is a scored target leaf. */
export function leafTable(leaves: readonly Criterion[], plans: readonly (TargetPlan | undefined)[], decimals: number): LeafTable {
  const L = leaves.length;
  const t: LeafTable = {
    way: new Uint8Array(L),
    lower: new Uint8Array(L),
    max: new Float64Array(L),
    maxUnits: new Float64Array(L),
    perPercent: new Float64Array(L),
    cap: new Float64Array(L),
    bonus: new Uint8Array(L),
  };
  for (let l = 0; l < L; l++) {
    const c = leaves[l]!;
    const plan = plans[l];
    t.max[l] = c.max ?? 0;
    t.maxUnits[l] = unitsOfRounded(c.max ?? 0, decimals);
    t.lower[l] = c.direction === 'higher' ? 0 : 1;
    // The fast way counts every figure it scores in the flags (R2): only a flagged kind's.
    if (plan === undefined || !hasTarget(c) || !isFlagged(c)) continue;
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
  if (scaled - units >= 0.5 - Math.max(1e-9, scaled * 1e-14)) units += 1;
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
   * `points[l]`, and the unit's maximum and flags are summed into `sums` ([maximum in units,
   * exceeded, met, below]); the leaves it leaves to the kinds' way are listed in `rest`, and their
   * count returned. Small, and with every call in it inlined, it makes no object per figure.
   */
  scoreUnit(base: number, rows: Int32Array, points: Float64Array, rest: Int32Array, sums: Float64Array): number {
    return scoreFigures(this.table, this.cols, this.scale, base, rows, points, rest, sums, this);
  }

  /** r of leaf l's figure at `row` when the fast way scores it; NaN when its kind's way does. */
  ratio(row: number, l: number): number {
    if (this.table.way[l] === WAY_KIND) return NaN;
    return ratioAt(this.cols.present, this.cols.target, this.cols.actual, row, this.table.lower[l]!);
  }

  /** The points of leaf l at ratio r, in units of 10^-decimals, rounded half up. */
  units(l: number, r: number): number {
    const t = this.table;
    if (t.way[l] === WAY_PROPORTIONAL) return proportionalUnits(r, t.max[l]!, t.bonus[l]!, t.perPercent[l]!, t.cap[l]!, this.scale);
    return toUnits(targetRawPoints(r, this.plans[l]!.scoring), this.decimals);
  }

  points(l: number, r: number): number {
    return pointsOfUnits(this.units(l, r), this.decimals);
  }

  status(r: number): number {
    return flagAt(r);
  }

  max(l: number): number {
    return this.table.max[l]!;
  }

  basis(l: number): Basis {
    return this.plans[l]!.basis;
  }
}

/**
 * FastLeaves.scoreUnit's loop, a function of its arguments alone: its optimised code depends on no
 * class of a run (a run's objects die with it, and code that had relied on their class would be
 * thrown away at the next full garbage collection and warmed up again). `other` scores the leaves
 * of the other methods (methods.ts).
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
  const { way, lower, max, maxUnits, perPercent, cap, bonus } = table;
  const { present, target, actual } = cols;
  const L = way.length;
  let maxSum = 0;
  let fast = 0;
  let exceeded = 0;
  let metOrAbove = 0;
  let n = 0;
  // ratioAt, proportionalUnits and flagAt written out: a call the JIT does not inline returns its
  // number boxed (an object per figure). The tests hold the two writings to the same results.
  for (let l = 0; l < L; l++) {
    const w = way[l]!;
    const row = rows[base + l]!;
    let r = NaN;
    if (w !== KIND && row >= 0 && (present[row]! & PLAIN_MASK) === PLAIN) {
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
      const raw = max[l]! * Math.min(1, Math.max(0, r)) + (bonus[l] === 0 ? 0 : Math.min(Math.max(0, (r - 1) * 100) * perPercent[l]!, cap[l]!));
      const scaled = Math.abs(raw * scale);
      let units = Math.floor(scaled);
      // Counted, not branched on (these branches are as often taken as not: mispredicted).
      units += Number(scaled - units >= 0.5 - Math.max(1e-9, scaled * 1e-14));
      points[l] = raw < 0 ? -units : units;
    } else points[l] = other.units(l, r);
    maxSum += maxUnits[l]!;
    fast++;
    exceeded += Number(r > ABOVE);
    metOrAbove += Number(r >= BELOW);
  }
  sums[0] = maxSum;
  sums[1] = exceeded;
  sums[2] = metOrAbove - exceeded;
  sums[3] = fast - metOrAbove;
  return n;
}

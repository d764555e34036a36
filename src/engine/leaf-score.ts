/**
 * R3 and R6 for one unit's figure on one leaf: the scoring rules the kinds table (kinds.ts) points
 * each criterion kind at. Diagnostics are said at the cell to fix. The figures are read from the
 * typed columns by row (−1: the unit has no data row for the leaf); no `Entry` is made, and a cell
 * address only when a diagnostic is said.
 */
import { EPSILON, roundHalfUp } from './decimal';
import type { DiagnosticList } from './diagnostics';
import type { EntryColumns, EntryField } from './columns';
import type { CellRef, Criterion, Settings, Unit } from './model';
import type { Basis, CriterionResult } from './result';
import { countPoints } from './rules';
import { SHEET, where } from './sheets';
import { scoreTargetFigures, type TargetPlan } from './target';

const MISSING: Record<Settings['missing'], Basis> = {
  zero: { kind: 'missing', policy: 'zero' },
  exclude: { kind: 'missing', policy: 'exclude' },
  error: { kind: 'missing', policy: 'error' },
};
const INVALID: Basis = { kind: 'invalid' };
/** The bases of the kinds' scored figures (shared with score-fast.ts, which gives the same objects). */
export const YES: Basis = { kind: 'passfail', yes: true };
export const NO: Basis = { kind: 'passfail', yes: false };
export const COUNT: Basis = { kind: 'count' };
export const MANUAL: Basis = { kind: 'manual' };

// The kinds' arithmetic and their checks, stated once: the scorers below and the fast way
// (score-fast.ts, which takes the figures none of the checks speaks of) both call these.

/** Đạt/không đạt's points: MS on a yes, 0 on a no. */
export const passFailPoints = (max: number | null, yes: boolean, decimals: number): number => (yes ? roundHalfUp(max ?? 0, decimals) : 0);
/** A count's (bonus's, deduction's) points: min(A × k, MS), rounded. */
export const countLeafPoints = (actual: number, pointsPerUnit: number | null, max: number | null, decimals: number): number =>
  roundHalfUp(countPoints(actual, pointsPerUnit, max ?? 0), decimals);
/** A manual criterion's points: the score counted (appraised, else self), rounded. */
export const manualPoints = (value: number, decimals: number): number => roundHalfUp(value, decimals);
/** A manual score above MS (a warning, counted as entered). */
export const overMax = (value: number, ms: number): boolean => value > ms + EPSILON;
/** Self and appraised scores further apart than the `Chênh lệch tự chấm` setting allows (a warning). */
export const gapTooWide = (self: number, appraised: number, ms: number, gap: number): boolean => Math.abs(self - appraised) > gap * ms + EPSILON;

/** A leaf's result as the kinds' scorers give it: the figures stay in the columns (scored-units.ts). */
export type LeafResult = Omit<CriterionResult, 'entry'>;

/** One unit's data row for one leaf: the figures' columns and the row in them (−1: no row). */
export interface LeafRow {
  readonly cols: EntryColumns;
  readonly row: number;
}

/** The cell a field of the row was read from (undefined without a row or a cell). */
const cellAt = (f: LeafRow, field: EntryField): CellRef | undefined => (f.row < 0 ? undefined : f.cols.at(f.row, field));
/** A blank self-assessed criterion is said at its self score (else its appraised score, else its actual). */
const MANUAL_CELL = (f: LeafRow): CellRef | undefined => cellAt(f, 'self') ?? cellAt(f, 'appraised') ?? cellAt(f, 'actual');

export interface Scoring {
  settings: Settings;
  /** How each target criterion is scored (with L for the relative method), shared by all units. */
  targets: Map<string, TargetPlan>;
  diags: DiagnosticList;
}

/**
 * A figure that is missing, by the `Thiếu số liệu` policy. `cellOf`: the cell a blank figure is said
 * at (the actual unless the kind reads other cells).
 */
export function missing(c: Criterion, unit: Unit, f: LeafRow, s: Scoring, cellOf: (f: LeafRow) => CellRef | undefined = (x) => cellAt(x, 'actual')): LeafResult {
  const policy = s.settings.missing;
  if (policy === 'error') {
    const at = cellAt(f, 'actual') ?? cellAt(f, 'unit') ?? unit.at?.name ?? c.at?.code;
    s.diags.error(where(at, SHEET.data), 'missingData', { code: c.code, unit: unit.name });
  }
  // A blank cell that scores 0 or leaves the criterion out is said at that cell (an absent row: validate.ts).
  if (f.row >= 0 && policy !== 'error') {
    const at = cellOf(f);
    s.diags.warning(where(at ?? cellAt(f, 'unit') ?? unit.at?.name, SHEET.data), policy === 'zero' ? 'missingZero' : 'missingExcluded', { code: c.code, unit: unit.name });
  }
  if (policy === 'exclude') return { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: MISSING[policy] };
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: MISSING[policy] };
}

export function invalid(c: Criterion): LeafResult {
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: INVALID };
}

export function scoreTargetLeaf(c: Criterion, unit: Unit, f: LeafRow, s: Scoring): LeafResult {
  const target = f.row < 0 ? null : f.cols.targetOf(f.row);
  const actual = f.row < 0 ? null : f.cols.actualNumber(f.row);
  const o = scoreTargetFigures(c, actual, target, s.targets.get(c.code)!, s.settings.decimals);
  switch (o.kind) {
    case 'negativeTarget':
      s.diags.error(where(cellAt(f, 'target'), SHEET.data), 'negativeTarget', { code: c.code, unit: unit.name, value: target ?? 0 });
      return invalid(c);
    case 'overflow':
      s.diags.error(where(cellAt(f, 'target'), SHEET.data), 'tinyTarget', { code: c.code, unit: unit.name, value: String(target ?? 0) });
      return invalid(c);
    case 'missing':
      return missing(c, unit, f, s);
    case 'zeroTarget':
      s.diags.warning(where(cellAt(f, 'target'), SHEET.data), 'zeroTarget', { code: c.code, unit: unit.name });
      return o.result;
    case 'scored':
      return o.result;
  }
}

/** min(A × k, MS); a blank is missing data, or 0 when `blankIsZero` (bonus and deduction items). */
export function scoreCount(c: Criterion, unit: Unit, f: LeafRow, s: Scoring, blankIsZero: boolean): LeafResult {
  const a = f.row < 0 ? null : f.cols.actualNumber(f.row);
  if (a === null) {
    if (blankIsZero) return { code: c.code, status: 'scored', points: 0, max: c.max ?? 0, rate: null, basis: COUNT };
    return missing(c, unit, f, s);
  }
  if (a < 0) {
    s.diags.error(where(cellAt(f, 'actual'), SHEET.data), 'negative', { header: c.code, value: a });
    return invalid(c);
  }
  const points = countLeafPoints(a, c.pointsPerUnit, c.max, s.settings.decimals);
  return { code: c.code, status: 'scored', points, max: c.max ?? 0, rate: null, basis: COUNT };
}

export function scoreManual(c: Criterion, unit: Unit, f: LeafRow, s: Scoring): LeafResult {
  const ms = c.max ?? 0;
  const self = f.row < 0 ? null : f.cols.selfOf(f.row);
  const appraised = f.row < 0 ? null : f.cols.appraisedOf(f.row);
  const value = appraised ?? self;
  if (value === null) return missing(c, unit, f, s, MANUAL_CELL);
  const at = appraised !== null ? cellAt(f, 'appraised') : cellAt(f, 'self');
  if (value < 0) {
    s.diags.error(where(at, SHEET.data), 'negative', { header: c.code, value });
    return invalid(c);
  }
  // Above the maximum: reported at its cell, but counted as entered. The peer system's real data
  // (fixture cong-an-cum-347) has such a score and its expected result counts it (docs/decisions.md).
  if (overMax(value, ms)) s.diags.warning(where(at, SHEET.data), 'scoreOverMax', { value, unit: unit.name, code: c.code, max: ms });
  if (self !== null && appraised !== null && gapTooWide(self, appraised, ms, s.settings.selfScoreGap))
    s.diags.warning(where(cellAt(f, 'appraised'), SHEET.data), 'selfScoreGap', {
      self,
      appraised,
      unit: unit.name,
      code: c.code,
      gap: roundHalfUp(s.settings.selfScoreGap * 100, 4),
    });
  return { code: c.code, status: 'scored', points: manualPoints(value, s.settings.decimals), max: ms, rate: null, basis: MANUAL };
}

/** Đạt/không đạt: MS on a yes, 0 on a no; no yes/no at all is missing data. */
export function scorePassFail(c: Criterion, unit: Unit, f: LeafRow, s: Scoring): LeafResult {
  const a = f.row < 0 ? null : f.cols.actualOf(f.row);
  if (typeof a !== 'boolean') return missing(c, unit, f, s);
  const points = passFailPoints(c.max, a, s.settings.decimals);
  return { code: c.code, status: a ? 'met' : 'below', points, max: c.max ?? 0, rate: null, basis: a ? YES : NO };
}

/**
 * R3 and R6 for one unit's figure on one leaf: the scoring rules the kinds table (kinds.ts) points
 * each criterion kind at. Diagnostics are said at the cell to fix.
 */
import { EPSILON, roundHalfUp } from './decimal';
import type { DiagnosticList } from './diagnostics';
import type { CellRef, Criterion, Entry, Settings, Unit } from './model';
import type { Basis, CriterionResult } from './result';
import { countPoints } from './rules';
import { SHEET, where } from './sheets';
import { scoreTarget, type TargetPlan } from './target';

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
/** A blank self-assessed criterion is said at its self score (else its appraised score, else its actual). */
const MANUAL_CELL = (e: Entry): CellRef | undefined => e.at?.self ?? e.at?.appraised ?? e.at?.actual;

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
export function missing(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring, cellOf: (e: Entry) => CellRef | undefined = (e) => e.at?.actual): CriterionResult {
  const policy = s.settings.missing;
  if (policy === 'error') {
    const at = entry?.at?.actual ?? entry?.at?.unit ?? unit.at?.name ?? c.at?.code;
    s.diags.error(where(at, SHEET.data), 'missingData', { code: c.code, unit: unit.name });
  }
  // A blank cell that scores 0 or leaves the criterion out is said at that cell (an absent row: validate.ts).
  if (entry && policy !== 'error') {
    const at = cellOf(entry);
    s.diags.warning(where(at ?? entry.at?.unit ?? unit.at?.name, SHEET.data), policy === 'zero' ? 'missingZero' : 'missingExcluded', { code: c.code, unit: unit.name });
  }
  if (policy === 'exclude') return { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: MISSING[policy], entry };
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: MISSING[policy], entry };
}

export function invalid(c: Criterion, entry: Entry | null): CriterionResult {
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: INVALID, entry };
}

export function scoreTargetLeaf(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const o = scoreTarget(c, entry, s.targets.get(c.code)!, s.settings.decimals);
  switch (o.kind) {
    case 'negativeTarget':
      s.diags.error(where(entry?.at?.target, SHEET.data), 'negativeTarget', { code: c.code, unit: unit.name, value: entry?.target ?? 0 });
      return invalid(c, entry);
    case 'overflow':
      s.diags.error(where(entry?.at?.target, SHEET.data), 'tinyTarget', { code: c.code, unit: unit.name, value: String(entry?.target ?? 0) });
      return invalid(c, entry);
    case 'missing':
      return missing(c, unit, entry, s);
    case 'zeroTarget':
      s.diags.warning(where(entry?.at?.target, SHEET.data), 'zeroTarget', { code: c.code, unit: unit.name });
      return o.result;
    case 'scored':
      return o.result;
  }
}

/** min(A × k, MS); a blank is missing data, or 0 when `blankIsZero` (bonus and deduction items). */
export function scoreCount(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring, blankIsZero: boolean): CriterionResult {
  const a = typeof entry?.actual === 'number' ? entry.actual : null;
  if (a === null) {
    if (blankIsZero) return { code: c.code, status: 'scored', points: 0, max: c.max ?? 0, rate: null, basis: COUNT, entry };
    return missing(c, unit, entry, s);
  }
  if (a < 0) {
    s.diags.error(where(entry?.at?.actual, SHEET.data), 'negative', { header: c.code, value: a });
    return invalid(c, entry);
  }
  const points = roundHalfUp(countPoints(a, c.pointsPerUnit, c.max ?? 0), s.settings.decimals);
  return { code: c.code, status: 'scored', points, max: c.max ?? 0, rate: null, basis: COUNT, entry };
}

export function scoreManual(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const ms = c.max ?? 0;
  const self = entry?.self ?? null;
  const appraised = entry?.appraised ?? null;
  const value = appraised ?? self;
  if (value === null) return missing(c, unit, entry, s, MANUAL_CELL);
  const at = appraised !== null ? entry?.at?.appraised : entry?.at?.self;
  if (value < 0) {
    s.diags.error(where(at, SHEET.data), 'negative', { header: c.code, value });
    return invalid(c, entry);
  }
  // Above the maximum: reported at its cell, but counted as entered. The peer system's real data
  // (fixture cong-an-cum-347) has such a score and its expected result counts it (docs/decisions.md).
  if (value > ms + EPSILON) s.diags.warning(where(at, SHEET.data), 'scoreOverMax', { value, unit: unit.name, code: c.code, max: ms });
  if (self !== null && appraised !== null && Math.abs(self - appraised) > s.settings.selfScoreGap * ms + EPSILON)
    s.diags.warning(where(entry?.at?.appraised, SHEET.data), 'selfScoreGap', {
      self,
      appraised,
      unit: unit.name,
      code: c.code,
      gap: roundHalfUp(s.settings.selfScoreGap * 100, 4),
    });
  return { code: c.code, status: 'scored', points: roundHalfUp(value, s.settings.decimals), max: ms, rate: null, basis: MANUAL, entry };
}

/** Đạt/không đạt: MS on a yes, 0 on a no; no yes/no at all is missing data. */
export function scorePassFail(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  if (!entry || typeof entry.actual !== 'boolean') return missing(c, unit, entry, s);
  const yes = entry.actual;
  const points = yes ? roundHalfUp(c.max ?? 0, s.settings.decimals) : 0;
  return { code: c.code, status: yes ? 'met' : 'below', points, max: c.max ?? 0, rate: null, basis: yes ? YES : NO, entry };
}

/**
 * The pieces the formula audit (workbook/audit.ts) builds its per-leaf formulas from. Each criterion
 * kind and scoring method carries its own formulas in the kinds table (kinds.ts, methods.ts); this
 * file holds only their shared shapes and helpers. Pure strings: no workbook, no host.
 */
import { EPSILON } from './decimal';
import { numberLiteral, textLiteral } from './formula-text';
import type { Criterion, Lang, Settings } from './model';

/** The cells of one leaf row, as A1 references in the same row. */
export interface LeafRefs {
  target: string;
  actual: string;
  self: string;
  appraised: string;
  ratio: string;
  /** L: the best ratio of the criterion in the cluster (the relative method). */
  best: string;
  status: string;
  max: string;
  raw: string;
}

/** The words the formulas write and match on (COUNTIFS on the status): fixed, never user text. */
export interface AuditWords {
  exceeded: string;
  met: string;
  below: string;
  missing: string;
  match: string;
  differs: string;
}

/** What a formula needs besides the row's cells. */
export interface FormulaContext {
  c: Criterion;
  /** MS as a formula literal. */
  ms: string;
  missing: Exclude<Settings['missing'], 'error'>;
  words: AuditWords;
}

type Formula = (x: LeafRefs, k: FormulaContext) => string;

/** One kind (and method) in the audit: its name, its rule in words, and the formulas of its cells. */
export interface AuditKind {
  words: Record<Lang, string>;
  rule: Record<Lang, string>;
  /** The ratio r (R1); absent: the kind has none. */
  ratio?: Formula;
  /** The over/under flag (R2); absent: the kind carries none. */
  status?: Formula;
  /** The maximum when the criterion applies to the unit, blank when it does not. */
  max: Formula;
  /** The points before rounding (R3), blank when the criterion does not apply. */
  raw: Formula;
}

/** A scoring method's part of the audit: its word, its rule, and the points of a ratio. */
export interface AuditMethod {
  words: Record<Lang, string>;
  rule: Record<Lang, string>;
  /** The points before rounding of the ratio in `x.ratio` (never blank). */
  points: Formula;
}

export const EPS = numberLiteral(EPSILON);

/** Over-target bonus of R3: min(max(0, (r − 1) × 100) × per-percent, cap); '' when there is none. */
export function overBonus(r: string, c: Criterion): string {
  const per = c.bonusPerPercent ?? 0;
  const cap = c.bonusCap ?? 0;
  if (per <= 0 || cap <= 0) return '';
  return `+MIN(MAX(0,(${r}-1)*100)*${numberLiteral(per)},${numberLiteral(cap)})`;
}

/** Whether a target applies: blank never; 0 not when higher is better (R1). */
const noTarget = (x: LeafRefs, c: Criterion): string => (c.direction === 'lower' ? `${x.target}=""` : `OR(${x.target}="",${x.target}=0)`);

/** The points of a missing figure by the `Thiếu số liệu` policy: 0 with the maximum kept, or not counted. */
export const missingPoints = (k: FormulaContext): string => (k.missing === 'zero' ? '0' : '""');

/** A target criterion scored by `method`: the ratio, the flag and the maximum of R1–R2 around the method's points. */
export function targetAudit(kindWords: Record<Lang, string>, method: AuditMethod): AuditKind {
  return {
    words: { vi: `${kindWords.vi} · ${method.words.vi}`, en: `${kindWords.en} · ${method.words.en}` },
    rule: method.rule,
    ratio: (x, k) =>
      k.c.direction === 'lower'
        ? `IF(OR(${x.target}="",${x.actual}=""),"",IF(${x.target}=0,IF(${x.actual}<=0,1,0),MAX(0,2-${x.actual}/${x.target})))`
        : `IF(OR(${x.target}="",${x.target}=0,${x.actual}=""),"",${x.actual}/${x.target})`,
    status: (x, k) =>
      `IF(${x.ratio}="",IF(${x.max}="","",${textLiteral(k.words.missing)}),IF(${x.ratio}>1+${EPS},${textLiteral(k.words.exceeded)},IF(${x.ratio}>=1-${EPS},${textLiteral(k.words.met)},${textLiteral(k.words.below)})))`,
    max: (x, k) => (k.missing === 'zero' ? `IF(${noTarget(x, k.c)},"",${k.ms})` : `IF(OR(${noTarget(x, k.c)},${x.actual}=""),"",${k.ms})`),
    raw: (x, k) => `IF(${x.ratio}="",IF(${x.max}="","",0),${method.points(x, k)})`,
  };
}

/** A yes in a pass/fail cell, as the formulas read it (the reader's words; other spellings are read by the builder). */
export const YES_WORDS = ['đạt', 'có', 'x', 'yes', 'pass', 'true'];
export const isYes = (cell: string): string => `OR(${cell}=TRUE(),${cell}=1,${YES_WORDS.map((w) => `${cell}=${textLiteral(w)}`).join(',')})`;

/** min(A × k, MS) of R3 (k blank: 1). */
export const capped = (x: LeafRefs, k: FormulaContext): string =>
  k.c.pointsPerUnit === null || k.c.pointsPerUnit === 1 ? `MIN(${x.actual},${k.ms})` : `MIN(${x.actual}*${numberLiteral(k.c.pointsPerUnit)},${k.ms})`;

/**
 * The scoring methods of a target (`định lượng`) criterion as ONE table (R3 of scoring-rules.md):
 * per method, the words the reader accepts, which branch a ratio falls in and the points of each
 * branch, and how it is shown: its explanation (explain.ts) and its formula in the audit
 * (workbook/audit.ts). Adding a method is one entry (docs/architecture.md). The kinds table
 * (kinds.ts) sends the target kind here; nothing else compares method names.
 */
import { EPS, overBonus as overBonusFormula, type AuditMethod } from './audit-formulas';
import { clamp, EPSILON } from './decimal';
import { t as text } from './i18n';
import type { Lang, Method } from './model';
import { overTargetBonus } from './rules';
import './i18n/result-explain';

export interface TargetScoring {
  method: Method;
  max: number;
  bonusPerPercent: number | null;
  bonusCap: number | null;
  /** L of the relative method: the largest r of the criterion in the cluster. */
  leaderRatio?: number | null;
}

/** Which branch of its method gave a target criterion its points (for the explanation). */
export type TargetBranch =
  | 'proportional'
  | 'thresholdMet'
  | 'thresholdMissed'
  | 'relativeBelow'
  | 'relativeMet'
  | 'relativeLeader'
  | 'relativeBetween';

export interface TargetPoints {
  /** Points before rounding, bonus included. */
  raw: number;
  /** The part of `raw` that is over-target bonus. */
  bonus: number;
  branch: TargetBranch;
}

/** The accepted words of a choice: the first of each language is the one written and shown. */
export type Words = Record<Lang, readonly [string, ...string[]]>;

/** What an explanation is written with: the language and the number formats of explain.ts. */
export interface ExplainTools {
  lang: Lang;
  /** Points, to the cluster's decimals. */
  n: (x: number) => string;
  /** Figures as entered (up to six decimals). */
  fig: (x: number) => string;
  /** A ratio as a percent. */
  pct: (r: number) => string;
  /** MS, the criterion's maximum. */
  ms: number;
  /** The points the unit got. */
  pts: number;
}

/** The ratio part of a target's explanation, its bonus part, and the figures of its branch. */
export interface TargetExplainParts {
  ratio: string;
  bonus: string;
  r: number;
  branch: TargetBranch;
  leader: number | null;
}

export interface MethodEntry {
  words: Words;
  /** Needs L, the cluster's best ratio of the criterion (the relative method). */
  usesLeader: boolean;
  /** Adds the over-target bonus of R3 (bonusPerPercent, bonusCap). */
  overBonus: boolean;
  branch: (r: number, s: TargetScoring) => TargetBranch;
  /** The points before rounding of a branch, without the over-target bonus. */
  points: (branch: TargetBranch, r: number, s: TargetScoring) => number;
  /** The sentence of the explanation after the ratio (`p.ratio`, `p.bonus` are ready). */
  explain: (t: ExplainTools, p: TargetExplainParts) => string;
  /** Its word and rule in the audit, and the formula of the points of the ratio in `x.ratio`. */
  audit: AuditMethod;
}

/** One entry per method, in the order the reader lists them (tỷ lệ, ngưỡng, so với dẫn đầu). */
export const METHODS: Record<Method, MethodEntry> = {
  proportional: {
    words: { vi: ['tỷ lệ', 'tỉ lệ'], en: ['proportional'] },
    usesLeader: false,
    overBonus: true,
    branch: () => 'proportional',
    points: (_b, r, s) => s.max * clamp(r, 0, 1),
    explain: (t, p) => `${p.ratio} → ${t.n(t.ms)} × ${t.pct(Math.min(Math.max(p.r, 0), 1))}${p.bonus} = ${t.n(t.pts)}`,
    audit: {
      words: { vi: 'tỷ lệ', en: 'proportional' },
      rule: {
        vi: 'Điểm = MS × min(max(r, 0), 1) + thưởng vượt min(max(0, (r − 1) × 100) × điểm/1%, mức tối đa)',
        en: 'Points = MS × min(max(r, 0), 1) + over-target bonus min(max(0, (r − 1) × 100) × per 1%, cap)',
      },
      points: (x, k) => `${k.ms}*MIN(MAX(${x.ratio},0),1)${overBonusFormula(x.ratio, k.c)}`,
    },
  },
  threshold: {
    words: { vi: ['ngưỡng'], en: ['threshold'] },
    usesLeader: false,
    overBonus: true,
    branch: (r) => (r >= 1 - EPSILON ? 'thresholdMet' : 'thresholdMissed'),
    points: (b, _r, s) => (b === 'thresholdMet' ? s.max : 0),
    explain: (t, p) => (p.branch === 'thresholdMet' ? `${p.ratio} ≥ 100% → ${t.n(t.ms)}${p.bonus} = ${t.n(t.pts)}` : `${p.ratio} < 100% → 0`),
    audit: {
      words: { vi: 'ngưỡng', en: 'threshold' },
      rule: { vi: 'Điểm = MS nếu r ≥ 1, không thì 0; cộng thưởng vượt', en: 'Points = MS when r ≥ 1, else 0; plus the over-target bonus' },
      points: (x, k) => `IF(${x.ratio}>=1-${EPS},${k.ms},0)${overBonusFormula(x.ratio, k.c)}`,
    },
  },
  relative: {
    words: { vi: ['so với dẫn đầu'], en: ['relative'] },
    usesLeader: true,
    overBonus: false,
    branch: (r, s) => {
      if (r < 1 - EPSILON) return 'relativeBelow';
      if (Math.abs(r - 1) <= EPSILON) return 'relativeMet';
      return r >= (s.leaderRatio ?? r) - EPSILON ? 'relativeLeader' : 'relativeBetween';
    },
    points: (b, r, s) => {
      const ms = s.max;
      if (b === 'relativeBelow') return 0.5 * ms * Math.max(r, 0);
      if (b === 'relativeMet') return 0.5 * ms;
      if (b === 'relativeLeader') return ms;
      const leader = s.leaderRatio ?? r;
      return 0.5 * ms + (0.5 * ms * (r - 1)) / (leader - 1);
    },
    explain: (t, p) => {
      const { lang, n, pct } = t;
      const half = n(0.5 * t.ms);
      const points = n(t.pts);
      if (p.branch === 'relativeBelow') return `${p.ratio} < 100% → ${half} × ${pct(Math.max(p.r, 0))} = ${points}`;
      if (p.branch === 'relativeMet') return text(lang, 'result.explain.relativeMet', { ratio: p.ratio, points });
      if (p.branch === 'relativeLeader') return text(lang, 'result.explain.relativeLeader', { ratio: p.ratio, points });
      return text(lang, 'result.explain.relativeBetween', { ratio: p.ratio, leader: pct(p.leader ?? p.r), half, r: pct(p.r), points });
    },
    audit: {
      words: { vi: 'so với dẫn đầu', en: 'relative' },
      rule: {
        vi: 'r < 1: 0,5 × MS × r; r = 1: 0,5 × MS; r ≥ L (tỷ lệ cao nhất cụm, MAXIFS): MS; còn lại 0,5 × MS + 0,5 × MS × (r − 1) / (L − 1)',
        en: 'r < 1: 0.5 × MS × r; r = 1: 0.5 × MS; r ≥ L (the cluster’s best ratio, MAXIFS): MS; otherwise 0.5 × MS + 0.5 × MS × (r − 1) / (L − 1)',
      },
      points: (x, k) =>
        `IF(${x.ratio}<1-${EPS},0.5*${k.ms}*MAX(${x.ratio},0),IF(ABS(${x.ratio}-1)<=${EPS},0.5*${k.ms},IF(${x.ratio}>=${x.best}-${EPS},${k.ms},0.5*${k.ms}+0.5*${k.ms}*(${x.ratio}-1)/(${x.best}-1))))`,
    },
  },
};

/** The methods in table order (read when asked: a test may add an entry). */
export const methodNames = (): Method[] => Object.keys(METHODS) as Method[];

/** Which branch of its method applies to ratio r (R3). */
export function targetBranch(r: number, s: TargetScoring): TargetBranch {
  return METHODS[s.method].branch(r, s);
}

/** The over-target bonus of ratio r under its method (0 for a method without one). */
function bonusOf(r: number, s: TargetScoring): number {
  return METHODS[s.method].overBonus ? overTargetBonus(r, s.bonusPerPercent, s.bonusCap) : 0;
}

/** R3 for a `định lượng` criterion with ratio r: the points before rounding, bonus included. */
export function targetRawPoints(r: number, s: TargetScoring): number {
  const m = METHODS[s.method];
  return m.points(m.branch(r, s), r, s) + bonusOf(r, s);
}

/** R3 with its detail: the raw points, the part that is over-target bonus, and the branch. */
export function targetPoints(r: number, s: TargetScoring): TargetPoints {
  const m = METHODS[s.method];
  const branch = m.branch(r, s);
  const bonus = bonusOf(r, s);
  return { raw: m.points(branch, r, s) + bonus, bonus, branch };
}

/** The method of a target criterion whose `Cách tính` is blank: the first of the table. */
export const DEFAULT_METHOD: Method = methodNames()[0]!;

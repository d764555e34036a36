/**
 * How each criterion kind and scoring method is shown: its explanation (explain.ts, the detail
 * sheet, THIDUA.EXPLAIN, the pane) and its formulas in the audit (workbook/audit.ts). One view per
 * entry of KINDS (kinds.ts) and METHODS (methods.ts); the compiler asks for one per kind and method.
 * Kept apart from the tables so the pane's first load (read, check, score) does not carry the
 * texts and formulas (docs/architecture.md).
 */
import { capped, EPS, isYes, missingPoints, overBonus, targetAudit, type AuditKind, type AuditMethod } from './audit-formulas';
import type { Detail } from './detail';
import { textLiteral } from './formula-text';
import { KIND_NAMES, KINDS } from './kinds';
import { methodNames, type TargetBranch } from './methods';
import type { Criterion, CriterionKind, Lang, Method } from './model';

/** What an explanation is written with: the language and the number formats of explain.ts. */
export interface ExplainTools {
  vi: boolean;
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

export interface KindView {
  /** The kind's name in the audit's `Loại · cách tính` column. */
  label: Record<Lang, string>;
  /** The explanation of a scored detail of this kind (null: the detail is not this kind's). */
  explain?: (d: Detail, t: ExplainTools, c: Criterion) => string | null;
  /** The audit's formulas; absent for a group, and for a kind scored by its method (the method's). */
  audit?: AuditKind;
}

export interface MethodView {
  /** The sentence after the ratio (`p.ratio`, `p.bonus` are ready). */
  explain: (t: ExplainTools, p: TargetExplainParts) => string;
  /** Its word and rule in the audit, and the points of the ratio in `x.ratio`. */
  audit: AuditMethod;
}

/** min(A × k, MS), in words: the count, bonus and deduction items. */
function explainCount(d: Detail, t: ExplainTools): string | null {
  if (d.kind !== 'count') return null;
  const { vi, n, fig } = t;
  const product = `${fig(d.actual)} × ${fig(d.perUnit)} = ${fig(d.actual * d.perUnit)}`;
  if (!d.capped) return product;
  return vi ? `${product}, tối đa ${n(t.ms)} → ${n(t.pts)}` : `${product}, capped at ${n(t.ms)} → ${n(t.pts)}`;
}

/** The ratio of R1 and the bonus of R3 in words, then the method's branch. */
function explainTarget(d: Detail, t: ExplainTools, c: Criterion): string | null {
  if (d.kind !== 'target') return null;
  const { vi, n, fig, pct } = t;
  const ratio =
    c.direction === 'lower'
      ? d.target === 0
        ? vi
          ? `Giảm là tốt, chỉ tiêu 0, thực hiện ${fig(d.actual)} → tỷ lệ ${pct(d.r)}`
          : `Lower is better, target 0, actual ${fig(d.actual)} → ratio ${pct(d.r)}`
        : vi
          ? `Giảm là tốt: tỷ lệ 2 − ${fig(d.actual)}/${fig(d.target)} = ${pct(d.r)}`
          : `Lower is better: ratio 2 − ${fig(d.actual)}/${fig(d.target)} = ${pct(d.r)}`
      : vi
        ? `Tỷ lệ ${fig(d.actual)}/${fig(d.target)} = ${pct(d.r)}`
        : `Ratio ${fig(d.actual)}/${fig(d.target)} = ${pct(d.r)}`;
  const bonus =
    d.bonus > 0 ? (vi ? ` + thưởng vượt ${n(d.bonus)} (tối đa ${n(c.bonusCap ?? 0)})` : ` + over-target bonus ${n(d.bonus)} (cap ${n(c.bonusCap ?? 0)})`) : '';
  return METHOD_VIEWS[c.method].explain(t, { ratio, bonus, r: d.r, branch: d.branch, leader: d.leader });
}

/** Bonus and deduction items: min(A × k, MS), a blank is 0. */
const extraAudit = (vi: string, en: string, rule: Record<Lang, string>): AuditKind => ({
  words: { vi, en },
  rule,
  max: (_x, k) => k.ms,
  raw: (x, k) => `IF(${x.actual}="",0,${capped(x, k)})`,
});

/** One view per kind of KINDS. */
export const KIND_VIEWS: Record<CriterionKind, KindView> = {
  group: {
    label: { vi: 'nhóm', en: 'group' },
  },
  target: {
    label: { vi: 'định lượng', en: 'target' },
    explain: explainTarget,
  },
  passfail: {
    label: { vi: 'đạt/không đạt', en: 'pass/fail' },
    explain: (d, t) => {
      if (d.kind !== 'passfail') return null;
      const { vi, n } = t;
      return d.yes ? (vi ? `Đạt → ${n(t.pts)}` : `Passed → ${n(t.pts)}`) : vi ? 'Không đạt → 0' : 'Failed → 0';
    },
    audit: {
      words: { vi: 'đạt/không đạt', en: 'pass/fail' },
      rule: { vi: 'Điểm = MS nếu Thực hiện là Đạt (đạt, có, x, 1, TRUE), không thì 0', en: 'Points = MS when the actual is a yes (đạt, có, x, yes, 1, TRUE), else 0' },
      status: (x, k) => `IF(${isYes(x.actual)},${textLiteral(k.words.met)},${textLiteral(k.words.below)})`,
      max: (_x, k) => k.ms,
      raw: (x, k) => `IF(${isYes(x.actual)},${k.ms},0)`,
    },
  },
  count: {
    label: { vi: 'đếm', en: 'count' },
    explain: explainCount,
    audit: {
      words: { vi: 'đếm', en: 'count' },
      rule: { vi: 'Điểm = min(Thực hiện × điểm mỗi đơn vị, MS)', en: 'Points = min(actual × points per unit, MS)' },
      max: (x, k) => (k.missing === 'zero' ? k.ms : `IF(${x.actual}="","",${k.ms})`),
      raw: (x, k) => `IF(${x.actual}="",${missingPoints(k)},${capped(x, k)})`,
    },
  },
  manual: {
    label: { vi: 'chấm điểm', en: 'manual' },
    explain: (d, t) => {
      if (d.kind !== 'manual') return null;
      const { vi, n } = t;
      const pts = t.pts;
      if (d.source === 'appraised')
        return d.self !== null
          ? vi
            ? `Điểm thẩm định ${n(pts)} (tự chấm ${n(d.self)})`
            : `Appraised ${n(pts)} (self score ${n(d.self)})`
          : vi
            ? `Điểm thẩm định ${n(pts)}`
            : `Appraised ${n(pts)}`;
      return vi ? `Tự chấm ${n(pts)}` : `Self score ${n(pts)}`;
    },
    audit: {
      words: { vi: 'chấm điểm', en: 'manual' },
      rule: { vi: 'Điểm = điểm thẩm định nếu có, không thì điểm tự chấm', en: 'Points = the appraised score if present, else the self score' },
      max: (x, k) => (k.missing === 'zero' ? k.ms : `IF(AND(${x.self}="",${x.appraised}=""),"",${k.ms})`),
      raw: (x, k) => `IF(AND(${x.self}="",${x.appraised}=""),${missingPoints(k)},IF(${x.appraised}<>"",${x.appraised},${x.self}))`,
    },
  },
  bonus: {
    label: { vi: 'thưởng', en: 'bonus' },
    explain: explainCount,
    audit: extraAudit('thưởng', 'bonus', {
      vi: 'Điểm thưởng = min(Thực hiện × điểm mỗi đơn vị, MS); ô trống: 0',
      en: 'Bonus = min(actual × points per unit, MS); blank: 0',
    }),
  },
  penalty: {
    label: { vi: 'trừ', en: 'penalty' },
    explain: explainCount,
    audit: extraAudit('trừ', 'penalty', {
      vi: 'Điểm trừ = min(Thực hiện × điểm mỗi đơn vị, MS); ô trống: 0',
      en: 'Deduction = min(actual × points per unit, MS); blank: 0',
    }),
  },
};

/** One view per method of METHODS. */
export const METHOD_VIEWS: Record<Method, MethodView> = {
  proportional: {
    explain: (t, p) => `${p.ratio} → ${t.n(t.ms)} × ${t.pct(Math.min(Math.max(p.r, 0), 1))}${p.bonus} = ${t.n(t.pts)}`,
    audit: {
      words: { vi: 'tỷ lệ', en: 'proportional' },
      rule: {
        vi: 'Điểm = MS × min(max(r, 0), 1) + thưởng vượt min(max(0, (r − 1) × 100) × điểm/1%, mức tối đa)',
        en: 'Points = MS × min(max(r, 0), 1) + over-target bonus min(max(0, (r − 1) × 100) × per 1%, cap)',
      },
      points: (x, k) => `${k.ms}*MIN(MAX(${x.ratio},0),1)${overBonus(x.ratio, k.c)}`,
    },
  },
  threshold: {
    explain: (t, p) => (p.branch === 'thresholdMet' ? `${p.ratio} ≥ 100% → ${t.n(t.ms)}${p.bonus} = ${t.n(t.pts)}` : `${p.ratio} < 100% → 0`),
    audit: {
      words: { vi: 'ngưỡng', en: 'threshold' },
      rule: { vi: 'Điểm = MS nếu r ≥ 1, không thì 0; cộng thưởng vượt', en: 'Points = MS when r ≥ 1, else 0; plus the over-target bonus' },
      points: (x, k) => `IF(${x.ratio}>=1-${EPS},${k.ms},0)${overBonus(x.ratio, k.c)}`,
    },
  },
  relative: {
    explain: (t, p) => {
      const { vi, n, pct } = t;
      const half = n(0.5 * t.ms);
      const pts = n(t.pts);
      if (p.branch === 'relativeBelow') return `${p.ratio} < 100% → ${half} × ${pct(Math.max(p.r, 0))} = ${pts}`;
      if (p.branch === 'relativeMet') return vi ? `${p.ratio} → nửa điểm chuẩn = ${pts}` : `${p.ratio} → half the maximum = ${pts}`;
      if (p.branch === 'relativeLeader') return vi ? `${p.ratio}, dẫn đầu cụm → ${pts}` : `${p.ratio}, best in the cluster → ${pts}`;
      const leader = pct(p.leader ?? p.r);
      return vi
        ? `${p.ratio}, dẫn đầu ${leader} → ${half} + ${half} × (${pct(p.r)} − 100%)/(${leader} − 100%) = ${pts}`
        : `${p.ratio}, leader ${leader} → ${half} + ${half} × (${pct(p.r)} − 100%)/(${leader} − 100%) = ${pts}`;
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

/** The explanation of a detail: by the criterion's kind, else by the kind whose detail it is. */
export function explainDetail(d: Detail, t: ExplainTools, c: Criterion): string {
  const own = KIND_VIEWS[c.kind].explain?.(d, t, c);
  if (own != null) return own;
  for (const k of KIND_NAMES) {
    const text = KIND_VIEWS[k].explain?.(d, t, c);
    if (text != null) return text;
  }
  return '';
}

/** The audit's key of a leaf: its kind, or `kind.method` when its method scores it; null for a group. */
export function auditKey(c: Pick<Criterion, 'kind' | 'method'>): string | null {
  if (KINDS[c.kind].byMethod) return `${c.kind}.${c.method}`;
  return KIND_VIEWS[c.kind].audit ? c.kind : null;
}

/** Every audit formula set, by key, in table order (kinds, each method-scored kind by its methods). */
export function auditKinds(): Map<string, AuditKind> {
  const out = new Map<string, AuditKind>();
  for (const kind of KIND_NAMES) {
    const v = KIND_VIEWS[kind];
    if (KINDS[kind].byMethod) for (const m of methodNames()) out.set(`${kind}.${m}`, targetAudit(v.label, METHOD_VIEWS[m].audit));
    else if (v.audit) out.set(kind, v.audit);
  }
  return out;
}

/**
 * The criterion kinds as ONE table (domain.md `Loại`, R3 and R6 of scoring-rules.md): per kind, the
 * words the reader accepts, its role in the tree, the figures its data row carries, how it is
 * scored, and how it is shown: its explanation (explain.ts, the detail sheet, THIDUA.EXPLAIN, the
 * pane) and its formulas in the audit (workbook/audit.ts). The scoring methods of a target
 * criterion are the table of methods.ts, each entry with its own explanation and audit formula.
 * The rest of the code asks the predicates below and never compares kind or method names. Adding
 * a kind or a method is one entry: docs/architecture.md.
 */
import { capped, isYes, missingPoints, targetAudit, type AuditKind } from './audit-formulas';
import type { Detail } from './detail';
import { textLiteral } from './formula-text';
import { t as text } from './i18n';
import { scoreCount, scoreManual, scorePassFail, scoreTargetLeaf, type LeafResult, type LeafRow, type Scoring } from './leaf-score';
import { methodNames, METHODS, type ExplainTools, type Words } from './methods';
import type { Criterion, CriterionKind, Lang, Method, Unit } from './model';
import './i18n/result-explain';

export type { ExplainTools, TargetExplainParts, Words } from './methods';

/**
 * Where a kind stands in the tree: a group sums its children; a scored leaf counts in its groups and
 * in the maximum; a bonus item adds to the total and a deduction item takes from it, outside groups.
 */
export type KindRole = 'group' | 'scored' | 'bonus' | 'deduction';

/** The figures a data row of the kind carries (`Số liệu`). */
export type KindFigures = 'none' | 'targetAndActual' | 'yesNo' | 'number' | 'scores';

/**
 * What a unit's absent data row means (R6): the target is not assigned, the figure is missing data
 * (by the `Thiếu số liệu` policy), or the item is simply 0; null for a group (no row at all).
 */
export type AbsentRow = 'notAssigned' | 'missing' | 'zero' | null;

export interface KindEntry {
  /** The words the reader accepts (the first of each language is the one written and shown). */
  words: Words;
  role: KindRole;
  figures: KindFigures;
  /** Its status counts as exceeded, met or below (the `Vượt` count and the tie-break). */
  flagged: boolean;
  absentRow: AbsentRow;
  /** Scored by its method (METHODS): its explanation's branch and its audit formula are the method's. */
  byMethod: boolean;
  /**
   * R3 for one unit, from its data row in the figures' columns (`row` −1: it has none); absent for a
   * group (summed, not scored).
   */
  score?: (c: Criterion, unit: Unit, figures: LeafRow, s: Scoring) => LeafResult;
  /** The kind's name in the audit's `Loại · cách tính` column. */
  label: Record<Lang, string>;
  /** The explanation of a scored detail of this kind (null: the detail is not this kind's). */
  explain?: (d: Detail, t: ExplainTools, c: Criterion) => string | null;
  /** The audit's formulas; absent for a group, and for a kind scored by its method (the method's). */
  audit?: AuditKind;
}

/** min(A × k, MS), in words: the count, bonus and deduction items. */
function explainCount(d: Detail, t: ExplainTools): string | null {
  if (d.kind !== 'count') return null;
  const { lang, n, fig } = t;
  const product = `${fig(d.actual)} × ${fig(d.perUnit)} = ${fig(d.actual * d.perUnit)}`;
  if (!d.capped) return product;
  return text(lang, 'result.explain.countCapped', { product, max: n(t.ms), points: n(t.pts) });
}

/** The ratio of R1 and the bonus of R3 in words, then the method's branch. */
function explainTarget(d: Detail, t: ExplainTools, c: Criterion): string | null {
  if (d.kind !== 'target') return null;
  const { lang, n, fig, pct } = t;
  const figures = { actual: fig(d.actual), target: fig(d.target), ratio: pct(d.r) };
  const ratio =
    c.direction === 'lower'
      ? d.target === 0
        ? text(lang, 'result.explain.ratioLowerZero', figures)
        : text(lang, 'result.explain.ratioLower', figures)
      : text(lang, 'result.explain.ratio', figures);
  const bonus = d.bonus > 0 ? text(lang, 'result.explain.bonus', { bonus: n(d.bonus), cap: n(c.bonusCap ?? 0) }) : '';
  return METHODS[c.method].explain(t, { ratio, bonus, r: d.r, branch: d.branch, leader: d.leader });
}

/** Bonus and deduction items: min(A × k, MS), a blank is 0. */
const extraAudit = (vi: string, en: string, rule: Record<Lang, string>): AuditKind => ({
  words: { vi, en },
  rule,
  max: (_x, k) => k.ms,
  raw: (x, k) => `IF(${x.actual}="",0,${capped(x, k)})`,
});

/** One entry per kind, in the order the reader lists them. */
export const KINDS: Record<CriterionKind, KindEntry> = {
  group: {
    words: { vi: ['nhóm'], en: ['group'] },
    role: 'group',
    figures: 'none',
    flagged: false,
    absentRow: null,
    byMethod: false,
    label: { vi: 'nhóm', en: 'group' },
  },
  target: {
    words: { vi: ['định lượng', 'chỉ tiêu'], en: ['target'] },
    role: 'scored',
    figures: 'targetAndActual',
    flagged: true,
    absentRow: 'notAssigned',
    byMethod: true,
    score: scoreTargetLeaf,
    label: { vi: 'định lượng', en: 'target' },
    explain: explainTarget,
  },
  passfail: {
    words: { vi: ['đạt/không đạt'], en: ['passfail', 'pass/fail'] },
    role: 'scored',
    figures: 'yesNo',
    flagged: true,
    absentRow: 'missing',
    byMethod: false,
    score: scorePassFail,
    label: { vi: 'đạt/không đạt', en: 'pass/fail' },
    explain: (d, t) => {
      if (d.kind !== 'passfail') return null;
      return d.yes ? text(t.lang, 'result.explain.passed', { points: t.n(t.pts) }) : text(t.lang, 'result.explain.failed');
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
    words: { vi: ['đếm'], en: ['count'] },
    role: 'scored',
    figures: 'number',
    flagged: false,
    absentRow: 'missing',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, false),
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
    words: { vi: ['chấm điểm'], en: ['manual'] },
    role: 'scored',
    figures: 'scores',
    flagged: false,
    absentRow: 'missing',
    byMethod: false,
    score: scoreManual,
    label: { vi: 'chấm điểm', en: 'manual' },
    explain: (d, t) => {
      if (d.kind !== 'manual') return null;
      const { lang, n } = t;
      const points = n(t.pts);
      if (d.source === 'appraised')
        return d.self !== null
          ? text(lang, 'result.explain.appraisedWithSelf', { points, self: n(d.self) })
          : text(lang, 'result.explain.appraised', { points });
      return text(lang, 'result.explain.self', { points });
    },
    audit: {
      words: { vi: 'chấm điểm', en: 'manual' },
      rule: { vi: 'Điểm = điểm thẩm định nếu có, không thì điểm tự chấm', en: 'Points = the appraised score if present, else the self score' },
      max: (x, k) => (k.missing === 'zero' ? k.ms : `IF(AND(${x.self}="",${x.appraised}=""),"",${k.ms})`),
      raw: (x, k) => `IF(AND(${x.self}="",${x.appraised}=""),${missingPoints(k)},IF(${x.appraised}<>"",${x.appraised},${x.self}))`,
    },
  },
  bonus: {
    words: { vi: ['thưởng', 'điểm thưởng'], en: ['bonus'] },
    role: 'bonus',
    figures: 'number',
    flagged: false,
    absentRow: 'zero',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, true),
    label: { vi: 'thưởng', en: 'bonus' },
    explain: explainCount,
    audit: extraAudit('thưởng', 'bonus', {
      vi: 'Điểm thưởng = min(Thực hiện × điểm mỗi đơn vị, MS); ô trống: 0',
      en: 'Bonus = min(actual × points per unit, MS); blank: 0',
    }),
  },
  penalty: {
    words: { vi: ['trừ', 'điểm trừ'], en: ['penalty'] },
    role: 'deduction',
    figures: 'number',
    flagged: false,
    absentRow: 'zero',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, true),
    label: { vi: 'trừ', en: 'penalty' },
    explain: explainCount,
    audit: extraAudit('trừ', 'penalty', {
      vi: 'Điểm trừ = min(Thực hiện × điểm mỗi đơn vị, MS); ô trống: 0',
      en: 'Deduction = min(actual × points per unit, MS); blank: 0',
    }),
  },
};

/** The kinds in table order. */
export const KIND_NAMES = Object.keys(KINDS) as CriterionKind[];

export const kindOf = (c: Pick<Criterion, 'kind'>): KindEntry => KINDS[c.kind];

// The questions the rest of the code asks about a criterion.
export const isGroup = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role === 'group';
export const isLeaf = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role !== 'group';
/** A bonus or deduction item: outside the groups and the maximum. */
export const isExtra = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role === 'bonus' || KINDS[c.kind].role === 'deduction';
export const isBonus = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role === 'bonus';
export const isDeduction = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role === 'deduction';
/** A leaf scored into its groups and the maximum. */
export const countsInGroups = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].role === 'scored';
/** Its data row carries a target (`Chỉ tiêu`) besides the actual. */
export const hasTarget = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].figures === 'targetAndActual';
/** Its actual is a yes/no. */
export const readsYesNo = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].figures === 'yesNo';
/** Its figures are a self score and an appraised score, not an actual. */
export const readsScores = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].figures === 'scores';
/** Its status counts as exceeded, met or below. */
export const isFlagged = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].flagged;
export const absentRow = (c: Pick<Criterion, 'kind'>): AbsentRow => KINDS[c.kind].absentRow;
/** Scored by a method that needs L, the cluster's best ratio of the criterion. */
export const usesLeader = (c: Pick<Criterion, 'kind' | 'method'>): boolean => KINDS[c.kind].byMethod && METHODS[c.method].usesLeader;
/** Scored by a method that adds the over-target bonus. */
export const usesOverBonus = (c: Pick<Criterion, 'kind' | 'method'>): boolean => KINDS[c.kind].byMethod && METHODS[c.method].overBonus;
/** Its method matters (the form shows it). */
export const hasMethod = (c: Pick<Criterion, 'kind'>): boolean => KINDS[c.kind].byMethod;

/** The kind's word as the criteria sheet takes it, in a language. */
export const kindText = (kind: CriterionKind, lang: Lang): string => KINDS[kind].words[lang][0];
/** The method's word as the criteria sheet takes it, in a language. */
export const methodText = (method: Method, lang: Lang): string => METHODS[method].words[lang][0];
/** The kind's word with its English alias, for messages: `nhóm (group)`. */
export const kindWord = (kind: CriterionKind): string => `${KINDS[kind].words.vi[0]} (${KINDS[kind].words.en[0]})`;

/** Every word the reader accepts for each kind / method (Vietnamese first). */
function allWords<K extends string>(table: Record<K, { words: Words }>): Record<K, readonly string[]> {
  const out = {} as Record<K, readonly string[]>;
  for (const key of Object.keys(table) as K[]) out[key] = [...table[key].words.vi, ...table[key].words.en];
  return out;
}
export const kindWords = (): Record<CriterionKind, readonly string[]> => allWords(KINDS);
export const methodWords = (): Record<Method, readonly string[]> => allWords(METHODS);

/** The choices a message lists: `nhóm, định lượng, …`. */
export const KIND_CHOICES = KIND_NAMES.map((k) => KINDS[k].words.vi[0]).join(', ');
export const METHOD_CHOICES = `${methodNames().map((m) => METHODS[m].words.vi[0]).join(', ')} (${methodNames().map((m) => METHODS[m].words.en[0]).join(', ')})`;

/** The explanation of a detail: by the criterion's kind, else by the kind whose detail it is. */
export function explainDetail(d: Detail, t: ExplainTools, c: Criterion): string {
  const own = KINDS[c.kind].explain?.(d, t, c);
  if (own != null) return own;
  for (const k of KIND_NAMES) {
    const words = KINDS[k].explain?.(d, t, c);
    if (words != null) return words;
  }
  return '';
}

/** The audit's key of a leaf: its kind, or `kind.method` when its method scores it; null for a group. */
export function auditKey(c: Pick<Criterion, 'kind' | 'method'>): string | null {
  if (KINDS[c.kind].byMethod) return `${c.kind}.${c.method}`;
  return KINDS[c.kind].audit ? c.kind : null;
}

/** Every audit formula set, by key, in table order (kinds, each method-scored kind by its methods). */
export function auditKinds(): Map<string, AuditKind> {
  const out = new Map<string, AuditKind>();
  for (const kind of KIND_NAMES) {
    const k = KINDS[kind];
    if (k.byMethod) for (const m of methodNames()) out.set(`${kind}.${m}`, targetAudit(k.label, METHODS[m].audit));
    else if (k.audit) out.set(kind, k.audit);
  }
  return out;
}

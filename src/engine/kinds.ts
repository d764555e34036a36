/**
 * The criterion kinds as ONE table (domain.md `Loại`, R3 and R6 of scoring-rules.md): per kind, the
 * words the reader accepts, its role in the tree, the figures its data row carries and how it is
 * scored. How it is shown (the explanation, the audit's formulas) is its entry of KIND_VIEWS
 * (kind-views.ts), kept apart so the pane's first load does not carry it. The scoring methods of a
 * target criterion are the table of methods.ts. The rest of the code asks the predicates below and
 * never compares kind or method names. Adding a kind or a method: docs/architecture.md.
 */
import { scoreCount, scoreManual, scorePassFail, scoreTargetLeaf, type LeafResult, type LeafRow, type Scoring } from './leaf-score';
import { methodNames, METHODS, type Words } from './methods';
import type { Criterion, CriterionKind, Lang, Method, Unit } from './model';

export type { Words } from './methods';

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
  /** Scored by its method (METHODS): its views (explanation, audit) then come from the method's. */
  byMethod: boolean;
  /**
   * R3 for one unit, from its data row in the figures' columns (`row` −1: it has none); absent for a
   * group (summed, not scored).
   */
  score?: (c: Criterion, unit: Unit, figures: LeafRow, s: Scoring) => LeafResult;
}

/** One entry per kind, in the order the reader lists them. */
export const KINDS: Record<CriterionKind, KindEntry> = {
  group: {
    words: { vi: ['nhóm'], en: ['group'] },
    role: 'group',
    figures: 'none',
    flagged: false,
    absentRow: null,
    byMethod: false,
  },
  target: {
    words: { vi: ['định lượng', 'chỉ tiêu'], en: ['target'] },
    role: 'scored',
    figures: 'targetAndActual',
    flagged: true,
    absentRow: 'notAssigned',
    byMethod: true,
    score: scoreTargetLeaf,
  },
  passfail: {
    words: { vi: ['đạt/không đạt'], en: ['passfail', 'pass/fail'] },
    role: 'scored',
    figures: 'yesNo',
    flagged: true,
    absentRow: 'missing',
    byMethod: false,
    score: scorePassFail,
  },
  count: {
    words: { vi: ['đếm'], en: ['count'] },
    role: 'scored',
    figures: 'number',
    flagged: false,
    absentRow: 'missing',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, false),
  },
  manual: {
    words: { vi: ['chấm điểm'], en: ['manual'] },
    role: 'scored',
    figures: 'scores',
    flagged: false,
    absentRow: 'missing',
    byMethod: false,
    score: scoreManual,
  },
  bonus: {
    words: { vi: ['thưởng', 'điểm thưởng'], en: ['bonus'] },
    role: 'bonus',
    figures: 'number',
    flagged: false,
    absentRow: 'zero',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, true),
  },
  penalty: {
    words: { vi: ['trừ', 'điểm trừ'], en: ['penalty'] },
    role: 'deduction',
    figures: 'number',
    flagged: false,
    absentRow: 'zero',
    byMethod: false,
    score: (c, unit, figures, s) => scoreCount(c, unit, figures, s, true),
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

/**
 * The explanations of a table of many rows (the detail sheet: a million of them), each written once
 * where rows explain the same way. Outside the target criteria an explanation is a function of a
 * few numbers (`Đạt → 10`, `Tự chấm 9`, `2 × 2,5 = 5`): those rows are looked up by those numbers,
 * before any text is made, and share one string. A target row's figures are its own: written anew.
 */
import type { LeafFigures } from './columns';
import { explain } from './explain';
import type { Criterion, Lang } from './model';
import type { Basis, CriterionResult } from './result';

/** Distinct explanations kept per table at most (a guard; a cluster has far fewer). */
const SHARED_MAX = 100_000;

/** A key number for a figure that may be absent (NaN: a Map finds NaN by NaN). */
const num = (x: number | null | undefined): number => (x === null || x === undefined ? NaN : x);

/**
 * A basis as a small number: its kind and the one field some kinds carry (what the explanation
 * reads of it). −1: not shared (a target, whose explanation reads the ratio and the leader).
 */
function basisCode(b: Basis): number {
  switch (b.kind) {
    case 'noTarget':
      return b.zero ? 1 : 2;
    case 'missing':
      return b.policy === 'zero' ? 3 : b.policy === 'exclude' ? 4 : 5;
    case 'passfail':
      return b.yes ? 6 : 7;
    case 'count':
      return 8;
    case 'manual':
      return 9;
    case 'invalid':
      return 10;
    default:
      return -1;
  }
}

type Level<V> = Map<number, V>;
/** basis → actual → self → appraised → points → text. */
type Tree = Level<Level<Level<Level<Level<string>>>>>;

/** Map.get, or a new empty map set there. */
function child<V>(m: Map<number, Map<number, V>>, k: number): Map<number, V> {
  let c = m.get(k);
  if (c === undefined) {
    c = new Map();
    m.set(k, c);
  }
  return c;
}

/**
 * One table's explanations: `of` gives the text `explain` gives, the same string object for rows
 * that explain the same way (one language and one number of decimals per table).
 *
 * The key of a shared row is everything `explain` reads for a basis other than a target's: the
 * criterion (its kind, maximum, points per unit), the basis, the points, and the figures a count
 * and a score read (the actual when it is a number, the self and appraised scores). Target
 * figures, the rate and the leader are read only for a target basis, which is never shared.
 */
export class SharedExplanations {
  private readonly byCriterion = new Map<Criterion, Tree>();
  /** Each distinct text once (two keys may write the same words). */
  private readonly texts = new Map<string, string>();
  private size = 0;

  /** Rows' keys kept so far (each with its text). */
  get kept(): number {
    return this.size;
  }

  constructor(
    readonly lang: Lang,
    readonly decimals: number,
  ) {}

  of(result: CriterionResult, criterion: Criterion, figures: LeafFigures | null): string {
    const code = basisCode(result.basis);
    if (code < 0) return explain(result, criterion, this.lang, this.decimals, figures);
    let tree = this.byCriterion.get(criterion);
    if (tree === undefined) {
      tree = new Map();
      this.byCriterion.set(criterion, tree);
    }
    const a = figures?.actual;
    const actual = typeof a === 'number' ? a : NaN;
    const self = num(figures?.self);
    const appraised = num(figures?.appraised);
    const points = num(result.points);
    const seen = tree.get(code)?.get(actual)?.get(self)?.get(appraised)?.get(points);
    if (seen !== undefined) return seen;
    const made = explain(result, criterion, this.lang, this.decimals, figures);
    if (this.size >= SHARED_MAX) return made;
    const text = this.texts.get(made) ?? made;
    this.texts.set(text, text);
    child(child(child(child(tree, code), actual), self), appraised).set(points, text);
    this.size++;
    return text;
  }
}

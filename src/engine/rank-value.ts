/**
 * R5 for one value against a column (THIDUA.RANK): the rank a row of keys takes among rows of the
 * same shape — the main value first, then each tie-break in turn, all oriented so that more is better.
 * It uses the comparison of the cluster ranking (rank.ts compareKeys), so ties and shared ranks are
 * exactly those of the results sheet, in one pass over the rows (no sort: a column of 10,000 RANK
 * cells recalculates in linear time per cell).
 */
import type { Settings } from './model';
import { compareKeys } from './rank';

/** A row to rank: [main value, tie-break 1, tie-break 2, …], more is better in each. */
export type RankKeys = readonly number[];

/**
 * The rank of `subject` among `rows` (which should hold it); null when no row equals it.
 * Competition: 1 + the rows strictly ahead. Dense: 1 + the distinct key rows strictly ahead.
 * Throws on misuse: rows of another length than the subject, or an empty subject.
 */
export function rankOfKeys(subject: RankKeys, rows: readonly RankKeys[], style: Settings['rankStyle'] = 'competition'): number | null {
  if (subject.length === 0) throw new RangeError('rankOfKeys: the subject has no value');
  let ahead = 0;
  let found = false;
  const distinct = new Set<string | number>();
  for (const row of rows) {
    if (row.length !== subject.length) throw new RangeError('rankOfKeys: every row needs as many keys as the subject');
    const c = compareKeys(row, subject);
    if (c === 0) found = true;
    else if (c < 0) {
      if (style === 'dense') distinct.add(row.length === 1 ? row[0]! : row.join('\u0000'));
      else ahead++;
    }
  }
  if (!found) return null;
  return 1 + (style === 'dense' ? distinct.size : ahead);
}

/** The rows of a column sorted once, to rank many subjects against them in O(log n) each. */
export interface RankIndex {
  /** Rows best first. */
  sorted: RankKeys[];
  /** dense[i]: the dense rank of sorted[i]. */
  dense: number[];
}

export function buildRankIndex(rows: readonly RankKeys[]): RankIndex {
  const sorted = [...rows].sort(compareKeys);
  const dense: number[] = [];
  sorted.forEach((row, i) => dense.push(i === 0 ? 1 : compareKeys(sorted[i - 1]!, row) === 0 ? dense[i - 1]! : dense[i - 1]! + 1));
  return { sorted, dense };
}

/** The same answer as rankOfKeys(subject, rows, style), from an index of the rows. */
export function rankInIndex(index: RankIndex, subject: RankKeys, style: Settings['rankStyle'] = 'competition'): number | null {
  if (subject.length === 0) throw new RangeError('rankInIndex: the subject has no value');
  const { sorted } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.length !== subject.length) throw new RangeError('rankInIndex: every row needs as many keys as the subject');
    if (compareKeys(sorted[mid]!, subject) < 0) lo = mid + 1;
    else hi = mid;
  }
  const at = sorted[lo];
  if (!at || compareKeys(at, subject) !== 0) return null;
  return style === 'dense' ? index.dense[lo]! : lo + 1;
}

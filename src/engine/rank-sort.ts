/**
 * The sort of R5 over key columns (issue 17): units in the order of their keys (more is better, the
 * first key that differs decides), units equal on every key by name (collate.ts compareNames). The
 * same order as `Array.prototype.sort` with that comparator gives, for any input, since both are
 * stable sorts of one total order; faster, because the keys are compared inline (a merge sort over
 * positions, no comparator call per comparison) and names only within runs of equal keys (a large
 * cluster has thousands of equal totals, and a collator's comparison costs as much as a hundred of
 * numbers).
 */
import { compareNames } from './collate';

/**
 * The first of K keys where two key rows differ (−1: equal on every key): row a from `a[aAt]`, row b
 * from `b[bAt]`. Key rows are oriented more-is-better. THE comparison of R5's keys: the ranking's
 * ties and tie notes (rank.ts), its runs of equal keys (below) and `compareKeys` ask it.
 */
export function firstDiff(a: ArrayLike<number>, aAt: number, b: ArrayLike<number>, bAt: number, K: number): number {
  for (let k = 0; k < K; k++) if (a[aAt + k] !== b[bAt + k]) return k;
  return -1;
}

/**
 * Positions 0…n−1 in rank order. `keys` holds K keys per position (position i's at i × K…i × K + K − 1),
 * oriented more-is-better; `names[i]` is position i's name.
 */
export function rankOrder(keys: Float64Array, K: number, n: number, names: readonly string[]): Int32Array {
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let buffer = new Int32Array(n);
  // Bottom-up merge sort: stable (a run's left element goes first when the keys are equal).
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) {
        const a = order[i]!;
        const b = order[j]!;
        // b goes first only when it is ahead on the first key that differs.
        let bFirst = false;
        for (let k = 0; k < K; k++) {
          const x = keys[a * K + k]!;
          const y = keys[b * K + k]!;
          if (x !== y) {
            bFirst = y - x > 0;
            break;
          }
        }
        if (bFirst) {
          buffer[o++] = b;
          j++;
        } else {
          buffer[o++] = a;
          i++;
        }
      }
      while (i < mid) buffer[o++] = order[i++]!;
      while (j < hi) buffer[o++] = order[j++]!;
    }
    const t = order;
    order = buffer;
    buffer = t;
  }
  // Runs equal on every key, in name order.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && firstDiff(keys, order[start]! * K, keys, order[end]! * K, K) < 0) end++;
    if (end - start > 1) sortRun(order, start, end, names);
    start = end;
  }
  return order;
}

/** Positions start…end−1 of `order` (equal on every key) in name order. */
function sortRun(order: Int32Array, start: number, end: number, names: readonly string[]): void {
  if (end - start === 2) {
    // Two units tied (the common case): one comparison.
    const a = order[start]!;
    const b = order[start + 1]!;
    if (compareNames(names[a]!, names[b]!) > 0) {
      order[start] = b;
      order[start + 1] = a;
    }
    return;
  }
  const run: number[] = [];
  for (let i = start; i < end; i++) run.push(order[i]!);
  run.sort((a, b) => compareNames(names[a]!, names[b]!));
  for (let i = start; i < end; i++) order[i] = run[i - start]!;
}

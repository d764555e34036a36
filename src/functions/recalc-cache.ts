/**
 * THIDUA.RESULTS and NOMINATIONS over ranges whose values have not changed: the cluster already
 * scored, reused. Excel calls them again without any change to their inputs on a full
 * recalculation (Ctrl+Alt+F9, opening the workbook) and when RESULTS and NOMINATIONS take the same
 * ranges; scoring 1,000 units × 50 criteria again costs a few hundred ms, comparing the inputs a few.
 *
 * Why it is safe: the score is a pure function of the range values, the language and the parameter
 * addresses (src/engine, src/workbook and src/jobs read no clock, no random and no global state),
 * and only a successful score is kept. The inputs are compared cell by cell with a COPY made when
 * they were scored (so an array changed in place since is seen as changed), and only plain values
 * (numbers, strings, booleans, blanks) are compared: a range holding anything else (an error
 * object) is scored every time.
 */
import type { Lang } from '../engine/i18n';
import type { ClusterResult } from '../engine/result';
import type { ClusterRanges } from './ranges';

interface Kept {
  lang: Lang;
  addresses: string;
  /** Each range's copy (`Copy`), or the single value it was. */
  inputs: unknown[];
  result: ClusterResult;
}

/** How many scored clusters are kept (RESULTS and NOMINATIONS on two clusters in one workbook). */
const KEEP = 2;
let kept: Kept[] = [];

/** Keys of the ranges, in parameter order. */
const KEYS = ['criteria', 'data', 'units', 'awards', 'settings'] as const;

const plain = (v: unknown): boolean => v === null || v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';

/**
 * A copy of a range: its rows' lengths (−1: a row that is a single value) and its cells in one flat
 * array (one allocation, not one per row). A single value is kept as it is.
 */
interface Copy {
  lengths: Int32Array;
  cells: unknown[];
}

/** A copy of a range of plain values (a 2-D array or a single value); undefined when it holds anything else. */
function copyOf(v: unknown): Copy | unknown {
  if (plain(v)) return v;
  if (!Array.isArray(v)) return undefined;
  // The rows' lengths first (no cell read), so the flat array is made once at its size; then each
  // cell checked and copied in one indexed pass.
  const rows = v as readonly unknown[];
  const lengths = new Int32Array(rows.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const n = Array.isArray(row) ? row.length : -1;
    lengths[i] = n;
    total += n < 0 ? 1 : n;
  }
  const cells = new Array<unknown>(total);
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const n = lengths[i]!;
    if (n < 0) {
      if (!plain(row)) return undefined;
      cells[k++] = row;
      continue;
    }
    const cs = row as readonly unknown[];
    for (let j = 0; j < n; j++) {
      const c = cs[j];
      if (!plain(c)) return undefined;
      cells[k++] = c;
    }
  }
  return { lengths, cells } satisfies Copy;
}

const isCopy = (c: unknown): c is Copy => typeof c === 'object' && c !== null && (c as Copy).lengths instanceof Int32Array;

/** Whether a range has the values of a copy (NaN equal to NaN, as Object.is). */
function same(v: unknown, copy: unknown): boolean {
  if (!isCopy(copy)) return !Array.isArray(v) && Object.is(v, copy);
  const { lengths, cells } = copy;
  if (!Array.isArray(v) || v.length !== lengths.length) return false;
  let k = 0;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    const n = lengths[i]!;
    if (n < 0) {
      if (Array.isArray(row) || !Object.is(row, cells[k++])) return false;
      continue;
    }
    if (!Array.isArray(row) || row.length !== n) return false;
    for (let j = 0; j < n; j++) if (!Object.is(row[j], cells[k++])) return false;
  }
  return true;
}

/** The cluster scored from these ranges: the kept one when every input is as it was, else `score()` (kept when it succeeds). */
export function scoredOnce(lang: Lang, ranges: ClusterRanges, addresses: readonly string[] | undefined, score: () => ClusterResult): ClusterResult {
  const where = JSON.stringify(addresses ?? null);
  const values = KEYS.map((k) => ranges[k]);
  const hit = kept.find((k) => k.lang === lang && k.addresses === where && values.every((v, i) => same(v, k.inputs[i])));
  if (hit) {
    kept = [hit, ...kept.filter((k) => k !== hit)];
    return hit.result;
  }
  const result = score();
  const inputs = values.map(copyOf);
  if (inputs.every((c, i) => c !== undefined || values[i] === undefined)) kept = [{ lang, addresses: where, inputs, result }, ...kept].slice(0, KEEP);
  return result;
}

/** Forgets every kept cluster (the benchmark's cold runs; tests). */
export function forgetScored(): void {
  kept = [];
}

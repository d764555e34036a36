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
 * A copy of a range: each row copied (`slice`, a native copy) or the single value it was. A single
 * value is kept as it is. Nothing is checked cell by cell here: a cell that is not a plain value is
 * never found equal when compared (`same`), so a range holding one is scored every time. (One flat
 * array of every cell, made in one or two indexed passes, was slower: docs/benchmarks.md; a check
 * of every cell here cost THIDUA.RESULTS' first calls a loop of 400,000 cells in unoptimized code.)
 */
interface Copy {
  rows: unknown[];
}

/** A copy of a range (a 2-D array or a single value); undefined for a single value that is not plain. */
function copyOf(v: unknown): Copy | unknown {
  if (plain(v)) return v;
  if (!Array.isArray(v)) return undefined;
  const from = v as readonly unknown[];
  const rows = new Array<unknown>(from.length);
  for (let i = 0; i < from.length; i++) {
    const row: unknown = from[i];
    rows[i] = Array.isArray(row) ? row.slice() : row;
  }
  return { rows } satisfies Copy;
}

const isCopy = (c: unknown): c is Copy => typeof c === 'object' && c !== null && Array.isArray((c as Copy).rows);

/** Whether a range has the values of a copy (NaN equal to NaN, −0 not 0: as Object.is). */
function same(v: unknown, copy: unknown): boolean {
  if (!isCopy(copy)) return !Array.isArray(v) && Object.is(v, copy);
  const { rows } = copy;
  if (!Array.isArray(v) || v.length !== rows.length) return false;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    const kept = rows[i];
    if (!Array.isArray(kept)) {
      if (Array.isArray(row) || !plain(kept) || !Object.is(row, kept)) return false;
      continue;
    }
    if (!Array.isArray(row) || row.length !== kept.length) return false;
    for (let j = 0; j < kept.length; j++) {
      const k: unknown = kept[j];
      // Only plain values are compared: an error value or a data type is never taken as unchanged.
      if (!plain(k) || !Object.is(row[j], k)) return false;
    }
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

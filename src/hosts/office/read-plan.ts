/**
 * Cutting the read of the input sheets into requests by the size of Excel's answers, not by a
 * fixed cell count. Excel on the web refuses an answer over 5 MB and the host keeps each under
 * REQUEST_BUDGET (3.5 MB): a request that brings back less wastes a sync (at 10,000 units the old
 * fixed 100,000 cells brought back 2.5 MB each: nine reads where six suffice).
 *
 * Before any cell of a sheet has been read, a cell is assumed to weigh READ_BYTES_PER_CELL in the
 * answer (its value, value type and number format); once a part of a sheet is read, the sheet's
 * measured weight is used. Each request is planned from what is left: the fewest requests its
 * estimated weight needs, and this one an equal share of it, so a workbook whose answers fit in
 * one request is read in one, and a larger one in as few as its weight allows. A request Excel
 * refuses anyway (cells far longer than measured) is read again as two halves.
 */
import { REQUEST_BUDGET, type ReadSlice } from './chunks';
import { utf8Length } from '../utf8';

/**
 * What one cell is assumed to weigh in an answer before its sheet has been measured: a blank cell
 * weighs about 21 bytes (`""`, `"Empty"`, `"General"` and separators), a figure 25–30 (26.6 on
 * average in the generated clusters), a short text 30–40. A cluster's first request of 3.5 MB
 * stays under Excel's 5 MB up to 38 bytes a cell; a sheet of longer texts is refused once and
 * read in halves, then measured. Assuming more would leave the first request under-filled (at
 * 32 bytes it brought back 2.6 MB at 10,000 units: one sync more than the answers' weight needs).
 */
export const READ_BYTES_PER_CELL = 28;

/** Rows measured at most per slice answered (evenly spread): the weight is an estimate, cheaply made. */
const MEASURED_ROWS = 2_000;

interface Part<K> {
  key: K;
  /** Rows read so far, from the top. */
  start: number;
  rows: number;
  cols: number;
  /** Bytes and cells measured in the answers so far. */
  bytes: number;
  cells: number;
}

export class ReadPlanner<K> {
  private readonly parts: Part<K>[];
  /** Halves of a refused request, read before anything else is planned. */
  private readonly again: ReadSlice<K>[][] = [];

  constructor(
    sheets: readonly { key: K; rows: number; cols: number }[],
    private readonly budget = REQUEST_BUDGET,
    private readonly assumed = READ_BYTES_PER_CELL,
  ) {
    this.parts = sheets.filter((s) => s.rows > 0 && s.cols > 0).map((s) => ({ key: s.key, start: 0, rows: s.rows, cols: s.cols, bytes: 0, cells: 0 }));
  }

  /** Estimated bytes of one row of a part's answer. */
  private rowBytes(p: Part<K>): number {
    const perCell = p.cells > 0 ? p.bytes / p.cells : this.assumed;
    return Math.max(1, perCell * p.cols);
  }

  /** Estimated bytes of what is left to read. */
  remainingBytes(): number {
    return this.parts.reduce((n, p) => n + (p.rows - p.start) * this.rowBytes(p), 0);
  }

  /** The next request's slices, or null when every row has been read. */
  next(): ReadSlice<K>[] | null {
    const again = this.again.shift();
    if (again) return again;
    const left = this.parts.filter((p) => p.start < p.rows);
    if (left.length === 0) return null;
    const total = this.remainingBytes();
    const target = total / Math.max(1, Math.ceil(total / this.budget));
    const slices: ReadSlice<K>[] = [];
    let used = 0;
    for (const p of left) {
      const rowBytes = this.rowBytes(p);
      // A hair of tolerance: the equal shares add up to the total, not one row short of it.
      let fit = Math.floor((target - used) / rowBytes + 1e-6);
      if (fit < 1) {
        if (slices.length > 0) break;
        fit = 1;
      }
      const count = Math.min(fit, p.rows - p.start);
      slices.push({ key: p.key, start: p.start, count });
      used += count * rowBytes;
      if (count < p.rows - p.start) break;
    }
    return slices;
  }

  /** A request answered: its slices are read; `bytes[i]` is the measured weight of slice i's answer. */
  done(slices: readonly ReadSlice<K>[], bytes: readonly number[]): void {
    slices.forEach((s, i) => {
      const p = this.parts.find((q) => q.key === s.key);
      if (!p) return;
      p.start = Math.max(p.start, s.start + s.count);
      p.bytes += bytes[i] ?? 0;
      p.cells += s.count * p.cols;
    });
  }

  /** Excel refused a request as too large: its two halves are read next; false when it was one row. */
  refused(slices: readonly ReadSlice<K>[]): boolean {
    const halves = splitSlice(slices);
    if (!halves) return false;
    this.again.unshift(...halves);
    return true;
  }
}

/** A read request cut in two (its slices, or the rows of its one slice); null when it is a single row. */
export function splitSlice<K>(slice: readonly ReadSlice<K>[]): ReadSlice<K>[][] | null {
  if (slice.length > 1) {
    const mid = Math.ceil(slice.length / 2);
    return [slice.slice(0, mid), slice.slice(mid)];
  }
  const only = slice[0];
  if (!only || only.count < 2) return null;
  const first = Math.ceil(only.count / 2);
  return [[{ ...only, count: first }], [{ ...only, start: only.start + first, count: only.count - first }]];
}

function jsonLength(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/**
 * The weight of an answer of `rows` rows made of these 2-D arrays (values, value types, number
 * formats), as JSON: measured on at most MEASURED_ROWS rows spread evenly and scaled.
 */
export function answerBytes(arrays: readonly (readonly unknown[][])[], rows: number): number {
  if (rows === 0) return 0;
  const step = Math.max(1, Math.floor(rows / MEASURED_ROWS));
  let measured = 0;
  let bytes = 0;
  for (let i = 0; i < rows; i += step) {
    measured++;
    for (const a of arrays) bytes += jsonLength(a[i] ?? []) + 1;
  }
  return Math.round((bytes * rows) / measured) + arrays.length * 2;
}

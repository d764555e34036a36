/**
 * Keeping every request to Excel under 4 MB (Excel on the web refuses requests and responses over
 * 5 MB). Writes are planned as operations with a byte estimate (the JSON of their payload plus a
 * fixed overhead for the object path) and packed, in order, into requests of at most
 * REQUEST_BUDGET; values are cut into row blocks so a block never dominates a request. One request
 * is one `context.sync()`: a workbook whose output fits in one request (every realistic cluster,
 * and 1,000 units × 10 rows) is written with one sync, a bigger one with one more per request.
 * Reads are cut the same way, by cell count (values, value types and number formats of READ_CELL_BUDGET cells).
 */
import type { ScoreStep } from '../../app/api';

/** Target size of one request; 0.5 MB under the 4 MB we promise, for what the estimate misses. */
export const REQUEST_BUDGET = 3.5 * 1024 * 1024;
/** Largest block of rows written by one operation. */
export const BLOCK_BYTES = 512 * 1024;
/** Estimated bytes of an operation's object path and framing (property writes, method calls). */
export const OP_OVERHEAD = 256;
/**
 * Cells read per request. Values and value types take 15–20 bytes a cell in real clusters
 * (measured on generated ones), the number format ("General") about 10 more; 100,000 cells stay
 * under 4 MB up to ~40 bytes a cell.
 */
export const READ_CELL_BUDGET = 100_000;

import { utf8Length } from '../utf8';

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

export interface RowBlock<T> {
  /** Index of the block's first row. */
  start: number;
  rows: T[][];
  bytes: number;
}

/** Cuts rows into consecutive blocks of at most `maxBytes` of JSON each (a longer row stands alone). */
export function rowBlocks<T>(rows: T[][], maxBytes = BLOCK_BYTES): RowBlock<T>[] {
  const blocks: RowBlock<T>[] = [];
  let current: RowBlock<T> | null = null;
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (current && current.bytes + bytes > maxBytes) {
      blocks.push(current);
      current = null;
    }
    current ??= { start: i, rows: [], bytes: 2 };
    current.rows.push(row);
    current.bytes += bytes;
  });
  if (current) blocks.push(current);
  return blocks;
}

/** One queued piece of work on the workbook, with the bytes it adds to a request. */
export interface PlannedOp<H> {
  bytes: number;
  run: (handles: H) => void;
  /** Reported to the progress callback when this operation is reached. */
  step?: ScoreStep;
}

/** Packs operations, in order, into requests of at most `budget` estimated bytes. */
export function packRequests<H>(ops: readonly PlannedOp<H>[], budget = REQUEST_BUDGET): PlannedOp<H>[][] {
  const requests: PlannedOp<H>[][] = [];
  let current: PlannedOp<H>[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Runs planned operations: each request suspends recalculation until its sync, queues its
 * operations and syncs once. Returns the number of syncs.
 */
export async function execute<H>(
  context: Excel.RequestContext,
  handles: H,
  ops: readonly PlannedOp<H>[],
  onStep?: (step: ScoreStep) => void,
): Promise<number> {
  const requests = packRequests(ops);
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of request) {
      if (op.step) onStep?.(op.step);
      op.run(handles);
    }
    // One sync per request is the point: each request must stay under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return requests.length;
}

/** A part of a sheet to read: `count` rows from row `start` of its used range. */
export interface ReadSlice<K> {
  key: K;
  start: number;
  count: number;
}

/** Groups row slices of the sheets into requests of at most `budget` cells each. */
export function planReads<K>(sheets: readonly { key: K; rows: number; cols: number }[], budget = READ_CELL_BUDGET): ReadSlice<K>[][] {
  const requests: ReadSlice<K>[][] = [];
  let current: ReadSlice<K>[] = [];
  let cells = 0;
  for (const s of sheets) {
    let start = 0;
    while (start < s.rows) {
      const room = budget - cells;
      const fit = Math.floor(room / Math.max(1, s.cols));
      if (fit < 1 && current.length > 0) {
        requests.push(current);
        current = [];
        cells = 0;
        continue;
      }
      const count = Math.max(1, Math.min(fit, s.rows - start));
      current.push({ key: s.key, start, count });
      cells += count * s.cols;
      start += count;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

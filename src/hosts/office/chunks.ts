/**
 * Keeping every request to Excel under 4 MB (Excel on the web refuses requests and responses over
 * 5 MB). Writes are planned as operations with a byte estimate (the JSON of their payload plus a
 * fixed overhead for the object path) and packed, in order, into requests of at most
 * REQUEST_BUDGET; values are cut into row blocks so a block never dominates a request. One request
 * is one `context.sync()`: a workbook whose output fits in one request (every realistic cluster,
 * and 1,000 units × 10 rows) is written with one sync, a bigger one with one more per request.
 * Reads are cut by the weight of their answers (./read-plan.ts).
 */
import type { ScoreStep } from '../../app/api';

/** Target size of one request; 0.5 MB under the 4 MB we promise, for what the estimate misses. */
export const REQUEST_BUDGET = 3.5 * 1024 * 1024;
/**
 * Largest block of rows written by one operation: small enough that a request is filled to within
 * 2 % of REQUEST_BUDGET (with 512 KB blocks up to 14 % of each request went unused, one more sync
 * at 10,000 units), large enough that a request holds few operations.
 */
export const BLOCK_BYTES = 64 * 1024;
/** Estimated bytes of an operation's object path and framing (property writes, method calls). */
export const OP_OVERHEAD = 256;
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
  /**
   * An operation Excel may refuse without failing the work (the page layouts: builds differ in
   * what they accept): true for an error that is this operation's refusal. Optional operations
   * come last, so they share the last request instead of costing one of their own; when Excel
   * refuses one, everything queued before it is done and the work ends there, as done.
   */
  optional?: (error: unknown) => boolean;
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

/** Misuse of `execute`: an optional operation followed by a required one. */
export class OptionalOrderError extends Error {
  constructor() {
    super('execute: optional operations must come after every required one');
    this.name = 'OptionalOrderError';
  }
}

/**
 * Runs planned operations: each request suspends recalculation until its sync, queues its
 * operations and syncs once. A request that fails with an error one of its optional operations
 * accepts (they are last: Excel ran every operation queued before the refused one) ends the work
 * as done. Returns the number of syncs.
 */
export async function execute<H>(
  context: Excel.RequestContext,
  handles: H,
  ops: readonly PlannedOp<H>[],
  onStep?: (step: ScoreStep) => void,
): Promise<number> {
  const firstOptional = ops.findIndex((op) => op.optional);
  if (firstOptional >= 0 && ops.slice(firstOptional).some((op) => !op.optional)) throw new OptionalOrderError();
  const requests = packRequests(ops);
  let syncs = 0;
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of request) {
      if (op.step) onStep?.(op.step);
      op.run(handles);
    }
    syncs++;
    try {
      // One sync per request is the point: each request must stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (request.some((op) => op.optional?.(e))) return syncs;
      throw e;
    }
  }
  return syncs;
}

/** A part of a sheet to read: `count` rows from row `start` of its used range. */
export interface ReadSlice<K> {
  key: K;
  start: number;
  count: number;
}

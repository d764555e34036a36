/**
 * The fake `RequestContext`: a queue of operations sent as one request at each `sync()`. Every
 * request is measured (the JSON of its operations and their payloads, in UTF-8 bytes) and, like
 * Excel on the web, refused over 5 MB; so is every response. A sync can be told to fail
 * (fault injection), after applying none or some of its operations, as a dropped connection would.
 */
import { FakeOfficeError } from './errors';
import { FakeWorkbookObject } from './sheets';


import { utf8Length } from '../../hosts/utf8';
import type { BookState, ContextLike, QueuedOp } from './types';

export class FakeApplication {
  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    const book = this.context.book;
    this.context._queue({ path: 'application', member: 'suspendApiCalculationUntilNextSync', apply: () => void book.stats.calculationSuspensions++ });
  }
}

/** The name of the measure that spans each application of a request (`BookState.applyApart`). */
export const APPLY_MEASURE = 'fake-excel:apply';

/** Where a measured application starts (null: not measured: no `applyApart`, or no User Timing, as in jsdom). */
function measureStart(book: BookState): number | null {
  return book.applyApart && typeof performance !== 'undefined' && typeof performance.measure === 'function' ? performance.now() : null;
}

/** Ends the measure begun at `start`: one User Timing entry (observers and traces see it), not kept in the timeline. */
function measureEnd(start: number | null): void {
  if (start === null) return;
  performance.measure(APPLY_MEASURE, { start, end: performance.now() });
  performance.clearMeasures(APPLY_MEASURE);
}

export class FakeContext implements ContextLike {
  readonly workbook: FakeWorkbookObject;
  readonly application: FakeApplication;
  private queue: QueuedOp[] = [];
  private nullables: { _settle(): void }[] = [];

  constructor(readonly book: BookState) {
    this.workbook = new FakeWorkbookObject(this);
    this.application = new FakeApplication(this);
  }

  _queue(op: QueuedOp): void {
    this.queue.push(op);
  }

  _track(obj: { _settle(): void }): void {
    this.nullables.push(obj);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const nullables = this.nullables;
    this.queue = [];
    this.nullables = [];
    const book = this.book;
    const index = ++book.stats.syncs;
    const bytes = ops.reduce((n, op) => n + 1 + utf8Length(JSON.stringify({ o: op.path, m: op.member, a: op.args ?? null })), 2);
    book.stats.requestBytes.push(bytes);
    const members: Record<string, number> = {};
    for (const op of ops) members[op.member] = (members[op.member] ?? 0) + 1;
    book.stats.requestOps.push(members);
    // A simulated round trip to Excel (benchmarks: `book.syncDelayMs`) between the request sent (its
    // JSON made, in the pane) and applied (in Excel, off the pane's thread: here a task of its own).
    // `applyApart` (the preview): a task of its own even without a delay, as Excel's work is not the pane's.
    if (book.syncDelayMs > 0 || book.applyApart) await new Promise((resolve) => setTimeout(resolve, book.syncDelayMs));
    else await Promise.resolve();
    if (bytes > book.payloadLimit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${bytes} bytes) has exceeded the limit.`);
    const fault = book._faultAt(index);
    const answers: [QueuedOp, unknown][] = [];
    // Excel's side: the operations applied and the response made, measured as one (`applyApart`).
    const applying = measureStart(book);
    let response = 0;
    try {
      ops.forEach((op, i) => {
        if (fault && i >= fault.afterOps) throw new FakeOfficeError(fault.code, fault.message, fault.location);
        const payload = op.apply();
        if (op.deliver) answers.push([op, payload]);
      });
      if (!fault) response = answers.reduce((n, [op, p]) => n + 1 + utf8Length(JSON.stringify((op.measure ? op.measure(p) : p) ?? null)), 2);
    } finally {
      measureEnd(applying);
    }
    // The answer reaches the pane in a task of its own: none of the pane's work shares Excel's task.
    if (book.applyApart) await new Promise((resolve) => setTimeout(resolve, 0));
    if (fault) throw new FakeOfficeError(fault.code, fault.message, fault.location);
    book.stats.responseBytes.push(response);
    if (response > book.payloadLimit)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) has exceeded the limit.`);
    for (const [op, payload] of answers) op.deliver!(payload);
    for (const obj of nullables) obj._settle();
  }
}

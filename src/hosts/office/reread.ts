/**
 * The stale watch where Excel has no WorksheetCollection.onChanged (issue 16): the values of the
 * user's sheets are re-read and compared by fingerprint — when the pane gets the focus back (the user
 * edited the grid, then came back to the pane), when it becomes visible again, and every
 * `intervalMs` while it is visible. The add-in's own sheets (by their markers) and the flag helper
 * are not read; a sheet larger than MAX_CELLS is compared by its used range's address only; the
 * values are read in requests whose answers stay within the host's budget (by measured weight), and
 * fingerprinted request by request (no one long task over the whole sheet). One re-read at a time; a
 * re-read that fails is skipped (the next one tries again).
 *
 * The pane's own actions (./activity.ts): no re-read starts while one runs (it would read the same
 * sheets again); a trigger then is kept for when the last action ends. A re-read that an action
 * began during reports nothing and takes what it saw as the reference: the edit it found was made
 * before the action, which read the sheets after it (an edit in the grid, then a click on *Chấm
 * điểm*: the focus re-read must not call the fresh results stale). A later re-read reports what
 * changed since, an action's own writes to the input (a consolidation) included.
 */
import type { Outcome } from '../../app/api';
import type { Activity } from './activity';
import type { ExcelRun } from './api';
import { REQUEST_BUDGET } from './chunks';
import { markedSheets } from './markers';
import { utf8Length } from '../utf8';

/**
 * Bytes a cell's value is first assumed to weigh in an answer (a text of some 40 letters); raised to
 * the heaviest weight measured in the answers so far, kept from one re-read to the next, and raised
 * fourfold after a re-read refused for an answer over the limit (a sheet heavier than any before).
 * Excel on the web refuses an answer over 5 MB and the host keeps each under REQUEST_BUDGET.
 */
const ASSUMED_CELL_BYTES = 64;
/** The first request of a re-read holds at most this many cells (at the weight assumed): it measures. */
const PROBE_CELLS = 1_000;
/** Tries of the first fingerprint (the weight raised after each failure) before the watch gives up. */
const FIRST_TRIES = 3;

/** The most the weight is raised after failures: a full cell of 32,767 letters of three bytes. */
const MOST_CELL_BYTES = 100_000;

/** The weight of a cell's value in an answer: the heaviest measured so far (bytes), times a factor after failures. */
interface Weight {
  measured: number;
  factor: number;
}
const perCellOf = (w: Weight): number => Math.min(MOST_CELL_BYTES, w.measured * w.factor);
/**
 * After a re-read failed: an answer over the limit makes the next assume a heavier cell; any other
 * failure (Excel busy with a cell in edit mode, gone) changes nothing.
 */
function afterFailure(w: Weight, e: unknown): void {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (code === 'ResponsePayloadSizeLimitExceeded') w.factor = Math.min(w.factor * 4, MOST_CELL_BYTES);
}

/** Re-read every 30 s while the pane is visible, besides the focus and visibility. */
export const REREAD_INTERVAL_MS = 30_000;
/** Sheets above this many cells are compared by their used range alone (a re-read stays small). */
export const MAX_CELLS = 200_000;

export interface RereadOptions {
  /** The interval between re-reads while visible (ms); 0: none. */
  intervalMs?: number;
  /** Where focus and visibility are heard (the pane's window; tests pass their own). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Whether the pane is visible now (document.visibilityState). */
  visible?: () => boolean;
  /** The pane's actions in progress (the Office.js host's); none: re-read whenever triggered. */
  activity?: Activity;
}

const FNV_START = 0x811c9dc5;

/** FNV-1a over a string, continued from `h`: a sheet's fingerprint is built request by request. */
function hashOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A sheet's values as read so far: their length and running hash. */
interface Print {
  length: number;
  hash: number;
}

/** Each user sheet's fingerprint, by name: two requests (names and used ranges, then values). */
async function fingerprints(excel: ExcelRun, weight: Weight): Promise<Map<string, string>> {
  return excel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    await context.sync();
    const { ignore } = markedSheets(names.items, sheets.items.map((ws) => ws.name));
    const used = sheets.items
      .filter((ws) => !ignore.has(ws.name))
      .map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('address,rowCount,columnCount,rowIndex,columnIndex');
        return { name: ws.name, ws, range };
      });
    await context.sync();
    const read = used.filter((u) => !u.range.isNullObject && u.range.rowCount * u.range.columnCount <= MAX_CELLS);
    // Each sheet in row slices, the slices packed into requests whose answers stay within the budget
    // at the heaviest weight a cell has had so far (measured after each request); the first request
    // small, to measure.
    const prints = new Map<string, Print>();
    let budget = Math.min(REQUEST_BUDGET, PROBE_CELLS * perCellOf(weight));
    let pending: { name: string; part: Excel.Range; cells: number }[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      await context.sync();
      for (const p of pending) {
        const json = JSON.stringify(p.part.values);
        weight.measured = Math.max(weight.measured, utf8Length(json) / p.cells);
        const print = prints.get(p.name)!;
        print.hash = hashOn(print.length === 0 ? print.hash : hashOn(print.hash, '|'), json);
        print.length += json.length + 1;
      }
      pending = [];
      pendingBytes = 0;
      budget = REQUEST_BUDGET;
    };
    for (const u of read) {
      const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
      prints.set(u.name, { length: 0, hash: FNV_START });
      for (let r = 0; r < rowCount; ) {
        let perRow = perCellOf(weight) * columnCount;
        let rows = Math.min(rowCount - r, Math.max(1, Math.floor((budget - pendingBytes) / perRow)));
        if (pending.length > 0 && pendingBytes + rows * perRow > budget) {
          await flush();
          perRow = perCellOf(weight) * columnCount;
          rows = Math.min(rowCount - r, Math.max(1, Math.floor(budget / perRow)));
        }
        const part = u.ws.getRangeByIndexes(rowIndex + r, columnIndex, rows, columnCount);
        part.load('values');
        pending.push({ name: u.name, part, cells: rows * columnCount });
        pendingBytes += rows * perRow;
        r += rows;
      }
    }
    if (pending.length > 0) await flush();
    weight.factor = 1;
    const out = new Map<string, string>();
    for (const u of used) {
      const print = prints.get(u.name);
      if (u.range.isNullObject) out.set(u.name, '');
      else out.set(u.name, print ? `${u.range.address}|${print.length}:${(print.hash >>> 0).toString(36)}` : u.range.address);
    }
    return out;
  });
}

const browserEvents = (): RereadOptions['events'] => (typeof window !== 'undefined' ? window : null);
const browserVisible = (): boolean => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/** Starts re-reading; resolves to the function that stops it, or a failure when even the first read fails. */
export async function watchByRereading(excel: ExcelRun, onChange: (sheet: string) => void, options: RereadOptions = {}): Promise<Outcome<() => void>> {
  const events = options.events === undefined ? browserEvents() : options.events;
  const visible = options.visible ?? browserVisible;
  const intervalMs = options.intervalMs ?? REREAD_INTERVAL_MS;
  const weight: Weight = { measured: ASSUMED_CELL_BYTES, factor: 1 };
  let first: Map<string, string> | null = null;
  for (let tries = 1; first === null; tries++) {
    try {
      first = await fingerprints(excel, weight);
    } catch (e) {
      if (tries === FIRST_TRIES) return { ok: false, error: e instanceof Error ? e.message : String(e) };
      afterFailure(weight, e);
    }
  }
  let last = first;
  let stopped = false;
  let reading = false;
  // A trigger heard while an action ran: re-read when the last one ends.
  let owed = false;
  const activity = options.activity;
  const reread = async (): Promise<void> => {
    if (stopped || reading || !visible()) return;
    if (activity?.busy()) {
      owed = true;
      return;
    }
    owed = false;
    reading = true;
    const begun = activity?.begun() ?? 0;
    try {
      const now = await fingerprints(excel, weight);
      if (stopped) return;
      // An action began meanwhile and read the sheets after this re-read: what it found is no news.
      const overlapped = (activity?.begun() ?? 0) !== begun;
      // Sheets added or changed; a sheet removed or renamed away is nothing to score again by itself.
      if (!overlapped) for (const [name, print] of now) if (last.has(name) ? last.get(name) !== print : true) onChange(name);
      last = now;
    } catch (e) {
      // Excel busy (a cell being edited) or gone, or an answer over the limit: the next trigger tries
      // again (after the last, at a heavier assumed weight).
      afterFailure(weight, e);
    } finally {
      reading = false;
    }
  };
  const trigger = (): void => void reread();
  events?.addEventListener('focus', trigger);
  events?.addEventListener('visibilitychange', trigger);
  const timer = intervalMs > 0 ? setInterval(trigger, intervalMs) : null;
  const idle = activity?.onIdle(() => {
    if (owed) trigger();
  });
  return {
    ok: true,
    value: () => {
      stopped = true;
      events?.removeEventListener('focus', trigger);
      events?.removeEventListener('visibilitychange', trigger);
      if (timer !== null) clearInterval(timer);
      idle?.();
    },
  };
}

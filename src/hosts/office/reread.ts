/**
 * The stale watch where Excel has no WorksheetCollection.onChanged (issue 16): the values of the
 * user's sheets are re-read and compared by fingerprint — when the pane gets the focus back (the user
 * edited the grid, then came back to the pane), when it becomes visible again, and every
 * `intervalMs` while it is visible. The add-in's own sheets (by their markers) and the flag helper
 * are not read; a sheet larger than MAX_CELLS is compared by its used range's address only; the
 * values are read in requests whose answers stay within the host's budget (by measured weight). One
 * re-read at a time; a re-read that fails is skipped (the next one tries again).
 */
import type { Outcome } from '../../app/api';
import type { ExcelRun } from './api';
import { REQUEST_BUDGET } from './chunks';
import { FLAG_MARKER, markerKind, sameName, sheetOfReference } from './markers';
import { utf8Length } from '../utf8';

/**
 * Bytes a cell's value is first assumed to weigh in an answer (a text of some 40 letters); raised to
 * the heaviest weight measured in the answers so far. Excel on the web refuses an answer over 5 MB
 * and the host keeps each under REQUEST_BUDGET (read-plan.ts).
 */
const ASSUMED_CELL_BYTES = 64;

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
}

/** FNV-1a over a string: a short fingerprint of a sheet's values. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** Each user sheet's fingerprint, by name: two requests (names and used ranges, then values). */
async function fingerprints(excel: ExcelRun): Promise<Map<string, string>> {
  return excel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    await context.sync();
    const own = new Set<string>();
    for (const n of names.items) {
      if (!markerKind(n.name) && !sameName(n.name, FLAG_MARKER)) continue;
      const target = sheetOfReference(n.formula);
      const sheet = target === null ? undefined : sheets.items.find((ws) => sameName(ws.name, target));
      if (sheet) own.add(sheet.name);
    }
    const used = sheets.items
      .filter((ws) => !own.has(ws.name))
      .map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('address,rowCount,columnCount,rowIndex,columnIndex');
        return { name: ws.name, ws, range };
      });
    await context.sync();
    const read = used.filter((u) => !u.range.isNullObject && u.range.rowCount * u.range.columnCount <= MAX_CELLS);
    // Each sheet in row slices, the slices packed into requests whose answers stay within the budget
    // at the heaviest weight a cell has had so far (measured after each request).
    const texts = new Map<string, string[]>();
    let perCell = ASSUMED_CELL_BYTES;
    let pending: { name: string; part: Excel.Range; cells: number }[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      await context.sync();
      for (const p of pending) {
        const json = JSON.stringify(p.part.values);
        perCell = Math.max(perCell, utf8Length(json) / p.cells);
        texts.get(p.name)!.push(json);
      }
      pending = [];
      pendingBytes = 0;
    };
    for (const u of read) {
      const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
      texts.set(u.name, []);
      for (let r = 0; r < rowCount; ) {
        let rows = Math.min(rowCount - r, Math.max(1, Math.floor((REQUEST_BUDGET - pendingBytes) / (perCell * columnCount))));
        if (pending.length > 0 && pendingBytes + rows * columnCount * perCell > REQUEST_BUDGET) {
          await flush();
          rows = Math.min(rowCount - r, Math.max(1, Math.floor(REQUEST_BUDGET / (perCell * columnCount))));
        }
        const part = u.ws.getRangeByIndexes(rowIndex + r, columnIndex, rows, columnCount);
        part.load('values');
        pending.push({ name: u.name, part, cells: rows * columnCount });
        pendingBytes += rows * columnCount * perCell;
        r += rows;
      }
    }
    if (pending.length > 0) await flush();
    const prints = new Map<string, string>();
    for (const u of used) {
      const parts = texts.get(u.name);
      if (u.range.isNullObject) prints.set(u.name, '');
      else prints.set(u.name, parts ? `${u.range.address}|${hash(parts.join('|'))}` : u.range.address);
    }
    return prints;
  });
}

const browserEvents = (): RereadOptions['events'] => (typeof window !== 'undefined' ? window : null);
const browserVisible = (): boolean => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/** Starts re-reading; resolves to the function that stops it, or a failure when even the first read fails. */
export async function watchByRereading(excel: ExcelRun, onChange: (sheet: string) => void, options: RereadOptions = {}): Promise<Outcome<() => void>> {
  const events = options.events === undefined ? browserEvents() : options.events;
  const visible = options.visible ?? browserVisible;
  const intervalMs = options.intervalMs ?? REREAD_INTERVAL_MS;
  let last: Map<string, string>;
  try {
    last = await fingerprints(excel);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  let stopped = false;
  let reading = false;
  const reread = async (): Promise<void> => {
    if (stopped || reading || !visible()) return;
    reading = true;
    try {
      const now = await fingerprints(excel);
      if (stopped) return;
      // Sheets added or changed; a sheet removed or renamed away is nothing to score again by itself.
      for (const [name, print] of now) if (last.has(name) ? last.get(name) !== print : true) onChange(name);
      last = now;
    } catch {
      // Excel busy (a cell being edited) or gone: the next trigger tries again.
    } finally {
      reading = false;
    }
  };
  const trigger = (): void => void reread();
  events?.addEventListener('focus', trigger);
  events?.addEventListener('visibilitychange', trigger);
  const timer = intervalMs > 0 ? setInterval(trigger, intervalMs) : null;
  return {
    ok: true,
    value: () => {
      stopped = true;
      events?.removeEventListener('focus', trigger);
      events?.removeEventListener('visibilitychange', trigger);
      if (timer !== null) clearInterval(timer);
    },
  };
}

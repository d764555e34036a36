/**
 * Watching the workbook for edits (issue 16: "Kết quả đã cũ"): WorksheetCollection.onChanged
 * (ExcelApi 1.9) tells which sheet's cells changed; the pane decides whether it was an input sheet.
 * Where Excel lacks the event (an older Excel, or one that refuses the handler), the watch re-reads
 * instead (./reread.ts): a fingerprint of each sheet's values when the pane gets the focus back or
 * becomes visible, and at a modest interval while it is visible; a sheet whose fingerprint moved is
 * reported the same way, so the pane shows the same notice.
 */
import type { Outcome } from '../../app/api';
import type { ExcelRun } from './api';
import { watchByRereading, type RereadOptions } from './reread';

/** Whether this Excel raises WorksheetCollection.onChanged (the in-memory Excel does). */
export function changeEventsSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

export interface WatchOptions extends RereadOptions {
  /** Whether to use onChanged (default: whether this Excel has ExcelApi 1.9). */
  changeEvents?: boolean;
}

/**
 * Calls `onChange(sheet)` after each edit of cell values, with the sheet's current name; resolves
 * to the function that stops watching. Never rejects.
 */
export async function watchChanges(excel: ExcelRun, onChange: (sheet: string) => void, options: WatchOptions = {}): Promise<Outcome<() => void>> {
  if (options.changeEvents ?? changeEventsSupported()) {
    const events = await watchEvents(excel, onChange);
    if (events.ok) return events;
  }
  return watchByRereading(excel, onChange, options);
}

async function watchEvents(excel: ExcelRun, onChange: (sheet: string) => void): Promise<Outcome<() => void>> {
  const nameOf = (id: string): Promise<string | null> =>
    excel(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      await context.sync();
      return ws.isNullObject ? null : ws.name;
    });
  try {
    const handle = await excel(async (context) => {
      const h = context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
        const name = await nameOf(e.worksheetId).catch(() => null);
        if (name !== null) onChange(name);
      });
      await context.sync();
      return h;
    });
    return {
      ok: true,
      value: () => {
        handle.remove();
        void handle.context.sync().catch(() => undefined);
      },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Watching the workbook for edits (issue 16: "Kết quả đã cũ"): WorksheetCollection.onChanged
 * (ExcelApi 1.9) tells which sheet's cells changed; the pane decides whether it was an input sheet.
 * Where Excel lacks the event the watch is refused, and the pane has no stale notice from events.
 */
import type { Outcome } from '../../app/api';
import type { ExcelRun } from './api';

/** Whether this Excel raises WorksheetCollection.onChanged (the in-memory Excel does). */
export function changeEventsSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

/**
 * Calls `onChange(sheet)` after each edit of cell values, with the sheet's current name; resolves
 * to the function that stops watching. Never rejects.
 */
export async function watchChanges(excel: ExcelRun, onChange: (sheet: string) => void): Promise<Outcome<() => void>> {
  if (!changeEventsSupported()) return { ok: false, error: 'ExcelApi 1.9' };
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

/**
 * *Lưu vào lịch sử* in Excel: reads the open workbook, scores it, and appends this run to `Lịch sử`
 * (src/jobs/save-history.ts decides what; this only writes it): one `Excel.run`, reading then one
 * write. Refusals (duplicates, no year, errors) write nothing and come back as lines to show.
 */
import type { Outcome, SaveHistoryRun } from '../../app/api';
import type { Lang } from '../../engine/model';
import { planHistoryAppend, saveHistoryLines, type ElectedAward } from '../../jobs/save-history';
import { scoreResult } from '../../jobs/check';
import { execute } from './chunks';
import { readBook } from './read';
import { errorDetail, hostText } from './texts';
import { Handles, valueOps, type Op } from './write';

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function saveHistory(excel: ExcelRun, lang: Lang, elected: readonly ElectedAward[] = [], merges = true): Promise<Outcome<SaveHistoryRun>> {
  try {
    const value = await excel(async (context): Promise<SaveHistoryRun> => {
      const book = await readBook(context, { values: true, flags: false, merges });
      const result = scoreResult({ grid: book.grid, existing: book.sheets, ignore: book.ignore });
      const plan = planHistoryAppend(book.grid, result, lang, elected);
      const lines = saveHistoryLines(plan, lang);
      if (!plan.ok) return { saved: false, lines, sheet: null, rows: 0 };
      const a = plan.append;
      const width = Math.max(...a.rows.map((r) => r.length));
      const ops: Op[] = [];
      if (a.create) ops.push({ bytes: 256, run: (h) => void h.add(a.sheet) });
      ops.push(...valueOps(a.sheet, a.rows, width, a.startRow, a.startCol));
      if (a.create) ops.push({ bytes: 256, run: (h) => void (h.sheet(a.sheet).getRangeByIndexes(0, 0, 1, width).format.font.bold = true) });
      await execute(context, new Handles(context), ops);
      return { saved: true, lines, sheet: a.sheet, rows: a.rows.length - (a.create ? 1 : 0) };
    });
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: hostText('write', lang, errorDetail(e, lang)) };
  }
}

/**
 * Inspect (what the pane shows on opening: the sheets found, the summary, the problems): the
 * workbook reader and the check job it needs. src/hosts/office/api.ts loads this module on first use
 * (chunk "workbook-read"), right after the pane has painted, so the first load carries only the pane.
 */
import type { Outcome, WorkbookInfo } from '../../app/api';
import type { Lang } from '../../engine/model';
import { checkBook } from '../../jobs/check';
import type { ExcelRun } from './api';
import { readBook } from './read';
import { errorDetail, hostText } from './texts';

export async function inspect(excel: ExcelRun, lang: Lang, merges: boolean): Promise<Outcome<WorkbookInfo>> {
  try {
    const value = await excel(async (context): Promise<WorkbookInfo> => {
      const book = await readBook(context, { values: true, flags: false, merges });
      const scored = checkBook({ grid: book.grid, existing: book.sheets, ignore: book.ignore });
      return { summary: scored.summary, outputSheets: book.sheets.filter((s) => s.marker).map((s) => s.name), diagnostics: scored.result.diagnostics };
    });
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: hostText('read', lang, errorDetail(e, lang)) };
  }
}

/**
 * The Office.js host of the pane's unit-form actions: making the forms (as files to download),
 * consolidating picked files into the open workbook after the user confirmed the summary, and
 * undoing the last consolidation from its log. The .xlsx writer and reader are loaded only when
 * an action is used (dynamic import), never on the pane's first load.
 */
import type { ConsolidateOptions, ConsolidationRun, FileBytes, Outcome, UndoRun } from '../../app/api';
import type { Lang } from '../../engine/model';
import { consolidate, consolidationSummary } from '../../jobs/consolidate';
import { makeForms as makeFormsJob } from '../../jobs/forms';
import type { SubmittedForm } from '../../workbook/consolidate';
import { readMergeLog } from '../../workbook/consolidate-sheets';
import { type Cell, type WorkbookGrid } from '../../workbook/grid';
import { OWN_MARKERS } from '../../workbook/output';
import type { ExcelRun } from './api';
import { excelValue, gridCell } from './cells';
import { execute, jsonBytes, OP_OVERHEAD } from './chunks';
import { readBook, type BookState } from './read';
import { errorDetail, hostText, type HostTextKey } from './texts';
import { Handles, planOutputs, type Op } from './write';

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const failure = <T>(key: HostTextKey, lang: Lang, detail: string): Outcome<T> => ({ ok: false, error: hostText(key, lang, detail) });

function mergesSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}

/** The input sheets of the open workbook (own sheets left out). */
function inputGrid(book: BookState): WorkbookGrid {
  return { ...book.grid, sheets: book.grid.sheets.filter((s) => !book.ignore.has(s.name)) };
}

export async function makeForms(excel: ExcelRun, lang: Lang): Promise<Outcome<FileBytes[]>> {
  try {
    const grid = await excel(async (context) => inputGrid(await readBook(context, { values: true, flags: false, merges: mergesSupported() })));
    const made = makeFormsJob(grid, lang);
    if (!made.ok) return failure('forms', lang, hostText('noForms', lang));
    const { formXlsx } = await import(/* webpackChunkName: "xlsx-forms" */ '../xlsx/form-xlsx');
    const files: FileBytes[] = [];
    for (const f of made.forms) files.push({ name: f.file, bytes: await formXlsx(f) });
    return ok(files);
  } catch (e) {
    return failure('forms', lang, errorDetail(e, lang));
  }
}

async function readPicked(files: readonly FileBytes[]): Promise<SubmittedForm[]> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ '../xlsx/read-xlsx');
  return Promise.all(
    files.map(async (f): Promise<SubmittedForm> => {
      try {
        const read = await readXlsx(f.bytes, f.name);
        return { file: f.name, grid: read.grid, names: read.names, modified: read.modified };
      } catch {
        return { file: f.name, grid: null, names: new Map(), modified: null };
      }
    }),
  );
}

export async function consolidateForms(excel: ExcelRun, files: readonly FileBytes[], options: ConsolidateOptions): Promise<Outcome<ConsolidationRun>> {
  const { lang } = options;
  try {
    const forms = await readPicked(files);
    const run = await excel(async (context): Promise<ConsolidationRun> => {
      const book = await readBook(context, { values: true, flags: false, merges: mergesSupported() });
      const { plan, sheets } = consolidate({ file: book.grid.name ?? 'workbook', grid: inputGrid(book) }, forms, { lang, prefer: options.prefer });
      const n = consolidationSummary(plan);
      const summary: ConsolidationRun = { ok: plan.ok, ...n, diagnostics: plan.diagnostics, submissions: plan.submissions, written: [] };
      if (!options.apply || !plan.ok) return summary;
      // The data cells first, then the two own sheets (placed as every output sheet is).
      const cellOps: Op[] = plan.writes.map((w) => ({
        bytes: OP_OVERHEAD + jsonBytes(w.value),
        run: (h: Handles) => {
          h.sheet(w.sheet).getRange(w.cell).values = [[excelValue(w.value)]];
        },
      }));
      const outputs = planOutputs(book, sheets);
      await execute(context, new Handles(context), [...cellOps, ...outputs.ops]);
      return { ...summary, written: outputs.placements.map((p) => p.name) };
    });
    return ok(run);
  } catch (e) {
    return failure('consolidate', lang, errorDetail(e, lang));
  }
}

/** The logged value and the cell's value now: the same value, read back from Excel. */
function same(now: Cell, logged: Cell): boolean {
  if (now === null || logged === null) return now === logged;
  if (typeof now === 'number' || typeof logged === 'number') return Number(now) === Number(logged);
  return String(now) === String(logged);
}

export async function undoConsolidation(excel: ExcelRun, lang: Lang): Promise<Outcome<UndoRun>> {
  try {
    const run = await excel(async (context): Promise<UndoRun | null> => {
      const book = await readBook(context, { values: false, flags: false });
      const logName = book.sheets.find((s) => s.marker === 'mergeLog')?.name;
      if (!logName) return null;
      const used = context.workbook.worksheets.getItem(logName).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      await context.sync();
      if (used.isNullObject) return { restored: 0, changed: [] };
      const rows = (used.values as unknown[][]).map((r) => r.map((v) => gridCell(v, undefined)));
      const log = readMergeLog({ name: logName, rows, originRow: used.rowIndex, originCol: used.columnIndex });
      // The cells as they are now, to restore only those still holding what the consolidation wrote.
      const targets = log.map((w) => {
        const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
        range.load('values');
        return { w, range };
      });
      await context.sync();
      const changed: string[] = [];
      const ops: Op[] = [];
      for (const { w, range } of targets.reverse()) {
        const now = gridCell((range.values as unknown[][])[0]?.[0], undefined);
        if (!same(now, w.value)) {
          changed.push(`${w.sheet}!${w.cell}`);
          continue;
        }
        ops.push({ bytes: OP_OVERHEAD + jsonBytes(w.old), run: (h) => void (h.sheet(w.sheet).getRange(w.cell).values = [[excelValue(w.old)]]) });
      }
      // The log and the submissions sheet go with the consolidation they describe.
      for (const kind of ['mergeLog', 'submissions'] as const) {
        const sheet = book.sheets.find((s) => s.marker === kind)?.name;
        if (!sheet) continue;
        ops.push({
          bytes: OP_OVERHEAD,
          run: (h) => {
            h.context.workbook.names.getItem(OWN_MARKERS[kind]).delete();
            h.sheet(sheet).delete();
          },
        });
      }
      await execute(context, new Handles(context), ops);
      return { restored: log.length - changed.length, changed: changed.reverse() };
    });
    return run === null ? failure('undo', lang, hostText('noMergeLog', lang)) : ok(run);
  } catch (e) {
    return failure('undo', lang, errorDetail(e, lang));
  }
}

/**
 * The Office.js host of the task pane's WorkbookApi. Every method runs in one `Excel.run`, talks to
 * Excel in a constant number of syncs (score: 3 to read, 1 to write with the page layouts last —
 * optional: one Excel refuses fails nothing —; one more per further 3.5 MB of answers read or of
 * requests written: the payload floor), and resolves to an Outcome: any exception becomes
 * `{ ok: false, error }` in the UI language. Input values and static formats are never written at
 * all. A score run that fails half-way takes back the sheets it had added and, once it had begun
 * to flag, every flag (a failed re-flag leaves the input unflagged rather than half-flagged); own
 * output sheets it was rewriting stay own, and the next run rewrites them.
 */
import type { Outcome, WorkbookApi, WorkbookInfo } from '../../app/api';
import type { Lang } from '../../engine/model';
import { parseArea } from '../../workbook/grid';
import { createActivity } from './activity';
import { errorDetail, hostText, type HostTextKey } from './texts';
import { watchChanges } from './watch';

/** `Excel.run`'s basic form; `Excel.run` itself and `MemoryWorkbook.run` both fit it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;


/**
 * Whether Excel can list merged areas (ExcelApi 1.13; the manifest asks for 1.7). Outside Office —
 * the tests' and the preview's in-memory Excel — there is no `Office` and the fake has them.
 */
function mergesSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const failure = <T>(key: HostTextKey, lang: Lang, detail: string): Outcome<T> => ({ ok: false, error: hostText(key, lang, detail) });

/** Inspect from its module (the reader and the check), loaded on first use; a module that cannot load is a failure. */
async function inspect(excel: ExcelRun, lang: Lang): Promise<Outcome<WorkbookInfo>> {
  let m: typeof import('./inspect');
  try {
    m = await import(/* webpackChunkName: "workbook-read" */ './inspect');
  } catch (e) {
    return failure('read', lang, errorDetail(e, lang));
  }
  return m.inspect(excel, lang, mergesSupported());
}

async function select(excel: ExcelRun, sheet: string, cell: string, lang: Lang): Promise<Outcome<void>> {
  if (!parseArea(cell)) return failure('badCell', lang, cell);
  try {
    const found = await excel(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return false;
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
      return true;
    });
    return found ? ok(undefined) : failure('noSheet', lang, sheet);
  } catch (e) {
    return failure('select', lang, errorDetail(e, lang));
  }
}

type ActionsModule = typeof import('./actions');

/**
 * Runs a writing action (score, template, ballots, flags, history) from its module, loaded on first
 * use; a module that cannot load is a failure, as withForms below.
 */
async function withActions<T>(lang: Lang, key: HostTextKey, call: (m: ActionsModule) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  let m: ActionsModule;
  try {
    m = await import(/* webpackChunkName: "workbook-actions" */ './actions');
  } catch (e) {
    return failure(key, lang, errorDetail(e, lang));
  }
  return call(m);
}

type FormsModule = typeof import('./forms');

/** Runs a unit-form action from its module, loaded on first use; a module that cannot load is a failure. */
async function withForms<T>(lang: Lang, key: HostTextKey, call: (m: FormsModule) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  let m: FormsModule;
  try {
    m = await import(/* webpackChunkName: "unit-forms" */ './forms');
  } catch (e) {
    return failure(key, lang, errorDetail(e, lang));
  }
  return call(m);
}

/** The WorkbookApi over Excel (`Excel.run` by default; tests pass `MemoryWorkbook.run`). */
export function createOfficeApi(run?: ExcelRun): WorkbookApi {
  const excel: ExcelRun = run ?? ((batch) => Excel.run(batch));
  // The actions in progress, for the re-read watch (reread.ts): it waits while one reads or writes.
  const activity = createActivity();
  const act = <T>(action: () => Promise<T>): Promise<T> => activity.during(action);
  const touch = <T>(action: () => Promise<T>): Promise<T> => activity.during(action, false);
  return {
    inspect: (lang) => act(() => inspect(excel, lang)),
    // The writing actions, their output builders, presets and writer load when first used, not with the pane.
    insertTemplate: async (preset, lang) => act(() => withActions(lang, 'template', (m) => m.insertTemplate(excel, preset, lang))),
    score: async (options, progress) => act(() => withActions(options.lang, 'score', (m) => m.score(excel, options, progress))),
    clearFlags: async (lang) => act(() => withActions(lang, 'clear', (m) => m.clearFlags(excel, lang))),
    // Going to a cell reads no values: a re-read it overlaps still reports what it found.
    select: (sheet, cell, lang) => touch(() => select(excel, sheet, cell, lang)),
    makeBallots: async (lang) => act(() => withActions(lang, 'ballots', (m) => m.ballots(excel, lang))),
    saveHistory: async (lang, elected) => act(() => withActions(lang, 'write', (m) => m.saveHistory(excel, lang, elected, mergesSupported()))),
    // The unit-form actions, their jobs and their .xlsx code load when first used, not with the pane.
    makeForms: async (lang) => act(() => withForms(lang, 'forms', (m) => m.makeForms(excel, lang))),
    consolidate: async (files, options) => act(() => withForms(options.lang, 'consolidate', (m) => m.consolidateForms(excel, files, options))),
    undoConsolidation: async (lang) => act(() => withForms(lang, 'undo', (m) => m.undoConsolidation(excel, lang))),
    watchChanges: (onChange) => watchChanges(excel, onChange, { activity }),
  };
}

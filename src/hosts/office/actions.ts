/**
 * The Office.js host's actions that write to the workbook — Chấm điểm (score, with the formula
 * audit and the flags), Chèn mẫu (insert a template), Tạo phiếu bầu (ballots), Xoá đánh dấu (clear
 * flags) and Lưu lịch sử (save history) — with the output builders, the presets and the writer they
 * need. src/hosts/office/api.ts loads this module on first use (chunk "workbook-actions"), so the
 * task pane's first load carries only what inspect and select need.
 */
import type { BallotsRun, Outcome, ScoreOptions, ScoreRun, ScoreStep, TemplateRun, WorkbookInfo } from '../../app/api';
import { makeBallots, type BallotsOutcome } from '../../jobs/ballots';
import type { Lang } from '../../engine/model';
import { scoreBookSliced, writeScored } from '../../jobs/score';
import { runSlicedAsync } from '../../engine/sliced';
import { templateSheets } from '../../jobs/template';
import { OWN_MARKERS } from '../../workbook/output';
import type { ExcelRun } from './api';
import { execute } from './chunks';
import { planFlags, type FlagPlan } from '../../jobs/flags';
import { clearFlagsIn, flagOps, freeHelperName, removeBlankFlagRules } from './flags';
import { sameName, sheetOfReference } from './markers';
import { readBook } from './read';
import { errorDetail, hostText, type HostTextKey } from './texts';
import { OfficeSheetSink, type AddedSheet } from './sink';
import { Handles, planOutputsSliced, printOps, sheetOps, type Op } from './write';

export { saveHistory } from './history';

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const failure = <T>(key: HostTextKey, lang: Lang, detail: string): Outcome<T> => ({ ok: false, error: hostText(key, lang, detail) });

/** Whether Excel can list merged areas (ExcelApi 1.13), as in ./api. */
function mergesSupported(): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}

type Added = AddedSheet;

/**
 * Takes back what a failed run had started to add: its flags (rules, helper sheet and name, found
 * as clearFlags finds them), then the sheets it added and the marker names pointing to them.
 * Best effort: if Excel cannot be reached, the next run finds and replaces what is left.
 */
async function removeAdded(excel: ExcelRun, added: Added[], flagging = false, flags: FlagPlan | null = null): Promise<void> {
  if (added.length === 0 && !flagging) return;
  try {
    await excel(async (context) => {
      if (flagging) {
        try {
          await clearFlagsIn(context);
          if (flags) await removeBlankFlagRules(context, flags.sheet, flags.area);
        } catch {
          // The flags are left for the next run or Xoá đánh dấu; the sheets below are still taken back.
        }
      }
      if (added.length === 0) return;
      const found = added.map((a) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(a.name);
        const marker = a.kind ? context.workbook.names.getItemOrNullObject(OWN_MARKERS[a.kind]) : null;
        marker?.load('formula');
        return { a, ws, marker };
      });
      await context.sync();
      for (const { a, ws, marker } of found) {
        const target = marker && !marker.isNullObject ? sheetOfReference(marker.formula) : undefined;
        if (marker && target !== undefined && (target === null || sameName(target, a.name))) marker.delete();
        if (ws.isNullObject) continue;
        if (a.helper) ws.visibility = 'Hidden';
        ws.delete();
      }
      await context.sync();
    });
  } catch {
    // The user needs the first error, not this one; the next run cleans up what is left.
  }
}

/** A cancel asked for before the writing: the run stops there, nothing written (issue 16). */
function stopIfCancelled(signal: AbortSignal | undefined, lang: Lang): void {
  if (signal?.aborted) throw new Error(hostText('cancelled', lang));
}

/** Lets the browser paint and handle input before the next synchronous stretch (issue 16). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function score(excel: ExcelRun, options: ScoreOptions, progress?: (step: ScoreStep) => void): Promise<Outcome<ScoreRun>> {
  const { lang } = options;
  const state: { step: Exclude<ScoreStep, 'done'>; sink: OfficeSheetSink | null; flagging: boolean; flags: FlagPlan | null } = {
    step: 'read',
    sink: null,
    flagging: false,
    flags: null,
  };
  const report = (step: ScoreStep): void => {
    if (step !== 'done') state.step = step;
    if (step === 'flag') state.flagging = true;
    try {
      progress?.(step);
    } catch {
      // A failing progress callback must not abort the run.
    }
  };
  try {
    const value = await excel(async (context): Promise<ScoreRun> => {
      report('read');
      const book = await readBook(context, { values: true, flags: options.flagInPlace, merges: mergesSupported() });
      report('score');
      // Each step's progress is painted, and the main thread breathes, before the next long stretch
      // and between the slices of scoring and building the sheets (a cancel is heard at each).
      const pause = async (): Promise<void> => {
        await nextTask();
        stopIfCancelled(options.signal, lang);
      };
      await pause();
      const existing = [...book.sheets, ...(book.helper ? [{ name: book.helper, marker: null }] : [])];
      const source = { grid: book.grid, existing, ignore: book.ignore };
      const scored = await runSlicedAsync(scoreBookSliced(source, { lang, ...(options.audit ? { audit: true } : {}), ...(options.documents ? { documents: true } : {}) }), pause);
      const own = book.sheets.filter((s) => s.marker).map((s) => s.name);
      const info = (written: readonly string[]): WorkbookInfo => ({
        summary: scored.summary,
        outputSheets: [...own, ...written.filter((n) => !own.some((o) => sameName(o, n)))],
        diagnostics: scored.result.diagnostics,
      });
      if (!scored.result.ok) return { result: scored.result, written: [], notes: [], flagged: 0, info: info([]) };
      report('write');
      // Planning (in slices, below) is the last moment a cancel leaves the workbook untouched.
      await pause();
      const flags = options.flagInPlace ? planFlags(scored.result) : null;
      state.flags = flags;
      // The flags are painted in the same batches as the sheets: no sync of their own.
      const adds = options.flagInPlace && flags && !book.helper ? [{ name: freeHelperName(book), kind: null, helper: true }] : [];
      const sink = (state.sink = new OfficeSheetSink(context, book, { alongside: { ops: options.flagInPlace ? flagOps(flags, book) : [], adds }, progress: report, plan: (b, sheets) => runSlicedAsync(planOutputsSliced(b, sheets), pause) }));
      const { written, notes } = (await writeScored(scored, sink))!;
      return { result: scored.result, written, notes, flagged: flags?.count ?? 0, info: info(written) };
    });
    report('done');
    return ok(value);
  } catch (e) {
    await removeAdded(excel, state.sink?.created ?? [], state.flagging, state.flags);
    return failure(state.step, lang, errorDetail(e, lang));
  }
}

export async function insertTemplate(excel: ExcelRun, presetName: string, lang: Lang): Promise<Outcome<TemplateRun>> {
  if (!templateSheets(presetName, lang).ok) return failure('unknownPreset', lang, presetName);
  const added: Added[] = [];
  try {
    const value = await excel(async (context): Promise<TemplateRun> => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const plan = templateSheets(presetName, lang, worksheets.items.map((ws) => ws.name));
      const run: TemplateRun = { inserted: [], skipped: plan.ok ? plan.skipped : [] };
      const ops: Op[] = [];
      const print: Op[] = [];
      for (const s of plan.ok ? plan.insert : []) {
        run.inserted.push(s.name);
        ops.push({ bytes: 256, run: (h) => void h.add(s.name) }, ...sheetOps(s.name, s));
        print.push(...printOps(s.name, s));
      }
      const first = run.inserted[0];
      if (first) ops.push({ bytes: 256, run: (h) => h.sheet(first).activate() });
      added.push(...run.inserted.map((name) => ({ name, kind: null })));
      const handles = new Handles(context);
      // The page layouts last, optional, in the same request (no sync of their own).
      await execute(context, handles, [...ops, ...print]);
      return run;
    });
    return ok(value);
  } catch (e) {
    await removeAdded(excel, added);
    return failure('template', lang, errorDetail(e, lang));
  }
}

export async function clearFlags(excel: ExcelRun, lang: Lang): Promise<Outcome<number>> {
  try {
    return ok(await excel((context) => clearFlagsIn(context)));
  } catch (e) {
    return failure('clear', lang, errorDetail(e, lang));
  }
}

/** Tạo phiếu bầu: one read, the ballots job, one write; a refusal changes nothing. */
export async function ballots(excel: ExcelRun, lang: Lang): Promise<Outcome<BallotsRun>> {
  const added: Added[] = [];
  try {
    const made = await excel(async (context): Promise<Exclude<BallotsOutcome, { ok: true }> | BallotsRun> => {
      const book = await readBook(context, { values: true, flags: false, merges: mergesSupported() });
      const outcome = makeBallots(book.grid, lang, { ignore: book.ignore });
      if (!outcome.ok) return outcome;
      // The page layouts last, optional (`Mẫu phiếu bầu` prints as in the command line's file).
      const sink = new OfficeSheetSink(context, book);
      try {
        const { written, notes } = await sink.write(outcome.sheets);
        return { written, voters: outcome.voters, awards: outcome.awards.length, notes };
      } finally {
        added.push(...sink.created);
      }
    });
    if (!('ok' in made)) return ok(made);
    if (made.reason === 'exists') return failure('ballotsExist', lang, made.sheet);
    if (made.reason === 'noCandidates') return failure('noCandidates', lang, '');
    return failure('ballotsErrors', lang, String(made.diagnostics.filter((d) => d.severity === 'error').length));
  } catch (e) {
    await removeAdded(excel, added);
    return failure('ballots', lang, errorDetail(e, lang));
  }
}

/**
 * The prop boundary of the pane: a fake WorkbookApi whose `inspect` and `score` return REAL results
 * of the real pipeline (fixture .xlsx → loadXlsx → scoreGrid), and a render helper.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type {
  BallotsRun,
  ConsolidateOptions,
  ConsolidationRun,
  FileBytes,
  Outcome,
  SaveHistoryRun,
  ScoreOptions,
  ScoreRun,
  ScoreStep,
  TemplateRun,
  UndoRun,
  WorkbookApi,
  WorkbookInfo,
} from '../../src/app/api';
import { applyHistoryAppend, planHistoryAppend, saveHistoryLines, type ElectedAward } from '../../src/jobs/save-history';
import type { Diagnostic } from '../../src/engine/diagnostics';
import type { Lang } from '../../src/engine/model';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { SheetGrid, WorkbookGrid } from '../../src/workbook/grid';
import { placeOutputs } from '../../src/workbook/placement';
import { makeBallots } from '../../src/jobs/ballots';
import { scoreGrid } from '../../src/workbook/pipeline';
import { App } from '../../src/taskpane/App';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture workbook as the plain grid every host reads. */
export async function loadGrid(name: 'example-a' | 'hai-phong-huyen-2024'): Promise<WorkbookGrid> {
  const bytes = readFileSync(join(FIXTURES, `${name}.xlsx`));
  const { grid } = await loadXlsx(new Uint8Array(bytes), name);
  return grid;
}

/** A deep copy to modify (cells are primitives or `{ error }`). */
export function cloneGrid(grid: WorkbookGrid): WorkbookGrid {
  return JSON.parse(JSON.stringify(grid)) as WorkbookGrid;
}

export function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** What `inspect` answers for a grid: the reader's summary and every diagnostic. */
export function inspectGrid(grid: WorkbookGrid, lang: Lang, outputSheets: string[] = []): WorkbookInfo {
  const scored = scoreGrid(grid, lang);
  return { summary: scored.summary, outputSheets, diagnostics: scored.result.diagnostics };
}

export interface FakeOptions {
  outputSheets?: string[];
  notes?: Diagnostic[];
  flagged?: number;
}

type Method<K extends keyof WorkbookApi> = NonNullable<WorkbookApi[K]>;
export type FakeApi = { [K in keyof WorkbookApi]-?: jest.Mock<ReturnType<Method<K>>, Parameters<Method<K>>> };

const ok = <T,>(value: T): Outcome<T> => ({ ok: true, value });

/** A fake api over `grid`; the template inserts nothing unless overridden. */
export function fakeApi(grid: WorkbookGrid, options: FakeOptions = {}): FakeApi {
  /** The workbook *Lưu vào lịch sử* appends to (so that a second save is refused, as in Excel). */
  let book = grid;
  return {
    inspect: jest.fn(async (lang: Lang) => ok(inspectGrid(grid, lang, options.outputSheets ?? []))),
    insertTemplate: jest.fn(async (_preset: string, _lang: Lang): Promise<Outcome<TemplateRun>> => ok({ inserted: [], skipped: [] })),
    score: jest.fn(async (o: ScoreOptions, progress?: (step: ScoreStep) => void): Promise<Outcome<ScoreRun>> => {
      progress?.('read');
      const scored = scoreGrid(grid, o.lang);
      progress?.('score');
      progress?.('write');
      if (o.flagInPlace) progress?.('flag');
      progress?.('done');
      // As the hosts place them: the Warnings sheet only when the run has warnings.
      const written = scored.result.ok ? placeOutputs([], scored.sheets).placements.map((p) => p.name) : [];
      return ok({
        result: scored.result,
        written,
        notes: options.notes ?? [],
        flagged: o.flagInPlace ? (options.flagged ?? 0) : 0,
        info: inspectGrid(grid, o.lang, [...new Set([...(options.outputSheets ?? []), ...written])]),
      });
    }),
    clearFlags: jest.fn(async (_lang: Lang): Promise<Outcome<number>> => ok(0)),
    select: jest.fn(async (_sheet: string, _cell: string, _lang: Lang): Promise<Outcome<void>> => ok(undefined)),
    // The real ballots job on the grid; the sheets are not written anywhere.
    makeBallots: jest.fn(async (lang: Lang): Promise<Outcome<BallotsRun>> => {
      const made = makeBallots(grid, lang);
      if (!made.ok) return { ok: false, error: made.reason === 'exists' ? `Sổ đã có trang “${made.sheet}”` : made.reason };
      return ok({ written: made.sheets.map((s) => s.name), voters: made.voters, awards: made.awards.length, notes: [] });
    }),
    saveHistory: jest.fn(async (lang: Lang, elected?: readonly ElectedAward[]): Promise<Outcome<SaveHistoryRun>> => {
      const plan = planHistoryAppend(book, scoreGrid(book, lang).result, lang, elected);
      const lines = saveHistoryLines(plan, lang);
      if (!plan.ok) return ok({ saved: false, lines, sheet: null, rows: 0 });
      book = applyHistoryAppend(book, plan.append);
      return ok({ saved: true, lines, sheet: plan.append.sheet, rows: plan.append.rows.length - (plan.append.create ? 1 : 0) });
    }),
    makeForms: jest.fn(async (_lang: Lang): Promise<Outcome<FileBytes[]>> => ok([])),
    consolidate: jest.fn(
      async (_files: readonly FileBytes[], _o: ConsolidateOptions): Promise<Outcome<ConsolidationRun>> =>
        ok({ ok: true, cells: 0, conflicts: 0, refused: 0, diagnostics: [], submissions: [], written: [] }),
    ),
    watchChanges: jest.fn(async (_onChange: (sheet: string) => void): Promise<Outcome<() => void>> => ok(() => undefined)),
    undoConsolidation: jest.fn(async (_lang: Lang): Promise<Outcome<UndoRun>> => ok({ restored: 0, changed: [] })),
  };
}

export function renderPane(api: WorkbookApi, lang: Lang = 'vi'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App api={api} initialLang={lang} />
    </FluentProvider>,
  );
}

/** A promise and its resolver, to look at the pane while an action is still running. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** An edit of `sheet` as Excel's onChanged reports it, to every watcher the pane registered. */
export function changeSheet(api: FakeApi, sheet: string): void {
  for (const [onChange] of api.watchChanges.mock.calls) onChange(sheet);
}

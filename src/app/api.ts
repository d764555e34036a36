/**
 * What the task pane can ask of the open workbook. The Office.js host implements it
 * (src/hosts/office); components receive it as a prop and never call `Excel.run` themselves.
 * Every call resolves (never rejects): failures come back as `{ ok: false, error }` with a message
 * in the UI language.
 */
import type { Diagnostic } from '../engine/diagnostics';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { Step } from '../jobs/ports';
import type { ElectedAward } from '../jobs/save-history';
import type { FileDiagnostic, SubmissionRow } from '../workbook/consolidate';
import type { WorkbookSummary } from '../jobs/check';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface WorkbookInfo {
  summary: WorkbookSummary;
  /** The add-in's own output sheets found in the workbook (by their current names). */
  outputSheets: string[];
  /** Everything the reader and the engine found wrong (Kiểm tra). */
  diagnostics: Diagnostic[];
}

/** The steps of a score run (the jobs' Progress steps). */
export type ScoreStep = Step;

export interface ScoreRun {
  result: ClusterResult;
  /** Output sheet names written (e.g. `Kết quả` or `Kết quả (2)`). */
  written: string[];
  /** Notes about user sheets kept (written to `NAME (2)` instead), as diagnostics. */
  notes: Diagnostic[];
  /** Input cells flagged in place (0 when not asked for). */
  flagged: number;
  /**
   * The workbook as it stands after the run (what `inspect` would now say), from the one read the run
   * made: the pane shows it without reading the workbook again.
   */
  info: WorkbookInfo;
}

export interface ScoreOptions {
  lang: Lang;
  /** Also flag the actual cells of the input data sheet with conditional formats. */
  flagInPlace: boolean;
  /** Also write the formula audit (`Công thức kiểm tra`). */
  audit?: boolean;
  /** Also write the official list (`Danh sách đề nghị khen thưởng`, Nghị định 30/2020 layout). */
  documents?: boolean;
  /** Aborted before the writing starts: the run stops and nothing is written (issue 16, *Huỷ*). */
  signal?: AbortSignal;
}

export interface TemplateRun {
  /** Sheets inserted. */
  inserted: string[];
  /** Preset sheets not inserted because a sheet of that name already exists. */
  skipped: string[];
}

export interface BallotsRun {
  /** Sheets written: `Mẫu phiếu bầu` and `Phiếu bầu` (or `NAME (2)` beside a user's sheet). */
  written: string[];
  voters: number;
  awards: number;
  notes: Diagnostic[];
}

/** What *Lưu vào lịch sử* did (cycle.md §2): saved, or refused with the rows that block it. */
export interface SaveHistoryRun {
  saved: boolean;
  /** What to show, in the UI language: the summary, or the refusal and the rows it lists. */
  lines: string[];
  /** The sheet written (`Lịch sử`); null when refused. */
  sheet: string | null;
  rows: number;
}

/** A file to download (a unit's form) or a file the user picked (a returned form). */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export interface ConsolidateOptions {
  lang: Lang;
  /** `submitted`: a conflict takes the form's value; `cluster` keeps the workbook's. */
  prefer: 'cluster' | 'submitted';
  /** False: only plan (the summary to confirm); true: write the cells and the two own sheets. */
  apply: boolean;
}

export interface ConsolidationRun {
  /** False when nothing may be written (the workbook has errors, or two files are one unit's). */
  ok: boolean;
  /** Cells to fill (or filled), conflicts, files refused. */
  cells: number;
  conflicts: number;
  refused: number;
  diagnostics: FileDiagnostic[];
  submissions: SubmissionRow[];
  /** The own sheets written (empty when only planned). */
  written: string[];
}

export interface UndoRun {
  /** Cells given back their old value. */
  restored: number;
  /** Cells changed since the consolidation, left as they are (`Sheet!A1`). */
  changed: string[];
}

export interface WorkbookApi {
  /** Reads the workbook: what it holds and what is wrong with it. */
  inspect(lang: Lang): Promise<Outcome<WorkbookInfo>>;
  /** Inserts a preset's sheets (never over existing sheets). */
  insertTemplate(preset: string, lang: Lang): Promise<Outcome<TemplateRun>>;
  /** One click: read, score, rank, nominate, write the output sheets (and flag in place). */
  score(options: ScoreOptions, progress?: (step: ScoreStep) => void): Promise<Outcome<ScoreRun>>;
  /** Removes only the in-place flags the add-in added; resolves to how many it removed. */
  clearFlags(lang: Lang): Promise<Outcome<number>>;
  /** Selects a cell (a diagnostic's location) in Excel. */
  select(sheet: string, cell: string, lang: Lang): Promise<Outcome<void>>;
  /** Tạo phiếu bầu: the ballot form and the prefilled `Phiếu bầu` from the draft (never over an existing `Phiếu bầu`). */
  makeBallots(lang: Lang): Promise<Outcome<BallotsRun>>;
  /**
   * Appends this run to `Lịch sử` (cycle.md §2). `elected`: the units the vote elected, with their
   * award (the vote is another use case; without it the award column stays blank). Optional: a
   * host without it hides the button.
   */
  saveHistory?(lang: Lang, elected?: readonly ElectedAward[]): Promise<Outcome<SaveHistoryRun>>;
  /** Tạo phiếu nhập cho đơn vị: one form per unit, as files to download. */
  makeForms(lang: Lang): Promise<Outcome<FileBytes[]>>;
  /** Gộp phiếu đơn vị: plans (apply false) or writes (apply true) the consolidation of picked files. */
  consolidate(files: readonly FileBytes[], options: ConsolidateOptions): Promise<Outcome<ConsolidationRun>>;
  /** Hoàn tác lần gộp: restores the cells `Nhật ký gộp` lists and removes the two own sheets. */
  undoConsolidation(lang: Lang): Promise<Outcome<UndoRun>>;
  /**
   * Calls `onChange(sheet)` after each edit of a sheet's cells (Office.js WorksheetCollection.onChanged
   * where Excel has it); resolves to the function that stops. Optional: without it, or refused, the
   * pane shows no "results out of date" notice.
   */
  watchChanges?(onChange: (sheet: string) => void): Promise<Outcome<() => void>>;
}

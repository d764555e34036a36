/**
 * *Lưu vào lịch sử* / `thidua score --save-history` (cycle.md §2): the rows this run appends to
 * `Lịch sử` (creating it when absent). It appends only, and refuses, listing them, when rows of the
 * same year, period and unit already exist. Grids in, a plan out; each host writes the plan
 * (the CLI into a new workbook, the pane into the open one).
 */
import { t } from '../engine/i18n';
import { DiagnosticList } from '../engine/diagnostics';
import { periodKindOf, periodLabel, periodWord, unitResolver } from '../engine/history';
import type { CellRef, Lang, PeriodKind } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { Cell, SheetGrid, WorkbookGrid } from '../workbook/grid';
import { isBlank } from '../workbook/grid';
import { readHistory } from '../workbook/read-history';
import { readUnits } from '../workbook/read-lists';
import { HISTORY_SHEET, UNITS_SHEET } from '../workbook/schema';
import { findSheets, origin, readTable } from '../workbook/table';
import '../engine/i18n/result-history';

/**
 * An award the vote elected a unit for. The vote (vote.md) is built elsewhere: whoever runs it
 * passes its elected units here; without a vote the award column stays blank.
 */
export interface ElectedAward {
  unit: string;
  award: string;
}

type HistoryKey = (typeof HISTORY_SHEET.columns)[number]['key'];

/** What to write: cells by 0-based absolute row and column of `sheet`. */
export interface HistoryAppend {
  sheet: string;
  /** The sheet does not exist yet: create it (its header is the first of `rows`). */
  create: boolean;
  /** 0-based absolute row of the first row of `rows`. */
  startRow: number;
  /** 0-based absolute column of the first cell of each row. */
  startCol: number;
  rows: Cell[][];
  /** The units written, in rank order. */
  units: string[];
  year: number;
  period: PeriodKind;
}

export interface ExistingRow {
  unit: string;
  year: number;
  period: PeriodKind;
  at: CellRef;
}

export type SaveHistoryOutcome =
  | { ok: true; append: HistoryAppend }
  /** The run has errors (nothing was ranked), or no `Năm` to file it under. */
  | { ok: false; reason: 'notScored' | 'noYear' }
  /** `Lịch sử` exists but its header cannot be found (its error is in `diagnostics`). */
  | { ok: false; reason: 'badSheet'; diagnostics: DiagnosticList['items'] }
  /** A mid-year run, and the sheet has no `Kỳ` column: its rows would read back as the year. */
  | { ok: false; reason: 'noPeriodColumn'; sheet: string }
  /** Rows of the same year, period and unit exist: listed, nothing appended. */
  | { ok: false; reason: 'duplicates'; existing: ExistingRow[] };

const FIELDS: readonly HistoryKey[] = ['year', 'period', 'unit', 'rank', 'total', 'percent', 'classification', 'taskResult', 'award', 'decision'];

/** 0-based absolute index of the last row holding anything (the header row at least). */
function lastFilledRow(sheet: SheetGrid): number {
  const o = origin(sheet);
  for (let i = sheet.rows.length - 1; i >= 0; i--) if ((sheet.rows[i] ?? []).some((c) => !isBlank(c))) return o.row + i;
  return o.row - 1;
}

/** The rows of one unit: one per award elected (a vote), or one with the award blank. */
function unitRows(u: ClusterResult['units'][number], year: number, period: PeriodKind, awards: readonly string[]): Record<HistoryKey, Cell>[] {
  const base: Record<HistoryKey, Cell> = {
    year,
    period: periodWord(period, 'vi'),
    unit: u.unit,
    rank: u.rank,
    total: u.total,
    percent: u.percent,
    classification: u.classification || null,
    taskResult: null,
    award: null,
    decision: null,
  };
  return awards.length ? awards.map((award) => ({ ...base, award })) : [base];
}

/** The units the run's vote elected, with their award (none when the workbook has no `Phiếu bầu`). */
export function electedOf(result: ClusterResult): ElectedAward[] {
  return (result.vote?.awards ?? []).flatMap((a) => a.candidates.filter((c) => c.outcome === 'elected').map((c) => ({ unit: c.unit, award: a.award })));
}

/** `elected` defaults to the units the run's own vote elected (cycle.md §2: the award column). */
export function planHistoryAppend(grid: WorkbookGrid, result: ClusterResult, lang: Lang, elected: readonly ElectedAward[] = electedOf(result)): SaveHistoryOutcome {
  if (!result.ok) return { ok: false, reason: 'notScored' };
  const year = result.year;
  if (year === null) return { ok: false, reason: 'noYear' };
  const period = periodKindOf(result.period);
  const awardsOf = (unit: string): string[] => elected.filter((e) => e.unit === unit).map((e) => e.award);
  const records = result.units.flatMap((u) => unitRows(u, year, period, awardsOf(u.unit)));
  const base = { units: result.units.map((u) => u.unit), year, period };

  const sheet = findSheets(grid, HISTORY_SHEET)[0];
  if (!sheet) {
    const header = HISTORY_SHEET.columns.map((c) => c[lang]);
    // Always `Lịch sử`: Excel reserves the sheet name "History" (it refuses to create it).
    return { ok: true, append: { ...base, sheet: HISTORY_SHEET.vi, create: true, startRow: 0, startCol: 0, rows: [header, ...records.map((r) => FIELDS.map((k) => r[k]))] } };
  }
  const diags = new DiagnosticList();
  const table = readTable<HistoryKey>(sheet, HISTORY_SHEET, diags);
  if (!table) return { ok: false, reason: 'badSheet', diagnostics: diags.items };
  if (period === 'half' && !table.columns.has('period')) return { ok: false, reason: 'noPeriodColumn', sheet: sheet.name };
  // Rows already there for this period: under a unit's name or one of its former names.
  const former = formerNames(grid);
  const { resolve } = unitResolver(result.units.map((u) => ({ name: u.unit, role: '', disciplined: false, note: '', formerNames: former.get(u.unit) ?? [] })));
  const existing: ExistingRow[] = readHistory(sheet, new DiagnosticList())
    .filter((r) => r.year === year && r.period === period && resolve(r.unit) !== undefined)
    .map((r) => ({ unit: r.unit, year: r.year, period: r.period, at: r.at?.unit ?? { sheet: sheet.name, cell: 'A1' } }));
  if (existing.length) return { ok: false, reason: 'duplicates', existing };
  // Cells placed under the sheet's own headers, whatever their order; columns it lacks are left out.
  const cols = [...table.columns.entries()];
  const startCol = Math.min(...cols.map(([, c]) => c));
  const width = Math.max(...cols.map(([, c]) => c)) - startCol + 1;
  const rows = records.map((r) => {
    const row: Cell[] = new Array<Cell>(width).fill(null);
    for (const [k, c] of cols) row[c - startCol] = r[k];
    return row;
  });
  return { ok: true, append: { ...base, sheet: sheet.name, create: false, startRow: lastFilledRow(sheet) + 1, startCol, rows } };
}

/** The former names of each unit, from `Đơn vị` (the result does not carry them). */
function formerNames(grid: WorkbookGrid): Map<string, string[]> {
  const sheet = findSheets(grid, UNITS_SHEET)[0];
  const units = sheet ? readUnits(sheet, new DiagnosticList()) : [];
  return new Map(units.map((u) => [u.name, u.formerNames ?? []] as const));
}

/** The plan applied to a grid (the in-memory preview, tests): the sheet created or rows appended. */
export function applyHistoryAppend(grid: WorkbookGrid, a: HistoryAppend): WorkbookGrid {
  const existing = grid.sheets.find((s) => s.name === a.sheet);
  const sheet: SheetGrid = existing ? { ...existing, rows: existing.rows.map((r) => [...r]) } : { name: a.sheet, rows: [], originRow: 0, originCol: 0 };
  const o = origin(sheet);
  a.rows.forEach((cells, i) => {
    const r = a.startRow + i - o.row;
    while (sheet.rows.length <= r) sheet.rows.push([]);
    const row = sheet.rows[r]!;
    cells.forEach((c, j) => {
      const col = a.startCol + j - o.col;
      while (row.length <= col) row.push(null);
      if (c !== null) row[col] = c;
    });
  });
  return { ...grid, sheets: existing ? grid.sheets.map((s) => (s === existing ? sheet : s)) : [...grid.sheets, sheet] };
}




/** The outcome in words, one line per item (the CLI prints them, the pane shows them). */
export function saveHistoryLines(outcome: SaveHistoryOutcome, lang: Lang, sheetName = HISTORY_SHEET.vi): string[] {
  if (outcome.ok) {
    const a = outcome.append;
    return [t(lang, 'result.history.saved', { rows: String(a.rows.length - (a.create ? 1 : 0)), units: String(a.units.length), period: periodLabel(a, lang), sheet: a.sheet })];
  }
  switch (outcome.reason) {
    case 'notScored':
    case 'noYear':
      return [t(lang, `result.history.${outcome.reason}`)];
    case 'badSheet':
      return [t(lang, 'result.history.badSheet', { sheet: outcome.diagnostics[0]?.sheet ?? sheetName })];
    case 'noPeriodColumn':
      return [t(lang, 'result.history.noPeriodColumn', { sheet: outcome.sheet })];
    case 'duplicates': {
      const first = outcome.existing[0]!;
      return [
        t(lang, 'result.history.duplicates', { count: String(outcome.existing.length), period: periodLabel(first, lang) }),
        ...outcome.existing.map((e) => `  ${e.at.sheet}!${e.at.cell}: ${e.unit}`),
      ];
    }
  }
}

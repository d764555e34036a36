/**
 * Reading a workbook grid into the engine's model, with every problem as a located diagnostic.
 * Shared by every host: the Office.js task pane, the exceljs CLI and the in-memory preview.
 */
import { defaultAwards } from '../engine/awards';
import { DiagnosticList, type Diagnostic } from '../engine/diagnostics';
import { attachColumns, EntryColumns } from '../engine/columns';
import { countsInGroups, isExtra, isGroup } from '../engine/kinds';
import type { ClusterModel, Criterion, Unit } from '../engine/model';
import { normalizeUnitName } from '../engine/names';
import type { WorkbookGrid } from './grid';
import { readCriteria } from './read-criteria';
import { readWideData } from './read-data';
import { readLongColumns } from './read-columns';
import { checkHistoryUnits, readHistory } from './read-history';
import { readAwards, readUnits } from './read-lists';
import { findRoles } from './read-roles';
import { readSettings } from './read-settings';
import { readBallots } from './read-ballots';
import { CRITERIA_SHEET, DATA_SHEET, WIDE_SHEETS } from './schema';

export type Layout = 'long' | 'wide';

/** What the reader found, for the task pane's summary. */
export interface WorkbookSummary {
  cluster: string | null;
  layout: Layout | null;
  units: number;
  /** Scored leaf criteria (the component criteria, without bonus and penalty items). */
  criteria: number;
  /** Bonus and penalty items. */
  extras: number;
  groups: number;
  sheets: { criteria?: string; data?: string[]; units?: string; awards?: string; settings?: string; ballots?: string; history?: string };
}

export interface ReadResult {
  /** Null when the workbook cannot be read into a model at all (no criteria or data sheet). */
  model: ClusterModel | null;
  diagnostics: Diagnostic[];
  summary: WorkbookSummary;
}

export interface ReadOptions {
  /** Sheets to leave out (the add-in's own output sheets). */
  ignore?: ReadonlySet<string>;
}

/** The units named in the data, each once, at its first row (rows of one name are looked at once). */
function unitsFromColumns(columns: EntryColumns): Unit[] {
  const seen = new Map<string, Unit>();
  const firstRow = new Int32Array(columns.unitNames.length).fill(-1);
  for (let r = 0; r < columns.length; r++) {
    const id = columns.unit[r]!;
    if (firstRow[id]! >= 0) continue;
    firstRow[id] = r;
    const name = columns.unitNames[id]!;
    const key = normalizeUnitName(name);
    if (!seen.has(key)) seen.set(key, { name, role: '', disciplined: false, note: '', at: { name: columns.at(r, 'unit') } });
  }
  return [...seen.values()];
}

export function readWorkbook(wb: WorkbookGrid, options: ReadOptions = {}): ReadResult {
  const diags = new DiagnosticList();
  const input: WorkbookGrid = options.ignore ? { ...wb, sheets: wb.sheets.filter((s) => !options.ignore!.has(s.name)) } : wb;
  const roles = findRoles(input, diags);
  const { criteria: criteriaSheet, data: dataSheet, wide, units: unitsSheet, awards: awardsSheet, settings: settingsSheet, ballots: ballotsSheet, history: historySheet } = roles;
  const layout: Layout | null = dataSheet ? 'long' : wide.actual ? 'wide' : null;
  const summary: WorkbookSummary = {
    cluster: null,
    layout,
    units: 0,
    criteria: 0,
    extras: 0,
    groups: 0,
    sheets: {
      criteria: criteriaSheet?.name,
      data: dataSheet ? [dataSheet.name] : Object.values(wide).map((s) => s.name),
      units: unitsSheet?.name,
      awards: awardsSheet?.name,
      settings: settingsSheet?.name,
      ...(ballotsSheet ? { ballots: ballotsSheet.name } : {}),
      ...(historySheet ? { history: historySheet.name } : {}),
    },
  };

  if (!criteriaSheet)
    diags.error({ sheet: CRITERIA_SHEET.vi, cell: 'A1' }, 'missingSheet', { sheet: CRITERIA_SHEET.vi, alias: CRITERIA_SHEET.en });
  if (!layout) diags.error({ sheet: DATA_SHEET.vi, cell: 'A1' }, 'noDataSheet', {});
  if (dataSheet) {
    const other = WIDE_SHEETS.map((w) => wide[w.field]).find((s) => s !== undefined);
    if (other) diags.error({ sheet: other.name, cell: 'A1' }, 'bothLayouts', { sheet: other.name });
  }
  if (wb.mergesUnknown) diags.warning({ sheet: (dataSheet ?? criteriaSheet ?? input.sheets[0])?.name ?? DATA_SHEET.vi, cell: 'A1' }, 'mergesUnchecked', {});
  const settings = readSettings(settingsSheet, wb.name, diags);
  summary.cluster = settings.cluster;
  if (!criteriaSheet || !layout) {
    // Nothing to score, but the summary still says what the sheets that are there hold.
    if (criteriaSheet) countCriteria(summary, readCriteria(criteriaSheet, diags).criteria);
    if (unitsSheet) summary.units = readUnits(unitsSheet, diags).length;
    return { model: null, diagnostics: diags.items, summary };
  }

  const { criteria, unreadable, found } = readCriteria(criteriaSheet, diags);
  // Without its header the criteria sheet says nothing: checking the data against it would only
  // report every code as unknown.
  if (!found) {
    if (unitsSheet) summary.units = readUnits(unitsSheet, diags).length;
    return { model: null, diagnostics: diags.items, summary };
  }
  const byCode = new Map<string, Criterion>();
  for (const c of criteria) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const ctx = { criteria: byCode, unreadable, diags, year: settings.year };
  // The figures as typed columns: the long layout straight from its rows, the wide one from its records.
  const columns = layout === 'long' ? readLongColumns(dataSheet!, ctx) : EntryColumns.fromEntries(readWideData(wide, ctx));
  // A sheet with its headers and no row (the blank template's) counts as absent: the units come from
  // the data, the awards are the defaults; a warning says so.
  const listed = unitsSheet ? readUnits(unitsSheet, diags) : [];
  const unitsFromSheet = listed.length > 0;
  if (unitsSheet && !unitsFromSheet) diags.warning({ sheet: unitsSheet.name, cell: 'A1' }, 'emptyUnitsSheet', { sheet: unitsSheet.name });
  const units = unitsFromSheet ? listed : unitsFromColumns(columns);
  const listedAwards = awardsSheet ? readAwards(awardsSheet, diags) : [];
  if (awardsSheet && listedAwards.length === 0 && !diags.items.some((d) => d.severity === 'error' && d.sheet === awardsSheet.name))
    diags.warning({ sheet: awardsSheet.name, cell: 'A1' }, 'emptyAwardsSheet', { sheet: awardsSheet.name });
  const awards = listedAwards.length > 0 || (awardsSheet && diags.items.some((d) => d.severity === 'error' && d.sheet === awardsSheet.name)) ? listedAwards : defaultAwards();
  const sheets = { criteria: criteriaSheet.name, data: dataSheet?.name ?? wide.actual?.name, units: unitsSheet?.name, awards: awardsSheet?.name, settings: settingsSheet?.name };
  const model: ClusterModel = attachColumns({ criteria, units, awards, settings, unitsFromSheet, sheets }, columns);
  if (ballotsSheet) {
    // A `Phiếu bầu` sheet with its headers and no ballot yet (as `thidua ballots` may leave it) is no vote.
    const ballots = readBallots(ballotsSheet, diags);
    if (ballots.length > 0) Object.assign(model, { ballots, sheets: { ...sheets, ballots: ballotsSheet.name } });
    else if (!diags.items.some((d) => d.severity === 'error' && d.sheet === ballotsSheet.name))
      diags.warning({ sheet: ballotsSheet.name, cell: 'A1' }, 'emptyBallotsSheet', { sheet: ballotsSheet.name });
  }
  if (historySheet) {
    model.history = readHistory(historySheet, diags);
    model.sheets = { ...model.sheets, history: historySheet.name };
    checkHistoryUnits(units, model.history, diags);
  }

  summary.units = units.length;
  countCriteria(summary, criteria);
  return { model, diagnostics: diags.items, summary };
}

function countCriteria(summary: WorkbookSummary, criteria: readonly Criterion[]): void {
  summary.criteria = criteria.filter(countsInGroups).length;
  summary.extras = criteria.filter(isExtra).length;
  summary.groups = criteria.filter(isGroup).length;
}

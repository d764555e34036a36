/**
 * Consolidating the units' submission forms into the cluster's data sheet (cycle.md §1), as a plan:
 * which cells to write (old and new value, from which file), the conflicts, the files refused and
 * why, and each unit's submission status. Pure: grids in, a plan out; hosts write the cells.
 */
import { DiagnosticList, formatDiagnostic, type Diagnostic } from '../engine/diagnostics';
import type { MessageCode, MessageParams } from '../engine/messages';
import { countsInGroups, hasTarget, isExtra, readsYesNo } from '../engine/kinds';
import type { ClusterModel, Lang } from '../engine/model';
import { cleanName, normalizeUnitName } from '../engine/names';
import { parseCode, parseNumber, parseText, parseYesNo, type Parsed } from './cells';
import { criteriaFingerprint } from './fingerprint';
import { FORM_MARKER, formCriteria, PASS_FAIL, resolveMarker, sameCluster, type FormMarker } from './forms';
import { address, isBlank, type Cell, type SheetGrid, type WorkbookGrid } from './grid';
import { readWorkbook } from './read';
import { CRITERIA_SHEET, DATA_SHEET } from './schema';
import { cellAt, readTable, type Table, type TableRow } from './table';

type DataKey = (typeof DATA_SHEET.columns)[number]['key'];

/** The columns a unit owns: the only ones consolidation writes. */
export const OWNED = ['actual', 'self', 'evidence', 'note'] as const;
export type OwnedField = (typeof OWNED)[number];

/** A file a unit sent back, as its host read it. */
export interface SubmittedForm {
  /** The file's name, as diagnostics show it. */
  file: string;
  /** Null when the bytes could not be read as a workbook. */
  grid: WorkbookGrid | null;
  /** Workbook-level defined names (name → what it refers to, e.g. `'Hướng dẫn'!$B$17`). */
  names: ReadonlyMap<string, string>;
  /** When the form was last saved (ISO), from its properties. */
  modified: string | null;
}

/** A diagnostic of one of several files: shown as `file › Sheet!Cell: message`. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}

export function formatFileDiagnostic(d: FileDiagnostic, lang: Lang): string {
  return `${d.file} › ${formatDiagnostic(d, lang)}`;
}

/** One cell the consolidation writes into the cluster workbook. */
export interface CellWrite {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  col: number;
  cell: string;
  old: Cell;
  value: Cell;
  /** The form it comes from. */
  file: string;
}

export interface Conflict {
  unit: string;
  code: string;
  field: OwnedField;
  /** The cluster's cell. */
  sheet: string;
  cell: string;
  old: Cell;
  value: Cell;
  file: string;
  /** True when the submitted value replaced the cluster's (--prefer submitted). */
  replaced: boolean;
}

export type SubmissionStatus =
  | { kind: 'submitted' }
  | { kind: 'missing' }
  | { kind: 'incomplete'; rows: number }
  | { kind: 'refused'; code: MessageCode; params: MessageParams };

export interface SubmissionRow {
  unit: string | null;
  file: string | null;
  modified: string | null;
  filled: number;
  expected: number;
  conflicts: number;
  status: SubmissionStatus;
}

export interface ConsolidationPlan {
  /** False when nothing may be written: the cluster workbook has errors, or two files claim one unit. */
  ok: boolean;
  diagnostics: FileDiagnostic[];
  writes: CellWrite[];
  conflicts: Conflict[];
  submissions: SubmissionRow[];
  /** How many files were refused. */
  refused: number;
  /** The cluster's data sheet, as named in the workbook. */
  dataSheet: string | null;
}

export interface ConsolidateOptions {
  /** `submitted`: a conflict takes the form's value; `cluster` (default) keeps the cluster's. */
  prefer?: 'cluster' | 'submitted';
}

/** Cluster errors that do not stop consolidation: a data sheet with its header and no row yet. */
const TOLERATED: ReadonlySet<MessageCode> = new Set<MessageCode>(['noRows']);

const key = (unit: string, code: string): string => `${normalizeUnitName(unit)}\u0000${code}`;

/** A cell's value read the way the reader reads the field; null for blank, undefined when unreadable. */
function parsed(field: OwnedField, cell: Cell | undefined, passfail: boolean): number | boolean | string | null | undefined {
  // A blank pass/fail cell reads as "no" when scoring; here it is what it is: nothing sent yet.
  if (cell === undefined || isBlank(cell)) return null;
  let p: Parsed<number | boolean | string | null>;
  if (field === 'actual') p = passfail ? parseYesNo(cell) : parseNumber(cell, DATA_SHEET.columns[3].vi);
  else if (field === 'self') p = parseNumber(cell, DATA_SHEET.columns[4].vi);
  else p = parseText(cell);
  return p.ok ? p.value : undefined;
}

/** The value written for a parsed one: numbers as numbers, yes/no as the form's words, text as text. */
function written(value: number | boolean | string): Cell {
  return typeof value === 'boolean' ? (value ? PASS_FAIL.vi[0] : PASS_FAIL.vi[1]) : value;
}

function shown(v: Cell | undefined): string {
  return v === null || v === undefined ? '' : typeof v === 'object' ? ('error' in v ? v.error : `=${v.formula}`) : String(v);
}

/** A row of the cluster's data sheet: one it has, or one consolidation appends. */
interface DataRow {
  /** 0-based absolute row. */
  row: number;
  get(key: DataKey): Cell | undefined;
}

interface ClusterSide {
  model: ClusterModel;
  sheet: SheetGrid;
  table: Table<DataKey>;
  rows: Map<string, DataRow>;
  /** 0-based column of each field (owned columns added on demand). */
  columns: Map<DataKey, number>;
  nextRow: number;
  nextCol: number;
}

function clusterSide(model: ClusterModel, grid: WorkbookGrid): ClusterSide | null {
  const sheet = grid.sheets.find((s) => s.name === model.sheets?.data);
  if (!sheet) return null;
  const table = readTable<DataKey>(sheet, DATA_SHEET, new DiagnosticList());
  if (!table) return null;
  const rows = new Map<string, DataRow>();
  for (const r of table.rows) {
    const unit = parseText(r.get('unit'));
    const code = parseCode(r.get('criterion'));
    if (unit.ok && code.ok && unit.value && code.value && !rows.has(key(unit.value, code.value))) rows.set(key(unit.value, code.value), r);
  }
  const o = { row: sheet.originRow ?? 0, col: sheet.originCol ?? 0 };
  const header = sheet.rows[table.headerRow - o.row] ?? [];
  let lastCol = o.col;
  header.forEach((c, j) => {
    if (!isBlank(c)) lastCol = o.col + j;
  });
  let lastRow = table.headerRow;
  sheet.rows.forEach((cells, i) => {
    if (cells.some((c) => !isBlank(c))) lastRow = Math.max(lastRow, o.row + i);
  });
  return { model, sheet, table, rows, columns: new Map(table.columns), nextRow: lastRow + 1, nextCol: lastCol + 1 };
}

const OWNED_HEADER: Record<OwnedField, string> = {
  actual: DATA_SHEET.columns[3].vi,
  self: DATA_SHEET.columns[4].vi,
  evidence: DATA_SHEET.columns[6].vi,
  note: DATA_SHEET.columns[7].vi,
};

/** The form's identity checks; the refusal, or null when the form is this cluster's. */
function identityProblem(
  marker: FormMarker,
  model: ClusterModel,
  fingerprint: string,
): { code: MessageCode; params: MessageParams } | null {
  const s = model.settings;
  const cluster = s.cluster ?? '';
  const sameTime = marker.year === s.year && normalizeUnitName(marker.period ?? '') === normalizeUnitName(s.period ?? '');
  if (!sameCluster(marker.cluster, cluster) || !sameTime) {
    const describe = (c: string, y: number | null, p: string | null): string => [c, p, y === null ? null : String(y)].filter((x) => x).join(' ');
    return { code: 'formOtherCluster', params: { value: describe(marker.cluster, marker.year, marker.period), expected: describe(cluster, s.year, s.period) } };
  }
  if (marker.criteria !== fingerprint) return { code: 'formOtherCriteria', params: { value: marker.criteria, expected: fingerprint } };
  if (!model.units.some((u) => normalizeUnitName(u.name) === normalizeUnitName(marker.unit))) return { code: 'formNotMember', params: { unit: marker.unit } };
  return null;
}

export function planConsolidation(cluster: { file: string; grid: WorkbookGrid }, forms: readonly SubmittedForm[], options: ConsolidateOptions = {}): ConsolidationPlan {
  const prefer = options.prefer ?? 'cluster';
  const diagnostics: FileDiagnostic[] = [];
  const add = (file: string, d: Diagnostic): void => {
    diagnostics.push({ ...d, file });
  };
  const plan: ConsolidationPlan = { ok: false, diagnostics, writes: [], conflicts: [], submissions: [], refused: 0, dataSheet: null };

  const read = readWorkbook(cluster.grid);
  for (const d of read.diagnostics) if (d.severity === 'error' || !TOLERATED.has(d.code)) add(cluster.file, d);
  const blocking = read.diagnostics.some((d) => d.severity === 'error' && !TOLERATED.has(d.code));
  if (!read.model || blocking) return plan;
  const model = read.model;
  const side = read.summary.layout === 'long' ? clusterSide(model, cluster.grid) : null;
  if (!side) {
    add(cluster.file, { severity: 'error', sheet: read.summary.sheets.data?.[0] ?? DATA_SHEET.vi, cell: 'A1', code: 'consolidateNeedsLong', params: {} });
    return plan;
  }
  plan.dataSheet = side.sheet.name;
  const fingerprint = criteriaFingerprint(model.criteria);
  const leaves = new Map(formCriteria(model.criteria).map((c) => [c.code, c] as const));
  const expected = [...leaves.values()].filter(countsInGroups).length;

  // First pass: who each file is. Two files of one unit stop everything, both named.
  const claims = new Map<string, string>();
  const identified: { form: SubmittedForm; marker: FormMarker | null; problem: { code: MessageCode; params: MessageParams } | null }[] = [];
  for (const form of forms) {
    if (!form.grid) {
      identified.push({ form, marker: null, problem: { code: 'formUnreadable', params: {} } });
      continue;
    }
    const marker = resolveMarker(form.names.get(FORM_MARKER), form.grid);
    if (!marker) {
      identified.push({ form, marker: null, problem: { code: 'formNoMarker', params: { name: FORM_MARKER } } });
      continue;
    }
    const problem = identityProblem(marker, model, fingerprint);
    identified.push({ form, marker, problem });
    if (problem?.code === 'formOtherCluster' || problem?.code === 'formOtherCriteria') continue;
    const unitKey = normalizeUnitName(marker.unit);
    const first = claims.get(unitKey);
    if (first !== undefined)
      add(form.file, { severity: 'error', sheet: DATA_SHEET.vi, cell: 'A1', code: 'formDuplicateUnit', params: { unit: marker.unit, first, second: form.file } });
    else claims.set(unitKey, form.file);
  }
  if (diagnostics.some((d) => d.code === 'formDuplicateUnit')) return plan;

  const byUnit = new Map<string, SubmissionRow>();
  const strangers: SubmissionRow[] = [];
  for (const { form, marker, problem } of identified) {
    const row: SubmissionRow = { unit: marker ? cleanName(marker.unit) : null, file: form.file, modified: form.modified, filled: 0, expected, conflicts: 0, status: { kind: 'submitted' } };
    const member = marker !== null && model.units.find((u) => normalizeUnitName(u.name) === normalizeUnitName(marker.unit));
    if (member) row.unit = member.name;
    const refuse = (code: MessageCode, params: MessageParams, at?: { sheet: string; cell: string }): void => {
      row.status = { kind: 'refused', code, params };
      add(form.file, { severity: 'error', sheet: at?.sheet ?? DATA_SHEET.vi, cell: at?.cell ?? 'A1', code, params });
      plan.refused++;
    };
    if (problem) refuse(problem.code, problem.params);
    else consolidateForm(form, marker!, row, refuse);
    // A unit's row shows the form taken rather than a refused one (another cluster's, say).
    const k = member ? normalizeUnitName(member.name) : null;
    const held = k === null ? undefined : byUnit.get(k);
    if (k !== null && (held === undefined || (held.status.kind === 'refused' && row.status.kind !== 'refused'))) {
      if (held) strangers.push(held);
      byUnit.set(k, row);
    } else strangers.push(row);
  }

  function consolidateForm(form: SubmittedForm, marker: FormMarker, row: SubmissionRow, refuse: (code: MessageCode, params: MessageParams, at?: { sheet: string; cell: string }) => void): void {
    const grid = form.grid!;
    // Checked like any workbook; the criteria's name column of the form is not an unknown column.
    const own = readWorkbook(grid);
    const nameKey = CRITERIA_SHEET.columns[1];
    const problems = own.diagnostics.filter((d) => !(d.code === 'unknownColumn' && (d.params.header === nameKey.vi || d.params.header === nameKey.en)));
    for (const d of problems) add(form.file, d);
    const formSheet = grid.sheets.find((s) => s.name === own.model?.sheets?.data);
    if (own.model && criteriaFingerprint(own.model.criteria) !== marker.criteria) {
      refuse('formOtherCriteria', { value: criteriaFingerprint(own.model.criteria), expected: marker.criteria }, { sheet: own.model.sheets?.criteria ?? CRITERIA_SHEET.vi, cell: 'A1' });
      return;
    }
    const table = formSheet ? readTable<DataKey>(formSheet, DATA_SHEET, new DiagnosticList()) : null;
    let errors = problems.filter((d) => d.severity === 'error').length;
    const rows: { row: TableRow<DataKey>; code: string }[] = [];
    for (const r of table?.rows ?? []) {
      const unit = parseText(r.get('unit'));
      const code = parseCode(r.get('criterion'));
      if (!unit.ok || !code.ok || !unit.value || !code.value) continue;
      if (normalizeUnitName(unit.value) !== normalizeUnitName(marker.unit)) {
        refuse('formOtherUnitRows', { unit: unit.value, owner: marker.unit }, r.at('unit'));
        return;
      }
      if (!leaves.has(code.value)) {
        add(form.file, { severity: 'error', ...r.at('criterion'), code: 'formUnknownRow', params: { code: code.value } });
        errors++;
        continue;
      }
      rows.push({ row: r, code: code.value });
    }
    if (!own.model || !table || errors > 0) {
      refuse('formHasErrors', { count: Math.max(errors, 1) });
      return;
    }
    const unitName = row.unit!;
    const filledCodes = new Set<string>();
    for (const { row: r, code } of rows) {
      const c = leaves.get(code)!;
      const passfail = readsYesNo(c);
      let target = side!.rows.get(key(unitName, code));
      // A submitted target that differs from the leader's: a warning, the leader's is kept.
      const formTarget = parseNumber(r.get('target'), DATA_SHEET.columns[2].vi);
      if (hasTarget(c) && formTarget.ok && formTarget.value !== null) {
        const mine = target ? parseNumber(target.get('target'), DATA_SHEET.columns[2].vi) : null;
        const theirs = mine?.ok ? mine.value : null;
        if (theirs !== formTarget.value)
          add(form.file, { severity: 'warning', ...r.at('target'), code: 'formTargetDiffers', params: { value: formTarget.value, expected: theirs === null ? '—' : theirs } });
      }
      for (const field of OWNED) {
        const value = parsed(field, r.get(field), passfail);
        if (value === null || value === undefined || value === '') continue;
        if ((field === 'actual' || field === 'self') && !isExtra(c)) filledCodes.add(code);
        if (!target) target = appendRow(unitName, code, form.file);
        const col = columnOf(field, form.file);
        const at = { sheet: side!.sheet.name, cell: address(target.row, col) };
        const oldCell = cellAt(side!.sheet, target.row, col) ?? null;
        const old = parsed(field, oldCell, passfail);
        const pending = plan.writes.find((w) => w.row === target!.row && w.col === col);
        const before = pending ? pending.value : oldCell;
        const beforeValue = pending ? parsed(field, pending.value, passfail) : old;
        if (beforeValue === value) continue;
        const write = (): void => {
          if (pending) pending.value = written(value);
          else plan.writes.push({ sheet: at.sheet, row: target!.row, col, cell: at.cell, old: oldCell, value: written(value), file: form.file });
        };
        if (beforeValue === null || beforeValue === '') {
          write();
          continue;
        }
        const replaced = prefer === 'submitted';
        plan.conflicts.push({ unit: unitName, code, field, sheet: at.sheet, cell: at.cell, old: before, value: written(value), file: form.file, replaced });
        row.conflicts++;
        add(form.file, {
          severity: 'warning',
          ...r.at(field),
          code: replaced ? 'formConflictReplaced' : 'formConflictKept',
          params: { cell: `${at.sheet}!${at.cell}`, old: shown(before), value: shown(written(value)) },
        });
        if (replaced) write();
      }
    }
    row.filled = [...filledCodes].length;
    row.status = row.filled >= expected ? { kind: 'submitted' } : { kind: 'incomplete', rows: expected - row.filled };
  }

  /** A unit's row the cluster's sheet lacks: appended under the last row (unit and code written). */
  function appendRow(unit: string, code: string, file: string): DataRow {
    const s = side!;
    const r = s.nextRow++;
    const unitCol = s.columns.get('unit')!;
    const codeCol = s.columns.get('criterion')!;
    plan.writes.push({ sheet: s.sheet.name, row: r, col: unitCol, cell: address(r, unitCol), old: null, value: unit, file });
    plan.writes.push({ sheet: s.sheet.name, row: r, col: codeCol, cell: address(r, codeCol), old: null, value: code, file });
    const appended: DataRow = { row: r, get: () => undefined };
    s.rows.set(key(unit, code), appended);
    return appended;
  }

  /** The column of an owned field; a missing one is added after the header's last column. */
  function columnOf(field: OwnedField, file: string): number {
    const s = side!;
    const existing = s.columns.get(field);
    if (existing !== undefined) return existing;
    const col = s.nextCol++;
    s.columns.set(field, col);
    const r = s.table.headerRow;
    plan.writes.push({ sheet: s.sheet.name, row: r, col, cell: address(r, col), old: null, value: OWNED_HEADER[field], file });
    add(cluster.file, { severity: 'warning', sheet: s.sheet.name, cell: address(r, col), code: 'formColumnAdded', params: { header: OWNED_HEADER[field], cell: address(r, col) } });
    return col;
  }

  // Units that sent nothing, in the cluster's order; then the files that are no member's.
  for (const u of model.units) {
    const row = byUnit.get(normalizeUnitName(u.name));
    plan.submissions.push(row ?? { unit: u.name, file: null, modified: null, filled: 0, expected, conflicts: 0, status: { kind: 'missing' } });
  }
  plan.submissions.push(...strangers);
  plan.ok = true;
  return plan;
}

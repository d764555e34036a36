/**
 * The figures' parsing, shared by both layouts, and the wide layout read into records; the long layout
 * (`Số liệu`, one row per unit and criterion) is read into columns by read-columns.ts. The wide
 * layout is `Thực hiện`, `Chỉ tiêu`, `Tự chấm`, `Điểm thẩm định`: one row per unit, one column per code.
 * How the `Thực hiện` cell is read depends on the criterion's kind (yes/no for pass/fail).
 */
import * as z from 'zod/mini';
import type { DiagnosticList } from '../engine/diagnostics';
import { hasTarget, isGroup, readsScores, readsYesNo } from '../engine/kinds';
import type { CellRef, Criterion, Entry } from '../engine/model';
import { cleanName, normalizeKey, normalizeUnitName } from '../engine/names';
import { parseCode, parseText, parseYesNo, type Parsed } from './cells';
import { take } from './fields';
import { isBlank, type Cell, type NumberShape, type SheetGrid } from './grid';
import { parseFigure, parseFigureNumber, settleFigures, type Figure } from './read-figures';
import { DATA_SHEET, UNIT_HEADER, WIDE_SHEETS, type WideField } from './schema';
import { cellAt, checkMerges, findHeaderRow, headerKey, looseHeaderKey, origin, refAt } from './table';

const Score = z.number().check(z.minimum(0, { error: 'negative' }));

export interface Context {
  criteria: Map<string, Criterion>;
  unreadable: Set<string>;
  diags: DiagnosticList;
  /** The cluster's year (`Năm`), when set: a bare figure of unseen format is suspected to be a date only near it (read-figures.ts dateWindow). */
  year?: number | null;
}

/** Stands for an unknown code when asking the kinds table (a group: no figures). */
const NOT_TARGET = { kind: 'group' } as const;

const HEADERS = new Map<string, string>(DATA_SHEET.columns.map((c) => [c.key, c.vi] as const));

export function header(field: string): string {
  return HEADERS.get(field) ?? field;
}
export const ACTUAL = header('actual');
export const TARGET = header('target');

/** The actual by the criterion's kind: yes/no for pass/fail, a number otherwise. */
export function parseActual(cell: Cell | undefined, kind: Criterion['kind'] | undefined, shape?: NumberShape | null): Parsed<number | boolean | null> {
  return kind !== undefined && readsYesNo({ kind }) ? parseYesNo(cell) : parseFigureNumber(cell, ACTUAL, shape);
}

/** A self or appraised score: a number, not negative. */
export function parseScore(cell: Cell | undefined, field: 'self' | 'appraised', shape?: NumberShape | null): Parsed<number | null> {
  const parsed = parseFigureNumber(cell, header(field), shape);
  if (parsed.ok && parsed.value !== null && !Score.safeParse(parsed.value).success)
    return { ok: false, code: 'negative', params: { header: header(field), value: parsed.value } };
  return parsed;
}

/** A manual criterion's score typed in `Thực hiện` counts as the self score when none is given. */
function settleManual(e: Entry, kind: Criterion['kind'] | undefined): Entry {
  if (kind !== undefined && readsScores({ kind }) && e.self === null && e.appraised === null && typeof e.actual === 'number')
    return {
      ...e,
      self: e.actual,
      at: { unit: e.at?.unit, criterion: e.at?.criterion, target: e.at?.target, actual: e.at?.actual, self: e.at?.actual, appraised: e.at?.appraised },
    };
  return e;
}

export type DataKey = (typeof DATA_SHEET.columns)[number]['key'];

/**
 * Headers of the columns users keep beside the codes in the wide layout (row numbers, notes): not
 * criteria, so they are ignored with a warning rather than reported as unknown codes.
 */
const NOT_CODES = new Set(['stt', 'tt', 'sott', 'sothutu', 'no', 'no.', '#', 'ghichu', 'note', 'notes', 'nhanxet', 'vaitro', 'role']);

export function readWideData(sheets: Partial<Record<WideField, SheetGrid>>, ctx: Context): Entry[] {
  const byKey = new Map<string, Entry>();
  const unitKeys = [normalizeKey(UNIT_HEADER.vi), normalizeKey(UNIT_HEADER.en)];
  /** The figures of target criteria, decided once both sheets are read. */
  const figures = new Map<Entry, { target?: Figure | null; actual?: Figure | null }>();
  /** The codes with a column in `Thực hiện`. */
  const actualCodes = new Set<string>();
  /** The header cell of each code in `Thực hiện`. */
  const firstCodeCell = new Map<string, CellRef>();
  for (const w of WIDE_SHEETS) {
    const sheet = sheets[w.field];
    if (!sheet) continue;
    const headerRow = findHeaderRow(sheet, (keys) => unitKeys.some((k) => keys.has(k)));
    if (headerRow === null) {
      ctx.diags.error(refAt(sheet, 0, 0), 'headerNotFound', { headers: UNIT_HEADER.vi });
      continue;
    }
    const o = origin(sheet);
    const headerCells = sheet.rows[headerRow - o.row] ?? [];
    let unitIndex = headerCells.findIndex((c) => unitKeys.includes(headerKey(c)));
    if (unitIndex < 0) {
      // Found by a near header (`Đơn vị (tên)`): read as `Đơn vị`, with a warning.
      unitIndex = headerCells.findIndex((c) => unitKeys.includes(looseHeaderKey(c) ?? ''));
      ctx.diags.warning(refAt(sheet, headerRow, o.col + unitIndex), 'headerNearMatch', { header: String(headerCells[unitIndex]), column: UNIT_HEADER.vi });
    }
    const unitCol = o.col + unitIndex;
    const codeCols: { col: number; code: string }[] = [];
    const firstCol = new Map<string, CellRef>();
    headerCells.forEach((cell, j) => {
      const col = o.col + j;
      if (col === unitCol) return;
      const at = refAt(sheet, headerRow, col);
      const code = take(parseCode(cell), at, ctx.diags);
      if (!code) return;
      const c = ctx.criteria.get(code);
      const first = firstCol.get(code);
      if (first) ctx.diags.error(at, 'duplicateCodeColumn', { code, first: first.cell });
      else if (!c && NOT_CODES.has(headerKey(cell))) ctx.diags.warning(at, 'unknownColumn', { header: code });
      else if (!c) ctx.diags.error(at, 'unknownCriterion', { code });
      else if (isGroup(c)) ctx.diags.error(at, 'dataForGroup', { code });
      else {
        codeCols.push({ col, code });
        if (w.field === 'actual') {
          actualCodes.add(code);
          firstCodeCell.set(code, at);
        }
        else if (w.field === 'target' && hasTarget(c) && sheets.actual && !actualCodes.has(code))
          ctx.diags.error(at, 'noActualForTarget', { code, sheet: sheets.actual.name });
      }
      firstCol.set(code, first ?? at);
    });
    let rows = 0;
    const dataRows = new Set<number>();
    const seenUnits = new Map<string, CellRef>();
    const shapeAt = (r: number, col: number): NumberShape | null | undefined => sheet.shapes?.[r - o.row]?.[col - o.col];
    for (let r = headerRow + 1; r < o.row + sheet.rows.length; r++) {
      const cells = sheet.rows[r - o.row] ?? [];
      if (cells.every((c) => isBlank(c))) continue;
      const unitAt = refAt(sheet, r, unitCol);
      const unit = take(parseText(cellAt(sheet, r, unitCol)), unitAt, ctx.diags);
      if (!unit) {
        ctx.diags.warning(unitAt, 'rowSkipped', { row: r + 1, key: UNIT_HEADER.vi });
        continue;
      }
      const unitKey = normalizeUnitName(unit);
      const first = seenUnits.get(unitKey);
      if (first) {
        ctx.diags.error(unitAt, 'duplicateUnit', { unit, first: `${first.sheet}!${first.cell}` });
        continue;
      }
      seenUnits.set(unitKey, unitAt);
      dataRows.add(r);
      rows++;
      for (const { col, code } of codeCols) {
        const c = ctx.criteria.get(code)!;
        const key = `${unitKey}\u0000${code}`;
        let e = byKey.get(key);
        if (!e) {
          e = { unit: cleanName(unit), criterion: code, target: null, actual: null, self: null, appraised: null, evidence: '', note: '', at: { unit: unitAt } };
          byKey.set(key, e);
        }
        const at = refAt(sheet, r, col);
        e.at = { ...e.at, [w.field]: at, criterion: e.at?.criterion ?? refAt(sheet, headerRow, col) };
        if (ctx.unreadable.has(code)) continue;
        const cell = cellAt(sheet, r, col);
        const shape = shapeAt(r, col);
        if (hasTarget(c) && (w.field === 'actual' || w.field === 'target')) {
          const f = figures.get(e) ?? {};
          f[w.field] = take(parseFigure(cell, w.vi, shape), at, ctx.diags) ?? null;
          figures.set(e, f);
        } else if (w.field === 'actual') {
          e.actual = take(parseActual(cell, c.kind, shape), at, ctx.diags) ?? null;
          if (readsYesNo(c) && isBlank(cell)) ctx.diags.warning(at, 'blankPassFail', { code, unit: e.unit });
        } else if (w.field === 'target') e.target = null;
        else e[w.field] = take(parseScore(cell, w.field, shape), at, ctx.diags) ?? null;
      }
    }
    checkMerges(sheet, headerRow, () => dataRows, ctx.diags);
    if (rows === 0 && w.field === 'actual') ctx.diags.error(refAt(sheet, headerRow, unitCol), 'noRows', { sheet: sheet.name });
  }
  const actualSheet = sheets.actual;
  const targetCodes = [...actualCodes].filter((code) => hasTarget(ctx.criteria.get(code) ?? NOT_TARGET) && !ctx.unreadable.has(code));
  if (actualSheet && !sheets.target && targetCodes.length > 0) {
    const at = firstCodeCell.get(targetCodes[0]!) ?? refAt(actualSheet, origin(actualSheet).row, origin(actualSheet).col);
    ctx.diags.error(at, 'noTargetSheet', { codes: targetCodes.join(', ') });
  }
  for (const [e, f] of figures) {
    const at = (field: 'target' | 'actual') => (): CellRef => e.at?.[field] ?? e.at?.unit ?? { sheet: WIDE_SHEETS[0].vi, cell: 'A1' };
    const settled = settleFigures(f.target ?? null, f.actual ?? null, { target: at('target'), actual: at('actual') }, ctx.diags, ctx.year ?? null);
    e.target = settled.target;
    e.actual = settled.actual;
  }
  return [...byKey.values()].map((e) => settleManual(e, ctx.criteria.get(e.criterion)?.kind));
}

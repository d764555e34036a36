/**
 * The optional `Lịch sử` sheet (cycle.md §2): past periods, one row per unit, period and award.
 * Rows are read like every sheet (located errors for bad cells); which unit a row stands for is
 * checked once the units are known (`checkHistoryUnits`).
 */
import type { DiagnosticList } from '../engine/diagnostics';
import { unitResolver } from '../engine/history';
import type { HistoryRow, PeriodKind, Unit } from '../engine/model';
import { normalizeKey, normalizeUnitName } from '../engine/names';
import { parseChoice, parseNumber, parseShare, parseText, type Parsed } from './cells';
import { take } from './fields';
import type { Cell, SheetGrid } from './grid';
import { HISTORY_SHEET, PERIOD_CHOICES, PERIOD_WORDS } from './schema';
import { readTable } from './table';

type HistoryKey = (typeof HISTORY_SHEET.columns)[number]['key'];

const header = (k: HistoryKey): string => HISTORY_SHEET.columns.find((c) => c.key === k)?.vi ?? k;

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2200;

function parseYear(cell: Cell | undefined): Parsed<number | null> {
  const n = parseNumber(typeof cell === 'string' ? cell.replace(/^\s*(?:năm|nam|year)\s*/i, '') : cell, header('year'));
  const bad: Parsed<number | null> = { ok: false, code: 'badHistoryYear', params: { value: String(cell ?? '') } };
  if (!n.ok) return bad;
  if (n.value === null) return n;
  return Number.isInteger(n.value) && n.value >= MIN_YEAR && n.value <= MAX_YEAR ? { ok: true, value: n.value } : bad;
}

function parsePeriod(cell: Cell | undefined): Parsed<PeriodKind | null> {
  const r = parseChoice(typeof cell === 'number' ? String(cell) : cell, header('period'), PERIOD_WORDS, PERIOD_CHOICES);
  return r.ok ? r : { ok: false, code: 'badHistoryPeriod', params: { value: String(cell ?? ''), hint: PERIOD_CHOICES } };
}

function parseRank(cell: Cell | undefined): Parsed<number | null> {
  const n = parseNumber(cell, header('rank'));
  if (!n.ok || n.value === null) return n;
  return Number.isInteger(n.value) && n.value >= 1 ? n : { ok: false, code: 'notInteger', params: { header: header('rank'), value: n.value } };
}

/** The rows of `Lịch sử`; a row whose year or period cannot be read is left out (its error says why). */
export function readHistory(sheet: SheetGrid, diags: DiagnosticList): HistoryRow[] {
  const table = readTable<HistoryKey>(sheet, HISTORY_SHEET, diags);
  if (!table) return [];
  const rows: HistoryRow[] = [];
  /** year|period|unit|award → the first row's number, for duplicates. */
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const get = <T>(k: HistoryKey, parse: (cell: Cell | undefined) => Parsed<T>): T | undefined => take(parse(row.get(k)), () => row.at(k), diags);
    const year = get('year', parseYear);
    const period = get('period', parsePeriod);
    const unit = get('unit', parseText);
    const rank = get('rank', parseRank) ?? null;
    const total = get('total', (c) => parseNumber(c, header('total'))) ?? null;
    const share = get('percent', (c) => parseShare(c, header('percent')));
    if (year === undefined || year === null || period === undefined || !unit) continue;
    const award = get('award', parseText) ?? '';
    const key = [year, period ?? 'year', normalizeUnitName(unit), normalizeKey(award)].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      diags.warning(row.at('unit'), 'historyDuplicate', { first });
      continue;
    }
    seen.set(key, row.row + 1);
    rows.push({
      year,
      period: period ?? 'year',
      unit,
      rank,
      total,
      percent: share === undefined || share === null ? null : Number((share * 100).toPrecision(12)),
      classification: get('classification', parseText) ?? '',
      taskResult: get('taskResult', parseText) ?? '',
      award,
      decision: get('decision', parseText) ?? '',
      at: { year: row.at('year'), period: row.at('period'), unit: row.at('unit'), award: row.at('award') },
    });
  }
  return rows;
}

/**
 * Warnings for history rows whose unit is neither a current unit nor a former name (the row counts
 * for no unit), and for a former name two units claim.
 */
export function checkHistoryUnits(units: readonly Unit[], history: readonly HistoryRow[], diags: DiagnosticList): void {
  const { resolve, taken } = unitResolver(units);
  for (const t of taken) diags.warning(t.unit.at?.name ?? { sheet: 'Đơn vị', cell: 'A1' }, 'formerNameTaken', { name: t.name, other: t.other });
  for (const row of history)
    if (resolve(row.unit) === undefined) diags.warning(row.at?.unit ?? { sheet: HISTORY_SHEET.vi, cell: 'A1' }, 'historyUnknownUnit', { unit: row.unit });
}

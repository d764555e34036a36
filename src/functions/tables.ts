/**
 * The spilled tables of THIDUA.RESULTS and NOMINATIONS: a header row, then one row per unit (or per
 * nomination), with the same words as the output sheets `Kết quả` and `Đề nghị khen thưởng`.
 */
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { Cell } from '../workbook/grid';
import { headerOf } from '../workbook/reports/columns';
import { NOMINATIONS, leftRows, nominationColumns, proposedRows, type NominationEntry } from '../workbook/reports/nominations';
import { RANKING, rankingColumns, type RankingEntry } from '../workbook/reports/ranking';

export type Table = Array<Array<string | number>>;

/**
 * The ranking's columns that the functions show (src/workbook/reports/ranking.ts): rank, unit, each
 * top-level group (`I. Kinh tế`), bonus, deductions, total, percent, classification.
 */
export function resultsTable(result: ClusterResult, lang: Lang = 'vi', table: readonly RankingEntry[] = RANKING): Table {
  const { ctx, columns } = rankingColumns(result, lang, 'function', table);
  const header = columns.map((c) => headerOf(c, ctx, 'function'));
  const rows = result.units.map((u) => columns.map((c) => spilled(c.value(u, ctx))));
  return [header, ...rows];
}

/** A cell as a spilled value: numbers and text as they are, a blank as empty text. */
function spilled(v: Cell): string | number {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return '';
}

/**
 * The nominations' columns that the functions show (src/workbook/reports/nominations.ts): award, unit,
 * `Đề nghị` / `Cần bình xét`, basis; then each unit not proposed, `Không đề nghị`, reason.
 */
export function nominationsTable(result: ClusterResult, lang: Lang = 'vi', table: readonly NominationEntry[] = NOMINATIONS): Table {
  const { ctx, columns } = nominationColumns(result, lang, 'function', table);
  const header = columns.map((c) => headerOf(c, ctx, 'function'));
  const rows = [...proposedRows(result), ...leftRows(result)].map((r) => columns.map((c) => spilled(c.value(r, ctx))));
  return [header, ...rows];
}

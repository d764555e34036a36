/**
 * The spilled tables of THIDUA.RESULTS and NOMINATIONS: a header row, then one row per unit (or per
 * nomination), with the same words as the output sheets `Kết quả` and `Đề nghị khen thưởng`.
 */
import { nominationReasonText, nominationStatusLabel, reasonText } from '../engine/labels';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { Cell } from '../workbook/grid';
import { headerOf } from '../workbook/reports/columns';
import { RANKING, rankingColumns, type RankingEntry } from '../workbook/reports/ranking';

export type Table = Array<Array<string | number>>;

export const NOMINATIONS_HEADER = ['Hình thức', 'Đơn vị', 'Trạng thái', 'Căn cứ / Lý do'] as const;

/** The status of a unit not proposed, in the nominations table. */
export const NOT_PROPOSED = 'Không đề nghị';

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

/** Award, unit, `Đề nghị` / `Cần bình xét`, basis; then each unit not proposed, `Không đề nghị`, reason. */
export function nominationsTable(result: ClusterResult): Table {
  const d = result.settings.decimals;
  const proposed = result.nominations.map((n) => [n.award, n.unit, nominationStatusLabel(n.status, 'vi'), nominationReasonText(n, 'vi', d)]);
  const left = result.notNominated.map((n) => ['', n.unit, NOT_PROPOSED, reasonText(n.reason, 'vi')]);
  return [[...NOMINATIONS_HEADER], ...proposed, ...left];
}

/**
 * The spilled tables of THIDUA.RESULTS and NOMINATIONS: a header row, then one row per unit (or per
 * nomination), with the same words as the output sheets `Kết quả` and `Đề nghị khen thưởng`.
 */
import { nominationReasonText, nominationStatusLabel, reasonText } from '../engine/labels';
import type { ClusterResult } from '../engine/result';

export type Table = Array<Array<string | number>>;

export const RESULTS_HEADER = {
  before: ['Hạng', 'Đơn vị'],
  after: ['Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại'],
} as const;

export const NOMINATIONS_HEADER = ['Hình thức', 'Đơn vị', 'Trạng thái', 'Căn cứ / Lý do'] as const;

/** The status of a unit not proposed, in the nominations table. */
export const NOT_PROPOSED = 'Không đề nghị';

/** Rank, unit, each top-level group (`I. Kinh tế`), bonus, deductions, total, percent, classification. */
export function resultsTable(result: ClusterResult): Table {
  const groups = result.topGroups.map((code) => {
    const name = result.criteria.find((c) => c.code === code)?.name;
    return { code, label: name ? `${code}. ${name}` : code };
  });
  const header = [...RESULTS_HEADER.before, ...groups.map((g) => g.label), ...RESULTS_HEADER.after];
  const rows = result.units.map((u) => [
    u.rank,
    u.unit,
    ...groups.map((g) => u.groups[g.code] ?? 0),
    u.bonus,
    u.penalty,
    u.total,
    u.percent,
    u.classification,
  ]);
  return [header, ...rows];
}

/** Award, unit, `Đề nghị` / `Cần bình xét`, basis; then each unit not proposed, `Không đề nghị`, reason. */
export function nominationsTable(result: ClusterResult): Table {
  const d = result.settings.decimals;
  const proposed = result.nominations.map((n) => [n.award, n.unit, nominationStatusLabel(n.status, 'vi'), nominationReasonText(n, 'vi', d)]);
  const left = result.notNominated.map((n) => ['', n.unit, NOT_PROPOSED, reasonText(n.reason, 'vi')]);
  return [[...NOMINATIONS_HEADER], ...proposed, ...left];
}

/**
 * THIDUA.RESULTS and NOMINATIONS: ranges → the same reader and engine as the task pane and the CLI
 * (workbook/pipeline.ts) → the cluster's result, or #VALUE! naming the first error's cell.
 */
import type { ClusterResult } from '../engine/result';
import { scoreGrid } from '../workbook/pipeline';
import { workbookOf, type ClusterRanges } from './ranges';
import { invalidValue } from './runtime';

export function scoreRanges(fn: 'RESULTS' | 'NOMINATIONS', ranges: ClusterRanges, addresses?: readonly string[]): ClusterResult {
  const wb = workbookOf(fn, ranges, addresses);
  const { result } = scoreGrid(wb.grid, 'vi');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (còn ${errors.length - 1} lỗi khác, xem đầy đủ trong ngăn Thi đua)` : '';
    throw invalidValue(`${wb.describe(errors[0]!)}${more}`);
  }
  if (!result.ok) throw invalidValue('Không xếp hạng được các đơn vị.');
  return result;
}

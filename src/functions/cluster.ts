/**
 * THIDUA.RESULTS and NOMINATIONS: ranges → the score job the task pane and the CLI run too
 * (src/jobs/check.ts: the result alone) → the cluster's result, or #VALUE! naming the first error's cell.
 */
import type { Diagnostic } from '../engine/diagnostics';
import type { ClusterResult } from '../engine/result';
import { scoreResult } from '../jobs/check';
import { workbookOf, type ClusterRanges } from './ranges';
import { invalidValue } from './runtime';

function inFormula(d: Diagnostic): Diagnostic {
  if (d.code === 'ambiguousNumber') return { ...d, severity: 'error', code: 'ambiguousInFormula' };
  if (d.code !== 'figureReadAs') return d;
  const { value, suffix, read, other } = d.params;
  if (suffix === '' && typeof value === 'string' && !value.endsWith('%')) {
    // Number text: the thousands reading is the larger one.
    const [decimal, thousands] = [Number(read), Number(other)].sort((a, b) => a - b);
    return { ...d, severity: 'error', code: 'ambiguousInFormula', params: { value, read: decimal!, other: String(thousands) } };
  }
  return { ...d, severity: 'error', code: 'figureInFormula' };
}

export function scoreRanges(fn: 'RESULTS' | 'NOMINATIONS', ranges: ClusterRanges, addresses?: readonly string[]): ClusterResult {
  const wb = workbookOf(fn, ranges, addresses);
  const result = scoreResult({ grid: wb.grid, existing: [] });
  // An ambiguous number ("1.800") or a figure read one way of two ("87,9%" against 100) is a warning
  // in the pane, which shows it; a formula cannot, so it refuses.
  const errors = result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'ambiguousNumber' || d.code === 'figureReadAs').map(inFormula);
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (còn ${errors.length - 1} lỗi khác, xem đầy đủ trong ngăn Thi đua)` : '';
    throw invalidValue(`${wb.describe(errors[0]!)}${more}`);
  }
  if (!result.ok) throw invalidValue('Không xếp hạng được các đơn vị.');
  return result;
}

/**
 * THIDUA.RESULTS and NOMINATIONS: ranges → the score job the task pane and the CLI run too
 * (src/jobs/check.ts: the result alone) → the cluster's result, or #VALUE! naming the first error's cell.
 */
import type { Diagnostic } from '../engine/diagnostics';
import { t, type Lang } from '../engine/i18n';
import type { ClusterResult } from '../engine/result';
import { scoreResult } from '../jobs/check';
import { workbookOf, type ClusterRanges } from './ranges';
import { scoredOnce } from './recalc-cache';
import { invalidValue } from './runtime';
// One idle instance of each class a call makes, kept so that compiled code outlives full collections.
import './warm-shapes';
import '../engine/i18n/functions';

/**
 * A warning of the sheets' reading that a formula refuses, worded for a formula. (A bare number whose
 * format a formula cannot see is refused by the reader itself: `percentInFormula`, `dateInFormula`.)
 */
function inFormula(d: Diagnostic): Diagnostic {
  if (d.code === 'ambiguousNumber') return { ...d, severity: 'error', code: 'ambiguousInFormula' };
  if (d.code !== 'figureReadAs') return d;
  const { value, suffix, read, other } = d.params;
  if (suffix === '' && typeof value === 'string' && !value.endsWith('%')) {
    // Number text: the thousands reading is the larger one.
    const [decimal, thousands] = [Number(read), Number(other)].sort((a, b) => a - b);
    return { ...d, severity: 'error', code: 'ambiguousInFormula', params: { value, read: decimal!, other: String(thousands) } };
  }
  // Percent text against a plain number ("87,9%" against 100).
  return { ...d, severity: 'error', code: 'figureInFormula' };
}

/** The cluster's result; the one already scored when the ranges' values have not changed (recalc-cache.ts). */
export function scoreRanges(fn: 'RESULTS' | 'NOMINATIONS', lang: Lang, ranges: ClusterRanges, addresses?: readonly string[]): ClusterResult {
  return scoredOnce(lang, ranges, addresses, () => scoreAnew(fn, lang, ranges, addresses));
}

function scoreAnew(fn: 'RESULTS' | 'NOMINATIONS', lang: Lang, ranges: ClusterRanges, addresses?: readonly string[]): ClusterResult {
  const wb = workbookOf(fn, lang, ranges, addresses);
  const result = scoreResult({ grid: wb.grid, existing: [] });
  // An ambiguous number ("1.800") or a figure read one way of two ("87,9%" against 100) is a warning
  // in the pane, which shows it; a formula cannot, so it refuses.
  const errors = result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'ambiguousNumber' || d.code === 'figureReadAs').map(inFormula);
  if (errors.length > 0) {
    const more = errors.length > 1 ? t(lang, 'fn.moreErrors', { more: String(errors.length - 1) }) : '';
    throw invalidValue(`${wb.describe(errors[0]!)}${more}`);
  }
  if (!result.ok) throw invalidValue(t(lang, 'fn.notRanked'));
  return result;
}

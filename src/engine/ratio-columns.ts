/**
 * The common case of a target (`định lượng`) figure read straight from the columns: a positive
 * target and a numeric actual give a ratio, and the points and flag follow without any record.
 * Every other case (no target, a zero or negative one, a blank actual) returns NaN and goes the full
 * way (score.ts), which reports it. Kept small so that the criterion kinds' table can point at it.
 */
import { ACTUAL_YES_NO, HAS_ACTUAL, HAS_TARGET, type EntryColumns } from './columns';
import { EPSILON } from './decimal';
import type { Direction } from './model';
import { STATUS_BELOW, STATUS_EXCEEDED, STATUS_MET } from './scored-units';

const PLAIN = HAS_TARGET | HAS_ACTUAL;

/** r of R1 for a row with a positive target and a numeric actual; NaN otherwise. */
export function plainRatio(cols: EntryColumns, row: number, direction: Direction): number {
  if (row < 0 || (cols.present[row]! & (PLAIN | ACTUAL_YES_NO)) !== PLAIN) return NaN;
  const t = cols.target[row]!;
  if (!(t > 0)) return NaN;
  const q = cols.actual[row]! / t;
  const r = direction === 'higher' ? q : Math.max(0, 2 - q);
  return Number.isFinite(r) ? r : NaN;
}

/** R2's flag of a ratio as the columns' status code (rules.ts flagOf, without the string). */
export function flagCode(r: number): number {
  if (r > 1 + EPSILON) return STATUS_EXCEEDED;
  if (r >= 1 - EPSILON) return STATUS_MET;
  return STATUS_BELOW;
}

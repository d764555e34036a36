/**
 * A target and an actual given as bare values (a custom function's arguments: no formats) weighed by
 * the rule the readers use (workbook/read-figures.ts, shape `unseen`): the diagnostics a sheet of
 * unseen formats would get for the pair — `percentInFormula` (plausible only with a bare number read
 * ×100), `figureReadAs` (percent text plausible only read as a plain number), `dateInFormula` (a bare
 * number that may be a date's serial; no year is known here, so the wide window of read-figures'
 * dateWindow). The surfaces call this job, not the reader (test/build/layers.test.ts).
 */
import { DiagnosticList, type Diagnostic } from '../engine/diagnostics';
import type { Cell } from '../workbook/grid';
import { parseFigure, plainFigures, readLeaderRatio, settleFigures, type Figure, type LeaderReading } from '../workbook/read-figures';

/** One side of the pair: its cell as given, the number read from it, and its name in messages. */
export interface BareFigure {
  cell: Cell;
  value: number;
  header: string;
}

/**
 * A figure as read-figures weighs it: a bare number's format is unseen; number text is as typed (a
 * figure of known format: "87,9%" is a percent, read 87,9 too against a plain number, as in the sheets).
 */
function figureOf({ cell, value, header }: BareFigure): Figure {
  if (typeof cell === 'number') return { value, percent: false, shown: value, suffix: '', unseen: true, header };
  const parsed = typeof cell === 'string' ? parseFigure(cell, header, null) : null;
  return parsed?.ok && parsed.value !== null ? parsed.value : { value, percent: false, shown: value, suffix: '' };
}

/** Whether a pair is taken as given with nothing to weigh (a blank, a 0, plausible as given). */
export const plainPair = (target: number | null, actual: number | null): boolean => plainFigures(target, actual);

/** The pair's diagnostics, each at `{ sheet: '', cell: 'actual' | 'target' }`. */
export function weighBareFigures(target: BareFigure, actual: BareFigure): Diagnostic[] {
  const diags = new DiagnosticList();
  settleFigures(figureOf(target), figureOf(actual), { target: () => ({ sheet: '', cell: 'target' }), actual: () => ({ sheet: '', cell: 'actual' }) }, diags);
  return diags.items;
}

/**
 * A relative criterion's best ratio given as a bare value (THIDUA.SCORE's and EXPLAIN's `bestRatio`)
 * against the unit's own ratio `ratio` (over 1): read-figures' `readLeaderRatio` — as given, or
 * plausible only as a percent's number (200 for 200 %), or maybe a date's serial. No year is known.
 */
export function weighBestRatio(bestRatio: BareFigure, ratio: number): LeaderReading {
  return readLeaderRatio(figureOf(bestRatio), ratio);
}

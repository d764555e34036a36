/**
 * THIDUA.RATE, STATUS, SCORE and EXPLAIN get bare values, never formats: `=THIDUA.RATE(D2; C2)` with
 * D2 shown as 87,9 % gets 0,879, and a date 01/05/2024 gets 45413. The pair is weighed by the rule
 * THIDUA.RESULTS uses (workbook/read-figures.ts, shape `unseen`, through jobs/weigh-figures.ts): plausible as given, it is taken
 * in silence; plausible only with a bare number read ×100 (a percent cell's value: the reader's
 * `percentInFormula`), or a bare number that may be a date's serial (`dateInFormula`: no year is
 * known here, so the wide window), it is #VALUE! naming the argument and saying what to write. This
 * module only words what the reader says. SCORE's and EXPLAIN's best ratio is weighed likewise
 * against the unit's ratio (refuseUnseenBestRatio).
 */
import type { Diagnostic } from '../engine/diagnostics';
import { t } from '../engine/i18n';
import type { Lang } from '../engine/model';
import { plainPair, weighBareFigures, weighBestRatio } from '../jobs/weigh-figures';
import type { Cell } from '../workbook/grid';
import { single } from './args';
import { paramName } from './names';
import { invalidValue } from './runtime';
import '../engine/i18n/functions';

type Side = 'actual' | 'target';

/** The message of a bare argument read-figures would not take as given; null for anything else. */
function refusal(fn: 'RATE' | 'STATUS' | 'SCORE' | 'EXPLAIN', lang: Lang, d: Diagnostic): string | null {
  const side = d.cell as Side;
  const other: Side = side === 'actual' ? 'target' : 'actual';
  const param = paramName(fn, side, lang);
  const otherParam = paramName(fn, other, lang);
  const p = d.params;
  if (d.code === 'percentInFormula')
    return t(lang, 'fn.percentArg', {
      param,
      otherParam,
      value: p.value,
      read: Number(p.read),
      actual: Number(p.actual),
      target: Number(p.target),
    });
  // Percent text against a plain number ("87,9%" against 100): the pane reads 87,9 and warns; a formula refuses.
  if (d.code === 'figureReadAs' && typeof p.value === 'string')
    return t(lang, 'fn.percentTextArg', { param, value: p.value, read: Number(p.read), other: Number(p.other) });
  if (d.code === 'dateInFormula')
    // The serial as a General cell shows it (45413, no thousands separator), as RESULTS' dateInFormula.
    return t(lang, 'fn.dateArg', { param, otherParam, value: String(p.value), date: String(p.date), other: Number(p.other) });
  return null;
}

/**
 * Throws #VALUE! when the actual and target are not plausible as given but a bare number is a
 * percent cell's value or a date's serial, or percent text is plausible only read as a plain number
 * (read-figures' rule, as THIDUA.RESULTS). A blank, a
 * 0 or a plausible pair costs one division and nothing else; a negative target is left to its own error.
 */
export function refuseUnseenFigures(
  fn: 'RATE' | 'STATUS' | 'SCORE' | 'EXPLAIN',
  lang: Lang,
  raw: { actual: unknown; target: unknown },
  actual: number | null,
  target: number | null,
): void {
  // A negative target is refused as such (figure.ts scoreFigure), before any reading.
  if (plainPair(target, actual) || actual === null || target === null || target < 0) return;
  const actualCell = single(raw.actual, paramName(fn, 'actual', lang), lang);
  const targetCell = single(raw.target, paramName(fn, 'target', lang), lang);
  const percentText = (c: Cell): boolean => typeof c === 'string' && c.trim().endsWith('%');
  if (typeof actualCell !== 'number' && typeof targetCell !== 'number' && !percentText(actualCell) && !percentText(targetCell)) return;
  const diags = weighBareFigures(
    { cell: targetCell, value: target, header: paramName(fn, 'target', lang) },
    { cell: actualCell, value: actual, header: paramName(fn, 'actual', lang) },
  );
  for (const d of diags) {
    const text = refusal(fn, lang, d);
    if (text !== null) throw invalidValue(text);
  }
}

/**
 * Throws #VALUE! when SCORE's or EXPLAIN's `bestRatio` (a ratio: 2 for 200 %) is plausible against the
 * unit's own ratio `ratio` only read as a percent's number (200 typed for 200 %), or may be a date's
 * serial (jobs/weigh-figures.ts `weighBestRatio`). Called only when the best ratio counts: the
 * relative method with a ratio over 100 %.
 */
export function refuseUnseenBestRatio(fn: 'SCORE' | 'EXPLAIN', lang: Lang, raw: unknown, bestRatio: number, ratio: number): void {
  const param = paramName(fn, 'bestRatio', lang);
  const reading = weighBestRatio({ cell: single(raw, param, lang), value: bestRatio, header: param }, ratio);
  // The unit's ratio as a percent to 2 places (7/3 is 233,33%), as the result sheets show it.
  const shownRatio = Math.round(ratio * 10_000) / 100;
  if (reading.kind === 'percent')
    throw invalidValue(t(lang, 'fn.bestRatioPercent', { param, value: bestRatio, percent: Number((bestRatio * 100).toPrecision(12)), ratio: shownRatio, read: reading.read }));
  // The serial as a General cell shows it (45413, no thousands separator), as the figures' dateArg.
  if (reading.kind === 'date') throw invalidValue(t(lang, 'fn.bestRatioDate', { param, value: String(bestRatio), date: reading.date, ratio: shownRatio }));
}

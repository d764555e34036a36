/**
 * How `thidua score` prints a run's diagnostics on stderr: every error (no file is written, so the
 * terminal is where they are read), and the first WARNINGS_SHOWN warnings followed by one line
 * saying how many more there are and where they all are (the result workbook's warnings sheet, or
 * `--all-warnings`). A 1,000-unit cluster can give over a thousand warnings; each is also in the
 * workbook, by cell, and in the JSON.
 */
import { formatDiagnostic, type Diagnostic } from '../engine/diagnostics';
import { formatNumber } from '../engine/format';
import type { Lang } from '../engine/model';
import { t } from './text';

/** Warnings printed before the count of the rest. */
export const WARNINGS_SHOWN = 20;

export interface PrintDiagnosticsOptions {
  /** `--all-warnings`: print every warning. */
  all: boolean;
  /** The sheet of the written workbook that lists every warning, or null when nothing is written. */
  sheet: string | null;
}

/** One diagnostic as the command line prints it: an error as `Sheet!Cell: message`, a warning after the word. */
export function diagnosticLine<D extends Diagnostic>(d: D, lang: Lang, format: (d: D, lang: Lang) => string = formatDiagnostic): string {
  return d.severity === 'error' ? format(d, lang) : `${t('warning', lang)}: ${format(d, lang)}`;
}

/** Prints `diags` (errors and warnings in their order) through `err`. Returns the number of warnings left out. */
export function printDiagnostics(err: (line: string) => void, diags: readonly Diagnostic[], lang: Lang, o: PrintDiagnosticsOptions): number {
  let shown = 0;
  let left = 0;
  for (const d of diags) {
    if (d.severity === 'warning' && !o.all && shown >= WARNINGS_SHOWN) {
      left++;
      continue;
    }
    if (d.severity === 'warning') shown++;
    err(diagnosticLine(d, lang));
  }
  if (left > 0) {
    const count = formatNumber(left, lang, 0);
    err(o.sheet === null ? t('moreWarnings', lang, { count }) : t('moreWarningsInSheet', lang, { count, sheet: o.sheet }));
  }
  return left;
}

/**
 * The `Cảnh báo` (Warnings) sheet: every diagnostic of the run — severity, sheet, the cell as a
 * link to it, the message — so what the CLI prints and the pane lists stays with the workbook.
 * It is an own sheet like the other outputs (OWN_MARKERS.warnings). It is written when the run has
 * something to say; a run with nothing to say writes it only to bring an earlier run's own
 * Warnings sheet up to date ("no warnings"), never a new empty sheet (docs/decisions.md).
 * The notes of the writing itself (a user's sheet kept, the output written beside it) are added
 * by the placement, through `withNotes`.
 */
import { diagnosticText, hasCell, type Diagnostic } from '../engine/diagnostics';
import { t, type Lang } from '../engine/i18n';
import type { ClusterResult } from '../engine/result';
import type { CellLink } from './document';
import type { Cell } from './grid';
import { OUTPUT_NAMES, titleOf, type ColumnFormat, type OutputSheet } from './output';
import { printable } from './print';
import '../engine/i18n/sheets';

const HEADER = ['no', 'severity', 'sheet', 'cell', 'message'] as const;

export function warningsSheet(result: ClusterResult, lang: Lang, extra: readonly Diagnostic[] = []): OutputSheet {
  const all = [...result.diagnostics, ...extra];
  const rows: Cell[][] = [[titleOf(result, t(lang, 'sheet.warnings.title'), lang)], [], HEADER.map((k) => t(lang, `sheet.warnings.${k}`))];
  const links: CellLink[] = [];
  all.forEach((d, i) => {
    if (hasCell(d)) links.push({ row: rows.length, col: 3, sheet: d.sheet, cell: d.cell });
    rows.push([i + 1, t(lang, `sheet.warnings.${d.severity}`), d.sheet, d.cell, diagnosticText(d, lang)]);
  });
  if (all.length === 0) rows.push([null, t(lang, 'sheet.warnings.none')]);
  const tones: OutputSheet['tones'] = all.flatMap((d, i) => (d.severity === 'error' ? [{ row: 3 + i, col: 1, tone: 'bad' as const }] : []));
  const columns: ColumnFormat[] = [{ width: 5, numFmt: '0' }, { width: 10 }, { width: 14 }, { width: 8 }, { width: 60, wrap: true }];
  const sheet: OutputSheet = {
    kind: 'warnings',
    name: OUTPUT_NAMES.warnings[lang],
    rows,
    headerRows: [2],
    titleRows: [0],
    columns,
    tones,
    freeze: { rows: 3, cols: 0 },
    links,
    withNotes: (notes) => (all.length + notes.length === 0 ? null : warningsSheet(result, lang, [...extra, ...notes])),
  };
  // The message column is capped at 90 characters and wraps beyond; the others fit their text.
  return printable(sheet, { max: 90 });
}

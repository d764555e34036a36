/**
 * Use case: the units' submission forms of a cluster workbook (cycle.md §1). Grid in, form documents
 * out; the host writes each as a file (the CLI into a folder, the pane as downloads).
 */
import type { Diagnostic } from '../engine/diagnostics';
import type { Lang } from '../engine/model';
import { buildForms, type FormBook } from '../workbook/forms';
import type { WorkbookGrid } from '../workbook/grid';
import { readWorkbook } from '../workbook/read';

export interface FormsResult {
  /** False when the workbook's errors leave no criteria or units to make forms from. */
  ok: boolean;
  diagnostics: Diagnostic[];
  forms: FormBook[];
}

export function makeForms(grid: WorkbookGrid, lang: Lang): FormsResult {
  const read = readWorkbook(grid);
  // A data sheet with its header and no row yet is where a cluster starts: the forms fill it.
  const errors = read.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'noRows');
  if (!read.model || errors.length > 0 || read.model.units.length === 0) return { ok: false, diagnostics: read.diagnostics, forms: [] };
  return { ok: true, diagnostics: read.diagnostics, forms: buildForms(read.model, { lang }) };
}

/**
 * The formula audit as a use case: the output sheets of a ranked result, with `Công thức kiểm tra`
 * added after them. The audit's checks refer to the results and detail sheets by the names they
 * will be written under, so the placement every host makes (placeOutputs: an own sheet reused, a
 * user's sheet of the same name kept and the output written to `NAME (2)`) is made here first,
 * over the same existing sheets; the host then places the same sheets the same way.
 */
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { auditSheet } from '../workbook/audit';
import type { WorkbookGrid } from '../workbook/grid';
import type { OutputSheet } from '../workbook/output';
import { placeOutputs, type ExistingSheet } from '../workbook/placement';

export interface AuditInput {
  result: ClusterResult;
  /** The workbook the result was read from (the audit refers to its input cells). */
  grid: WorkbookGrid;
  lang: Lang;
  /** The output sheets about to be written (results and detail among them). */
  sheets: readonly OutputSheet[];
  /** The workbook's sheets before writing, with the add-in's markers. */
  existing: readonly ExistingSheet[];
}

/** The sheets to write: the output sheets, then the audit (none when the result is not ranked). */
export function withAudit(input: AuditInput): OutputSheet[] {
  const { result, grid, lang, sheets, existing } = input;
  if (!result.ok) return [...sheets];
  const { placements } = placeOutputs(existing, sheets);
  const placed = (kind: OutputSheet['kind']) => placements.find((p) => p.sheet.kind === kind);
  const results = placed('results');
  if (!results) return [...sheets];
  const detail = placed('detail');
  return [...sheets, auditSheet(result, grid, lang, { results: results.name, detail: detail?.name ?? null, resultsSheet: results.sheet, detailSheet: detail?.sheet })];
}

/**
 * Use case: consolidating the units' returned forms into the cluster workbook (cycle.md §1). The
 * cluster's grid and the forms in; the plan (cells to write, conflicts, refusals, statuses) and the
 * two own sheets out. The host writes the cells and the sheets (the CLI into a new file, the pane
 * into the open workbook after the user confirms).
 */
import type { Lang } from '../engine/model';
import { planConsolidation, type ConsolidationPlan, type SubmittedForm } from '../workbook/consolidate';
import { mergeLogSheet, submissionsSheet } from '../workbook/consolidate-sheets';
import type { WorkbookGrid } from '../workbook/grid';
import type { OutputSheet } from '../workbook/output';

export interface ConsolidationResult {
  plan: ConsolidationPlan;
  /** `Tình hình nộp` and `Nhật ký gộp`; empty when nothing may be written. */
  sheets: OutputSheet[];
}

export interface ConsolidateJobOptions {
  lang: Lang;
  prefer?: 'cluster' | 'submitted';
}

export function consolidate(cluster: { file: string; grid: WorkbookGrid }, forms: readonly SubmittedForm[], options: ConsolidateJobOptions): ConsolidationResult {
  const plan = planConsolidation(cluster, forms, { prefer: options.prefer });
  return { plan, sheets: plan.ok ? [submissionsSheet(plan, options.lang), mergeLogSheet(plan, options.lang)] : [] };
}

/** What the pane asks the user to confirm: N cells to fill, M conflicts, K files refused. */
export function consolidationSummary(plan: ConsolidationPlan): { cells: number; conflicts: number; refused: number } {
  return { cells: plan.writes.length, conflicts: plan.conflicts.length, refused: plan.refused };
}

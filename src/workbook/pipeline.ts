/**
 * The one-way flow every host runs: grid → read + validate → model → score → rank → nominate →
 * output grids. Hosts only fetch the grid and write what comes out. The part before the output
 * grids is checkGrid (./check), which the task pane's inspect runs alone.
 */
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { checkGrid } from './check';
import type { WorkbookGrid } from './grid';
import { outputSheetsSliced, type OutputSheet } from './output';
import type { ReadOptions, WorkbookSummary } from './read';
import { runSliced, type Sliced } from '../engine/sliced';
import { warningsSheet } from './warnings';

export interface Scored {
  result: ClusterResult;
  summary: WorkbookSummary;
  /**
   * The output sheets, built on first use (THIDUA.RESULTS never needs them); empty while the
   * workbook has errors. The last is the Warnings sheet, which the placement leaves out when the
   * run has nothing to say and no earlier Warnings sheet is to be brought up to date.
   */
  readonly sheets: OutputSheet[];
}

export function scoreGrid(grid: WorkbookGrid, lang: Lang, options: ReadOptions = {}): Scored {
  const { result, summary } = checkGrid(grid, options);
  let sheets: OutputSheet[] | undefined;
  return {
    result,
    summary,
    get sheets(): OutputSheet[] {
      return (sheets ??= runSliced(scoredSheetsSliced(result, lang)));
    },
  };
}

/** Scored's sheets, built with pauses (src/engine/sliced.ts): the output sheets, then Warnings; none while the workbook has errors. */
export function* scoredSheetsSliced(result: ClusterResult, lang: Lang): Sliced<OutputSheet[]> {
  if (!result.ok) return [];
  const sheets = yield* outputSheetsSliced(result, lang);
  return [...sheets, warningsSheet(result, lang)];
}

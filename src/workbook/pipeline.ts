/**
 * The one-way flow every host runs: grid → read + validate → model → score → rank → nominate →
 * output grids. Hosts only fetch the grid and write what comes out.
 */
import { evaluate } from '../engine/evaluate';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { makeSettings } from '../engine/settings';
import type { WorkbookGrid } from './grid';
import { outputSheets, type OutputSheet } from './output';
import { readWorkbook, type ReadOptions, type WorkbookSummary } from './read';
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
  const read = readWorkbook(grid, options);
  if (!read.model) {
    const settings = makeSettings();
    const result: ClusterResult = {
      ok: false,
      cluster: null,
      year: null,
      period: null,
      settings,
      criteria: [],
      awards: [],
      units: [],
      nominations: [],
      notNominated: [],
      diagnostics: read.diagnostics,
      tieBreaks: [],
      topGroups: [],
    };
    return { result, summary: read.summary, sheets: [] };
  }
  const result = evaluate(read.model, read.diagnostics);
  let sheets: OutputSheet[] | undefined;
  return {
    result,
    summary: read.summary,
    get sheets(): OutputSheet[] {
      return (sheets ??= result.ok ? [...outputSheets(result, lang), warningsSheet(result, lang)] : []);
    },
  };
}

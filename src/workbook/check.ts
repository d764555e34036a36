/**
 * The first half of the pipeline (src/workbook/pipeline.ts): grid → read + validate → model →
 * score → rank → nominate, without the output sheets. The task pane's inspect runs this alone, so
 * the output builders stay out of the pane's first load.
 */
import { evaluateSliced } from '../engine/evaluate';
import type { ClusterResult } from '../engine/result';
import { makeSettings } from '../engine/settings';
import type { WorkbookGrid } from './grid';
import { readWorkbook, type ReadOptions, type WorkbookSummary } from './read';
import { runSliced, type Sliced } from '../engine/sliced';

export interface Checked {
  result: ClusterResult;
  summary: WorkbookSummary;
}

export function checkGrid(grid: WorkbookGrid, options: ReadOptions = {}): Checked {
  return runSliced(checkGridSliced(grid, options));
}

/** checkGrid with a pause between reading and scoring (the task pane's score, src/engine/sliced.ts). */
export function* checkGridSliced(grid: WorkbookGrid, options: ReadOptions = {}): Sliced<Checked> {
  const read = readWorkbook(grid, options);
  yield;
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
    return { result, summary: read.summary };
  }
  return { result: yield* evaluateSliced(read.model, read.diagnostics), summary: read.summary };
}

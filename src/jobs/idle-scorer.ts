/**
 * A scorer made from a workbook and not used (engine/score.ts `idleScorer`), for the functions'
 * runtime to keep alive (src/functions/warm-shapes.ts): the surfaces do not call the reader or the
 * evaluation themselves, so this job does.
 */
import { indexEntries } from '../engine/entries';
import { idleScorer } from '../engine/score';
import { buildTree } from '../engine/tree';
import type { WorkbookGrid } from '../workbook/grid';
import { readWorkbook } from '../workbook/read';

/** An idle scorer of the workbook's cluster; an empty object when the workbook has no model. */
export function idleScorerOf(grid: WorkbookGrid): object {
  const model = readWorkbook(grid).model;
  if (!model) return {};
  const tree = buildTree(model.criteria);
  return idleScorer(model, tree, indexEntries(model, tree));
}

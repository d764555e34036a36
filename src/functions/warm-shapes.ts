/**
 * One idle instance of each class that THIDUA.RESULTS and NOMINATIONS make anew at every call and
 * whose methods run per data row, kept for the life of the functions' runtime.
 *
 * Why: V8 gives the instances of a class a hidden class (a "map") and compiles the hot methods
 * against it. When no instance is alive, a full garbage collection may free that map (V8 keeps it
 * only for a couple of collections, and not at all in a collection that reduces memory), and every
 * function compiled against it is thrown away ("weak objects" in `node --trace-deopt`). The next
 * call then reads its 52,000 data rows in unoptimized code while the row loop compiles again. One
 * instance kept alive keeps the map, and the compiled code stays valid across collections (the
 * bench's `resultsMs` collects garbage before every timed call; Excel's runtime collects whenever
 * it likes between recalculations). docs/benchmarks.md (3 December, THIDUA.RESULTS read straight
 * into columns) has the figures. The objects hold no data of any cluster: the idle cluster below
 * is a made-up one of two units and two criteria.
 *
 * The module is loaded by cluster.ts (THIDUA.RESULTS and NOMINATIONS): an earlier refactor had
 * dropped that import, and every class below lost its compiled code at each full collection again
 * (`--trace-deopt`: the scoring's `FastLeaves.points` and the small sheets' `at` deoptimized at every
 * call).
 */
import { EntryColumnsBuilder } from '../engine/columns';
import { DiagnosticList } from '../engine/diagnostics';
import { KINDS } from '../engine/kinds';
import { METHODS } from '../engine/methods';
import type { CriterionKind } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { scoreResult } from '../jobs/check';
import { idleScorerOf } from '../jobs/idle-scorer';
import { CRITERIA_SHEET, DATA_SHEET, directionWord, UNITS_SHEET } from '../workbook/schema';
import { TableRow } from '../workbook/table';
import { workbookOf } from './ranges';

function idleDiagnostics(): DiagnosticList {
  const diags = new DiagnosticList();
  // Its item array in the state a real list is in (objects in it), not only its own fields.
  diags.warning({ sheet: '', cell: 'A1' }, 'rowSkipped', {});
  return diags;
}

function idleBuilder(): EntryColumnsBuilder {
  const b = new EntryColumnsBuilder(0);
  // Every field set as a real reading sets it (names, codes, a row of figures and text).
  b.push('', '', 0, 0, 0, 0, '', '', 0);
  return b;
}

function idleRow(): TableRow<string> {
  const layout = { sheet: '', offsets: new Map<string, number>(), shapes: undefined, originRow: 0, letters: new Map<string, string>(), firstLetter: 'A' };
  return new TableRow<string>(0, [], layout);
}

/**
 * A made-up cluster scored as THIDUA.RESULTS scores its ranges (the data range read by the range
 * reader): it keeps one instance of every class of a scored cluster alive (the scored units, their
 * result columns, the fast way's leaves and table, the figures' columns and texts), and a scorer
 * (engine/score.ts UnitScorer) made from its model.
 */
function idleCluster(): { result: ClusterResult; scorer: object } {
  // Headers and words from the tables that define them (no text of its own: src/engine/i18n/ holds those).
  const head = <K extends string>(spec: { columns: readonly { key: K; vi: string }[] }, keys: readonly K[]): string[] => keys.map((k) => spec.columns.find((c) => c.key === k)!.vi);
  const kind = (k: CriterionKind): string => KINDS[k].words.vi[0]!;
  const ranges = {
    criteria: [
      head(CRITERIA_SHEET, ['code', 'name', 'parent', 'kind', 'max', 'direction', 'method', 'pointsPerUnit']),
      ['I', 'I', null, kind('group'), 30, null, null, null],
      ['1', '1', 'I', kind('target'), 10, directionWord('higher', 'vi'), METHODS.proportional.words.vi[0]!, null],
      ['2', '2', 'I', kind('passfail'), 10, null, null, null],
      ['3', '3', 'I', kind('manual'), 10, null, null, null],
      ['T', 'T', null, kind('bonus'), 2, null, null, 1],
    ],
    data: [
      head(DATA_SHEET, ['unit', 'criterion', 'target', 'actual', 'self', 'appraised']),
      ['A', '1', 100, 90, null, null],
      ['A', '2', null, true, null, null],
      ['A', '3', null, null, 8, null],
      ['A', 'T', null, 1, null, null],
      ['B', '1', 100, 110, null, null],
      ['B', '2', null, false, null, null],
      ['B', '3', null, null, 9, 8.5],
    ],
    units: [head(UNITS_SHEET, ['unit']), ['A'], ['B']],
    awards: null,
    settings: null,
  };
  const { grid } = workbookOf('RESULTS', 'vi', ranges);
  const result = scoreResult({ grid, existing: [] });
  // The scorer itself is not kept by the result: one made from the same grid.
  return { result, scorer: idleScorerOf(grid) };
}

/** The idle cluster and scorer; nothing when making them failed (it must never stop the functions from loading). */
function idleScoring(): object[] {
  try {
    const { result, scorer } = idleCluster();
    return [result, ...result.units, scorer];
  } catch {
    return [];
  }
}

const kept: object[] = [idleDiagnostics(), idleBuilder(), idleRow(), ...idleScoring()];

/** The idle cluster kept (for the tests: it must score, else it keeps nothing of a scored cluster). */
export function idleScored(): ClusterResult | undefined {
  return kept.find((o): o is ClusterResult => 'units' in o && 'diagnostics' in o);
}

/** The instances kept (for the tests). */
export function keptShapes(): readonly object[] {
  return kept;
}

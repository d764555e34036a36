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
 * into columns) has the figures. The objects hold no data of any cluster.
 */
import { EntryColumnsBuilder } from '../engine/columns';
import { DiagnosticList } from '../engine/diagnostics';
import { TableRow } from '../workbook/table';

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

const kept: object[] = [idleDiagnostics(), idleBuilder(), idleRow()];

/** The instances kept (for the tests). */
export function keptShapes(): readonly object[] {
  return kept;
}

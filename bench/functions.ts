/** Custom functions: one full recalculation of a RANK column and of a RESULTS table. */
import { rank, results } from '../src/functions/functions';
import { forgetScored } from '../src/functions/recalc-cache';
import { generateCluster } from '../test/support/generate-cluster';
import type { SheetGrid } from '../src/workbook/grid';
import { rng, timeMs } from './util';

/** Excel's runtime as far as the functions need it outside Excel: errors they may throw. */
function installRuntime(): void {
  class FunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FunctionError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    associate: () => undefined,
  };
}

/** A 10,000-cell column of totals, each cell =THIDUA.RANK(own, column): every cell recalculated. */
export function rankColumnMs(cells: number, runs: number): number {
  installRuntime();
  const r = rng(5);
  const column = Array.from({ length: cells }, () => [Math.round(r() * 10_000) / 100]);
  return timeMs(() => {
    for (let i = 0; i < cells; i++) rank(column[i]![0], column);
  }, runs);
}

function sheet(grid: { sheets: SheetGrid[] }, name: string): unknown[][] {
  return grid.sheets.find((s) => s.name === name)!.rows;
}

/**
 * =THIDUA.RESULTS over a cluster's ranges (units × criteria), scored anew each time (`recalc`
 * false: the cluster kept from an earlier call with the same values forgotten first, as when an
 * input changed), or recalculated with every input as it was (`recalc` true: Ctrl+Alt+F9, or
 * NOMINATIONS over the same ranges).
 */
/**
 * THIDUA.RESULTS timed: scored anew each time (the cache forgotten) or recalculated with the same
 * inputs (`recalc`). `warmup` calls first: 1 measures a runtime just started (the budget's figure),
 * more the steady state of a workbook open for a while (V8 has optimised the code by then).
 */
export function resultsMs(units: number, criteria: number, runs: number, recalc = false, warmup = 1): number {
  installRuntime();
  const grid = generateCluster({ units, criteria, seed: 9 });
  const args = ['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', 'Cài đặt'].map((n) => sheet(grid, n));
  forgetScored();
  const table = results(args[0]!, args[1]!, args[2], args[3], args[4]);
  if (table.length !== units + 1) throw new Error(`RESULTS gave ${table.length} rows for ${units} units`);
  return timeMs(
    () => {
      if (!recalc) forgetScored();
      return results(args[0]!, args[1]!, args[2], args[3], args[4]);
    },
    runs,
    warmup,
  );
}

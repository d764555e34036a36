/**
 * A data sheet of a million rows, for the benchmark (bench/) and for anyone who wants to see it:
 * `millionRows()` builds a long-layout workbook of `rows` data rows (units × 10 criteria, from the
 * deterministic cluster generator), reads and scores it through `scoreGrid` exactly as every host
 * does, and returns the timings and what came out. Nothing here is a test; million.test.ts runs a
 * twentieth of it in the suite. Measured on 22 Nov 2026 (the engine being refactored): building
 * 2.7 s, reading + scoring + output sheets 10.1 s, 756 MB of heap (46 s and 1.8 GB the day before).
 * Give node room if needed: `node --max-old-space-size=4096`.
 *
 *   import { millionRows } from '../test/robustness/million';
 *   const figures = millionRows();            // 1,000,000 rows
 *   const smaller = millionRows({ rows: 100_000 });
 */
import { scoreGrid } from '../../src/workbook/pipeline';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { sheetRows } from '../../src/workbook/row-block';
import { generateCluster } from '../support/generate-cluster';

/** Data rows per unit in the generated cluster: 8 scored criteria, a bonus and a penalty. */
export const ROWS_PER_UNIT = 10;

export interface MillionOptions {
  /** Data rows (default 1,000,000); rounded up to a whole number of units. */
  rows?: number;
  seed?: number;
}

export interface MillionFigures {
  rows: number;
  units: number;
  buildMs: number;
  /** Reading, validating, scoring, ranking, nominating and building the output sheets. */
  scoreMs: number;
  /** Heap in use after scoring, in MB (the grid, the result and the output sheets alive). */
  heapMB: number;
  ok: boolean;
  errors: number;
  warnings: number;
  /** Rows of the three output sheets. */
  outputRows: number;
  /** The first-ranked unit and its total, to check that something real was computed. */
  first: { unit: string; total: number } | null;
}

/** The workbook alone: `units × 10` data rows in `Số liệu`. */
export function millionRowsGrid(options: MillionOptions = {}): WorkbookGrid {
  const units = Math.ceil((options.rows ?? 1_000_000) / ROWS_PER_UNIT);
  return generateCluster({ units, criteria: 8, groups: 3, seed: options.seed ?? 7 });
}

/** Builds, reads and scores the big workbook; returns the figures. */
export function millionRows(options: MillionOptions = {}): MillionFigures {
  const t0 = performance.now();
  const grid = millionRowsGrid(options);
  const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
  const t1 = performance.now();
  const scored = scoreGrid(grid, 'vi');
  // The output sheets are built on first use: build them inside the timing.
  // Counted by index (sheetRows): `rows` would make a compact sheet's rows into arrays (row-block.ts).
  const outputRows = scored.sheets.reduce((n, s) => n + sheetRows(s).length, 0);
  const t2 = performance.now();
  const { result } = scored;
  const first = result.units[0];
  return {
    rows: data.rows.length - 1,
    units: result.units.length || grid.sheets.find((s) => s.name === 'Đơn vị')!.rows.length - 1,
    buildMs: Math.round(t1 - t0),
    scoreMs: Math.round(t2 - t1),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    ok: result.ok,
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
    outputRows,
    first: first ? { unit: first.unit, total: first.total } : null,
  };
}

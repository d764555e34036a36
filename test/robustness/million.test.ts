/**
 * The big data sheet, a twentieth of it: the million-row run lives in million.ts for the benchmark
 * (10–45 s and 0.8–1.8 GB of heap as the engine changes, half a minute with jest's start-up), too
 * slow for a suite that must stay under a minute. Here 50,000 rows are read
 * and scored through scoreGrid, and the time per row must not grow with the size (it would, 10×,
 * if anything in the reader or the engine were quadratic).
 */
import { millionRows, ROWS_PER_UNIT } from './million';

describe('a big data sheet', () => {
  it('50,000 rows are read, scored and written out like 5,000, in time linear in the rows', () => {
    const small = millionRows({ rows: 5_000 });
    const big = millionRows({ rows: 50_000 });
    for (const [f, rows] of [
      [small, 5_000],
      [big, 50_000],
    ] as const) {
      expect(f).toMatchObject({ rows, units: rows / ROWS_PER_UNIT, ok: true, errors: 0 });
      // Title, blank and header rows, then one row per unit / per unit and leaf / per nomination or not.
      expect(f.outputRows).toBeGreaterThan(rows);
      expect(f.first?.total).toBeGreaterThan(0);
    }
    const perRow = (f: typeof small): number => Math.max(f.scoreMs, 1) / f.rows;
    expect(perRow(big)).toBeLessThan(perRow(small) * 4 + 0.05);
  }, 60_000);
});

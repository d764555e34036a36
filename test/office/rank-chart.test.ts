/**
 * The ranks chart of `So sánh các kỳ` through the Office host, as the fake Excel records it: the
 * preset with its illustrative Lịch sử; a 'Line' chart over the rank block (periods down, a column
 * per unit), series by columns, the value axis reversed from 1 (rank 1 at the top); drawn once
 * after a second run; none without history.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { chartSource } from '../../src/hosts/office/chart';
import { findPreset, presetSheets } from '../../src/presets';
import { RANKS_CHART, RESULTS_CHART } from '../../src/workbook/chart';
import type { WorkbookGrid } from '../../src/workbook/grid';

const presetGrid = (): WorkbookGrid => ({
  name: 'hp.xlsx',
  sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi').map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]), originRow: 0, originCol: 0 })),
});
const SHEET = 'So sánh các kỳ';

describe('the ranks chart of So sánh các kỳ in the pane', () => {
  it('is a line chart over the rank block, series by columns, rank 1 at the top', async () => {
    const book = MemoryWorkbook.fromGrid(presetGrid());
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    const charts = book.sheet(SHEET)!.charts ?? [];
    expect(charts).toHaveLength(1);
    const c = charts[0]!;
    const rows = book.sheet(SHEET)!;
    const values = (r: number, col: number): unknown => rows.rows[r]?.[col] ?? null;
    // The block's corner: 'Kỳ' on row 4, the periods under it, a unit's name over each column.
    expect(values(c.source.top, c.source.left)).toBe('Kỳ');
    expect(values(c.source.top + 1, 0)).toBe(values(c.source.top, c.source.left + 1));
    expect(String(values(c.source.bottom, c.source.left))).toMatch(/\(kỳ này\)$/);
    expect(c.source.bottom - c.source.top).toBeGreaterThanOrEqual(2);
    expect({ min: c.valueMinimum, unit: c.valueMajorUnit }).toEqual({ min: 1, unit: 1 });
    expect({ type: c.type, seriesBy: c.seriesBy, name: c.name, valueReversed: c.valueReversePlotOrder, catReversed: c.reversePlotOrder }).toEqual({
      type: 'Line',
      seriesBy: 'Columns',
      name: RANKS_CHART,
      valueReversed: true,
      catReversed: undefined,
    });
    expect(c.title).toBe('Thứ hạng qua các kỳ');
    expect((book.sheet('Kết quả')!.charts ?? []).map((x) => x.type)).toEqual(['BarStacked']);
  });

  it('is drawn once after a second run, and Kết quả keeps one chart too', async () => {
    const book = MemoryWorkbook.fromGrid(presetGrid());
    const api = createOfficeApi(book.run);
    for (let i = 0; i < 2; i++) {
      const outcome = await api.score({ lang: 'vi', flagInPlace: false });
      if (!outcome.ok) throw new Error(outcome.error);
    }
    expect((book.sheet(SHEET)!.charts ?? []).map((c) => c.name)).toEqual([RANKS_CHART]);
    expect((book.sheet('Kết quả')!.charts ?? []).map((c) => c.name)).toEqual([RESULTS_CHART]);
  });

  it('is not drawn without history (no So sánh các kỳ, Kết quả keeps its bar chart)', async () => {
    const grid = presetGrid();
    grid.sheets = grid.sheets.filter((x) => x.name !== 'Lịch sử');
    const book = MemoryWorkbook.fromGrid(grid);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(book.sheet(SHEET)).toBeFalsy();
    expect((book.sheet('Kết quả')!.charts ?? []).map((c) => c.type)).toEqual(['BarStacked']);
  });

  it('is one rectangle Office.js can take', () => {
    expect(chartSource({ kind: 'line', title: 't', categories: { col: 8, first: 4, last: 6 }, series: [9, 10].map((col) => ({ name: { row: 3, col }, col })), anchor: { from: { row: 12, col: 0 }, to: { row: 30, col: 8 } }, reverseValues: true, objectName: RANKS_CHART })).toBe('I4:K7');
  });
});

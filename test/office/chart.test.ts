/**
 * The results chart through the Office host, as the fake Excel records it: one stacked bar chart
 * on Kết quả over the unit names and the group and bonus columns, named, titled, categories in
 * rank order from the top, below the table; added in the batch that writes the sheet.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { chartSource } from '../../src/hosts/office/chart';
import { RESULTS_CHART, resultsChart } from '../../src/workbook/chart';
import { fixtureGrid } from '../support/office';

describe('the results chart in the pane', () => {
  it('is added on Kết quả with its title, order and place, in the requests that write the sheet', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('hai-phong-huyen-2024'));
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    const charts = book.sheet('Kết quả')!.charts ?? [];
    expect(charts).toHaveLength(1);
    const c = charts[0]!;
    // 8 units on rows 4–11; B the unit names, C–E the three groups, F the bonus, row 3 their names.
    expect({ type: c.type, source: c.source, seriesBy: c.seriesBy, name: c.name, reversed: c.reversePlotOrder }).toEqual({
      type: 'BarStacked',
      source: { top: 2, left: 1, bottom: 10, right: 5 },
      seriesBy: 'Columns',
      name: RESULTS_CHART,
      reversed: true,
    });
    expect(c.title).toMatch(/^Điểm theo nhóm tiêu chí — .*Hải Phòng.* — năm 2024$/);
    expect(c.position?.start).toBe('B13');
    // No other sheet gets a chart, and the chart is in a request that also writes Kết quả's values.
    for (const name of ['Chi tiết điểm', 'Đề nghị khen thưởng', 'Cảnh báo']) expect(book.sheet(name)!.charts ?? []).toEqual([]);
    const withChart = book.stats.requestOps.filter((r) => (r.add ?? 0) > 0 && (r.values ?? 0) > 0);
    expect(withChart.length).toBeGreaterThan(0);
  });

  it('is drawn once after a second run (the earlier run’s chart is deleted when Kết quả is rewritten)', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('hai-phong-huyen-2024'));
    const api = createOfficeApi(book.run);
    for (let i = 0; i < 2; i++) {
      const outcome = await api.score({ lang: 'vi', flagInPlace: false });
      if (!outcome.ok) throw new Error(outcome.error);
    }
    expect((book.sheet('Kết quả')!.charts ?? []).map((c) => c.name)).toEqual([RESULTS_CHART]);
  });

  it('is left out when the cells are not one block (the .xlsx writer draws any)', () => {
    const c = resultsChart({ title: 't', firstRow: 3, units: 3, headerRow: 2, unitCol: 1, groupCols: [2, 4], bonusCol: null, width: 10 })!;
    expect(chartSource(c)).toBeNull();
    expect(chartSource({ ...c, series: c.series.slice(0, 1) })).toBe('B3:C6');
  });
});

/** cycle.md §2–3 in the reader: `Lịch sử`, `Tên trước đây`, the condition columns, `So sánh với`. */
import type { Cell } from '../../src/workbook/grid';
import { readWorkbook } from '../../src/workbook/read';
import { AWARDS_ROWS, longWorkbook, sheet, SETTINGS_ROWS, UNITS_ROWS, withSheet } from './grids';

const HISTORY_HEADER = ['Năm', 'Kỳ', 'Đơn vị', 'Hạng', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại', 'Kết quả nhiệm vụ', 'Khen thưởng', 'Số quyết định'];

function read(history: Cell[][] | null, o: { units?: Cell[][]; awards?: Cell[][]; settings?: Cell[][]; name?: string } = {}) {
  let wb = longWorkbook();
  if (history) wb = withSheet(wb, sheet(o.name ?? 'Lịch sử', history));
  if (o.units) wb = withSheet(wb, sheet('Đơn vị', o.units));
  if (o.awards) wb = withSheet(wb, sheet('Khen thưởng', o.awards));
  if (o.settings) wb = withSheet(wb, sheet('Cài đặt', o.settings));
  return readWorkbook(wb);
}

describe('Lịch sử', () => {
  it('is optional: without it the model has no history', () => {
    const r = read(null);
    expect(r.model!.history).toBeUndefined();
    expect(r.summary.sheets.history).toBeUndefined();
  });

  it('reads its rows: blank Kỳ is the year, percents as percents, one row per award', () => {
    const r = read([
      HISTORY_HEADER,
      [2023, null, 'Thủy Nguyên', 1, 95.5, '95,5%', 'Xuất sắc', 'Hoàn thành xuất sắc nhiệm vụ', 'Cờ thi đua', '123/QĐ-UBND'],
      [2023, 'năm', 'Thủy Nguyên', 1, 95.5, 0.955, 'Xuất sắc', 'Hoàn thành xuất sắc nhiệm vụ', 'Bằng khen', '124/QĐ-UBND'],
      ['2024', '6 tháng', 'An Lão', 2, 80, 80, 'Tốt', null, null, null],
    ]);
    expect(r.diagnostics.filter((d) => d.sheet === 'Lịch sử')).toEqual([]);
    expect(r.summary.sheets.history).toBe('Lịch sử');
    expect(r.model!.history!.map((h) => [h.year, h.period, h.unit, h.rank, h.total, h.percent, h.award])).toEqual([
      [2023, 'year', 'Thủy Nguyên', 1, 95.5, 95.5, 'Cờ thi đua'],
      [2023, 'year', 'Thủy Nguyên', 1, 95.5, 95.5, 'Bằng khen'],
      [2024, 'half', 'An Lão', 2, 80, 80, ''],
    ]);
    expect(r.model!.history![0]).toMatchObject({ taskResult: 'Hoàn thành xuất sắc nhiệm vụ', classification: 'Xuất sắc', decision: '123/QĐ-UBND' });
  });

  it('is also found as History with English headers and words', () => {
    const r = read(
      [
        ['Year', 'Period', 'Unit', 'Rank', 'Total', 'Percent', 'Classification', 'Task result', 'Award', 'Decision'],
        [2024, 'half-year', 'An Lão', 3, 70, 70, null, null, null, null],
      ],
      { name: 'History' },
    );
    expect(r.model!.history!.map((h) => h.period)).toEqual(['half']);
  });

  it('bad year and bad period: errors at their cells, the row left out', () => {
    const r = read([HISTORY_HEADER, ['hai nghìn', null, 'An Lão', 1, null, null, null, null, null, null], [2023.5, null, 'An Lão'], [2023, 'quý 3', 'An Lão'], [2023, null, 'An Lão']]);
    const errs = r.diagnostics.filter((d) => d.severity === 'error' && d.sheet === 'Lịch sử').map((d) => [d.cell, d.code]);
    expect(errs).toEqual([
      ['A2', 'badHistoryYear'],
      ['A3', 'badHistoryYear'],
      ['B4', 'badHistoryPeriod'],
    ]);
    expect(r.model!.history).toHaveLength(1);
  });

  it('a unit matching no current unit nor former name: a warning at its cell', () => {
    const r = read([HISTORY_HEADER, [2023, null, 'Huyện Lạ', 1], [2023, null, 'thủy  nguyên', 2]]);
    const w = r.diagnostics.filter((d) => d.code === 'historyUnknownUnit');
    expect(w).toMatchObject([{ severity: 'warning', sheet: 'Lịch sử', cell: 'C2', params: { unit: 'Huyện Lạ' } }]);
  });

  it('matches units through Tên trước đây, several former names separated by ;', () => {
    const units = UNITS_ROWS.map((r, i) => [...r, i === 0 ? 'Tên trước đây' : i === 1 ? 'Huyện Thủy Nguyên; Thị xã Thủy Nguyên' : null]);
    const r = read([HISTORY_HEADER, [2022, null, 'Huyện Thủy Nguyên', 1], [2023, null, 'Thị xã Thủy Nguyên', 2]], { units });
    expect(r.diagnostics.filter((d) => d.code === 'historyUnknownUnit')).toEqual([]);
    expect(r.model!.units[0]!.formerNames).toEqual(['Huyện Thủy Nguyên', 'Thị xã Thủy Nguyên']);
  });

  it('a former name another unit holds: a warning', () => {
    const units = UNITS_ROWS.map((r, i) => [...r, i === 0 ? 'Former names' : i === 2 ? 'Thủy Nguyên' : null]);
    const r = read([HISTORY_HEADER, [2023, null, 'Thủy Nguyên', 1]], { units });
    expect(r.diagnostics.filter((d) => d.code === 'formerNameTaken')).toMatchObject([{ sheet: 'Đơn vị', cell: 'A3', params: { name: 'Thủy Nguyên', other: 'Thủy Nguyên' } }]);
  });

  it('duplicate rows (same year, period, unit and award): a warning, the first kept', () => {
    const r = read([HISTORY_HEADER, [2023, null, 'An Lão', 1], [2023, 'năm', 'An Lão', 2], [2023, '6 tháng', 'An Lão', 2]]);
    expect(r.diagnostics.filter((d) => d.code === 'historyDuplicate')).toMatchObject([{ severity: 'warning', cell: 'C3', params: { first: 2 } }]);
    expect(r.model!.history!.map((h) => h.rank)).toEqual([1, 2]);
  });
});

describe('award conditions in Khen thưởng', () => {
  const header = [...AWARDS_ROWS[0]!, 'Chỉ đơn vị dẫn đầu', 'Số năm liên tục', 'Kết quả yêu cầu', 'Đã được tặng', 'Trong số năm', 'Không tặng lại trong'];
  it('reads them with their cells; awards without any have none', () => {
    const awards = [header, [...AWARDS_ROWS[1]!, 'có', 5, 'Hoàn thành xuất sắc nhiệm vụ', 'Bằng khen', 5, 2], [...AWARDS_ROWS[2]!]];
    const r = read(null, { awards });
    const [flag, cert] = r.model!.awards;
    expect(flag!.conditions).toMatchObject({ leaderOnly: true, consecutiveYears: 5, requiredResult: 'Hoàn thành xuất sắc nhiệm vụ', priorAward: 'Bằng khen', withinYears: 5, notAgainWithin: 2 });
    expect(flag!.conditions!.at!.consecutiveYears).toEqual({ sheet: 'Khen thưởng', cell: 'J2' });
    expect(cert!.conditions).toBeUndefined();
  });
  it('a bad count of years, or a count without its result: errors at the cells', () => {
    const awards = [header, [...AWARDS_ROWS[1]!, null, 2.5, 'Xuất sắc'], [...AWARDS_ROWS[2]!, null, 3, null]];
    const r = read(null, { awards });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.cell, d.code])).toEqual([
      ['J2', 'badYears'],
      ['K3', 'conditionIncomplete'],
    ]);
  });
  it('needing history the workbook lacks: a warning at the award cell once scored', async () => {
    const { scoreGrid } = await import('../../src/workbook/pipeline');
    let wb = longWorkbook();
    wb = withSheet(wb, sheet('Khen thưởng', [header, [...AWARDS_ROWS[1]!, null, 3, 'Hoàn thành xuất sắc nhiệm vụ']]));
    const { result } = scoreGrid(wb, 'vi');
    expect(result.diagnostics.filter((d) => d.code === 'conditionNoHistory')).toMatchObject([{ severity: 'warning', sheet: 'Khen thưởng', cell: 'J2' }]);
  });
});

describe('So sánh với', () => {
  it('reads a year, or a year and a period; anything else is an error at its cell', () => {
    const s = (v: Cell) => read(null, { settings: [...SETTINGS_ROWS, ['So sánh với', v]] });
    expect(s(2023).model!.settings.compareWith).toEqual({ year: 2023, period: 'year' });
    expect(s('2024 6 tháng').model!.settings.compareWith).toEqual({ year: 2024, period: 'half' });
    expect(s('2022 năm').model!.settings.compareWith).toEqual({ year: 2022, period: 'year' });
    expect(s(null).model!.settings.compareWith ?? null).toBeNull();
    expect(s('năm ngoái').diagnostics.filter((d) => d.severity === 'error')).toMatchObject([{ sheet: 'Cài đặt', cell: 'B5', code: 'badSetting' }]);
  });
});

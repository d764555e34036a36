/** cycle.md §2: the comparison with an earlier period, its JSON, its columns and its own sheet. */
import { rankingText } from '../../src/cli/print';
import { rankChangeText } from '../../src/engine/compare';
import { evaluate } from '../../src/engine/evaluate';
import { toResultJson } from '../../src/engine/json';
import type { ClusterModel, HistoryRow, PeriodKind } from '../../src/engine/model';
import type { ClusterResult } from '../../src/engine/result';
import type { SettingsInput } from '../../src/engine/settings';
import { outputSheets } from '../../src/workbook/output';
import { cluster } from './builder';

function h(unit: string, year: number, period: PeriodKind, rank: number | null, total: number | null = null, percent: number | null = null): HistoryRow {
  return { year, period, unit, rank, total, percent, classification: '', taskResult: '', award: '', decision: '' };
}

/** A 100, B 90, C 80 (ranks 1, 2, 3) in 2024 `period`. */
function run(history: HistoryRow[] | undefined, s: SettingsInput = {}, former?: Record<string, string[]>): ClusterResult {
  const b = cluster().manual('1', 100).settings({ tieBreaks: [], year: 2024, period: 'năm', ...s });
  for (const [u, p] of [['A', 100], ['B', 90], ['C', 80]] as const) b.unit(u).data(u, '1', { self: p });
  const m: ClusterModel = b.build();
  if (history) m.history = history;
  for (const u of m.units) if (former?.[u.name]) u.formerNames = former[u.name];
  const r = evaluate(m);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

const HIST = [
  h('A', 2023, 'year', 3, 70, 70),
  h('B', 2023, 'year', 1, 95, 95),
  h('C', 2023, 'year', 2, 80, 80),
  h('A', 2024, 'half', 2, 85, 85),
  h('B', 2024, 'half', 2, 85, 85),
  h('A', 2022, 'year', 1, 90, 90),
];

describe('choosing the earlier period', () => {
  it('by default the latest before the current: the mid-year review of the same year', () => {
    const r = run(HIST);
    expect(r.comparison!.previous).toEqual({ year: 2024, period: 'half' });
    expect(r.comparison!.units.A).toEqual({ previous: { year: 2024, period: 'half', rank: 2, total: 85, percent: 85 }, rankChange: 1, totalChange: 15, percentChange: 15 });
    expect(r.comparison!.units.B!.rankChange).toBe(0);
    // C has no mid-year row: a new unit then.
    expect(r.comparison!.units.C).toEqual({ previous: null, rankChange: null, totalChange: null, percentChange: null });
  });
  it('for a mid-year review, the year before', () => {
    const r = run(HIST, { period: '6 tháng đầu năm' });
    expect(r.comparison!.current).toEqual({ year: 2024, period: 'half' });
    expect(r.comparison!.previous).toEqual({ year: 2023, period: 'year' });
  });
  it('the setting So sánh với chooses another one', () => {
    const r = run(HIST, { compareWith: { year: 2022, period: 'year' } });
    expect(r.comparison!.previous).toEqual({ year: 2022, period: 'year' });
    expect(r.comparison!.units.A!.rankChange).toBe(0);
    expect(r.comparison!.units.B!.previous).toBeNull();
  });
  it('a So sánh với the history lacks: a warning, no comparison columns', () => {
    const r = run(HIST, { compareWith: { year: 2019, period: 'year' } });
    expect(r.comparison!.previous).toBeNull();
    expect(r.diagnostics.filter((d) => d.code === 'compareNotFound')).toMatchObject([{ severity: 'warning', params: { period: '2019' } }]);
    expect(toResultJson(r, 'vi').units[0]).not.toHaveProperty('previous');
  });
  it('only later periods in the history: no earlier one', () => {
    expect(run([h('A', 2025, 'year', 1)]).comparison!.previous).toBeNull();
  });
  it('rows under a former name count for the unit', () => {
    const r = run([h('Xã Cũ', 2023, 'year', 3)], {}, { A: ['Xã Cũ'] });
    expect(r.comparison!.units.A!.rankChange).toBe(2);
  });
  it('no history, or no Năm: no comparison', () => {
    expect(run(undefined).comparison).toBeUndefined();
    expect(run(HIST, { year: null }).comparison).toBeUndefined();
  });
});

describe('the change in words', () => {
  it('▲, ▼, = and mới (new)', () => {
    const r = run([h('A', 2023, 'year', 3), h('B', 2023, 'year', 1), h('C', 2023, 'year', 3)]);
    const c = r.comparison!.units;
    expect(['A', 'B', 'C'].map((u) => rankChangeText(c[u], 'vi'))).toEqual(['▲2', '▼1', '=']);
    const r2 = run([h('A', 2023, 'year', 1)]);
    expect(rankChangeText(r2.comparison!.units.B, 'vi')).toBe('mới');
    expect(rankChangeText(r2.comparison!.units.B, 'en')).toBe('new');
  });
});

describe('the JSON', () => {
  it('gains previous and rankChange per unit when there is an earlier period', () => {
    const units = toResultJson(run(HIST), 'vi').units;
    expect(units.map((u) => [u.unit, u.previous, u.rankChange])).toEqual([
      ['A', { year: 2024, period: '6 tháng', rank: 2, total: 85, percent: 85 }, 1],
      ['B', { year: 2024, period: '6 tháng', rank: 2, total: 85, percent: 85 }, 0],
      ['C', null, null],
    ]);
  });
  it('is unchanged without history', () => {
    const json = toResultJson(run(undefined), 'vi');
    for (const u of json.units) expect(Object.keys(u)).not.toContain('previous');
  });
});

describe('the sheets and the terminal', () => {
  it('Kết quả gains the comparison columns at the end, only when there is history', () => {
    const [plain] = outputSheets(run(undefined), 'vi');
    const [results] = outputSheets(run(HIST), 'vi');
    const header = results!.rows[2]!;
    expect(header.slice(0, plain!.rows[2]!.length)).toEqual(plain!.rows[2]);
    expect(header.slice(plain!.rows[2]!.length)).toEqual(['Hạng 2024 6 tháng', 'Thay đổi hạng', 'Tổng điểm 2024 6 tháng', 'Chênh lệch điểm', 'Tỷ lệ % 2024 6 tháng', 'Chênh lệch tỷ lệ']);
    expect(results!.rows[3]!.slice(-6)).toEqual([2, '▲1', 85, 15, 85, 15]);
    expect(results!.rows[5]!.slice(-6)).toEqual([null, 'mới', null, null, null, null]);
    expect(results!.columns).toHaveLength(header.length);
    expect(results!.tones).toContainEqual({ row: 3, col: header.length - 5, tone: 'good' });
  });
  it('So sánh các kỳ: units × every period of the history plus the current one', () => {
    const sheets = outputSheets(run(HIST), 'vi');
    const s = sheets.find((x) => x.kind === 'compare')!;
    expect(s.name).toBe('So sánh các kỳ');
    expect(s.rows[2]!.slice(0, 9)).toEqual(['Đơn vị', '2022', null, '2023', null, '2024 6 tháng', null, '2024 (kỳ này)', null]);
    expect(s.rows[4]!.slice(0, 9)).toEqual(['A', 1, 90, 3, 70, 2, 85, 1, 100]);
    expect(s.rows[6]!.slice(0, 9)).toEqual(['C', null, null, 2, 80, null, null, 3, 80]);
    // The rank block after a blank column (K onwards): periods down, a column of ranks per unit.
    expect(s.rows[2]!.slice(9)).toEqual([null, 'Hạng qua các kỳ (dữ liệu biểu đồ)']);
    expect(s.rows[3]!.slice(10)).toEqual(['Kỳ', 'A', 'B', 'C']);
    expect(s.rows[4]!.slice(9)).toEqual([null, '2022', 1, null, null]);
    expect(s.rows[7]!.slice(10)).toEqual(['2024 (kỳ này)', 1, 2, 3]);
    expect(s.rows[5]!.slice(10, 12)).toEqual(['2023', 3]);
    expect(s.columns).toHaveLength(14);
    // Its line chart: a series per unit over its column, the periods as categories, rank 1 at the top.
    expect(s.chart).toMatchObject({ kind: 'line', reverseValues: true, categories: { col: 10, first: 4, last: 7 } });
    expect(s.chart!.series.map((x) => [x.col, x.name])).toEqual([11, 12, 13].map((col) => [col, { row: 3, col }]));
    // One period only (a history holding this run alone): the table, no block and no chart.
    const single = outputSheets(run([h('A', 2024, 'year', 1, 100, 100)]), 'vi').find((x) => x.kind === 'compare')!;
    expect(single.rows[2]).toEqual(['Đơn vị', '2024 (kỳ này)', null]);
    expect(single.chart).toBeUndefined();
    expect(outputSheets(run(undefined), 'vi').map((x) => x.kind)).toEqual(['results', 'detail', 'nominations']);
  });
  it('the CLI ranking shows the earlier rank and the change', () => {
    const text = rankingText(run(HIST), 'en');
    expect(text).toMatch(/Rank 2024 half-year\s+Change/);
    expect(text.split('\n').find((l) => /^\s*3 /.test(l))).toMatch(/ new$/);
    expect(rankingText(run(undefined), 'vi')).not.toContain('Thay đổi');
  });
});

/** The hai-phong-huyen-2024 preset's example history and award conditions (cycle.md §2–3). */
import { toResultJson } from '../../src/engine/json';
import { findPreset, presetSheets } from '../../src/presets';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';

const grid = (lang: 'vi' | 'en'): WorkbookGrid => ({
  name: 'hp.xlsx',
  sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, lang).map((s) => ({ name: s.name, rows: s.rows, originRow: 0, originCol: 0 })),
});

describe.each(['vi', 'en'] as const)('the preset in %s', (lang) => {
  const { result } = scoreGrid(grid(lang), lang);
  it('reads its history and conditions without a problem, and marks the history illustrative', () => {
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.sheet === 'Lịch sử' || d.sheet === 'Khen thưởng' || d.sheet === 'Awards')).toEqual([]);
    const s = grid(lang).sheets.find((x) => x.name === 'Lịch sử')!;
    expect(String(s.rows[0]![0])).toMatch(lang === 'vi' ? /MINH HỌA/ : /ILLUSTRATIVE/);
  });
  it('compares with the mid-year review, Thủy Nguyên through its former name', () => {
    expect(result.comparison!.previous).toEqual({ year: 2024, period: 'half' });
    const units = toResultJson(result, lang).units;
    expect(units.find((u) => u.unit === 'Vĩnh Bảo')).toMatchObject({ previous: { rank: 3, period: '6 tháng' }, rankChange: 1 });
    expect(result.comparison!.periods.map((p) => `${p.year} ${p.period}`)).toEqual(['2022 year', '2023 year', '2024 half', '2024 year']);
    expect(result.comparison!.series['Thủy Nguyên']!.map((f) => f?.rank)).toEqual([1, 2, 1, 1]);
  });
  it('states why units were left out of the flags', () => {
    expect(result.ineligible!.map((x) => `${x.unit}: ${x.failures.map((f) => f.kind).join(',')}`)).toEqual(['Vĩnh Bảo: leaderOnly', 'An Lão: consecutive', 'Bạch Long Vĩ: consecutive']);
    expect(result.nominations.slice(0, 2).map((n) => n.unit)).toEqual(['Thủy Nguyên', 'Vĩnh Bảo']);
  });
});

/** Behaviours settled after the review against the spec (docs/decisions.md). */
import { scoreGrid } from '../../src/workbook/pipeline';
import { longRows, longWorkbook, sheet, SETTINGS_ROWS, sheetOf, withSheet, DATA_HEADER_VI, AWARDS_ROWS } from './grids';
import type { Cell } from '../../src/workbook/grid';

const located = (r: ReturnType<typeof scoreGrid>): string[] => r.result.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.code}`);

describe('sheets with headers and no rows count as absent', () => {
  it('an empty Khen thưởng sheet: the default awards, with a warning', () => {
    const r = scoreGrid(withSheet(longWorkbook(), sheet('Khen thưởng', [AWARDS_ROWS[0]!])), 'vi');
    expect(r.result.ok).toBe(true);
    expect(located(r)).toContain('warning Khen thưởng!A1 emptyAwardsSheet');
    expect(r.result.awards.map((a) => a.name)).toEqual(['Cờ thi đua của UBND tỉnh/thành phố', 'Bằng khen của Chủ tịch UBND tỉnh/thành phố']);
  });

  it('an empty Đơn vị sheet: the units of the data, with a warning (not an error per unit)', () => {
    const r = scoreGrid(withSheet(longWorkbook(), sheet('Đơn vị', [['Đơn vị', 'Vai trò', 'Kỷ luật']])), 'vi');
    expect(r.result.ok).toBe(true);
    expect(located(r)).toContain('warning Đơn vị!A1 emptyUnitsSheet');
    expect(r.result.units).toHaveLength(4);
  });

  it('no unit at all is reported on the sheets as they are really named', () => {
    const wb = withSheet(longWorkbook(), sheet('Số liệu', [DATA_HEADER_VI]));
    const english = { ...wb, sheets: wb.sheets.map((s) => (s.name === 'Số liệu' ? { ...s, name: 'Data' } : s.name === 'Đơn vị' ? { ...s, name: 'Units', rows: [['Unit']] as Cell[][] } : s)) };
    const r = scoreGrid(english, 'vi');
    expect(r.result.ok).toBe(false);
    expect(located(r)).toEqual(['error Data!A1 noRows', 'warning Units!A1 emptyUnitsSheet']);
    const names = new Set(english.sheets.map((s) => s.name));
    expect(r.result.diagnostics.every((d) => names.has(d.sheet))).toBe(true);
  });
});

describe('merged cells', () => {
  it('a merged signature line under the table is skipped with a warning, not an error', () => {
    const rows: Cell[][] = [DATA_HEADER_VI, ...longRows(), [], [null, null, null, 'Người lập biểu', null]];
    const last = rows.length; // 1-based row of the signature
    const r = scoreGrid(withSheet(longWorkbook(), sheet('Số liệu', rows, [`D${last}:E${last}`])), 'vi');
    expect(r.result.ok).toBe(true);
    expect(located(r)).toContain(`warning Số liệu!D${last} rowSkipped`);
    expect(located(r).filter((l) => l.includes('mergedOverData'))).toEqual([]);
  });

  it('a unit name merged down its rows is an error at the merge (the rows under it would lose their unit)', () => {
    const data = sheetOf(longWorkbook(), 'Số liệu');
    const r = scoreGrid(withSheet(longWorkbook(), { ...data, merges: ['A2:A3'] }), 'vi');
    expect(r.result.ok).toBe(false);
    expect(located(r)).toContain('error Số liệu!A2 mergedOverData');
  });
});

describe('settings', () => {
  it('a key with a blank value keeps its default (one award per unit stays on)', () => {
    const r = scoreGrid(withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Mỗi đơn vị một hình thức', null]])), 'vi');
    expect(r.result.settings.oneAwardPerUnit).toBe(true);
    const counts = new Map<string, number>();
    for (const n of r.result.nominations) counts.set(n.unit, (counts.get(n.unit) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(1);
  });

  it('band names lose the words around their threshold ("Xuất sắc ≥ 90%", "Tốt từ 80")', () => {
    const r = scoreGrid(withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Xếp loại', 'Xuất sắc ≥ 90%; Tốt từ 80; Khá: 65; Yếu 0']])), 'vi');
    expect(r.result.settings.classification).toEqual([
      { name: 'Xuất sắc', min: 90 },
      { name: 'Tốt', min: 80 },
      { name: 'Khá', min: 65 },
      { name: 'Yếu', min: 0 },
    ]);
  });
});

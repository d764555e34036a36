/** Behaviours settled after the review against the spec (docs/decisions.md). */
import { diagnosticText } from '../../src/engine/diagnostics';
import { scoreGrid } from '../../src/workbook/pipeline';
import { readWorkbook } from '../../src/workbook/read';
import { longRows, longWorkbook, sheet, SETTINGS_ROWS, sheetOf, withSheet, DATA_HEADER_VI, AWARDS_ROWS, CRITERIA_HEADER_VI, FIGURES, UNITS_ROWS, wideWorkbook, without } from './grids';
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

describe('two sheets of one role', () => {
  it('`Tiêu chí` and `Criteria` in one workbook: an error at the second, nothing scored', () => {
    const wb = longWorkbook();
    const criteria = sheetOf(wb, 'Tiêu chí');
    const r = scoreGrid({ ...wb, sheets: [...wb.sheets, { ...criteria, name: 'Criteria' }] }, 'vi');
    expect(r.result.ok).toBe(false);
    expect(located(r)).toContain('error Criteria!A1 sameRoleSheets');
    const d = r.result.diagnostics.find((x) => x.code === 'sameRoleSheets')!;
    expect(diagnosticText(d, 'vi')).toBe(
      'Trang “Criteria” và trang “Tiêu chí” cùng là trang “Tiêu chí”; hãy đổi tên hoặc xoá một trang.',
    );
    expect(diagnosticText(d, 'en')).toBe('The sheets “Criteria” and “Tiêu chí” are both the “Tiêu chí” sheet; rename or delete one of them.');
  });

  it('names that differ only in case or diacritics are the same role too', () => {
    const wb = longWorkbook();
    const r = scoreGrid({ ...wb, sheets: [...wb.sheets, { ...sheetOf(wb, 'Đơn vị'), name: 'DON VI' }] }, 'vi');
    expect(located(r)).toContain('error DON VI!A1 sameRoleSheets');
  });
});

describe('rows a unit lacks are said, not silent', () => {
  const withFigures = (keep: (f: (typeof FIGURES)[number]) => boolean) =>
    withSheet(longWorkbook(), sheet('Số liệu', [DATA_HEADER_VI, ...longRows(FIGURES.filter(keep))]));
  const text = (r: ReturnType<typeof scoreGrid>, code: string): string[] =>
    r.result.diagnostics.filter((d) => d.code === code).map((d) => `${d.sheet}!${d.cell} ${diagnosticText(d, 'vi')}`);

  it('a unit without the row of a target criterion: a warning at its name; the criterion leaves its maximum', () => {
    const r = scoreGrid(withFigures((f) => !(f.unit === 'An Lão' && (f.code === '1.1' || f.code === '1.3'))), 'vi');
    expect(r.result.ok).toBe(true);
    expect(text(r, 'targetRowsAbsent')).toEqual([
      'Đơn vị!A3 Đơn vị “An Lão” không có dòng số liệu cho 1.1, 1.3 trong trang “Số liệu”: coi như không giao chỉ tiêu, không tính vào điểm tối đa. Nếu đơn vị có chỉ tiêu, hãy thêm dòng đó.',
    ]);
    const anLao = r.result.units.find((u) => u.unit === 'An Lão')!;
    expect(anLao.criteria['1.1']!.status).toBe('excluded');
    expect(anLao.max).toBe(60);
  });

  it('a unit with no row at all: one warning, not one per criterion', () => {
    const r = scoreGrid(withFigures((f) => f.unit !== 'Kiến Thụy'), 'vi');
    expect(text(r, 'unitWithoutRows')).toEqual([
      'Đơn vị!A4 Đơn vị “Kiến Thụy” không có dòng nào trong trang “Số liệu”: mọi tiêu chí của đơn vị này được tính là thiếu số liệu hoặc không giao chỉ tiêu.',
    ]);
    expect(text(r, 'targetRowsAbsent')).toEqual([]);
  });

  it('a target criterion no unit has a row for: one warning at its code', () => {
    const r = scoreGrid(withFigures((f) => f.code !== '1.2'), 'vi');
    expect(text(r, 'targetWithoutRows')).toEqual([
      'Tiêu chí!A4 Tiêu chí định lượng “1.2” không có số liệu của đơn vị nào trong trang “Số liệu”: coi như không giao chỉ tiêu cho mọi đơn vị.',
    ]);
    expect(text(r, 'targetRowsAbsent')).toEqual([]);
  });

  it('the complete cluster has none of these warnings', () => {
    const r = scoreGrid(longWorkbook(), 'vi');
    expect(r.result.diagnostics.filter((d) => ['targetRowsAbsent', 'unitWithoutRows', 'targetWithoutRows'].includes(d.code))).toEqual([]);
  });
});

describe('group maxima', () => {
  it('a child group with a blank maximum counts as the sum of its own children', () => {
    const rows: Cell[][] = [
      CRITERIA_HEADER_VI,
      ['I', 'Nhóm I', null, 'nhóm', 50, null, null, null, null, null, null, null],
      ['I.1', 'Nhóm con', 'I', 'nhóm', null, null, null, null, null, null, null, null],
      ['1.1', 'Thu ngân sách', 'I.1', 'định lượng', 20, 'tăng', 'tỷ lệ', null, null, null, null, null],
      ['1.2', 'Báo cáo', 'I.1', 'đạt/không đạt', 20, null, null, null, null, null, null, null],
    ];
    const wb = withSheet(longWorkbook(), sheet('Tiêu chí', rows));
    const data = withSheet(wb, sheet('Số liệu', [DATA_HEADER_VI, ['Thủy Nguyên', '1.1', 10, 10], ['Thủy Nguyên', '1.2', null, 'đạt']]));
    const r = scoreGrid(withSheet(data, sheet('Đơn vị', [UNITS_ROWS[0]!, UNITS_ROWS[1]!])), 'vi');
    expect(r.result.diagnostics.filter((d) => d.code === 'groupMaxMismatch').map((d) => `${d.sheet}!${d.cell} ${diagnosticText(d, 'vi')}`)).toEqual([
      expect.stringMatching(/^Tiêu chí!E2 .*“I”.*50.*40/),
    ]);
  });
});

describe('the wide layout with the columns users keep beside the codes', () => {
  it('STT and Ghi chú columns are ignored with a warning; an unknown code is still an error', () => {
    const withExtras = (rows: Cell[][]): Cell[][] => rows.map((r, i) => [i === 0 ? 'STT' : i, ...r, i === 0 ? 'Ghi chú' : null]);
    const wb = wideWorkbook();
    const r = scoreGrid(withSheet(wb, sheet('Thực hiện', withExtras(sheetOf(wb, 'Thực hiện').rows))), 'vi');
    expect(r.result.ok).toBe(true);
    const header = sheetOf(wb, 'Thực hiện').rows[0]!;
    const last = String.fromCharCode(65 + header.length + 1);
    expect(located(r)).toEqual(expect.arrayContaining(['warning Thực hiện!A1 unknownColumn', `warning Thực hiện!${last}1 unknownColumn`]));
    const typo = scoreGrid(withSheet(wb, sheet('Thực hiện', sheetOf(wb, 'Thực hiện').rows.map((row, i) => [...row, i === 0 ? '9.9' : null]))), 'vi');
    expect(typo.result.ok).toBe(false);
    expect(located(typo).some((l) => l.startsWith('error Thực hiện!') && l.endsWith('unknownCriterion'))).toBe(true);
  });
});

describe('the summary of a workbook that cannot be scored', () => {
  it('without its data sheet, still counts the criteria and units that are there and names the cluster', () => {
    const wb = without(longWorkbook(), 'Số liệu');
    const r = readWorkbook({ ...wb, name: 'cum.xlsx' });
    expect(r.model).toBeNull();
    expect(r.summary).toMatchObject({ layout: null, units: 4, criteria: 6, extras: 2, groups: 2 });
    expect(r.summary.cluster).toBe(readWorkbook(longWorkbook()).summary.cluster);
  });

  it('without its criteria sheet, still counts the units', () => {
    const r = readWorkbook(without(longWorkbook(), 'Tiêu chí'));
    expect(r.summary).toMatchObject({ units: 4, criteria: 0 });
  });
});

/**
 * Issue 10, the reader's part: near misses are recognised or refused, figures are never misread by
 * 100× or 1000×, missing data is visible. Each case fails without the behaviour it names.
 */
import { formatDiagnostic, type Diagnostic } from '../../src/engine/diagnostics';
import { toResultJson } from '../../src/engine/json';
import { numberFormatShape, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { readWorkbook } from '../../src/workbook/read';
import {
  CRITERIA_HEADER_VI,
  CRITERIA_VI,
  DATA_HEADER_VI,
  longRows,
  longWorkbook,
  setCell,
  sheet,
  sheetOf,
  SETTINGS_ROWS,
  UNITS_ROWS,
  wideWorkbook,
  withSheet,
  without,
} from './grids';

function score(wb: WorkbookGrid) {
  const { result } = scoreGrid(wb, 'vi');
  const { diagnostics: _omit, ...json } = toResultJson(result, 'vi');
  return { json, diagnostics: result.diagnostics, ok: result.ok, result };
}
const located = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.code}`);
const errors = (ds: readonly Diagnostic[]): string[] => located(ds.filter((d) => d.severity === 'error'));
const textAt = (ds: readonly Diagnostic[], cell: string, lang: 'vi' | 'en' = 'vi'): string[] =>
  ds.filter((d) => `${d.sheet}!${d.cell}` === cell).map((d) => formatDiagnostic(d, lang));

const renamed = (wb: WorkbookGrid, from: string, to: string): WorkbookGrid => ({ ...wb, sheets: wb.sheets.map((s) => (s.name === from ? { ...s, name: to } : s)) });

/** A copy of a sheet with one cell set and its number shape. */
function shaped(s: SheetGrid, row: number, col: number, value: Cell, shape: NumberShape): SheetGrid {
  const out = setCell(s, row, col, value);
  const shapes = (s.shapes ?? []).map((r) => (r ? [...r] : r));
  (shapes[row] ??= [])[col] = shape;
  return { ...out, shapes };
}

const baseline = score(longWorkbook());

describe('a sheet whose headers are those of a role is that role', () => {
  it('`Danh sách đơn vị` with the units headers is the units sheet: a disciplined unit gets no award', () => {
    const units = setCell(sheetOf(longWorkbook(), 'Đơn vị'), 1, 2, 'có'); // Thủy Nguyên disciplined
    const named = score(withSheet(longWorkbook(), units));
    const r = score(renamed(withSheet(longWorkbook(), units), 'Đơn vị', 'Danh sách đơn vị'));
    expect(r.json).toEqual(named.json);
    expect(r.json.notNominated.find((n) => n.unit === 'Thủy Nguyên')?.reason).toBe('Bị kỷ luật');
    expect(textAt(r.diagnostics, 'Danh sách đơn vị!A1')).toEqual([
      'Danh sách đơn vị!A1: Trang “Danh sách đơn vị” có các cột của trang “Đơn vị” nên được đọc là trang “Đơn vị”; đổi tên trang thành “Đơn vị” để không còn cảnh báo này.',
    ]);
  });

  it.each([
    ['Tiêu chí', 'Bộ tiêu chí'],
    ['Số liệu', 'Bảng số liệu'],
    ['Khen thưởng', 'Hình thức khen'],
    ['Cài đặt', 'Thiết lập'],
  ])('`%s` named %j is found by its headers, with a warning', (role, name) => {
    const r = score(renamed(longWorkbook(), role, name));
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(baseline.json);
    expect(located(r.diagnostics.filter((d) => d.code === 'sheetRoleByHeaders'))).toEqual([`warning ${name}!A1 sheetRoleByHeaders`]);
  });

  it.each([
    ['Tiêu chí', 'Tiêu chí 2024'],
    ['Số liệu', 'Số liệu năm 2024'],
    ['Đơn vị', 'Đơn vị (2024)'],
    ['Cài đặt', 'Cài đặt 2024'],
  ])('`%s` named %j is found by its near name, with a warning', (role, name) => {
    const r = score(renamed(longWorkbook(), role, name));
    expect(r.json).toEqual(baseline.json);
    expect(located(r.diagnostics.filter((d) => d.code === 'sheetNearName'))).toEqual([`warning ${name}!A1 sheetNearName`]);
  });

  it('wide sheets named `Thực hiện 2024` and `Chỉ tiêu giao` are the wide layout; beside a `Số liệu` they are left alone', () => {
    const wide = renamed(renamed(wideWorkbook(), 'Thực hiện', 'Thực hiện 2024'), 'Chỉ tiêu', 'Chỉ tiêu giao');
    const r = score(wide);
    expect(r.json).toEqual(score(wideWorkbook()).json);
    expect(located(r.diagnostics.filter((d) => d.code === 'sheetNearName'))).toEqual(['warning Thực hiện 2024!A1 sheetNearName', 'warning Chỉ tiêu giao!A1 sheetNearName']);
    const beside = withSheet(longWorkbook(), sheet('Chỉ tiêu giao', sheetOf(wideWorkbook(), 'Chỉ tiêu').rows));
    const b = score(beside);
    expect(b.json).toEqual(baseline.json);
    expect(b.diagnostics.some((d) => d.sheet === 'Chỉ tiêu giao')).toBe(false);
  });

  it('finds the header row below a title, and reports a second candidate as an error', () => {
    const titled = sheet('DS đơn vị', [['DANH SÁCH ĐƠN VỊ'], [], ...UNITS_ROWS]);
    const r = score(withSheet(without(longWorkbook(), 'Đơn vị'), titled));
    expect(located(r.diagnostics.filter((d) => d.code === 'sheetRoleByHeaders'))).toEqual(['warning DS đơn vị!A3 sheetRoleByHeaders']);
    const two = score(withSheet(withSheet(without(longWorkbook(), 'Đơn vị'), titled), sheet('Đơn vị cũ', UNITS_ROWS)));
    expect(errors(two.diagnostics)).toEqual(['error Đơn vị cũ!A1 sameRoleSheets']);
  });

  it('a sheet holding only `Đơn vị` and figures is not taken for the units sheet; output sheets are never input', () => {
    const other = sheet('Tổng hợp', [['Đơn vị', 'Tổng'], ['Thủy Nguyên', 1]]);
    const r = score(withSheet(without(longWorkbook(), 'Đơn vị'), other));
    expect(r.diagnostics.some((d) => d.code === 'sheetRoleByHeaders')).toBe(false);
    // An unmarked copy of the add-in's `Chi tiết điểm` has the data headers: still not the data sheet.
    const copy = sheet('Chi tiết điểm', [['Đơn vị', 'Mã tiêu chí', 'Tên tiêu chí', 'Chỉ tiêu', 'Thực hiện'], ['Thủy Nguyên', '1.1', 'Thu', 1, 1]]);
    expect(errors(score(withSheet(without(longWorkbook(), 'Số liệu'), copy)).diagnostics)).toEqual(['error Số liệu!A1 noDataSheet']);
  });
});

describe('a header that is a known header plus a year, a unit or words like "giao"', () => {
  it.each([
    ['Chỉ tiêu giao', 'Thực hiện 2024'],
    ['Chỉ tiêu được giao năm 2024', 'Thực hiện (tỷ đồng)'],
    ['Chỉ tiêu [giao]', 'THỰC HIỆN NĂM 2024 (tỷ đồng)'],
    ['Chỉ tiêu_giao', 'Thực hiện-2024'],
  ])('%j and %j are the target and actual columns, with a warning at each', (target, actual) => {
    const header = [...DATA_HEADER_VI];
    header[2] = target;
    header[3] = actual;
    const r = score(withSheet(longWorkbook(), sheet('Số liệu', [header, ...longRows()])));
    expect(r.json).toEqual(baseline.json);
    expect(located(r.diagnostics.filter((d) => d.code === 'headerNearMatch'))).toEqual(['warning Số liệu!C1 headerNearMatch', 'warning Số liệu!D1 headerNearMatch']);
    expect(textAt(r.diagnostics, 'Số liệu!D1', 'en')).toEqual([`Số liệu!D1: The column “${actual}” is read as the column “Thực hiện”; rename the header “Thực hiện” to silence this warning.`]);
  });

  it('wide layout: a near `Đơn vị` header is the unit column, with a warning', () => {
    const actuals = sheetOf(wideWorkbook(), 'Thực hiện');
    const r = score(withSheet(wideWorkbook(), setCell(actuals, 0, 0, 'Đơn vị (huyện)')));
    expect(r.json).toEqual(score(wideWorkbook()).json);
    expect(located(r.diagnostics.filter((d) => d.code === 'headerNearMatch'))).toEqual(['warning Thực hiện!A1 headerNearMatch']);
  });

  it('a required header with a unit still finds the header row', () => {
    const header = CRITERIA_HEADER_VI.map((h) => (h === 'Điểm chuẩn' ? 'Điểm chuẩn (điểm)' : h));
    const r = score(withSheet(longWorkbook(), sheet('Tiêu chí', [header, ...CRITERIA_VI])));
    expect(r.json).toEqual(baseline.json);
    expect(located(r.diagnostics.filter((d) => d.code === 'headerNearMatch'))).toEqual(['warning Tiêu chí!E1 headerNearMatch']);
  });

  it('a near header beside the exact one is a second column of one field: an error at the second', () => {
    const r = score(withSheet(longWorkbook(), sheet('Số liệu', [[...DATA_HEADER_VI, 'Thực hiện 2024'], ...longRows().map((row) => [...row, 1])])));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!H1 duplicateColumn']);
  });
});

describe('columns that cannot be read right', () => {
  it('wide layout: a criterion with two columns is an error at the second', () => {
    const actuals = sheetOf(wideWorkbook(), 'Thực hiện');
    const dup = sheet('Thực hiện', actuals.rows.map((row, i) => [...row, i === 0 ? '1.3' : 99]));
    const r = score(withSheet(wideWorkbook(), dup));
    expect(r.ok).toBe(false);
    const col = actuals.rows[0]!.indexOf('1.3');
    expect(errors(r.diagnostics)).toEqual([`error Thực hiện!${String.fromCharCode(65 + actuals.rows[0]!.length)}1 duplicateCodeColumn`]);
    expect(r.diagnostics.find((d) => d.code === 'duplicateCodeColumn')!.params.first).toBe(`${String.fromCharCode(65 + col)}1`);
  });

  it('long layout without a `Thực hiện` column: one error naming the criteria, not a cluster of missing data', () => {
    const r = score(withSheet(longWorkbook(), sheet('Số liệu', [DATA_HEADER_VI.filter((h) => h !== 'Thực hiện'), ...longRows().map((row) => row.filter((_, j) => j !== 3))])));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!A1 noActualColumn']);
    expect(r.diagnostics.some((d) => d.code === 'missingZero')).toBe(false);
    expect(textAt(r.diagnostics, 'Số liệu!A1')[0]).toContain('1.1, 1.2, 1.3, 2.2, 2.3, T1, T2');
  });

  it('without any target column or sheet, target criteria would apply to no unit: an error, not a silent exclusion', () => {
    const long = score(withSheet(longWorkbook(), sheet('Số liệu', [DATA_HEADER_VI.filter((h) => h !== 'Chỉ tiêu'), ...longRows().map((row) => row.filter((_, j) => j !== 2))])));
    expect(errors(long.diagnostics)).toEqual(['error Số liệu!A1 noTargetColumn']);
    expect(textAt(long.diagnostics, 'Số liệu!A1')[0]).toContain('1.1, 1.2, 1.3');
    const wide = score(without(wideWorkbook(), 'Chỉ tiêu'));
    const col = sheetOf(wideWorkbook(), 'Thực hiện').rows[0]!.indexOf('1.1');
    expect(errors(wide.diagnostics)).toEqual([`error Thực hiện!${String.fromCharCode(65 + col)}1 noTargetSheet`]);
  });

  it('wide layout: a target criterion with a target column and no actual column is an error at the target column', () => {
    const actuals = sheetOf(wideWorkbook(), 'Thực hiện');
    const col = actuals.rows[0]!.indexOf('1.1');
    const without11 = sheet('Thực hiện', actuals.rows.map((row) => row.filter((_, j) => j !== col)));
    const r = score(withSheet(wideWorkbook(), without11));
    expect(errors(r.diagnostics)).toEqual(['error Chỉ tiêu!B1 noActualForTarget']);
  });
});

describe('figures are never misread by 100× or 1000×', () => {
  const data = () => sheetOf(longWorkbook(), 'Số liệu');
  // Row 9 (index 8): An Lão, 1.1, target 400, actual 410.
  const withFigures = (target: Cell, actual: Cell, s = data()) => withSheet(longWorkbook(), setCell(setCell(s, 8, 2, target), 8, 3, actual));
  const anLao = (r: ReturnType<typeof score>) => r.json.units.find((u) => u.unit === 'An Lão')!.criteria['1.1']!;

  it('a date in a figure cell is an error showing the date as the user sees it', () => {
    const r = score(withSheet(longWorkbook(), shaped(data(), 8, 3, 45413, 'date')));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!D9 dateInFigure']);
    expect(textAt(r.diagnostics, 'Số liệu!D9')).toEqual([
      'Số liệu!D9: Ô chứa ngày tháng 01/05/2024, không phải số liệu (cột “Thực hiện”); hãy định dạng ô là Số (Number) và nhập lại số liệu.',
    ]);
    // In a target cell, a count, a manual score; and in the wide layout.
    expect(errors(score(withSheet(longWorkbook(), shaped(data(), 8, 2, 45413.5, 'date'))).diagnostics)).toEqual(['error Số liệu!C9 dateInFigure']);
    expect(errors(score(withSheet(longWorkbook(), shaped(data(), 6, 3, 45000, 'date'))).diagnostics)).toEqual(['error Số liệu!D7 dateInFigure']);
    expect(errors(score(withSheet(longWorkbook(), shaped(data(), 4, 4, 45000, 'date'))).diagnostics)).toEqual(['error Số liệu!E5 dateInFigure']);
    const wide = sheetOf(wideWorkbook(), 'Thực hiện');
    expect(errors(score(withSheet(wideWorkbook(), shaped(wide, 2, 1, 45413, 'date'))).diagnostics)).toEqual(['error Thực hiện!B3 dateInFigure']);
  });

  it('`87,9%` against a plain target 100 is read as 87,9, with a warning saying so', () => {
    const r = score(withFigures(100, '87,9%'));
    expect(r.ok).toBe(true);
    expect(anLao(r)).toMatchObject({ rate: 0.879, points: 17.58 });
    expect(textAt(r.diagnostics, 'Số liệu!D9')).toEqual([
      'Số liệu!D9: “87,9%” được đọc là 87,9, không phải 0,879: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (87,9/100) trong khoảng 1/20 đến 20.',
    ]);
    expect(anLao(score(withFigures(100, 87.9)))).toEqual(anLao(r));
  });

  it('a number shown as a percent against a plain number (and the reverse) is read the same way', () => {
    const pct = score(withSheet(longWorkbook(), shaped(setCell(data(), 8, 2, 100), 8, 3, 0.879, 'percent')));
    expect(anLao(pct)).toMatchObject({ rate: 0.879 });
    expect(textAt(pct.diagnostics, 'Số liệu!D9', 'en')).toEqual([
      'Số liệu!D9: “87.9%” is read as 87.9, not 0.879: only this reading puts Actual/Target (87.9/100) between 1/20 and 20.',
    ]);
    const reverse = score(withSheet(longWorkbook(), shaped(setCell(data(), 8, 3, 87.9), 8, 2, 0.9, 'percent')));
    expect(anLao(reverse).rate).toBeCloseTo(87.9 / 90, 12);
    expect(located(reverse.diagnostics.filter((d) => d.code === 'figureReadAs' && d.cell.endsWith('9')))).toEqual(['warning Số liệu!C9 figureReadAs']);
    // Both in percent: nothing to decide, no warning.
    const both = score(withFigures('90%', '87,9%'));
    expect(anLao(both).rate).toBeCloseTo(0.879 / 0.9, 12);
    expect(both.diagnostics.some((d) => d.code === 'figureReadAs' && d.cell.endsWith('9'))).toBe(false);
  });

  it('`9.850` is 9850 against 10000 and 9,85 against 10, with a warning saying how it was read', () => {
    const thousands = score(withFigures(10000, '9.850'));
    expect(anLao(thousands).rate).toBeCloseTo(0.985, 12);
    expect(textAt(thousands.diagnostics, 'Số liệu!D9')).toEqual([
      'Số liệu!D9: “9.850” được đọc là 9.850, không phải 9,85: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (9.850/10.000) trong khoảng 1/20 đến 20.',
    ]);
    const decimal = score(withFigures(10, '9.850'));
    expect(anLao(decimal).rate).toBeCloseTo(0.985, 12);
    expect(located(decimal.diagnostics.filter((d) => d.code === 'figureReadAs' && d.cell.endsWith('9')))).toEqual(['warning Số liệu!D9 figureReadAs']);
    // In a target cell too.
    expect(anLao(score(withFigures('1.250', 1000))).rate).toBeCloseTo(0.8, 12);
  });

  it('when no single reading gives a ratio between 1/20 and 20 it is an error naming both readings', () => {
    const r = score(withFigures(1, '10%')); // 0,1 and 10 are both plausible against 1
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!D9 figureUndecided']);
    expect(textAt(r.diagnostics, 'Số liệu!D9')[0]).toMatch(/^Số liệu!D9: Không rõ “10%” là 0,1 hay 10:/);
    const neither = score(withFigures(5, '1.234.567,8%')); // not ambiguous text: plain percent, both readings far off
    expect(errors(neither.diagnostics)).toEqual(['error Số liệu!D9 figureUndecided']);
    const bothText = score(withFigures('1.250', '1.300'));
    expect(errors(bothText.diagnostics)).toEqual(['error Số liệu!C9 figureUndecided', 'error Số liệu!D9 figureUndecided']);
  });

  it('ambiguous text with no other figure to decide by (a count, a score, a maximum, a quota, a setting) is an error naming both readings', () => {
    const at = (wb: WorkbookGrid) => errors(score(wb).diagnostics);
    expect(at(withSheet(longWorkbook(), setCell(data(), 6, 3, '1.250')))).toEqual(['error Số liệu!D7 ambiguousNumberRefused']); // count 2.3
    expect(at(withSheet(longWorkbook(), setCell(data(), 4, 4, '18.500')))).toEqual(['error Số liệu!E5 ambiguousNumberRefused']); // manual self score
    expect(at(withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Tiêu chí'), 2, 4, '2.500')))).toEqual(['error Tiêu chí!E3 ambiguousNumberRefused']);
    expect(at(withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Khen thưởng'), 1, 3, '1.000')))).toEqual(['error Khen thưởng!D2 ambiguousNumberRefused']);
    expect(at(withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Tổng điểm thưởng tối đa', '2,500']])))).toEqual(['error Cài đặt!B5 ambiguousNumberRefused']);
    const r = score(withSheet(longWorkbook(), setCell(data(), 6, 3, '1.250')));
    expect(textAt(r.diagnostics, 'Số liệu!D7')).toEqual([
      'Số liệu!D7: Không rõ “1.250” là 1,25 hay 1250, và không có số liệu nào để phân định: hãy nhập 1250 nếu là số hàng nghìn, hoặc “1.2500” nếu là số thập phân.',
    ]);
    // The suggested decimal form is read without doubt.
    expect(at(withSheet(longWorkbook(), setCell(data(), 4, 4, '18.5000')))).toEqual([]);
  });

  it('an actual of 0 gives the same ratio either way: no error, the old warning for ambiguous text', () => {
    const r = score(withFigures('1.250', 0));
    expect(r.ok).toBe(true);
    expect(located(r.diagnostics.filter((d) => d.sheet === 'Số liệu' && d.cell.endsWith('9')))).toEqual(['warning Số liệu!C9 ambiguousNumber']);
  });

  it('the wide layout decides across its sheets', () => {
    const wb = wideWorkbook();
    const actuals = sheetOf(wb, 'Thực hiện');
    const col = actuals.rows[0]!.indexOf('1.1');
    const targets = sheetOf(wb, 'Chỉ tiêu');
    const tcol = targets.rows[0]!.indexOf('1.1');
    const r = score(withSheet(withSheet(wb, setCell(actuals, 2, col, '87,9%')), setCell(targets, 2, tcol, 100)));
    expect(r.ok).toBe(true);
    expect(anLao(r).rate).toBeCloseTo(0.879, 12);
    expect(located(r.diagnostics.filter((d) => d.code === 'figureReadAs' && d.sheet === 'Thực hiện'))).toEqual([`warning Thực hiện!${String.fromCharCode(65 + col)}3 figureReadAs`]);
  });
});

describe('missing data is visible', () => {
  it('a blank pass/fail cell counts as not passed, with a warning at the cell (both layouts)', () => {
    const r = score(withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Số liệu'), 5, 3, null)));
    expect(located(r.diagnostics.filter((d) => d.code === 'blankPassFail'))).toEqual(['warning Số liệu!D6 blankPassFail']);
    const actuals = sheetOf(wideWorkbook(), 'Thực hiện');
    const col = actuals.rows[0]!.indexOf('2.2');
    const w = score(withSheet(wideWorkbook(), setCell(actuals, 1, col, null)));
    expect(located(w.diagnostics.filter((d) => d.code === 'blankPassFail'))).toEqual([`warning Thực hiện!${String.fromCharCode(65 + col)}2 blankPassFail`]);
  });

  it('a blank actual scored 0 is a warning at its cell under `0`, left out under `loại trừ`, an error under `lỗi`', () => {
    const blank = setCell(sheetOf(longWorkbook(), 'Số liệu'), 3, 3, null); // Thủy Nguyên 1.3
    const under = (policy: string | null) => score(withSheet(withSheet(longWorkbook(), blank), sheet('Cài đặt', policy ? [...SETTINGS_ROWS, ['Thiếu số liệu', policy]] : SETTINGS_ROWS)));
    expect(located(under(null).diagnostics.filter((d) => d.cell === 'D4'))).toEqual(['warning Số liệu!D4 missingZero']);
    expect(textAt(under(null).diagnostics, 'Số liệu!D4')).toEqual([
      'Số liệu!D4: Thiếu số liệu (ô để trống): “1.3” của Thủy Nguyên được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
    ]);
    expect(located(under('loại trừ').diagnostics.filter((d) => d.cell === 'D4'))).toEqual(['warning Số liệu!D4 missingExcluded']);
    expect(located(under('lỗi').diagnostics.filter((d) => d.cell === 'D4'))).toEqual(['error Số liệu!D4 missingData']);
  });

  it('wide layout: a blank count cell is a warning at that cell', () => {
    const actuals = sheetOf(wideWorkbook(), 'Thực hiện');
    const col = actuals.rows[0]!.indexOf('2.3');
    const r = score(withSheet(wideWorkbook(), setCell(actuals, 2, col, null))); // An Lão
    expect(located(r.diagnostics.filter((d) => d.code === 'missingZero'))).toEqual([`warning Thực hiện!${String.fromCharCode(65 + col)}3 missingZero`]);
    expect(r.json.units.find((u) => u.unit === 'An Lão')!.criteria['2.3']).toMatchObject({ status: 'missing', points: 0 });
  });

  it('a cell already in error is not also reported as blank', () => {
    const r = score(withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Số liệu'), 3, 3, 'abc')));
    expect(located(r.diagnostics.filter((d) => d.cell === 'D4'))).toEqual(['error Số liệu!D4 notNumber']);
  });
});

describe('ranking by total with unequal maxima', () => {
  it('is a warning at the `Xếp hạng theo` setting when written, naming `tỷ lệ`; none when ranking by percent', () => {
    const withRank = (v: string) => withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Xếp hạng theo', v]]));
    const r = score(withRank('tổng điểm'));
    expect(textAt(r.diagnostics, 'Cài đặt!B5')).toEqual([
      'Cài đặt!B5: Điểm tối đa của các đơn vị khác nhau (từ 80 đến 100: có tiêu chí không giao hoặc không tính) nhưng xếp hạng theo tổng điểm, nên đơn vị có điểm tối đa thấp hơn bị thiệt. Nên đặt Cài đặt “Xếp hạng theo” = “tỷ lệ”.',
    ]);
    expect(score(withRank('tỷ lệ')).diagnostics.some((d) => d.code === 'unequalMaxima')).toBe(false);
    // Equal maxima: no warning.
    const equal = withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Số liệu'), 22, 2, 2));
    expect(score(equal).diagnostics.some((d) => d.code === 'unequalMaxima')).toBe(false);
  });
});

describe('settings', () => {
  it('`Tên khối` is accepted as `Tên cụm`', () => {
    for (const key of ['Tên khối', 'TEN KHOI', 'Tên khối thi đua']) {
      const r = readWorkbook(withSheet(longWorkbook(), sheet('Cài đặt', [['Khóa', 'Giá trị'], [key, 'Khối các cơ quan kinh tế']])));
      expect(r.summary.cluster).toBe('Khối các cơ quan kinh tế');
      expect(r.diagnostics.some((d) => d.code === 'unknownSetting')).toBe(false);
    }
  });
});

describe('number formats', () => {
  it.each([
    ['General', null],
    ['0.00', null],
    ['#,##0 "đồng"', null],
    ['0.0%', 'percent'],
    ['dd/mm/yyyy', 'date'],
    ['[$-42A]d mmmm yyyy', 'date'],
    ['[h]:mm', 'date'],
    ['"ngày" 0', null],
    ['@', null],
    // Escaped or quoted letters, spacing and fill characters are text; elapsed times and the Buddhist year are dates.
    ['0.0 \\h', null],
    ['0.0 "d"', null],
    ['#,##0_);[Red](#,##0)', null],
    ['#,##0.00 "đ"', null],
    ['[Red]0.00', null],
    ['0%', 'percent'],
    ['* #,##0', null],
    ['[h]', 'date'],
    ['[mm]:ss', 'date'],
    ['dd/mm/bbbb', 'date'],
    ['"[h]" 0', null],
  ])('%j is %j', (format, shape) => expect(numberFormatShape(format)).toBe(shape));
});

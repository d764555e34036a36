/** The reader over a plain grid: layouts, names, headers, skipped rows, values, settings. */
import { formatDiagnostic, type Diagnostic } from '../../src/engine/diagnostics';
import { toResultJson, type ResultJson } from '../../src/engine/json';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { readWorkbook } from '../../src/workbook/read';
import {
  AWARDS_ROWS,
  CRITERIA_HEADER_EN,
  CRITERIA_HEADER_VI,
  CRITERIA_VI,
  DATA_HEADER_EN,
  DATA_HEADER_VI,
  FIGURES,
  longRows,
  longWorkbook,
  setCell,
  sheet,
  sheetOf,
  SETTINGS_ROWS,
  toEnglishWords,
  UNITS_ROWS,
  wideRows,
  wideWorkbook,
  withSheet,
  without,
  workbook,
} from './grids';

type Json = Omit<ResultJson, 'diagnostics'>;

function score(wb: WorkbookGrid, lang: 'vi' | 'en' = 'vi'): { json: Json; diagnostics: Diagnostic[]; ok: boolean } {
  const { result } = scoreGrid(wb, lang);
  const { diagnostics: _omit, ...json } = toResultJson(result, lang);
  return { json, diagnostics: result.diagnostics, ok: result.ok };
}

const located = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.code}`);
const errors = (ds: readonly Diagnostic[]): string[] => located(ds.filter((d) => d.severity === 'error'));

describe('the small cluster, long layout', () => {
  it('scores with only the expected warning and reads every kind of cell', () => {
    const r = score(longWorkbook());
    expect(r.ok).toBe(true);
    // "383,182" against 336.8: only 383,182 (not 383182) gives a plausible ratio; Vĩnh Bảo has no 1.2 target,
    // so the units' maxima differ while the ranking is by total.
    expect(located(r.diagnostics)).toEqual(['warning Số liệu!C16 figureReadAs', 'warning Cài đặt!A1 unequalMaxima']);
    const u = Object.fromEntries(r.json.units.map((x) => [x.unit, x]));
    expect(u['Thủy Nguyên']!.criteria['1.1']).toEqual({ points: 22, max: 20, status: 'exceeded', rate: 1.2505 }); // "1.250,5"
    expect(u['Thủy Nguyên']!.criteria['1.2']!.rate).toBeCloseTo(2 - 0.021 / 0.025, 12); // "2,1%" against "2,5%"
    expect(u['Thủy Nguyên']!.criteria['2.1']!.points).toBe(18.5); // appraised "18,5"
    expect(u['An Lão']!.criteria['2.2']!.status).toBe('met'); // "x"
    expect(u['Kiến Thụy']!.criteria['2.2']!.status).toBe('below'); // "không"
    expect(u['Kiến Thụy']!.criteria['1.1']!.rate).toBeCloseTo(336.8 / 383.182, 12); // "336.8" / "383,182"
    expect(u['Vĩnh Bảo']!.criteria['1.2']!.status).toBe('excluded'); // blank target
    expect(u['Vĩnh Bảo']!.criteria['2.2']!.status).toBe('met'); // 1
    expect(r.json.cluster).toBe('Cụm thử');
    expect([r.json.year, r.json.period]).toEqual([2024, 'năm']);
  });
});

describe('the wide layout', () => {
  it('gives the same result as the equivalent long layout', () => {
    const long = score(longWorkbook());
    const wide = score(wideWorkbook());
    expect(wide.ok).toBe(true);
    expect(wide.json).toEqual(long.json);
    // The one warning points at the same figure, in its own sheet.
    expect(located(wide.diagnostics)).toEqual(['warning Chỉ tiêu!B4 figureReadAs', 'warning Cài đặt!A1 unequalMaxima']);
  });

  it('works with the actuals sheet only (no targets sheet), manual scores typed as actuals', () => {
    const crit = [CRITERIA_HEADER_VI, ['I', 'Nhóm', null, 'nhóm', 30], ['1', 'Chấm', 'I', 'chấm điểm', 10], ['2', 'Đếm', 'I', 'đếm', 10], ['3', 'Đạt', 'I', 'đạt/không đạt', 10]];
    const wide = workbook(sheet('Tiêu chí', crit), sheet('Thực hiện', [['Đơn vị', '1', '2', '3'], ['A', 7, 3, 'có'], ['B', '8,5', 12, null]]));
    const long = workbook(
      sheet('Tiêu chí', crit),
      sheet('Số liệu', [DATA_HEADER_VI, ['A', '1', null, 7], ['A', '2', null, 3], ['A', '3', null, 'có'], ['B', '1', null, '8,5'], ['B', '2', null, 12], ['B', '3', null, null]]),
    );
    const w = score(wide);
    expect(w.ok).toBe(true);
    expect(w.json).toEqual(score(long).json);
    expect(w.json.units.map((u) => [u.unit, u.total])).toEqual([
      ['A', 20],
      ['B', 18.5],
    ]);
  });

  it('English sheet names for the wide layout (Actuals, Targets, Self scores, Appraised scores)', () => {
    const wb = wideWorkbook();
    const renamed: WorkbookGrid = {
      ...wb,
      sheets: wb.sheets.map((s) => {
        const en: Record<string, string> = { 'Thực hiện': 'Actuals', 'Chỉ tiêu': 'Targets', 'Tự chấm': 'Self scores', 'Điểm thẩm định': 'Appraised scores' };
        return en[s.name] ? { ...s, name: en[s.name]!, rows: [['Unit', ...s.rows[0]!.slice(1)], ...s.rows.slice(1)] } : s;
      }),
    };
    expect(score(renamed).json).toEqual(score(longWorkbook()).json);
  });

  it('reports codes that are unknown or groups in the header, at their header cell', () => {
    const wb = withSheet(wideWorkbook(), sheet('Thực hiện', [['Đơn vị', '1.1', '9.9', 'II'], ['Thủy Nguyên', 5, 1, 1]]));
    expect(errors(score(wb).diagnostics)).toEqual([
      'error Thực hiện!C1 unknownCriterion',
      'error Thực hiện!D1 dataForGroup',
      // Targets of 1.2 and 1.3 without any actual column: an error, not a cluster of missing data.
      'error Chỉ tiêu!C1 noActualForTarget',
      'error Chỉ tiêu!D1 noActualForTarget',
    ]);
  });

  it('both layouts in one workbook is an error', () => {
    const wb = withSheet(longWorkbook(), sheet('Thực hiện', wideRows('actual')));
    const r = score(wb);
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Thực hiện!A1 bothLayouts']);
  });
});

describe('English and diacritics-free names', () => {
  it('English sheet names, headers and words give the same result', () => {
    const en = workbook(
      sheet('Criteria', [CRITERIA_HEADER_EN, ...toEnglishWords(CRITERIA_VI)]),
      sheet('Data', [DATA_HEADER_EN, ...toEnglishWords(longRows())]),
      sheet('Units', [['Unit', 'Role', 'Disciplined', 'Note'], ...toEnglishWords(UNITS_ROWS.slice(1))]),
      sheet('Awards', [
        ['Order', 'Award', 'Scope', 'Quota', 'Max share', 'Min score', 'Min percent', 'Criterion'],
        [1, 'Cờ thi đua', 'overall', 1, null, null, '80%', null],
        [2, 'Bằng khen', 'overall', 2, '50%', null, 70, null],
        [3, 'Bằng khen chuyên đề', 'thematic', 1, null, null, null, '1.3'],
      ]),
      sheet('Settings', [['Key', 'Value'], ['Cluster', 'Cụm thử'], ['Year', 2024], ['Period', 'năm']]),
    );
    const r = score(en);
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(score(longWorkbook()).json);
  });

  it.each([
    ['TIEU CHI', 'SO LIEU', 'DON VI', 'KHEN THUONG', 'CAI DAT'],
    ['tieu_chi', 'so_lieu', 'don_vi', 'khen_thuong', 'cai_dat'],
    ['TieuChi', 'SoLieu', 'DonVi', 'KhenThuong', 'CaiDat'],
    ['tiêu-chí', ' Số  liệu ', 'Đơn Vị', 'khen-thưởng', 'Cài Đặt'],
  ])('sheets named %j, %j, … are found', (c, d, u, a, s) => {
    const wb = longWorkbook();
    const names: Record<string, string> = { 'Tiêu chí': c, 'Số liệu': d, 'Đơn vị': u, 'Khen thưởng': a, 'Cài đặt': s };
    const renamed = { ...wb, sheets: wb.sheets.map((x) => ({ ...x, name: names[x.name]! })) };
    const r = score(renamed);
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(score(longWorkbook()).json);
    // Diagnostics name the sheet as the user wrote it.
    expect(r.diagnostics.map((x) => x.sheet)).toEqual([d, s]);
  });

  it('headers without diacritics, in capitals, spaced or underscored', () => {
    const header = ['MA', 'ten_tieu_chi', 'Thuoc Nhom', 'LOAI', 'diem-chuan', 'chieu', 'CACH TINH', 'thuong moi 1% vuot', 'ThuongToiDa', 'diem moi don vi', 'bat buoc', 'don vi tinh'];
    const data = ['DON VI', 'ma_tieu_chi', 'chi tieu', 'THUC HIEN', 'tu cham', 'diem tham dinh', 'minh chung'];
    const wb = withSheet(withSheet(longWorkbook(), sheet('Tiêu chí', [header, ...CRITERIA_VI])), sheet('Số liệu', [data, ...longRows()]));
    expect(score(wb).json).toEqual(score(longWorkbook()).json);
  });
});

describe('headers, title rows, merges', () => {
  it('finds the header row below title rows and a merged title', () => {
    const titled = sheet('Tiêu chí', [['BẢNG TIÊU CHÍ THI ĐUA NĂM 2024'], [], ['(kèm theo Quyết định số 1/QĐ)'], CRITERIA_HEADER_VI, ...CRITERIA_VI], ['A1:L1', 'A3:F3']);
    const r = score(withSheet(longWorkbook(), titled));
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(score(longWorkbook()).json);
  });

  it('locates cells of a grid whose used range does not start at A1', () => {
    const data = setCell(sheet('Số liệu', [DATA_HEADER_VI, ...longRows()]), 3, 3, 'ba');
    const shifted = { ...data, originRow: 4, originCol: 2 };
    const r = score(withSheet(longWorkbook(), shifted));
    // Row 3 of the grid is sheet row 8; column 3 is F.
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!F8 notNumber']);
  });

  it('the header row must be within the first 20 rows', () => {
    const pad = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`Tiêu đề ${i + 1}`]);
    const at20 = sheet('Tiêu chí', [...pad(19), CRITERIA_HEADER_VI, ...CRITERIA_VI]);
    expect(score(withSheet(longWorkbook(), at20)).ok).toBe(true);
    const at21 = sheet('Tiêu chí', [...pad(20), CRITERIA_HEADER_VI, ...CRITERIA_VI]);
    const r = score(withSheet(longWorkbook(), at21));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)[0]).toBe('error Tiêu chí!A1 headerNotFound');
  });

  it('a header row missing a required column is not a header', () => {
    const noKind = sheet('Tiêu chí', [CRITERIA_HEADER_VI.filter((h) => h !== 'Loại'), ...CRITERIA_VI.map((r) => r.filter((_, j) => j !== 3))]);
    const r = score(withSheet(longWorkbook(), noKind));
    expect(errors(r.diagnostics)).toEqual(['error Tiêu chí!A1 headerNotFound']);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.code === 'headerNotFound')!, 'vi')).toContain('Mã, Tên tiêu chí, Loại, Điểm chuẩn');
  });

  it('merged cells over the data are an error at the merge', () => {
    const merged = { ...sheetOf(longWorkbook(), 'Số liệu'), merges: ['A2:A8'] };
    const r = score(withSheet(longWorkbook(), merged));
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!A2 mergedOverData']);
  });

  it('blank rows in between are skipped silently', () => {
    const rows = longRows();
    const gappy = sheet('Số liệu', [DATA_HEADER_VI, ...rows.slice(0, 5), [], [null, null, '  '], ...rows.slice(5)]);
    const r = score(withSheet(longWorkbook(), gappy));
    expect(r.json).toEqual(score(longWorkbook()).json);
  });
});

describe('rows without a key, unknown columns', () => {
  it('skips a totals row and a signature row with a warning naming the row', () => {
    const data = sheet('Số liệu', [DATA_HEADER_VI, ...longRows(), [null, 'Tổng cộng', 9999, 9999], [], [null, null, null, null, 'Người lập biểu']]);
    const units = sheet('Đơn vị', [...UNITS_ROWS, [null, null, null, 'Ghi chú: số liệu đến 31/12']]);
    const r = score(withSheet(withSheet(longWorkbook(), data), units));
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(score(longWorkbook()).json);
    const skipped = r.diagnostics.filter((d) => d.code === 'rowSkipped');
    expect(located(skipped)).toEqual(['warning Số liệu!B29 rowSkipped', 'warning Số liệu!E31 rowSkipped', 'warning Đơn vị!D6 rowSkipped']);
    expect(formatDiagnostic(skipped[0]!, 'vi')).toBe('Số liệu!B29: Dòng 29 không có “Đơn vị/Mã tiêu chí” nên được bỏ qua (dòng tổng cộng, ghi chú…).');
    expect(formatDiagnostic(skipped[2]!, 'en')).toContain('Row 6 has no “Đơn vị”');
  });

  it('keeps unknown columns and ignores them, with a warning at the header cell', () => {
    const crit = sheet('Tiêu chí', [[...CRITERIA_HEADER_VI, 'Ghi chú riêng'], ...CRITERIA_VI.map((r) => [...r, 'xem lại'])]);
    const data = sheet('Số liệu', [['STT', ...DATA_HEADER_VI], ...longRows().map((r, i) => [i + 1, ...r])]);
    const wb = withSheet(withSheet(longWorkbook(), crit), data);
    const r = score(wb);
    expect(r.ok).toBe(true);
    expect(r.json).toEqual(score(longWorkbook()).json);
    expect(located(r.diagnostics.filter((d) => d.code === 'unknownColumn'))).toEqual(['warning Tiêu chí!M1 unknownColumn', 'warning Số liệu!A1 unknownColumn']);
    // The grid itself is not changed by reading.
    expect(sheetOf(wb, 'Tiêu chí').rows[1]![12]).toBe('xem lại');
  });

  it('a repeated field column is an error at the second (which one holds the figures cannot be known); a repeated note a warning', () => {
    const data = sheet('Số liệu', [[...DATA_HEADER_VI, 'Thực hiện'], ...longRows().map((r) => [...r, 0])]);
    const r = score(withSheet(longWorkbook(), data));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!H1 duplicateColumn']);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.code === 'duplicateColumn')!, 'vi')).toBe(
      'Số liệu!H1: Cột “Thực hiện” trùng với cột D1 (cùng là “Thực hiện”): không biết cột nào đúng; hãy xoá hoặc đổi tên một trong hai cột.',
    );
    const notes = sheet('Số liệu', [[...DATA_HEADER_VI, 'Ghi chú', 'Ghi chú'], ...longRows().map((r) => [...r, 'a', 'b'])]);
    const n = score(withSheet(longWorkbook(), notes));
    expect(n.ok).toBe(true);
    expect(located(n.diagnostics.filter((d) => d.code === 'duplicateHeader'))).toEqual(['warning Số liệu!I1 duplicateHeader']);
  });
});

describe('values in the data', () => {
  const withActual = (row: number, value: Cell) => withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Số liệu'), row, 3, value));

  it('number text in both styles gives the same points as the number', () => {
    const plain = score(withActual(1, 1250.5)).json;
    for (const text of ['1.250,5', '1250,5', '1250.5', '1 250,5', '1,250.5']) expect(score(withActual(1, text)).json).toEqual(plain);
    const pct = score(withSheet(longWorkbook(), setCell(setCell(sheetOf(longWorkbook(), 'Số liệu'), 2, 2, 0.025), 2, 3, 0.021))).json;
    for (const [t, a] of [
      ['2.5%', '2.1%'],
      ['2,5 %', '2,1 %'],
    ])
      expect(score(withSheet(longWorkbook(), setCell(setCell(sheetOf(longWorkbook(), 'Số liệu'), 2, 2, t), 2, 3, a))).json).toEqual(pct);
  });

  it('the ambiguous "1.234" is read the one way that gives a plausible ratio, with a warning at its cell', () => {
    const r = score(withActual(3, '1.234')); // against the target 5
    expect(r.ok).toBe(true);
    const w = r.diagnostics.find((d) => d.cell === 'D4')!;
    expect(w).toMatchObject({ severity: 'warning', sheet: 'Số liệu', code: 'figureReadAs' });
    expect(formatDiagnostic(w, 'vi')).toBe(
      'Số liệu!D4: “1.234” được đọc là 1,234, không phải 1.234: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (1,234/5) trong khoảng 1/20 đến 20.',
    );
    const tn = r.json.units.find((u) => u.unit === 'Thủy Nguyên')!;
    expect(tn.criteria['1.3']!.rate).toBeCloseTo(1.234 / 5, 12);
  });

  it('text in a numeric cell is an error at that cell', () => {
    const r = score(withActual(1, 'một nghìn'));
    expect(r.ok).toBe(false);
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!D2 notNumber']);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.severity === 'error')!, 'vi')).toBe('Số liệu!D2: “một nghìn” không phải là số (cột “Thực hiện”).');
  });

  it('a figure that is not a number is reported once, also under the missing-data policy `lỗi`', () => {
    const wb = withSheet(withActual(1, 'abc'), sheet('Cài đặt', [...SETTINGS_ROWS, ['Thiếu số liệu', 'lỗi']]));
    expect(errors(score(wb).diagnostics)).toEqual(['error Số liệu!D2 notNumber']);
    const blank = withSheet(withActual(1, null), sheet('Cài đặt', [...SETTINGS_ROWS, ['Thiếu số liệu', 'lỗi']]));
    expect(errors(score(blank).diagnostics)).toEqual(['error Số liệu!D2 missingData']);
  });

  it('an Excel error cell is an error at that cell', () => {
    const r = score(withActual(1, { error: '#N/A' }));
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!D2 excelError']);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.severity === 'error')!, 'vi')).toBe('Số liệu!D2: Ô chứa lỗi Excel #N/A; hãy sửa công thức hoặc nhập giá trị.');
    const inCriteria = withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Tiêu chí'), 2, 4, { error: '#VALUE!' }));
    // Reported once: the missing maximum that follows from the error cell is not reported again.
    expect(errors(score(inCriteria).diagnostics)).toEqual(['error Tiêu chí!E3 excelError']);
  });

  it('yes/no words for pass/fail and Kỷ luật; a blank is a no; a bad word is an error at its cell', () => {
    for (const yes of ['có', 'X', 'Đạt', 'true', 'yes', 'pass', 1, true]) {
      const units = setCell(sheetOf(longWorkbook(), 'Đơn vị'), 1, 2, yes);
      const r = score(withSheet(longWorkbook(), units));
      expect(r.json.notNominated.find((n) => n.unit === 'Thủy Nguyên')?.reason).toBe('Bị kỷ luật');
    }
    for (const no of ['không', 'không đạt', 'no', 'fail', 0, false, null, '']) {
      const r = score(withActual(5, no));
      expect(r.json.units.find((u) => u.unit === 'Thủy Nguyên')!.criteria['2.2']).toMatchObject({ status: 'below', points: 0 });
    }
    const bad = score(withActual(5, 'chắc là có'));
    expect(errors(bad.diagnostics)).toEqual(['error Số liệu!D6 notYesNo']);
  });

  it('a negative self score is an error at its cell', () => {
    const r = score(withSheet(longWorkbook(), setCell(sheetOf(longWorkbook(), 'Số liệu'), 4, 4, -2)));
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!E5 negative']);
  });
});

describe('unit names across sheets', () => {
  it('match ignoring case, spaces and the old/new tone placement (Thuỷ = Thủy, Hoà = Hòa)', () => {
    const oldStyle = (name: string) => name.replace('Thủy', 'THU\u1EF6').replace('Thụy', 'thuỵ');
    // Really another spelling: the tone mark sits on another letter.
    expect(oldStyle('Thủy Nguyên').toLowerCase()).not.toBe('thủy nguyên');
    const figures = FIGURES.map((f) => ({ ...f, unit: `  ${oldStyle(f.unit)} ` }));
    const data = sheet('Số liệu', [DATA_HEADER_VI, ...longRows(figures)]);
    const r = score(withSheet(longWorkbook(), data));
    expect(r.ok).toBe(true);
    // Units keep the names of the Đơn vị sheet.
    expect(r.json).toEqual(score(longWorkbook()).json);

    const hoa = workbook(
      sheet('Tiêu chí', [CRITERIA_HEADER_VI, ['1', 'Chấm', null, 'chấm điểm', 10]]),
      sheet('Số liệu', [DATA_HEADER_VI, ['Hoà Bình', '1', null, null, 5], ['hòa  bình', '1', null, null, 6]]),
    );
    // Two spellings of one unit: one unit, a duplicate row.
    expect(errors(score(hoa).diagnostics)).toEqual(['error Số liệu!A3 duplicateEntry']);
  });

  it('keep other diacritics apart: Tân My is not Tân Mỹ', () => {
    const data = setCell(sheetOf(longWorkbook(), 'Số liệu'), 22, 0, 'Vinh Bao');
    const r = score(withSheet(longWorkbook(), data));
    expect(errors(r.diagnostics)).toEqual(['error Số liệu!A23 unitNotListed']);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.severity === 'error')!, 'vi')).toBe('Số liệu!A23: Đơn vị “Vinh Bao” không có trong trang “Đơn vị”.');
  });

  it('without a Đơn vị sheet the units come from the data', () => {
    const r = score(without(longWorkbook(), 'Đơn vị'));
    expect(r.ok).toBe(true);
    expect(r.json.units.map((u) => u.unit).sort()).toEqual(['An Lão', 'Kiến Thụy', 'Thủy Nguyên', 'Vĩnh Bảo']);
  });

  it('a duplicate unit in Đơn vị is an error at the second cell', () => {
    const units = sheet('Đơn vị', [...UNITS_ROWS, ['an lão', 'Thành viên', null]]);
    expect(errors(score(withSheet(longWorkbook(), units)).diagnostics)).toEqual(['error Đơn vị!A6 duplicateUnit']);
  });
});

describe('settings', () => {
  const VI: Cell[][] = [
    ['Khóa', 'Giá trị'],
    ['Tên cụm', 'Cụm thi đua số 5'],
    ['Năm', '2025'],
    ['Kỳ', '6 tháng'],
    ['Số chữ số thập phân', 1],
    ['Thiếu số liệu', 'loại trừ'],
    ['Xếp hạng theo', 'tỷ lệ'],
    ['Kiểu xếp hạng', 'liên tục'],
    ['Tiêu chí phụ xếp hạng', 'II; điểm thưởng; số tiêu chí vượt; điểm trừ'],
    ['Xếp loại', 'Giỏi 85; Khá 70%; Đạt 0,5; Chưa đạt 0'],
    ['Mỗi đơn vị một hình thức', 'không'],
    ['Ngưỡng chênh lệch tự chấm', '20%'],
    ['Tổng điểm thưởng tối đa', '3,5'],
    ['Số đại biểu', 9],
    ['Ngưỡng phiếu', '2/3'],
    ['Tính tỷ lệ trên', 'số phiếu hợp lệ'],
    ['Số đại biểu có mặt tối thiểu', '50%'],
    ['Khi bằng phiếu', 'theo thứ hạng'],
  ];
  const EN: Cell[][] = [
    ['Key', 'Value'],
    ['Cluster', 'Cụm thi đua số 5'],
    ['Year', 2025],
    ['Period', '6 tháng'],
    ['Decimals', '1'],
    ['Missing data', 'exclude'],
    ['Rank by', 'percent'],
    ['Rank style', 'dense'],
    ['Tie-breaks', 'II; bonus; exceeded; penalty'],
    ['Classification', 'Giỏi 85; Khá 70%; Đạt 0,5; Chưa đạt 0'],
    ['One award per unit', 'no'],
    ['Self-score gap', 0.2],
    ['Total bonus cap', 3.5],
    ['Voters', '9'],
    ['Vote threshold', '2/3'],
    ['Vote base', 'valid'],
    ['Quorum', 0.5],
    ['Vote tie', 'rank'],
  ];
  /** Reads the small cluster with these settings; diagnostics of the settings sheet only. */
  const read = (rows: Cell[][], name = 'Cài đặt') => {
    const r = readWorkbook(withSheet(without(longWorkbook(), 'Cài đặt'), sheet(name, rows)));
    return { ...r, diagnostics: r.diagnostics.filter((d) => d.sheet === name) };
  };

  it('reads every key in Vietnamese and in English alike', () => {
    const vi = read(VI);
    const en = read(EN, 'Settings');
    expect(vi.diagnostics).toEqual([]);
    expect(en.diagnostics).toEqual([]);
    const strip = ({ at: _at, ...s }: NonNullable<typeof vi.model>['settings']) => s;
    expect(strip(vi.model!.settings)).toEqual({
      cluster: 'Cụm thi đua số 5',
      deadline: null,
      year: 2025,
      period: '6 tháng',
      decimals: 1,
      missing: 'exclude',
      rankBy: 'percent',
      rankStyle: 'dense',
      tieBreaks: [{ kind: 'criterion', code: 'II' }, { kind: 'bonus' }, { kind: 'exceeded' }, { kind: 'penalty' }],
      classification: [
        { name: 'Giỏi', min: 85 },
        { name: 'Khá', min: 70 },
        { name: 'Đạt', min: 50 },
        { name: 'Chưa đạt', min: 0 },
      ],
      oneAwardPerUnit: false,
      selfScoreGap: 0.2,
      totalBonusCap: 3.5,
      ...{ managingBody: null, issuingBody: null, reference: null, place: null, signDate: null, authority: null, signerTitle: null, signer: null, recipients: null },
      voters: 9,
      voteThreshold: { num: 2, den: 3 },
      voteBase: 'valid',
      quorum: { num: 1, den: 2 },
      voteTie: 'rank',
    });
    expect(strip(en.model!.settings)).toEqual(strip(vi.model!.settings));
  });

  it.each([[20], ['20'], ['20%'], ['0,2'], [0.2], ['0.2']])('self-score gap %j is 20 %', (value) => {
    const r = read([['Khóa', 'Giá trị'], ['Ngưỡng chênh lệch tự chấm', value]]);
    expect(r.model!.settings.selfScoreGap).toBe(0.2);
  });

  it.each([
    [20, 85],
    ['20%', '85%'],
    ['0,2', '0,85'],
  ])('award shares %j and min percents %j are read alike', (share, minPercent) => {
    const awards = sheet('Khen thưởng', [AWARDS_ROWS[0]!, [1, 'Bằng khen', 'toàn diện', null, share, null, minPercent, null]]);
    const r = readWorkbook(withSheet(longWorkbook(), awards));
    expect(r.model!.awards).toHaveLength(1);
    expect(r.model!.awards[0]).toMatchObject({ maxShare: 0.2, minPercent: 85, quota: null });
  });

  it('defaults without the sheet: the cluster is the file name, the awards the two defaults', () => {
    const r = readWorkbook(without(without(longWorkbook(), 'Cài đặt'), 'Khen thưởng'));
    expect(r.model!.settings).toMatchObject({ cluster: 'cum-thu', decimals: 2, missing: 'zero', rankBy: 'total', rankStyle: 'competition', oneAwardPerUnit: true, selfScoreGap: 0.05, tieBreaks: null, totalBonusCap: null });
    expect(r.model!.awards.map((a) => [a.order, a.name, a.quota, a.minPercent])).toEqual([
      [1, 'Cờ thi đua của UBND tỉnh/thành phố', 1, 90],
      [2, 'Bằng khen của Chủ tịch UBND tỉnh/thành phố', 2, 80],
    ]);
  });

  it.each([
    ['Kiểu xếp hạng', 'lung tung'],
    ['Thiếu số liệu', 'bỏ qua'],
    ['Xếp hạng theo', 'điểm'],
    ['Mỗi đơn vị một hình thức', 'tùy'],
    ['Số chữ số thập phân', 9],
    ['Số chữ số thập phân', 'hai'],
    ['Xếp loại', 'Giỏi; Khá 70'],
    ['Ngưỡng chênh lệch tự chấm', '150%'],
    ['Tổng điểm thưởng tối đa', -1],
    ['Năm', '2024,5'],
  ])('a bad value of %j (%j) is an error at its value cell', (key, value) => {
    const r = read([['Khóa', 'Giá trị'], ['Tên cụm', 'X'], [key, value]]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', sheet: 'Cài đặt', cell: 'B3' });
    expect(['badSetting', 'notNumber']).toContain(r.diagnostics[0]!.code);
  });

  it('an unknown or repeated key is a warning', () => {
    const r = read([['Khóa', 'Giá trị'], ['Màu sắc', 'xanh'], ['Năm', 2024], ['năm', 2025]]);
    expect(located(r.diagnostics)).toEqual(['warning Cài đặt!A2 unknownSetting', 'warning Cài đặt!A4 duplicateSetting']);
    expect(r.model!.settings.year).toBe(2024);
  });

  it('a tie-break that is not a code is an error at the setting', () => {
    const r = score(withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Tiêu chí phụ xếp hạng', 'nhóm I; số tiêu chí vượt']])));
    expect(errors(r.diagnostics)).toEqual(['error Cài đặt!B5 unknownTieBreak']);
  });
});

describe('awards', () => {
  const withAward = (row: Cell[]) => withSheet(longWorkbook(), sheet('Khen thưởng', [AWARDS_ROWS[0]!, row]));

  it('a quota that is not a whole number: the message writes the number the reader’s way', () => {
    const r = score(withAward([1, 'Cờ', 'toàn diện', 1.5]));
    const d = r.diagnostics.find((x) => x.severity === 'error')!;
    expect(errors(r.diagnostics)).toEqual(['error Khen thưởng!D2 notInteger']);
    expect(formatDiagnostic(d, 'vi')).toBe('Khen thưởng!D2: “1,5” phải là số nguyên.');
    expect(formatDiagnostic(d, 'en')).toBe('Khen thưởng!D2: “1.5” must be a whole number.');
  });

  it('a bad scope word, a missing order', () => {
    expect(errors(score(withAward([1, 'Cờ', 'toàn quốc', 1])).diagnostics)).toEqual(['error Khen thưởng!C2 badChoice']);
    expect(errors(score(withAward([null, 'Cờ', 'toàn diện', 1])).diagnostics)).toEqual(['error Khen thưởng!A2 required']);
  });

  it('a thematic award without its criterion', () => {
    expect(errors(score(withAward([1, 'Chuyên đề', 'chuyên đề', 1])).diagnostics)).toEqual(['error Khen thưởng!H2 thematicWithoutCriterion']);
  });
});

describe('missing sheets', () => {
  it('no criteria sheet, no data sheet', () => {
    expect(errors(score(without(longWorkbook(), 'Tiêu chí')).diagnostics)).toEqual(['error Tiêu chí!A1 missingSheet']);
    expect(errors(score(without(longWorkbook(), 'Số liệu')).diagnostics)).toEqual(['error Số liệu!A1 noDataSheet']);
  });

  it('a data sheet with a header and no rows', () => {
    const r = score(withSheet(longWorkbook(), sheet('Số liệu', [DATA_HEADER_VI])));
    expect(errors(r.diagnostics)).toContain('error Số liệu!A1 noRows');
  });
});

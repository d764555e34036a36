/**
 * Workbooks as plain grids for reader tests: one small cluster written in the long layout, the
 * wide layout, with English names, …, always from the same figures.
 */
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/workbook/grid';

export function sheet(name: string, rows: Cell[][], merges?: string[]): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0, ...(merges ? { merges } : {}) };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'cum-thu.xlsx', sheets };
}

/** Replaces (or adds) a sheet by name. */
export function withSheet(wb: WorkbookGrid, s: SheetGrid): WorkbookGrid {
  const i = wb.sheets.findIndex((x) => x.name === s.name);
  const sheets = [...wb.sheets];
  if (i >= 0) sheets[i] = s;
  else sheets.push(s);
  return { ...wb, sheets };
}

export function without(wb: WorkbookGrid, name: string): WorkbookGrid {
  return { ...wb, sheets: wb.sheets.filter((s) => s.name !== name) };
}

export function sheetOf(wb: WorkbookGrid, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A copy of a sheet with one cell set (0-based row and column). */
export function setCell(s: SheetGrid, row: number, col: number, value: Cell): SheetGrid {
  const rows = s.rows.map((r) => [...r]);
  while (rows.length <= row) rows.push([]);
  const r = rows[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
  return { ...s, rows };
}

export const CRITERIA_HEADER_VI = ['Mã', 'Tên tiêu chí', 'Thuộc nhóm', 'Loại', 'Điểm chuẩn', 'Chiều', 'Cách tính', 'Thưởng mỗi 1% vượt', 'Thưởng tối đa', 'Điểm mỗi đơn vị', 'Bắt buộc', 'Đơn vị tính'];
export const CRITERIA_HEADER_EN = ['Code', 'Name', 'Parent', 'Kind', 'Max points', 'Direction', 'Method', 'Bonus per percent', 'Bonus cap', 'Points per unit', 'Mandatory', 'Measure'];

/** The criteria rows with Vietnamese words. */
export const CRITERIA_VI: Cell[][] = [
  ['I', 'Kinh tế - xã hội', null, 'nhóm', 60, null, null, null, null, null, null, null],
  ['1.1', 'Thu ngân sách', 'I', 'định lượng', 20, 'tăng', 'tỷ lệ', 0.1, 2, null, 'có', 'tỷ đồng'],
  ['1.2', 'Tỷ lệ hộ nghèo', 'I', 'định lượng', 20, 'giảm', 'ngưỡng', null, null, null, 'không', '%'],
  ['1.3', 'Xã nông thôn mới', 'I', 'định lượng', 20, 'tăng', 'so với dẫn đầu', null, null, null, null, 'xã'],
  ['II', 'Công tác thi đua', null, 'nhóm', 40, null, null, null, null, null, null, null],
  ['2.1', 'Tổ chức phong trào', 'II', 'chấm điểm', 20, null, null, null, null, null, null, null],
  ['2.2', 'Báo cáo đúng hạn', 'II', 'đạt/không đạt', 10, null, null, null, null, null, 'có', null],
  ['2.3', 'Sáng kiến', 'II', 'đếm', 10, null, null, null, null, 2, null, 'sáng kiến'],
  ['T1', 'Khen thưởng cấp trên', null, 'thưởng', 5, null, null, null, null, 2.5, null, 'lượt'],
  ['T2', 'Vi phạm', null, 'trừ', 10, null, null, null, null, 2, null, 'lượt'],
];

const EN_WORDS: Record<string, string> = {
  nhóm: 'group',
  'định lượng': 'target',
  'chấm điểm': 'manual',
  'đạt/không đạt': 'passfail',
  đếm: 'count',
  thưởng: 'bonus',
  trừ: 'penalty',
  tăng: 'higher',
  giảm: 'lower',
  'tỷ lệ': 'proportional',
  ngưỡng: 'threshold',
  'so với dẫn đầu': 'relative',
  có: 'yes',
  không: 'no',
  đạt: 'pass',
  'không đạt': 'fail',
};

export function toEnglishWords(rows: Cell[][]): Cell[][] {
  return rows.map((r) => r.map((c) => (typeof c === 'string' && EN_WORDS[c] !== undefined ? EN_WORDS[c]! : c)));
}

export const UNITS = ['Thủy Nguyên', 'An Lão', 'Kiến Thụy', 'Vĩnh Bảo'];

export interface Figure {
  unit: string;
  code: string;
  target?: Cell;
  actual?: Cell;
  self?: Cell;
  appraised?: Cell;
  evidence?: string;
}

/** The figures of the small cluster: every kind of cell a reader meets. */
export const FIGURES: Figure[] = [
  { unit: 'Thủy Nguyên', code: '1.1', target: 1000, actual: '1.250,5', evidence: 'Báo cáo số 12/BC-UBND' },
  { unit: 'Thủy Nguyên', code: '1.2', target: '2,5%', actual: '2,1%' },
  { unit: 'Thủy Nguyên', code: '1.3', target: 5, actual: 9 },
  { unit: 'Thủy Nguyên', code: '2.1', self: 19, appraised: '18,5' },
  { unit: 'Thủy Nguyên', code: '2.2', actual: 'đạt' },
  { unit: 'Thủy Nguyên', code: '2.3', actual: 4 },
  { unit: 'Thủy Nguyên', code: 'T1', actual: 1 },
  { unit: 'An Lão', code: '1.1', target: 400, actual: 410 },
  { unit: 'An Lão', code: '1.2', target: 3, actual: 3 },
  { unit: 'An Lão', code: '1.3', target: 4, actual: 6 },
  { unit: 'An Lão', code: '2.1', self: 17 },
  { unit: 'An Lão', code: '2.2', actual: 'x' },
  { unit: 'An Lão', code: '2.3', actual: 2 },
  { unit: 'An Lão', code: 'T2', actual: 1 },
  { unit: 'Kiến Thụy', code: '1.1', target: '383,182', actual: '336.8' },
  { unit: 'Kiến Thụy', code: '1.2', target: 2, actual: 1.5 },
  { unit: 'Kiến Thụy', code: '1.3', target: 6, actual: 6 },
  { unit: 'Kiến Thụy', code: '2.1', self: 18, appraised: 18 },
  { unit: 'Kiến Thụy', code: '2.2', actual: 'không' },
  { unit: 'Kiến Thụy', code: '2.3', actual: 9 },
  { unit: 'Vĩnh Bảo', code: '1.1', target: 900, actual: 1100 },
  { unit: 'Vĩnh Bảo', code: '1.2', target: null, actual: 1 },
  { unit: 'Vĩnh Bảo', code: '1.3', target: 3, actual: 2 },
  { unit: 'Vĩnh Bảo', code: '2.1', self: 20, appraised: 19.5 },
  { unit: 'Vĩnh Bảo', code: '2.2', actual: 1 },
  { unit: 'Vĩnh Bảo', code: '2.3', actual: 0 },
  { unit: 'Vĩnh Bảo', code: 'T1', actual: 2 },
];

export const DATA_HEADER_VI = ['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tự chấm', 'Điểm thẩm định', 'Minh chứng'];
export const DATA_HEADER_EN = ['Unit', 'Criterion', 'Target', 'Actual', 'Self score', 'Appraised score', 'Evidence'];

export function longRows(figures: Figure[] = FIGURES): Cell[][] {
  return figures.map((f) => [f.unit, f.code, f.target ?? null, f.actual ?? null, f.self ?? null, f.appraised ?? null, f.evidence ?? null]);
}

/** One wide sheet: `Đơn vị` then a column per code, from the figures' `field`. */
export function wideRows(field: 'target' | 'actual' | 'self' | 'appraised', unitHeader = 'Đơn vị', figures: Figure[] = FIGURES): Cell[][] {
  const codes = [...new Set(figures.filter((f) => f[field] !== undefined && f[field] !== null).map((f) => f.code))];
  const units = [...new Set(figures.map((f) => f.unit))];
  const rows: Cell[][] = [[unitHeader, ...codes]];
  for (const u of units) rows.push([u, ...codes.map((c) => figures.find((f) => f.unit === u && f.code === c)?.[field] ?? null)]);
  return rows;
}

export const UNITS_ROWS: Cell[][] = [
  ['Đơn vị', 'Vai trò', 'Kỷ luật', 'Ghi chú'],
  ['Thủy Nguyên', 'Cụm trưởng', 'không', null],
  ['An Lão', 'Thành viên', null, null],
  ['Kiến Thụy', 'Thành viên', 'không', null],
  ['Vĩnh Bảo', 'Cụm phó', 'không', null],
];

export const AWARDS_ROWS: Cell[][] = [
  ['Thứ tự', 'Hình thức', 'Phạm vi', 'Số lượng', 'Tỷ lệ tối đa', 'Điểm tối thiểu', 'Tỷ lệ điểm tối thiểu', 'Tiêu chí'],
  [1, 'Cờ thi đua', 'toàn diện', 1, null, null, '80%', null],
  [2, 'Bằng khen', 'toàn diện', 2, '50%', null, 70, null],
  [3, 'Bằng khen chuyên đề', 'chuyên đề', 1, null, null, null, '1.3'],
];

export const SETTINGS_ROWS: Cell[][] = [
  ['Khóa', 'Giá trị'],
  ['Tên cụm', 'Cụm thử'],
  ['Năm', 2024],
  ['Kỳ', 'năm'],
];

/** The small cluster, long layout, Vietnamese names. */
export function longWorkbook(): WorkbookGrid {
  return workbook(
    sheet('Tiêu chí', [CRITERIA_HEADER_VI, ...CRITERIA_VI]),
    sheet('Số liệu', [DATA_HEADER_VI, ...longRows()]),
    sheet('Đơn vị', UNITS_ROWS),
    sheet('Khen thưởng', AWARDS_ROWS),
    sheet('Cài đặt', SETTINGS_ROWS),
  );
}

/** The same cluster, wide layout. */
export function wideWorkbook(): WorkbookGrid {
  return workbook(
    sheet('Tiêu chí', [CRITERIA_HEADER_VI, ...CRITERIA_VI]),
    sheet('Thực hiện', wideRows('actual')),
    sheet('Chỉ tiêu', wideRows('target')),
    sheet('Tự chấm', wideRows('self')),
    sheet('Điểm thẩm định', wideRows('appraised')),
    sheet('Đơn vị', UNITS_ROWS),
    sheet('Khen thưởng', AWARDS_ROWS),
    sheet('Cài đặt', SETTINGS_ROWS),
  );
}

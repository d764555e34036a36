/**
 * The bad-input corpus: workbooks with one defect each, as a table. Most are the small cluster of
 * test/workbook/grids.ts with one cell changed; the `foreign` ones are the LibreOffice fixtures with
 * one cell of their XML changed (patchXlsx), so what the hosts read was not written by exceljs.
 * Each names the diagnostic it must give — sheet, cell, code and the Vietnamese message, exactly —
 * or, for a documented reading that is not a problem (a blank target), what the result must show.
 */
import type { MessageCode } from '../../src/engine/messages';
import { parseArea, type Cell, type WorkbookGrid } from '../../src/workbook/grid';
import { longWorkbook, setCell, sheet, sheetOf, wideRows, wideWorkbook, withSheet, without } from '../workbook/grids';
import type { XlsxEdit } from './support/xlsx';

/** Sets cells of one sheet: [row, col, value], 0-based in the grid (row 0 is the sheet's row 1). */
export function edit(wb: WorkbookGrid, name: string, ...cells: [number, number, Cell][]): WorkbookGrid {
  let s = sheetOf(wb, name);
  for (const [r, c, v] of cells) s = setCell(s, r, c, v);
  return withSheet(wb, s);
}

export function addRow(wb: WorkbookGrid, name: string, row: Cell[]): WorkbookGrid {
  const s = sheetOf(wb, name);
  return withSheet(wb, { ...s, rows: [...s.rows, row] });
}

/** Merges an area as Excel does: the first cell keeps its value, the others are cleared. */
function merged(wb: WorkbookGrid, name: string, range: string): WorkbookGrid {
  const a = parseArea(range)!;
  let s = sheetOf(wb, name);
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) s = setCell(s, r, c, null);
  return withSheet(wb, { ...s, merges: [...(s.merges ?? []), range] });
}

/**
 * The small cluster (4 units, 10 criteria, every optional sheet) without any diagnostic: the one
 * ambiguous number of the reader tests' workbook (“383,182”) is typed as a real number here, and
 * Vĩnh Bảo has a 1.2 target, so every unit has the same maximum (no `unequalMaxima` warning).
 */
export function base(): WorkbookGrid {
  return edit(longWorkbook(), 'Số liệu', [15, 2, 383.182], [22, 2, 2]);
}

/** The defect kinds of the brief; every case belongs to one. */
export type Defect =
  | 'text in a numeric cell'
  | 'ambiguous number text'
  | 'negative value'
  | 'zero or missing target'
  | 'unknown or duplicate code'
  | 'unknown parent'
  | 'cycle in the criteria tree'
  | 'group maximum ≠ sum of children'
  | 'manual score above the maximum'
  | 'Excel error cell'
  | 'merged cells over data'
  | 'both layouts'
  | 'no data rows'
  | 'unit missing from Đơn vị'
  | 'duplicate unit'
  | 'bad award'
  | 'bad setting'
  | 'huge or tiny number'
  | 'NaN or Infinity'
  | 'bad word'
  | 'bad structure';

export interface Finding {
  severity: 'error' | 'warning';
  /** `Sheet!Cell`. */
  at: string;
  code: MessageCode;
  /** The whole Vietnamese message. */
  message: string;
}

export type Source = { grid: () => WorkbookGrid } | { foreign: string; edit: XlsxEdit };

/** A figure as the engine read it: its rate r (R1) and status, for one unit and criterion. */
export interface Reading {
  unit: string;
  code: string;
  status: string;
  /** r, or null where there is none; compared to 9 places. */
  rate: number | null;
  points: number | null;
}

export interface BadCase {
  what: string;
  defect: Defect;
  source: Source;
  /** The diagnostic the workbook must give; null when the documented reading gives none. */
  finding: Finding | null;
  /** For `finding: null`: no diagnostic may point at this cell. */
  quietAt?: string;
  /** How a figure was read (warnings and quiet cases, which do score). */
  reading?: Reading;
}

const E = (at: string, code: MessageCode, message: string): Finding => ({ severity: 'error', at, code, message });
const W = (at: string, code: MessageCode, message: string): Finding => ({ severity: 'warning', at, code, message });
const g = (f: () => WorkbookGrid): Source => ({ grid: f });
const foreign = (name: string, edit: XlsxEdit): Source => ({ foreign: name, edit });

// Rows of the small cluster (0-based grid rows): `Số liệu` row 8 is An Lão / 1.1 (sheet row 9),
// row 1 Thủy Nguyên / 1.1, row 11 An Lão / 2.1 (manual, self score 17), row 13 An Lão / 2.3 (count).
// Columns: A unit, B code, C target, D actual, E self, F appraised, G evidence.

export const CASES: BadCase[] = [
  // Text in numeric cells.
  { what: 'text in an actual', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Số liệu', [1, 3, 'một nghìn'])), finding: E('Số liệu!D2', 'notNumber', '“một nghìn” không phải là số (cột “Thực hiện”).') },
  { what: 'text in a target', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Số liệu', [8, 2, 'bốn trăm'])), finding: E('Số liệu!C9', 'notNumber', '“bốn trăm” không phải là số (cột “Chỉ tiêu”).') },
  { what: 'text in a self score', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Số liệu', [11, 4, 'mười bảy'])), finding: E('Số liệu!E12', 'notNumber', '“mười bảy” không phải là số (cột “Tự chấm”).') },
  { what: 'text in a maximum', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Tiêu chí', [2, 4, 'hai mươi'])), finding: E('Tiêu chí!E3', 'notNumber', '“hai mươi” không phải là số (cột “Điểm chuẩn”).') },
  { what: 'text in a quota', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Khen thưởng', [1, 3, 'một'])), finding: E('Khen thưởng!D2', 'notNumber', '“một” không phải là số (cột “Số lượng”).') },
  { what: 'number text with stray separators', defect: 'text in a numeric cell', source: g(() => edit(base(), 'Số liệu', [8, 3, '1.23.4'])), finding: E('Số liệu!D9', 'notNumber', '“1.23.4” không phải là số (cột “Thực hiện”).') },
  { what: 'text in an actual (LibreOffice file)', defect: 'text in a numeric cell', source: foreign('example-a', { cells: [{ sheet: 'Số liệu', cell: 'D2', value: 'một trăm hai mươi' }] }), finding: E('Số liệu!D2', 'notNumber', '“một trăm hai mươi” không phải là số (cột “Thực hiện”).') },

  // Ambiguous number text: decided by the other figure of the row, with a warning (decisions.md).
  {
    what: '“1.234” in an actual',
    defect: 'ambiguous number text',
    source: g(() => edit(base(), 'Số liệu', [8, 3, '1.234'])),
    finding: W('Số liệu!D9', 'figureReadAs', '“1.234” được đọc là 1.234, không phải 1,234: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (1.234/400) trong khoảng 1/20 đến 20.'),
    reading: { unit: 'An Lão', code: '1.1', status: 'exceeded', rate: 1234 / 400, points: 22 },
  },
  {
    what: '“1,234” in a target',
    defect: 'ambiguous number text',
    source: g(() => edit(base(), 'Số liệu', [8, 2, '1,234'])),
    finding: W('Số liệu!C9', 'figureReadAs', '“1,234” được đọc là 1.234, không phải 1,234: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (410/1.234) trong khoảng 1/20 đến 20.'),
    reading: { unit: 'An Lão', code: '1.1', status: 'below', rate: 410 / 1234, points: 6.65 },
  },
  {
    what: '“1.234” in an actual (LibreOffice file)',
    defect: 'ambiguous number text',
    source: foreign('example-a', { cells: [{ sheet: 'Số liệu', cell: 'D2', value: '120.500' }] }),
    finding: W('Số liệu!D2', 'figureReadAs', '“120.500” được đọc là 120,5, không phải 120.500: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (120,5/100) trong khoảng 1/20 đến 20.'),
    reading: { unit: 'A', code: '1.1', status: 'exceeded', rate: 1.205, points: 22 },
  },
  {
    what: '“2.500” in a maximum (nothing to decide by)',
    defect: 'ambiguous number text',
    source: g(() => edit(base(), 'Tiêu chí', [2, 4, '2.500'])),
    finding: E('Tiêu chí!E3', 'ambiguousNumberRefused', 'Không rõ “2.500” là 2,5 hay 2500, và không có số liệu nào để phân định: hãy nhập 2500 nếu là số hàng nghìn, hoặc “2.5000” nếu là số thập phân.'),
  },
  {
    what: '“10%” against a target of 1 (both readings plausible)',
    defect: 'ambiguous number text',
    source: g(() => edit(base(), 'Số liệu', [8, 2, 1], [8, 3, '10%'])),
    finding: E('Số liệu!D9', 'figureUndecided', 'Không rõ “10%” là 0,1 hay 10: số liệu cùng dòng (Thực hiện/Chỉ tiêu) không cho biết cách đọc nào đúng. Hãy nhập lại cho rõ (không dùng dấu phân cách hàng nghìn; Chỉ tiêu và Thực hiện cùng là % hoặc cùng là số).'),
  },

  // Negative values where they cannot be.
  { what: 'a negative target', defect: 'negative value', source: g(() => edit(base(), 'Số liệu', [8, 2, -400])), finding: E('Số liệu!C9', 'negativeTarget', 'Chỉ tiêu âm (-400) cho “1.1” của An Lão.') },
  { what: 'a negative count', defect: 'negative value', source: g(() => edit(base(), 'Số liệu', [13, 3, -2])), finding: E('Số liệu!D14', 'negative', '“2.3” không được âm (-2).') },
  { what: 'a negative penalty count', defect: 'negative value', source: g(() => edit(base(), 'Số liệu', [14, 3, -1])), finding: E('Số liệu!D15', 'negative', '“T2” không được âm (-1).') },
  { what: 'a negative appraised score', defect: 'negative value', source: g(() => edit(base(), 'Số liệu', [4, 5, -1])), finding: E('Số liệu!F5', 'negative', '“Điểm thẩm định” không được âm (-1).') },
  { what: 'a negative maximum', defect: 'negative value', source: g(() => edit(base(), 'Tiêu chí', [3, 4, -20])), finding: E('Tiêu chí!E4', 'negative', '“Điểm chuẩn” không được âm (-20).') },
  { what: 'a negative bonus per percent', defect: 'negative value', source: g(() => edit(base(), 'Tiêu chí', [2, 7, -0.1])), finding: E('Tiêu chí!H3', 'negative', '“Thưởng mỗi 1% vượt” không được âm (-0,1).') },
  { what: 'a negative target (LibreOffice file)', defect: 'negative value', source: foreign('example-a', { cells: [{ sheet: 'Số liệu', cell: 'C3', value: -100 }] }), finding: E('Số liệu!C3', 'negativeTarget', 'Chỉ tiêu âm (-100) cho “1.2” của A.') },

  // A zero or missing target (R1): the criterion does not apply to that unit.
  {
    what: 'a target of 0',
    defect: 'zero or missing target',
    source: g(() => edit(base(), 'Số liệu', [8, 2, 0])),
    finding: W('Số liệu!C9', 'zeroTarget', 'Chỉ tiêu bằng 0: “1.1” được coi là không giao chỉ tiêu cho An Lão.'),
    reading: { unit: 'An Lão', code: '1.1', status: 'excluded', rate: null, points: null },
  },
  {
    what: 'a blank target',
    defect: 'zero or missing target',
    source: g(() => edit(base(), 'Số liệu', [8, 2, null])),
    finding: null,
    quietAt: 'Số liệu!C9',
    reading: { unit: 'An Lão', code: '1.1', status: 'excluded', rate: null, points: null },
  },
  { what: 'a leaf without maximum points', defect: 'zero or missing target', source: g(() => edit(base(), 'Tiêu chí', [2, 4, null])), finding: E('Tiêu chí!E3', 'leafMaxRequired', 'Tiêu chí “1.1” thiếu Điểm chuẩn.') },

  // Unknown and duplicate codes.
  { what: 'an unknown code in the data', defect: 'unknown or duplicate code', source: g(() => edit(base(), 'Số liệu', [8, 1, '9.9'])), finding: E('Số liệu!B9', 'unknownCriterion', 'Mã tiêu chí “9.9” không có trong trang “Tiêu chí”.') },
  {
    what: 'an unknown code heading a wide column',
    defect: 'unknown or duplicate code',
    source: g(() => edit(wideWorkbook(), 'Thực hiện', [0, 3, '9.9'])),
    finding: E('Thực hiện!D1', 'unknownCriterion', 'Mã tiêu chí “9.9” không có trong trang “Tiêu chí”.'),
  },
  { what: 'a duplicate criterion code', defect: 'unknown or duplicate code', source: g(() => addRow(base(), 'Tiêu chí', ['2.3', 'Trùng mã', 'II', 'đếm', 5])), finding: E('Tiêu chí!A12', 'duplicateCode', 'Mã “2.3” bị trùng (đã có ở Tiêu chí!A9).') },
  { what: 'two rows for one unit and criterion', defect: 'unknown or duplicate code', source: g(() => addRow(base(), 'Số liệu', ['An Lão', '2.3', null, 5])), finding: E('Số liệu!A29', 'duplicateEntry', 'Đơn vị “An Lão” có hai dòng cho tiêu chí “2.3” (đã có ở Số liệu!A14).') },
  { what: 'an unknown code (real criteria tree)', defect: 'unknown or duplicate code', source: foreign('cong-an-cum-347', { cells: [{ sheet: 'Số liệu', cell: 'B2', value: 'I./1./99' }] }), finding: E('Số liệu!B2', 'unknownCriterion', 'Mã tiêu chí “I./1./99” không có trong trang “Tiêu chí”.') },
  { what: 'data entered for a group', defect: 'unknown or duplicate code', source: g(() => edit(base(), 'Số liệu', [8, 1, 'II'])), finding: E('Số liệu!B9', 'dataForGroup', '“II” là nhóm; số liệu phải nhập cho các tiêu chí con.') },

  // Parents and cycles.
  { what: 'an unknown parent', defect: 'unknown parent', source: g(() => edit(base(), 'Tiêu chí', [2, 2, 'IX'])), finding: E('Tiêu chí!C3', 'unknownParent', 'Nhóm cha “IX” của “1.1” không có trong bảng tiêu chí.') },
  { what: 'an unknown parent (LibreOffice file)', defect: 'unknown parent', source: foreign('example-a', { cells: [{ sheet: 'Tiêu chí', cell: 'C4', value: 'III' }] }), finding: E('Tiêu chí!C4', 'unknownParent', 'Nhóm cha “III” của “1.2” không có trong bảng tiêu chí.') },
  { what: 'a parent that is a leaf', defect: 'unknown parent', source: g(() => edit(base(), 'Tiêu chí', [3, 2, '1.1'])), finding: E('Tiêu chí!C4', 'parentNotGroup', '“1.1” là tiêu chí lá (loại “định lượng (target)”), không thể chứa “1.2”.') },
  { what: 'a cycle of two groups', defect: 'cycle in the criteria tree', source: g(() => edit(base(), 'Tiêu chí', [1, 2, 'II'], [5, 2, 'I'])), finding: E('Tiêu chí!C2', 'cycle', 'Cây tiêu chí bị vòng lặp: I → II → I.') },
  { what: 'a group that is its own parent', defect: 'cycle in the criteria tree', source: g(() => edit(base(), 'Tiêu chí', [5, 2, 'II'])), finding: E('Tiêu chí!C6', 'cycle', 'Cây tiêu chí bị vòng lặp: II → II.') },

  // Warnings that do not stop scoring.
  {
    what: 'a group whose children’s maxima do not add up',
    defect: 'group maximum ≠ sum of children',
    source: g(() => edit(base(), 'Tiêu chí', [1, 4, 70])),
    finding: W('Tiêu chí!E2', 'groupMaxMismatch', 'Điểm chuẩn của nhóm “I” là 70 nhưng tổng điểm chuẩn các tiêu chí con là 60.'),
  },
  {
    what: 'a manual score above the maximum',
    defect: 'manual score above the maximum',
    source: g(() => edit(base(), 'Số liệu', [11, 4, 25])),
    finding: W('Số liệu!E12', 'scoreOverMax', 'Điểm 25 của An Lão ở “2.1” vượt điểm chuẩn 20; vẫn được tính như đã nhập, hãy kiểm tra lại.'),
    reading: { unit: 'An Lão', code: '2.1', status: 'scored', rate: null, points: 25 },
  },

  // Excel error cells.
  { what: '#N/A in an actual', defect: 'Excel error cell', source: g(() => edit(base(), 'Số liệu', [8, 3, { error: '#N/A' }])), finding: E('Số liệu!D9', 'excelError', 'Ô chứa lỗi Excel #N/A; hãy sửa công thức hoặc nhập giá trị.') },
  { what: '#DIV/0! in a target', defect: 'Excel error cell', source: g(() => edit(base(), 'Số liệu', [1, 2, { error: '#DIV/0!' }])), finding: E('Số liệu!C2', 'excelError', 'Ô chứa lỗi Excel #DIV/0!; hãy sửa công thức hoặc nhập giá trị.') },
  { what: '#REF! in a maximum', defect: 'Excel error cell', source: g(() => edit(base(), 'Tiêu chí', [4, 4, { error: '#REF!' }])), finding: E('Tiêu chí!E5', 'excelError', 'Ô chứa lỗi Excel #REF!; hãy sửa công thức hoặc nhập giá trị.') },
  { what: '#VALUE! as a unit name', defect: 'Excel error cell', source: g(() => edit(base(), 'Số liệu', [8, 0, { error: '#VALUE!' }])), finding: E('Số liệu!A9', 'excelError', 'Ô chứa lỗi Excel #VALUE!; hãy sửa công thức hoặc nhập giá trị.') },
  { what: '#NAME? in a yes/no column', defect: 'Excel error cell', source: g(() => edit(base(), 'Đơn vị', [2, 2, { error: '#NAME?' }])), finding: E('Đơn vị!C3', 'excelError', 'Ô chứa lỗi Excel #NAME?; hãy sửa công thức hoặc nhập giá trị.') },
  { what: '#VALUE! in an actual (LibreOffice file)', defect: 'Excel error cell', source: foreign('example-a', { cells: [{ sheet: 'Số liệu', cell: 'D4', value: { error: '#VALUE!' } }] }), finding: E('Số liệu!D4', 'excelError', 'Ô chứa lỗi Excel #VALUE!; hãy sửa công thức hoặc nhập giá trị.') },

  // Merged cells.
  // A merged area holds its value in its first cell only (Excel clears the others when merging).
  { what: 'merged cells over the data', defect: 'merged cells over data', source: g(() => merged(base(), 'Số liệu', 'A2:A8')), finding: E('Số liệu!A2', 'mergedOverData', 'Ô gộp A2:A8 nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi ô có giá trị riêng.') },
  { what: 'merged cells reaching the header row', defect: 'merged cells over data', source: g(() => merged(base(), 'Khen thưởng', 'B1:C1')), finding: E('Khen thưởng!B1', 'mergedOverData', 'Ô gộp B1:C1 nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi ô có giá trị riêng.') },
  {
    what: 'two header cells merged (LibreOffice file)',
    defect: 'merged cells over data',
    source: foreign('hai-phong-huyen-2024', { merges: { 'Tiêu chí': ['A1:L1', 'K3:L3'] }, cells: [{ sheet: 'Tiêu chí', cell: 'L3', value: null }] }),
    finding: E('Tiêu chí!K3', 'mergedOverData', 'Ô gộp K3:L3 nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi ô có giá trị riêng.'),
  },

  // Layouts and rows.
  { what: 'both layouts at once', defect: 'both layouts', source: g(() => withSheet(base(), sheet('Thực hiện', wideRows('actual')))), finding: E('Thực hiện!A1', 'bothLayouts', 'Sổ có cả “Số liệu” (dạng dọc) và “Thực hiện” (dạng ngang); chỉ được dùng một dạng.') },
  { what: 'a data sheet with a header and no rows', defect: 'no data rows', source: g(() => withSheet(base(), sheet('Số liệu', [sheetOf(base(), 'Số liệu').rows[0]!]))), finding: E('Số liệu!A1', 'noRows', 'Trang tính “Số liệu” không có dòng dữ liệu nào dưới tiêu đề.') },
  { what: 'a wide actuals sheet with no rows', defect: 'no data rows', source: g(() => withSheet(wideWorkbook(), sheet('Thực hiện', [wideRows('actual')[0]!]))), finding: E('Thực hiện!A1', 'noRows', 'Trang tính “Thực hiện” không có dòng dữ liệu nào dưới tiêu đề.') },
  {
    what: 'a Đơn vị sheet with headers only (the units come from the data)',
    defect: 'no data rows',
    source: g(() => withSheet(base(), sheet('Đơn vị', [['Đơn vị', 'Vai trò']]))),
    finding: W('Đơn vị!A1', 'emptyUnitsSheet', 'Trang “Đơn vị” chưa có đơn vị nào: các đơn vị được lấy từ số liệu.'),
  },

  // Units.
  { what: 'a unit missing from Đơn vị', defect: 'unit missing from Đơn vị', source: g(() => edit(base(), 'Số liệu', [8, 0, 'Tiên Lãng'])), finding: E('Số liệu!A9', 'unitNotListed', 'Đơn vị “Tiên Lãng” không có trong trang “Đơn vị”.') },
  { what: 'a unit whose diacritics differ from Đơn vị', defect: 'unit missing from Đơn vị', source: g(() => edit(base(), 'Số liệu', [8, 0, 'An Lao'])), finding: E('Số liệu!A9', 'unitNotListed', 'Đơn vị “An Lao” không có trong trang “Đơn vị”.') },
  { what: 'a duplicate unit', defect: 'duplicate unit', source: g(() => addRow(base(), 'Đơn vị', ['an lão', 'Thành viên', 'không'])), finding: E('Đơn vị!A6', 'duplicateUnit', 'Đơn vị “an lão” bị trùng (đã có ở Đơn vị!A3).') },
  { what: 'a duplicate unit in the wide layout', defect: 'duplicate unit', source: g(() => addRow(wideWorkbook(), 'Thực hiện', ['Kiến Thuỵ', 1, 1, 1, 'đạt', 1, 0])), finding: E('Thực hiện!A6', 'duplicateUnit', 'Đơn vị “Kiến Thuỵ” bị trùng (đã có ở Thực hiện!A4).') },
  { what: 'a duplicate unit (LibreOffice file)', defect: 'duplicate unit', source: foreign('example-a', { cells: [{ sheet: 'Đơn vị', cell: 'A6', value: 'B' }] }), finding: E('Đơn vị!A6', 'duplicateUnit', 'Đơn vị “B” bị trùng (đã có ở Đơn vị!A3).') },

  // Awards.
  { what: 'a fractional quota', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [1, 3, 1.5])), finding: E('Khen thưởng!D2', 'notInteger', '“1,5” phải là số nguyên.') },
  { what: 'a negative quota', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [1, 3, -1])), finding: E('Khen thưởng!D2', 'negative', '“Số lượng” không được âm (-1).') },
  { what: 'a negative share quota', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [2, 4, '-50%'])), finding: E('Khen thưởng!E3', 'negative', '“Tỷ lệ tối đa” không được âm (-0,5).') },
  { what: 'a thematic award on an unknown criterion', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [3, 7, '9.9'])), finding: E('Khen thưởng!H4', 'unknownAwardCriterion', 'Khen thưởng chuyên đề “Bằng khen chuyên đề” dùng mã “9.9” không có trong trang “Tiêu chí”.') },
  { what: 'a thematic award without a criterion', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [3, 7, null])), finding: E('Khen thưởng!H4', 'thematicWithoutCriterion', 'Khen thưởng chuyên đề “Bằng khen chuyên đề” cần cột “Tiêu chí”.') },
  { what: 'two awards with one order', defect: 'bad award', source: g(() => edit(base(), 'Khen thưởng', [2, 0, 1])), finding: E('Khen thưởng!A3', 'duplicateAwardOrder', 'Thứ tự 1 bị trùng (đã có ở Khen thưởng!A2).') },
  { what: 'a fractional quota (LibreOffice file)', defect: 'bad award', source: foreign('example-a', { cells: [{ sheet: 'Khen thưởng', cell: 'D3', value: 2.5 }] }), finding: E('Khen thưởng!D3', 'notInteger', '“2,5” phải là số nguyên.') },

  // Settings.
  { what: 'an unknown rank style', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Kiểu xếp hạng', 'lung tung'])), finding: E('Cài đặt!B5', 'badSetting', 'Giá trị “lung tung” không hợp lệ cho “Kiểu xếp hạng”: đồng hạng, liên tục (competition, dense).') },
  { what: 'too many decimals', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Số chữ số thập phân', 9])), finding: E('Cài đặt!B5', 'badSetting', 'Giá trị “9” không hợp lệ cho “Số chữ số thập phân”: 0–6.') },
  { what: 'a classification without thresholds', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Xếp loại', 'Giỏi; Khá'])), finding: E('Cài đặt!B5', 'badSetting', 'Giá trị “Giỏi; Khá” không hợp lệ cho “Xếp loại”: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.') },
  { what: 'an unknown missing-data policy', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Thiếu số liệu', 'bỏ qua'])), finding: E('Cài đặt!B5', 'badSetting', 'Giá trị “bỏ qua” không hợp lệ cho “Thiếu số liệu”: 0, loại trừ, lỗi (zero, exclude, error).') },
  { what: 'a tie-break on an unknown code', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Tiêu chí phụ xếp hạng', 'IX; điểm trừ'])), finding: E('Cài đặt!B5', 'unknownTieBreak', 'Tiêu chí phụ “IX” không phải mã tiêu chí/nhóm, “số tiêu chí vượt”, “điểm trừ” hay “điểm thưởng”.') },
  { what: 'a self-score gap over 100 %', defect: 'bad setting', source: g(() => addRow(base(), 'Cài đặt', ['Ngưỡng chênh lệch tự chấm', '150%'])), finding: E('Cài đặt!B5', 'badSetting', 'Giá trị “150%” không hợp lệ cho “Ngưỡng chênh lệch tự chấm”: 5%.') },
  { what: 'an unknown rank style (LibreOffice file)', defect: 'bad setting', source: foreign('hai-phong-huyen-2024', { cells: [{ sheet: 'Cài đặt', cell: 'B7', value: 'ngẫu nhiên' }] }), finding: E('Cài đặt!B7', 'badSetting', 'Giá trị “ngẫu nhiên” không hợp lệ cho “Kiểu xếp hạng”: đồng hạng, liên tục (competition, dense).') },

  // Huge and tiny numbers, NaN and infinities.
  { what: 'a number beyond 10^15', defect: 'huge or tiny number', source: g(() => edit(base(), 'Số liệu', [1, 3, 1e16])), finding: E('Số liệu!D2', 'notFinite', 'Giá trị 10000000000000000 không dùng được (quá lớn hoặc không phải số hữu hạn).') },
  { what: 'number text beyond 10^15', defect: 'huge or tiny number', source: g(() => edit(base(), 'Số liệu', [1, 2, '1e300'])), finding: E('Số liệu!C2', 'notFinite', 'Giá trị 1e300 không dùng được (quá lớn hoặc không phải số hữu hạn).') },
  {
    what: 'a tiny target (r overflows to infinity)',
    defect: 'huge or tiny number',
    source: g(() => edit(base(), 'Số liệu', [8, 2, 1e-320])),
    finding: E(
      'Số liệu!C9',
      'tinyTarget',
      'Chỉ tiêu 1e-320 của An Lão ở “1.1” quá gần 0 để tính tỷ lệ hoàn thành; hãy nhập lại chỉ tiêu (hoặc để trống nếu không giao).',
    ),
  },
  { what: 'NaN in an actual', defect: 'NaN or Infinity', source: g(() => edit(base(), 'Số liệu', [1, 3, NaN])), finding: E('Số liệu!D2', 'notFinite', 'Giá trị NaN không dùng được (quá lớn hoặc không phải số hữu hạn).') },
  { what: 'Infinity in a target', defect: 'NaN or Infinity', source: g(() => edit(base(), 'Số liệu', [8, 2, Infinity])), finding: E('Số liệu!C9', 'notFinite', 'Giá trị Infinity không dùng được (quá lớn hoặc không phải số hữu hạn).') },
  { what: '-Infinity as a maximum', defect: 'NaN or Infinity', source: g(() => edit(base(), 'Tiêu chí', [3, 4, -Infinity])), finding: E('Tiêu chí!E4', 'notFinite', 'Giá trị -Infinity không dùng được (quá lớn hoặc không phải số hữu hạn).') },
  { what: 'NaN written into a LibreOffice file', defect: 'NaN or Infinity', source: foreign('example-a', { cells: [{ sheet: 'Số liệu', cell: 'D3', value: { raw: 'NaN' } }] }), finding: E('Số liệu!D3', 'notFinite', 'Giá trị NaN không dùng được (quá lớn hoặc không phải số hữu hạn).') },

  // Words and structure.
  { what: 'a bad yes/no word', defect: 'bad word', source: g(() => edit(base(), 'Số liệu', [5, 3, 'có lẽ'])), finding: E('Số liệu!D6', 'notYesNo', '“có lẽ” không phải là có/không (có, x, đạt, 1 / không, không đạt, 0, để trống).') },
  { what: 'an unknown kind', defect: 'bad word', source: g(() => edit(base(), 'Tiêu chí', [2, 3, 'lung tung'])), finding: E('Tiêu chí!D3', 'badChoice', '“lung tung” không hợp lệ cho “Loại”; dùng: nhóm, định lượng, đạt/không đạt, đếm, chấm điểm, thưởng, trừ.') },
  { what: 'an unknown direction', defect: 'bad word', source: g(() => edit(base(), 'Tiêu chí', [3, 5, 'xuống'])), finding: E('Tiêu chí!F4', 'badChoice', '“xuống” không hợp lệ cho “Chiều”; dùng: tăng, giảm (higher, lower).') },
  { what: 'missing data under the policy `lỗi`', defect: 'bad structure', source: g(() => edit(addRow(base(), 'Cài đặt', ['Thiếu số liệu', 'lỗi']), 'Số liệu', [2, 3, null])), finding: E('Số liệu!D3', 'missingData', 'Thiếu số liệu “1.2” của Thủy Nguyên.') },
  { what: 'no criteria sheet', defect: 'bad structure', source: g(() => without(base(), 'Tiêu chí')), finding: E('Tiêu chí!A1', 'missingSheet', 'Không tìm thấy trang tính “Tiêu chí” (Criteria).') },
  { what: 'no data sheet', defect: 'bad structure', source: g(() => without(base(), 'Số liệu')), finding: E('Số liệu!A1', 'noDataSheet', 'Không có trang tính số liệu: cần “Số liệu” (dạng dọc) hoặc “Thực hiện” (dạng ngang).') },
  {
    what: 'no header row in the first 20 rows',
    defect: 'bad structure',
    source: g(() => withSheet(base(), { ...sheetOf(base(), 'Khen thưởng'), rows: sheetOf(base(), 'Khen thưởng').rows.slice(1) })),
    finding: E('Khen thưởng!A1', 'headerNotFound', 'Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc (Thứ tự, Hình thức) trong 20 dòng đầu.'),
  },
  { what: 'a criteria sheet with groups only', defect: 'bad structure', source: g(() => withSheet(base(), sheet('Tiêu chí', [sheetOf(base(), 'Tiêu chí').rows[0]!, ['I', 'Nhóm', null, 'nhóm', 60]]))), finding: E('Tiêu chí!A2', 'noLeaves', 'Bảng tiêu chí không có tiêu chí nào để chấm điểm.') },
];

/** Files that are not workbooks at all: the CLI exits 2 with one line naming the file. */
export interface FileCase {
  what: string;
  name: string;
  bytes: () => Uint8Array;
  /** The whole line, for the input at `file`. */
  message: (file: string) => string;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const notZip = (file: string): string => `Tệp ${file} không phải sổ Excel .xlsx hợp lệ (không đọc được nội dung).`;
const ole = (file: string): string => `Tệp ${file} là sổ Excel cũ (.xls) hoặc được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu và lưu dạng .xlsx.`;
const notXlsx = (file: string): string => `Không phải tệp .xlsx: ${file}`;

export const FILE_CASES: FileCase[] = [
  { what: 'an .xlsx that is not a zip', name: 'hong.xlsx', bytes: () => new TextEncoder().encode('Đơn vị;Mã tiêu chí\nA;1.1\n'), message: notZip },
  { what: 'an empty .xlsx', name: 'rong.xlsx', bytes: () => new Uint8Array(0), message: notZip },
  { what: 'a truncated .xlsx', name: 'cut.xlsx', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), message: notZip },
  { what: 'a password-protected workbook (OLE compound file)', name: 'mat-khau.xlsx', bytes: () => new Uint8Array([...OLE, ...new Uint8Array(1024)]), message: ole },
  { what: 'a file that is not .xlsx', name: 'so-lieu.csv', bytes: () => new TextEncoder().encode('Đơn vị,Mã tiêu chí\nA,1.1\n'), message: notXlsx },
  { what: 'an old .xls renamed', name: 'cu.xls', bytes: () => new Uint8Array([...OLE, ...new Uint8Array(512)]), message: notXlsx },
];

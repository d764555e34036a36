/**
 * Bad workbooks and bad command lines. A workbook with errors: exit 1, each error as
 * `Sheet!Cell: message` on stderr, no file written, the input untouched. A usage error: exit 2 and
 * a one-line message.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { longRows, longWorkbook, setCell, sheet, sheetOf, wideRows, withSheet, without } from '../workbook/grids';
import ExcelJS from 'exceljs';
import { digest, loadWorkbook, readJson, run, tempDir, writeXlsx } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Sets cells of one sheet: [row, col, value] with 0-based row/col in the grid. */
function edit(wb: WorkbookGrid, name: string, ...cells: [number, number, Cell][]): WorkbookGrid {
  let s = sheetOf(wb, name);
  for (const [r, c, v] of cells) s = setCell(s, r, c, v);
  return withSheet(wb, s);
}

function addRow(wb: WorkbookGrid, name: string, row: Cell[]): WorkbookGrid {
  const s = sheetOf(wb, name);
  return withSheet(wb, { ...s, rows: [...s.rows, row] });
}

interface BadCase {
  what: string;
  workbook: () => WorkbookGrid;
  /** `Sheet!Cell` of the diagnostic. */
  at: string;
  /** A recognisable part of the Vietnamese message. */
  message: string;
}

const base = longWorkbook;

const CASES: BadCase[] = [
  { what: 'text in a numeric cell', workbook: () => edit(base(), 'Số liệu', [1, 3, 'một nghìn']), at: 'Số liệu!D2', message: '“một nghìn” không phải là số (cột “Thực hiện”)' },
  { what: 'a negative target', workbook: () => edit(base(), 'Số liệu', [1, 2, -1000]), at: 'Số liệu!C2', message: 'Chỉ tiêu âm' },
  { what: 'an unknown criterion code in the data', workbook: () => edit(base(), 'Số liệu', [1, 1, '9.9']), at: 'Số liệu!B2', message: 'Mã tiêu chí “9.9” không có trong trang “Tiêu chí”' },
  { what: 'a duplicate criterion code', workbook: () => addRow(base(), 'Tiêu chí', ['2.3', 'Trùng mã', 'II', 'đếm', 5]), at: 'Tiêu chí!A12', message: 'Mã “2.3” bị trùng (đã có ở Tiêu chí!A9)' },
  { what: 'an unknown parent', workbook: () => edit(base(), 'Tiêu chí', [2, 2, 'IX']), at: 'Tiêu chí!C3', message: 'Nhóm cha “IX” của “1.1” không có trong bảng tiêu chí' },
  { what: 'a cycle in the tree', workbook: () => edit(base(), 'Tiêu chí', [1, 2, 'II'], [5, 2, 'I']), at: 'Tiêu chí!C2', message: 'Cây tiêu chí bị vòng lặp: I → II → I' },
  { what: 'a parent that is a leaf', workbook: () => edit(base(), 'Tiêu chí', [3, 2, '1.1']), at: 'Tiêu chí!C4', message: '“1.1” là tiêu chí lá' },
  { what: 'a leaf without maximum points', workbook: () => edit(base(), 'Tiêu chí', [2, 4, null]), at: 'Tiêu chí!E3', message: 'Tiêu chí “1.1” thiếu Điểm chuẩn' },
  { what: 'an unknown kind word', workbook: () => edit(base(), 'Tiêu chí', [2, 3, 'lung tung']), at: 'Tiêu chí!D3', message: '“lung tung” không hợp lệ cho “Loại”' },
  { what: 'a bad yes/no word', workbook: () => edit(base(), 'Số liệu', [5, 3, 'có lẽ']), at: 'Số liệu!D6', message: '“có lẽ” không phải là có/không' },
  { what: 'an Excel error cell (#N/A)', workbook: () => edit(base(), 'Số liệu', [1, 3, { error: '#N/A' }]), at: 'Số liệu!D2', message: 'Ô chứa lỗi Excel #N/A' },
  { what: 'a unit missing from Đơn vị', workbook: () => edit(base(), 'Số liệu', [1, 0, 'Tiên Lãng']), at: 'Số liệu!A2', message: 'Đơn vị “Tiên Lãng” không có trong trang “Đơn vị”' },
  { what: 'a duplicate unit', workbook: () => addRow(base(), 'Đơn vị', ['An Lão', 'Thành viên', 'không']), at: 'Đơn vị!A6', message: 'Đơn vị “An Lão” bị trùng (đã có ở Đơn vị!A3)' },
  { what: 'two rows for one unit and criterion', workbook: () => addRow(base(), 'Số liệu', ['An Lão', '2.3', null, 5]), at: 'Số liệu!A29', message: 'Đơn vị “An Lão” có hai dòng cho tiêu chí “2.3”' },
  { what: 'a thematic award with an unknown criterion', workbook: () => edit(base(), 'Khen thưởng', [3, 7, '9.9']), at: 'Khen thưởng!H4', message: 'Khen thưởng chuyên đề “Bằng khen chuyên đề” dùng mã “9.9”' },
  { what: 'a duplicate award order', workbook: () => edit(base(), 'Khen thưởng', [2, 0, 1]), at: 'Khen thưởng!A3', message: 'Thứ tự 1 bị trùng' },
  { what: 'a bad quota', workbook: () => edit(base(), 'Khen thưởng', [1, 3, 1.5]), at: 'Khen thưởng!D2', message: '“1,5” phải là số nguyên' },
  { what: 'a negative quota', workbook: () => edit(base(), 'Khen thưởng', [1, 3, -1]), at: 'Khen thưởng!D2', message: '“Số lượng” không được âm (-1)' },
  { what: 'a bad setting value', workbook: () => addRow(base(), 'Cài đặt', ['Kiểu xếp hạng', 'lung tung']), at: 'Cài đặt!B5', message: 'Giá trị “lung tung” không hợp lệ cho “Kiểu xếp hạng”' },
  { what: 'both layouts present', workbook: () => withSheet(base(), sheet('Thực hiện', wideRows('actual'))), at: 'Thực hiện!A1', message: 'Sổ có cả “Số liệu” (dạng dọc) và “Thực hiện” (dạng ngang)' },
  { what: 'no criteria sheet', workbook: () => without(base(), 'Tiêu chí'), at: 'Tiêu chí!A1', message: 'Không tìm thấy trang tính “Tiêu chí” (Criteria)' },
  { what: 'no data sheet', workbook: () => without(base(), 'Số liệu'), at: 'Số liệu!A1', message: 'Không có trang tính số liệu' },
  {
    what: 'no header row',
    workbook: () => withSheet(base(), { ...sheetOf(base(), 'Tiêu chí'), rows: sheetOf(base(), 'Tiêu chí').rows.slice(1) }),
    at: 'Tiêu chí!A1',
    message: 'Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc (Mã, Tên tiêu chí, Loại, Điểm chuẩn)',
  },
  { what: 'merged cells over the data', workbook: () => withSheet(base(), { ...sheetOf(base(), 'Số liệu'), merges: ['A2:A8'] }), at: 'Số liệu!A2', message: 'Ô gộp A2:A8 nằm trong vùng dữ liệu' },
  {
    what: 'missing data with the policy `lỗi`',
    workbook: () => edit(addRow(base(), 'Cài đặt', ['Thiếu số liệu', 'lỗi']), 'Số liệu', [2, 3, null]),
    at: 'Số liệu!D3',
    message: 'Thiếu số liệu “1.2” của Thủy Nguyên',
  },
  { what: 'a negative count', workbook: () => edit(base(), 'Số liệu', [6, 3, -1]), at: 'Số liệu!D7', message: '“2.3” không được âm' },
  { what: 'a negative self score', workbook: () => edit(base(), 'Số liệu', [4, 4, -2]), at: 'Số liệu!E5', message: '“Tự chấm” không được âm' },
  { what: 'a negative maximum', workbook: () => edit(base(), 'Tiêu chí', [2, 4, -20]), at: 'Tiêu chí!E3', message: '“Điểm chuẩn” không được âm' },
  { what: 'data for a group', workbook: () => edit(base(), 'Số liệu', [1, 1, 'II']), at: 'Số liệu!B2', message: '“II” là nhóm' },
];

describe('a workbook with errors: exit 1, located messages, nothing written', () => {
  it('the base workbook itself scores (exit 0)', async () => {
    const input = tmp.file('base.xlsx');
    await writeXlsx(input, base());
    const r = await run('score', input, '--out', tmp.file('base-out.xlsx'));
    expect(r.err.filter((l) => !l.startsWith('Cảnh báo'))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it(`covers at least 15 kinds of bad input (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.what)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c, i) => [c.what, i] as const))('%s', async (_what, i) => {
    const c = CASES[i]!;
    const input = tmp.file(`bad-${i}.xlsx`);
    await writeXlsx(input, c.workbook());
    const before = digest(input);
    const out = tmp.file(`bad-${i}-out.xlsx`);
    const json = tmp.file(`bad-${i}-out.json`);
    const r = await run('score', input, '--out', out, '--json', json);
    expect(r.code).toBe(1);
    const line = r.err.find((l) => l.startsWith(`${c.at}: `));
    expect({ lines: r.err, found: line !== undefined }).toMatchObject({ found: true });
    expect(line).toContain(c.message);
    // Every error line has the `Sheet!Cell: message` form; the last line counts them.
    const errorLines = r.err.filter((l) => !l.startsWith('Cảnh báo: ') && !l.startsWith('Sổ có '));
    for (const l of errorLines) expect(l).toMatch(/^[^!]+![A-Z]+\d+: \S/);
    expect(r.err[r.err.length - 1]).toBe(`Sổ có ${errorLines.length} lỗi; không ghi tệp kết quả.`);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(existsSync(input.replace(/\.xlsx$/, '.ketqua.xlsx'))).toBe(false);
    expect(digest(input)).toBe(before);
  });

  it('reports every error, not only the first', async () => {
    const input = tmp.file('many.xlsx');
    await writeXlsx(input, edit(base(), 'Số liệu', [1, 3, 'abc'], [2, 2, -1], [8, 1, '7.7']));
    const r = await run('score', input, '--out', tmp.file('many-out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err.filter((l) => /^Số liệu![A-Z]+\d+: /.test(l)).map((l) => l.split(':')[0])).toEqual(['Số liệu!D2', 'Số liệu!B9', 'Số liệu!C3']);
    expect(r.err[r.err.length - 1]).toBe('Sổ có 3 lỗi; không ghi tệp kết quả.');
  });

  it('a formula whose result the file does not hold is an error at its cell, not a blank', async () => {
    const input = tmp.file('uncalculated.xlsx');
    await writeXlsx(input, base());
    const wb = await loadWorkbook(input);
    wb.getWorksheet('Số liệu')!.getCell('D2').value = { formula: '94+1' } as ExcelJS.CellFormulaValue;
    writeFileSync(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = tmp.file('uncalculated-out.xlsx');
    const r = await run('score', input, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Số liệu!D2: Ô có công thức nhưng tệp không lưu kết quả tính; hãy mở tệp bằng Excel hoặc LibreOffice, tính lại rồi lưu.');
    expect(existsSync(out)).toBe(false);
  });

  it('--lang en prints the messages in English', async () => {
    const input = tmp.file('en.xlsx');
    await writeXlsx(input, edit(base(), 'Số liệu', [1, 3, 'một nghìn']));
    const r = await run('score', input, '--out', tmp.file('en-out.xlsx'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Số liệu!D2: “một nghìn” is not a number (column “Thực hiện”).');
    expect(r.err[r.err.length - 1]).toBe('The workbook has 1 error(s); no output file was written.');
    expect(r.stderr).toContain('Warning: Số liệu!C16: “383,182” is read as 383.182, not 383,182');
  });

  it('--json - prints the result JSON with the diagnostics, and still exits 1', async () => {
    const input = tmp.file('json-bad.xlsx');
    await writeXlsx(input, edit(base(), 'Số liệu', [1, 3, 'abc']));
    const r = await run('score', input, '--out', tmp.file('json-bad-out.xlsx'), '--json', '-');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as ReturnType<typeof readJson>;
    expect(json.units).toEqual([]);
    expect(json.diagnostics).toContainEqual({ severity: 'error', sheet: 'Số liệu', cell: 'D2', message: '“abc” không phải là số (cột “Thực hiện”).' });
    expect(existsSync(tmp.file('json-bad-out.xlsx'))).toBe(false);
  });
});

describe('usage errors: exit 2 and one line', () => {
  let good: string;
  beforeAll(async () => {
    good = tmp.file('good.xlsx');
    await writeXlsx(good, base());
  });

  async function usage(argv: string[], message: string): Promise<void> {
    const before = tmp.list();
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toContain('\n');
    expect(r.err[0]).toContain(message);
    expect(r.out).toEqual([]);
    expect(tmp.list()).toEqual(before);
  }

  it('an unknown option', async () => {
    await usage(['score', good, '--bogus'], 'Tùy chọn không hợp lệ: --bogus');
  });
  it('an unknown option, in English when --lang en is on the line', async () => {
    await usage(['score', good, '--bogus', '--lang', 'en'], 'Invalid option: --bogus');
  });
  it('an option of another command', async () => {
    await usage(['score', good, '--preset', 'blank'], 'Tùy chọn không hợp lệ: --preset');
  });
  it('an unknown command', async () => {
    await usage(['scor', good], 'Lệnh không hợp lệ: scor');
  });
  it('a missing file name', async () => {
    await usage(['score'], 'Thiếu tên tệp');
  });
  it('too many file names', async () => {
    await usage(['score', good, good], `Thừa đối số: ${good}`);
  });
  it('an option without its value', async () => {
    await usage(['score', good, '--json'], 'Thiếu giá trị cho tùy chọn --json');
  });
  it('an output that is not .xlsx', async () => {
    await usage(['score', good, '--out', tmp.file('out.csv')], 'Không phải tệp .xlsx');
  });
  it('an output into a folder that does not exist: said before any work, nothing written', async () => {
    await usage(['score', good, '--out', tmp.file('nowhere/out.xlsx')], `Không ghi được tệp ${tmp.file('nowhere/out.xlsx')}: thư mục không tồn tại.`);
  });
  it('a JSON file into a folder that does not exist: the workbook is not written either', async () => {
    await usage(['score', good, '--out', tmp.file('out-ok.xlsx'), '--json', tmp.file('nowhere/r.json')], 'Không ghi được tệp');
  });
  it('an output that is a folder', async () => {
    const folder = tmp.file('folder.xlsx');
    mkdirSync(folder);
    await usage(['score', good, '--out', folder, '--lang', 'en'], `Cannot write the file ${folder}: it is a folder.`);
  });
  it('a bad language', async () => {
    await usage(['score', good, '--lang', 'fr'], 'Ngôn ngữ phải là vi hoặc en: fr');
  });
  it('a file that does not exist', async () => {
    await usage(['score', tmp.file('nowhere.xlsx')], 'Không tìm thấy tệp');
  });
  it('a file that is not .xlsx', async () => {
    const csv = tmp.file('data.csv');
    writeFileSync(csv, 'Đơn vị,Mã tiêu chí\nA,1.1\n');
    await usage(['score', csv], 'Không phải tệp .xlsx');
  });
  it('an .xlsx that is not a zip', async () => {
    const fake = tmp.file('fake.xlsx');
    writeFileSync(fake, 'this is not a workbook');
    await usage(['score', fake], 'không phải sổ Excel .xlsx hợp lệ');
  });
  it('a zip that is not a workbook', async () => {
    const zip = tmp.file('zip.xlsx');
    // An empty zip archive: a local header signature then nothing a workbook needs.
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    await usage(['score', zip], 'không phải sổ Excel .xlsx hợp lệ');
  });
  it('an OLE file (.xls or a password-protected .xlsx)', async () => {
    const ole = tmp.file('locked.xlsx');
    writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await usage(['score', ole], 'được đặt mật khẩu');
  });
  it('the output is the input', async () => {
    const before = digest(good);
    await usage(['score', good, '--out', good], 'Tệp kết quả không được trùng tệp đầu vào');
    expect(digest(good)).toBe(before);
  });
  it('the JSON output is the input', async () => {
    await usage(['score', good, '--out', tmp.file('x.xlsx'), '--json', good], 'không được trùng tệp đầu vào');
  });
});

describe('--json -', () => {
  it('prints the result JSON alone on stdout', async () => {
    const t = tempDir();
    try {
      const input = t.file('cum.xlsx');
      await writeXlsx(input, base());
      const out = t.file('cum-out.xlsx');
      const r = await run('score', input, '--out', out, '--json', '-');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as ReturnType<typeof readJson>;
      expect(json.cluster).toBe('Cụm thử');
      expect(json.units.map((u) => u.unit)).toHaveLength(4);
      expect(json.diagnostics).toHaveLength(2); // 383,182 read by its row; unequal maxima ranked by total
      expect(existsSync(out)).toBe(true);
      expect(t.list()).toEqual(['cum-out.xlsx', 'cum.xlsx']);
      // The same result as with a JSON file.
      const file = t.file('cum.json');
      await run('score', input, '--out', t.file('again.xlsx'), '--json', file);
      expect(readJson(file)).toEqual(json);
    } finally {
      t.cleanup();
    }
  });

  it('reads a data sheet padded with rows as well', async () => {
    const t = tempDir();
    try {
      const input = t.file('pad.xlsx');
      await writeXlsx(input, withSheet(base(), sheet('Số liệu', [['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tự chấm', 'Điểm thẩm định', 'Minh chứng'], ...longRows(), [], []])));
      const r = await run('score', input, '--json', '-');
      expect(r.code).toBe(0);
      // `--json -` without --out writes no workbook (not even <input>.ketqua.xlsx).
      expect(t.list()).toEqual(['pad.xlsx']);
      expect(r.stdout).not.toContain('ketqua');
    } finally {
      t.cleanup();
    }
  });
});

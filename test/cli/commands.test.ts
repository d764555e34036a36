/**
 * The command line's behaviour: template, presets, help, version, languages, the output workbook
 * (its sheets, the input left as it was, re-runs, a user's own `Kết quả`, text never a formula).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { OWN_MARKERS } from '../../src/workbook/output';
import { longWorkbook, sheet, sheetOf, UNITS_ROWS, withSheet } from '../workbook/grids';
import { expectedOf, expectMatches } from './expected';
import { digest, FIXTURES, inputGrid, loadWorkbook, readJson, run, sheetValues, tempDir, writeXlsx } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const OUTPUT_VI = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];
const INPUT_VI = ['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', 'Cài đặt'];

function withoutDiagnostics(j: ReturnType<typeof readJson>): Omit<ReturnType<typeof readJson>, 'diagnostics'> {
  const { diagnostics: _d, ...rest } = j;
  return rest;
}

describe('thidua template', () => {
  it('writes the default preset (hai-phong-huyen-2024), which scores with exit 0 to the fixture’s expected result', async () => {
    const file = tmp.file('hp.xlsx');
    const r = await run('template', file);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([`Đã ghi sổ mẫu: ${file}`]);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Giới thiệu', ...INPUT_VI]);
    // The preset tells its users which figures are real and which are illustrative.
    expect(JSON.stringify(sheetValues(wb.getWorksheet('Giới thiệu')!))).toContain('minh họa');
    const s = await run('score', file, '--out', tmp.file('hp-out.xlsx'), '--json', tmp.file('hp.json'));
    expect(s.code).toBe(0);
    expectMatches(readJson(tmp.file('hp.json')), expectedOf('hai-phong-huyen-2024'));
  });

  it('writes the blank preset: the sheets with their headers only', async () => {
    const file = tmp.file('blank.xlsx');
    expect((await run('template', file, '--preset', 'blank')).code).toBe(0);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(INPUT_VI);
    expect(sheetValues(wb.getWorksheet('Tiêu chí')!)).toEqual([
      ['Mã', 'Tên tiêu chí', 'Thuộc nhóm', 'Loại', 'Điểm chuẩn', 'Chiều', 'Cách tính', 'Thưởng mỗi 1% vượt', 'Thưởng tối đa', 'Điểm mỗi đơn vị', 'Bắt buộc', 'Đơn vị tính'],
    ]);
    expect(sheetValues(wb.getWorksheet('Số liệu')!)).toHaveLength(1);
  });

  it('--lang en writes English sheets and headers, which score to the same numbers', async () => {
    const file = tmp.file('hp-en.xlsx');
    expect((await run('template', file, '--lang', 'en')).code).toBe(0);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Criteria', 'Data', 'Units', 'Awards', 'Settings']);
    expect(sheetValues(wb.getWorksheet('Data')!)[0]).toEqual(['Unit', 'Criterion', 'Target', 'Actual', 'Self score', 'Appraised score', 'Evidence', 'Note']);
    const s = await run('score', file, '--out', tmp.file('hp-en-out.xlsx'), '--json', tmp.file('hp-en.json'), '--lang', 'en');
    expect(s.code).toBe(0);
    // Warnings in English.
    expect(s.err.length).toBeGreaterThan(0);
    for (const l of s.err) expect(l).toMatch(/^Warning: Data![A-Z]+\d+: Self score .* differ by more than 5% of the maximum\.$/);
    expectMatches(readJson(tmp.file('hp-en.json')), expectedOf('hai-phong-huyen-2024'));
    const out = await loadWorkbook(tmp.file('hp-en-out.xlsx'));
    expect(out.worksheets.map((w) => w.name).slice(-3)).toEqual(['Results', 'Score detail', 'Nominations']);
  });

  it('never overwrites an existing file', async () => {
    const file = tmp.file('exists.xlsx');
    writeFileSync(file, 'mine');
    const r = await run('template', file);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`Tệp đã tồn tại, không ghi đè: ${file}`]);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses an unknown preset and a name that is not .xlsx', async () => {
    const a = await run('template', tmp.file('x.xlsx'), '--preset', 'hanoi');
    expect([a.code, a.err]).toEqual([2, ['Không có sổ mẫu “hanoi”. Xem: thidua presets']]);
    const b = await run('template', tmp.file('x.xls'));
    expect(b.code).toBe(2);
    expect(existsSync(tmp.file('x.xlsx'))).toBe(false);
    expect(existsSync(tmp.file('x.xls'))).toBe(false);
  });
});

describe('thidua presets, --help, --version', () => {
  it('lists the presets, the default marked', async () => {
    const r = await run('presets');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => l.split('\n')[0])).toEqual(['hai-phong-huyen-2024 *', 'blank']);
    expect(r.stdout).toContain('minh họa');
    const en = await run('presets', '--lang', 'en');
    expect(en.stdout).toContain('District emulation cluster of Hải Phòng, 2024');
  });

  it('--help (and no command) prints the usage; <command> --help the command’s help', async () => {
    for (const argv of [['--help'], ['-h'], []]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Cách dùng:');
      expect(r.stdout).toContain('thidua score <tệp.xlsx>');
      expect(r.stdout).toContain('thidua template <tệp.xlsx>');
    }
    expect((await run('--help', '--lang', 'en')).stdout).toContain('Usage:');
    const score = await run('score', '--help');
    expect([score.code, score.stdout.split('\n')[0]]).toEqual([0, 'thidua score <tệp.xlsx> [--out <tệp-kết-quả.xlsx>] [--json <kết-quả.json>|-] [--lang vi|en]']);
    expect((await run('template', '--help', '--lang', 'en')).stdout).toContain('--preset hai-phong-huyen-2024 (the default)');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await run(flag);
      expect([r.code, r.out]).toEqual([0, [pkg.version]]);
    }
  });
});

describe('the output workbook', () => {
  const input = tmp.file('hai-phong.xlsx');
  const out = tmp.file('hai-phong-out.xlsx');
  const json = tmp.file('hai-phong.json');
  let before: string;
  beforeAll(async () => {
    copyFileSync(path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx'), input);
    before = digest(input);
    const r = await run('score', input, '--out', out, '--json', json);
    expect(r.code).toBe(0);
  });

  it('prints the ranking table and the nominations', async () => {
    const r = await run('score', input, '--out', tmp.file('table.xlsx'));
    const lines = r.out.join('\n').split('\n');
    expect(lines[0]).toBe('Cụm thi đua các huyện thành phố Hải Phòng — năm 2024');
    const ranking = readJson(json).units;
    const rows = lines.filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(rows.map((l) => l.trim().split(/\s{2,}/)[1])).toEqual(ranking.map((u) => u.unit));
    expect(r.stdout).toContain('Dự kiến đề nghị khen thưởng:');
    expect(r.stdout).toContain('Không đề nghị:');
    expect(r.out[r.out.length - 1]).toBe(`Đã ghi sổ kết quả: ${tmp.file('table.xlsx')}`);
  });

  it('adds Kết quả, Chi tiết điểm and Đề nghị khen thưởng with the Vietnamese text intact', async () => {
    const wb = await loadWorkbook(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(-3)).toEqual(OUTPUT_VI);
    const result = readJson(json);

    const k = sheetValues(wb.getWorksheet('Kết quả')!);
    expect(String(k[0]![0])).toBe('KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA — Cụm thi đua các huyện thành phố Hải Phòng năm 2024');
    expect(k[2]).toEqual([
      'Hạng',
      'Đơn vị',
      'I. Phát triển kinh tế - xã hội',
      'II. Cải cách hành chính, chuyển đổi số, quốc phòng - an ninh',
      'III. Công tác thi đua, khen thưởng',
      'Điểm thưởng',
      'Điểm trừ',
      'Tổng điểm',
      'Điểm tối đa',
      'Tỷ lệ %',
      'Xếp loại',
      'Vượt',
      'Đạt',
      'Chưa đạt',
      'Ghi chú xếp hạng',
    ]);
    const body = k.slice(3);
    expect(body.map((r) => [r[0], r[1], r[7], r[10]])).toEqual(result.units.map((u) => [u.rank, u.unit, u.total, u.classification]));
    expect(body.some((r) => r[1] === 'Thủy Nguyên')).toBe(true);

    const d = sheetValues(wb.getWorksheet('Chi tiết điểm')!);
    expect(d[2]).toEqual(['Đơn vị', 'Mã tiêu chí', 'Tên tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tỷ lệ %', 'Trạng thái', 'Điểm', 'Điểm tối đa', 'Minh chứng', 'Giải thích']);
    expect(d.slice(3)).toHaveLength(result.units.length * 17); // 15 criteria + T1 and T2 per unit
    const statuses = new Set(d.slice(3).map((r) => r[6]));
    for (const s of statuses) expect(['Vượt', 'Đạt', 'Chưa đạt', 'Thiếu số liệu', 'Không giao chỉ tiêu', 'Đã chấm']).toContain(s);

    const n = sheetValues(wb.getWorksheet('Đề nghị khen thưởng')!);
    expect(n[2]).toEqual(['STT', 'Đơn vị', 'Hình thức đề nghị', 'Tổng điểm', 'Hạng', 'Căn cứ']);
    expect(n.slice(3, 3 + result.nominations.length).map((r) => [r[1], r[2]])).toEqual(result.nominations.map((x) => [x.unit, x.award]));
    const flat = n.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('ĐƠN VỊ KHÔNG ĐƯỢC ĐỀ NGHỊ');
    expect(flat).toContain('Kiến Thụy||83.23|8|Chưa đạt tiêu chí bắt buộc 1.1');
  });

  it('marks its own sheets and never changes the input file or the input sheets', async () => {
    expect(digest(input)).toBe(before);
    expect(await inputGrid(out)).toEqual({ ...(await inputGrid(input)) });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    for (const kind of ['results', 'detail', 'nominations'] as const) expect(wbXml).toContain(`name="${OWN_MARKERS[kind]}"`);
  });

  it('scoring the output again gives the same result and replaces its own sheets', async () => {
    const out2 = tmp.file('hai-phong-out2.xlsx');
    const json2 = tmp.file('hai-phong2.json');
    const r = await run('score', out, '--out', out2, '--json', json2);
    expect(r.code).toBe(0);
    expect(withoutDiagnostics(readJson(json2))).toEqual(withoutDiagnostics(readJson(json)));
    const names1 = (await loadWorkbook(out)).worksheets.map((w) => w.name);
    const names2 = (await loadWorkbook(out2)).worksheets.map((w) => w.name);
    expect(names2).toEqual(names1);
    expect(names2.filter((n) => n.includes('('))).toEqual([]);
    expect(r.stderr).not.toContain('Kết quả (2)');
    // And a third time, in English: its own sheets are rewritten in place (in English), none added.
    const out3 = tmp.file('hai-phong-out3.xlsx');
    expect((await run('score', out2, '--out', out3, '--lang', 'en')).code).toBe(0);
    const wb3 = await loadWorkbook(out3);
    expect(wb3.worksheets.map((w) => w.name)).toEqual(names1);
    expect(sheetValues(wb3.getWorksheet('Kết quả')!)[2]!.slice(0, 2)).toEqual(['Rank', 'Unit']);
  });
});

describe('a user’s own sheet named Kết quả', () => {
  it('is kept untouched; the results go to Kết quả (2) with a warning', async () => {
    const input = tmp.file('user-sheet.xlsx');
    const mine = [['Ghi chú của tôi về kết quả năm trước'], ['Thủy Nguyên', 95.5]];
    await writeXlsx(input, withSheet(longWorkbook(), sheet('Kết quả', mine)));
    const before = digest(input);
    const out = tmp.file('user-sheet-out.xlsx');
    const json = tmp.file('user-sheet.json');
    const r = await run('score', input, '--out', out, '--json', json);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Cảnh báo: Kết quả!A1: Trang tính “Kết quả” do người dùng tạo nên được giữ nguyên; kết quả được ghi vào “Kết quả (2)”.');
    expect(readJson(json).diagnostics).toContainEqual({
      severity: 'warning',
      sheet: 'Kết quả',
      cell: 'A1',
      message: 'Trang tính “Kết quả” do người dùng tạo nên được giữ nguyên; kết quả được ghi vào “Kết quả (2)”.',
    });
    expect(digest(input)).toBe(before);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...INPUT_VI, 'Kết quả', 'Kết quả (2)', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    expect(sheetValues(wb.getWorksheet('Kết quả')!)).toEqual(mine);
    expect(sheetValues(wb.getWorksheet('Kết quả (2)')!)[2]![0]).toBe('Hạng');

    // A re-run replaces Kết quả (2), its own sheet, and still leaves the user's sheet alone.
    const out2 = tmp.file('user-sheet-out2.xlsx');
    const r2 = await run('score', out, '--out', out2);
    expect(r2.code).toBe(0);
    expect(r2.stderr).not.toContain('Kết quả (3)');
    const wb2 = await loadWorkbook(out2);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
    expect(sheetValues(wb2.getWorksheet('Kết quả')!)).toEqual(mine);
  });
});

describe('text that looks like a formula', () => {
  it('a unit named "=1+1" is written as text, never as a formula', async () => {
    const names: Record<string, string> = { 'Thủy Nguyên': '=1+1', 'An Lão': '+84 An Lão', 'Kiến Thụy': '-Kiến Thụy', 'Vĩnh Bảo': '@Vĩnh Bảo' };
    const rename = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map((c) => (typeof c === 'string' && names[c] ? names[c] : c)));
    const base = longWorkbook();
    const wb = withSheet(withSheet(base, { ...sheetOf(base, 'Số liệu'), rows: rename(sheetOf(base, 'Số liệu').rows) as never }), sheet('Đơn vị', rename(UNITS_ROWS) as never));
    const input = tmp.file('formula.xlsx');
    await writeXlsx(input, wb);
    const out = tmp.file('formula-out.xlsx');
    const r = await run('score', input, '--out', out, '--json', tmp.file('formula.json'));
    expect(r.code).toBe(0);
    const units = readJson(tmp.file('formula.json')).units.map((u) => u.unit);
    expect(units.sort()).toEqual(Object.values(names).sort());

    const result = await loadWorkbook(out);
    for (const name of ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']) {
      const values = sheetValues(result.getWorksheet(name)!).flat();
      expect(values).toContain('=1+1');
      for (const v of values) expect(typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)).toBe(false);
    }
    // In the file itself: no formula element in any output sheet.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheetFiles.length).toBe(8);
    for (const f of sheetFiles) expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
  });
});

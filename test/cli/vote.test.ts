/**
 * The vote through the command line on the Hải Phòng fixture: `thidua ballots` writes the ballot
 * form and the prefilled `Phiếu bầu`, the ballots of worked example V are entered, and
 * `thidua score` counts them into its sheets, its JSON and its table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { OWN_MARKERS } from '../../src/workbook/output';
import { V_YES } from '../workbook/vote-ballots';
import { expectedOf, expectMatches } from './expected';
import { digest, FIXTURES, loadWorkbook, readJson, run, tempDir } from './helpers';

const input = path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('thidua ballots, then thidua score', () => {
  const forms = tmp.file('phieu.xlsx');
  const filled = tmp.file('phieu-da-nhap.xlsx');
  const json = tmp.file('kq.json');
  const out = tmp.file('kq.xlsx');

  it('writes `Mẫu phiếu bầu` and `Phiếu bầu` (8 voters × every candidate), leaving the input untouched', async () => {
    const before = digest(input);
    const r = await run('ballots', input, '--out', forms);
    expect(r.err.filter((l) => !l.startsWith('Cảnh báo: '))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('8 đại biểu (5 hình thức)');
    expect(digest(input)).toBe(before);
    const wb = await loadWorkbook(forms);
    const ballots = wb.getWorksheet('Phiếu bầu')!;
    expect(ballots.getRow(1).values).toEqual([undefined, 'Phiếu số', 'Hình thức', 'Đơn vị', 'Đồng ý']);
    expect(ballots.actualRowCount).toBe(1 + 8 * 6);
    expect(ballots.getCell('D2').value).toBeNull();
    const form = wb.getWorksheet('Mẫu phiếu bầu')!;
    const text: string[] = [];
    form.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text).toContain('PHIẾU BẦU');
    expect(text).toContain('3. Bằng khen của Chủ tịch UBND thành phố (toàn diện) — chọn không quá 2 đơn vị');
    expect(text.filter((x) => x === 'Đồng ý')).toHaveLength(5);
    // The form is the add-in's own sheet; `Phiếu bầu` is the user's (no marker).
    const xml = await (await JSZip.loadAsync(readFileSync(forms))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain(`name="${OWN_MARKERS.ballotForm}"`);
    expect(xml).not.toContain(OWN_MARKERS.ballots);
  });

  it('refuses to write over an existing `Phiếu bầu`', async () => {
    const r = await run('ballots', forms, '--out', tmp.file('again.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Sổ đã có trang “Phiếu bầu”; không ghi đè phiếu đã nhập.');
    expect(tmp.list()).not.toContain('again.xlsx');
  });

  it('counts the entered ballots: the vote sheets, the JSON `vote` part and the elected units printed', async () => {
    const wb = await loadWorkbook(forms);
    const ws = wb.getWorksheet('Phiếu bầu')!;
    ws.eachRow((row, i) => {
      if (i === 1) return;
      const [ballot, award, unit] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
      const yes = V_YES.find(([a, u]) => a === award && u === unit)![2];
      if (yes.includes(Number(ballot))) row.getCell(4).value = 'x';
    });
    writeFileSync(filled, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await run('score', filled, '--out', out, '--json', json);
    expect(r.err.filter((l) => !l.startsWith('Cảnh báo: '))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kết quả bỏ phiếu: Số đại biểu: 8; số phiếu thu về: 8');
    expect(r.stdout).toMatch(/Bằng khen của Chủ tịch UBND thành phố \(toàn diện\).*\n {2}Trúng: An Lão\n/);
    expect(r.stdout).toMatch(/An Dương\s+4\s+50%\s+Không đủ tỷ lệ/);

    const result = readJson(json);
    expectMatches(result, expectedOf('hai-phong-huyen-2024'));
    expect(result.vote!.awards.map((a) => [a.award, a.candidates.filter((c) => c.outcome === 'elected').map((c) => c.unit)])).toEqual([
      ['Cờ thi đua của Chính phủ', ['Thủy Nguyên']],
      ['Cờ thi đua của UBND thành phố', ['Vĩnh Bảo']],
      ['Bằng khen của Chủ tịch UBND thành phố (toàn diện)', ['An Lão']],
      ['Bằng khen của Chủ tịch UBND thành phố (chuyên đề xây dựng nông thôn mới)', ['Cát Hải']],
      ['Bằng khen của Chủ tịch UBND thành phố (chuyên đề cải cách hành chính)', []],
    ]);

    const book = await loadWorkbook(out);
    const results = book.getWorksheet('Kết quả bỏ phiếu')!;
    const rows: unknown[][] = [];
    results.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([1, 'An Lão', 5, 8, 0.625, 'Trúng']);
    expect(rows).toContainEqual([2, 'An Dương', 4, 8, 0.5, 'Không đủ tỷ lệ']);
    const minutes = book.getWorksheet('Biên bản kiểm phiếu')!;
    const lines: string[] = [];
    minutes.eachRow((row) => row.eachCell((c) => lines.push(String(c.value))));
    expect(lines).toEqual(expect.arrayContaining(['BIÊN BẢN', 'Kiểm phiếu bình xét, suy tôn khen thưởng năm 2024 của Cụm thi đua các huyện thành phố Hải Phòng']));
    // A document: A4 portrait (the tables stay landscape).
    expect(minutes.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(results.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    // The documents print in Times New Roman; the tables keep the workbook's font.
    expect(minutes.getCell('A5').font?.name).toBe('Times New Roman');
    expect(minutes.getCell('B14').font?.name).toBe('Times New Roman');
    expect(results.getCell('B8').font?.name).not.toBe('Times New Roman');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // exceljs repeats a merged area's value in each of its cells.
    const once = lines.filter((l, i) => l !== lines[i - 1]);
    const conclusion = once.slice(once.indexOf('KẾT LUẬN'));
    expect(conclusion.slice(1, 11)).toEqual([
      '1. Cờ thi đua của Chính phủ:',
      '    Trúng: Thủy Nguyên.',
      '2. Cờ thi đua của UBND thành phố:',
      '    Trúng: Vĩnh Bảo.',
      '3. Bằng khen của Chủ tịch UBND thành phố (toàn diện):',
      '    Trúng: An Lão.',
      '4. Bằng khen của Chủ tịch UBND thành phố (chuyên đề xây dựng nông thôn mới):',
      '    Trúng: Cát Hải.',
      '5. Bằng khen của Chủ tịch UBND thành phố (chuyên đề cải cách hành chính):',
      '    Trúng: không có.',
    ]);
    expect(lines).toContain('Số phiếu hợp lệ: 8; số phiếu không hợp lệ: 0.');
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('xl/workbook.xml')!.async('string');
    expect(xml).toContain(`name="${OWN_MARKERS.votes}"`);
    expect(xml).toContain(`name="${OWN_MARKERS.minutes}"`);
  });

  it('a ballot naming a unit that is no candidate stops the score with its cell (exit 1, nothing written)', async () => {
    const wb = await loadWorkbook(filled);
    wb.getWorksheet('Phiếu bầu')!.getCell('C2').value = 'Kiến Thụy';
    const bad = tmp.file('bad.xlsx');
    writeFileSync(bad, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await run('score', bad, '--out', tmp.file('bad-out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Phiếu bầu!C2: Đơn vị “Kiến Thụy” không phải ứng viên của “Cờ thi đua của Chính phủ”');
    expect(tmp.list()).not.toContain('bad-out.xlsx');
  });

  it('`thidua ballots --help` and English output', async () => {
    const help = await run('ballots', '--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('thidua ballots <input.xlsx>');
    const en = await run('ballots', input, '--out', tmp.file('en.xlsx'), '--lang', 'en');
    expect(en.code).toBe(0);
    const wb = await loadWorkbook(tmp.file('en.xlsx'));
    expect(wb.getWorksheet('Ballots')!.getRow(1).values).toEqual([undefined, 'Ballot', 'Award', 'Unit', 'Yes']);
    expect(wb.getWorksheet('Ballot form')).toBeDefined();
  });
});

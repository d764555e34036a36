/**
 * The vote through the Office.js host on the in-memory Excel: *Tạo phiếu bầu* writes the ballot form
 * (marked) and `Phiếu bầu` (the user's: no marker), refuses a second time; after the ballots are
 * entered, one score run writes the vote sheets beside the three others.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { formatOf } from '../../src/testing/fake-excel/book';
import { createOfficeApi } from '../../src/hosts/office';
import { OWN_MARKERS } from '../../src/workbook/output';
import { V_YES } from '../workbook/vote-ballots';
import { fixtureGrid, formulas, snapshots, table } from '../support/office';

describe('the vote in Excel (in-memory host)', () => {
  test('Tạo phiếu bầu, enter the ballots, score: the count is written and the ballots are read as input', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('hai-phong-huyen-2024'));
    const inputs = book.sheetNames();
    const before = snapshots(book, inputs);
    const api = createOfficeApi(book.run);

    const made = await api.makeBallots('vi');
    if (!made.ok) throw new Error(made.error);
    expect(made.value).toMatchObject({ written: ['Mẫu phiếu bầu', 'Phiếu bầu'], voters: 8, awards: 5, notes: [] });
    expect(snapshots(book, inputs)).toEqual(before);
    const names = new Map(book.names.map((n) => [n.name, n.formula]));
    expect(names.get(OWN_MARKERS.ballotForm)).toBe("='Mẫu phiếu bầu'!$A$1");
    expect(names.has(OWN_MARKERS.ballots)).toBe(false);
    const ballots = table(book, 'Phiếu bầu');
    expect(ballots[0]).toEqual(['Phiếu số', 'Hình thức', 'Đơn vị', 'Đồng ý']);
    expect(ballots).toHaveLength(1 + 8 * 6);
    expect(formulas(book, 'Phiếu bầu')).toEqual([]);
    // The ballot form prints with its own page layout, as in the command line's file.
    expect(book.sheet('Mẫu phiếu bầu')!.print!.page).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });

    const again = await api.makeBallots('vi');
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toContain('Sổ đã có trang “Phiếu bầu”');

    // The voters' answers, typed into the sheet the host wrote.
    const sheet = book.sheet('Phiếu bầu')!;
    ballots.slice(1).forEach((r, i) => {
      const yes = V_YES.find(([a, u]) => a === r[1] && u === r[2])![2];
      if (yes.includes(Number(r[0]))) sheet.rows[i + 1]![3] = 'x';
    });
    const scored = await api.score({ lang: 'vi', flagInPlace: false });
    if (!scored.ok) throw new Error(scored.error);
    expect(scored.value.result.ok).toBe(true);
    expect(scored.value.written).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng', 'Kết quả bỏ phiếu', 'Biên bản kiểm phiếu', 'Cảnh báo']);
    const elected = scored.value.result.vote!.awards.flatMap((a) => a.candidates.filter((c) => c.outcome === 'elected').map((c) => c.unit));
    expect(elected).toEqual(['Thủy Nguyên', 'Vĩnh Bảo', 'An Lão', 'Cát Hải']);
    const results = table(book, 'Kết quả bỏ phiếu').map((r) => r.join('|'));
    expect(results).toContain('2|An Dương|4|8|0.5|Không đủ tỷ lệ');
    const minutes = table(book, 'Biên bản kiểm phiếu').flat();
    expect(minutes).toEqual(expect.arrayContaining(['BIÊN BẢN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']));
    expect(formulas(book, 'Biên bản kiểm phiếu')).toEqual([]);
    // The minutes are a document in Times New Roman; the results table keeps the workbook's font.
    expect(formatOf(book.sheet('Biên bản kiểm phiếu')!, 4, 0).fontName).toBe('Times New Roman');
    expect(formatOf(book.sheet('Biên bản kiểm phiếu')!, 13, 1).fontName).toBe('Times New Roman');
    expect(formatOf(book.sheet('Kết quả bỏ phiếu')!, 7, 1).fontName).toBeUndefined();
  });

  test('a workbook with errors gets no ballots, and nothing is added', async () => {
    const grid = await fixtureGrid('hai-phong-huyen-2024');
    grid.sheets = grid.sheets.filter((s) => s.name !== 'Tiêu chí');
    const book = MemoryWorkbook.fromGrid(grid);
    const sheets = book.sheetNames();
    const made = await createOfficeApi(book.run).makeBallots('en');
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/^The data has \d+ error\(s\), so there is no draft to make ballots from/);
    expect(book.sheetNames()).toEqual(sheets);
  });
});

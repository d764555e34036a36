/**
 * Danh sách đề nghị khen thưởng (documents.md §1): the document's content and layout as built, as
 * exceljs writes it, and as LibreOffice prints it (`thidua score --pdf`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Settings } from '../../src/engine/model';
import type { ClusterResult } from '../../src/engine/result';
import { loadXlsx, newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { findPreset, presetSheets } from '../../src/presets';
import { dateLine, officialListSheet, parseSignDate, roman, type DocumentSheet } from '../../src/workbook/documents';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { FIXTURES, run, tempDir, writeXlsx } from '../cli/helpers';
import { sheet as gridSheet, withSheet } from '../workbook/grids';
import { ballotRows } from '../workbook/vote-ballots';
import { printPdf } from '../../src/cli/pdf';
import { readPdf, squeeze } from '../support/pdf-text';
import { sofficeAvailable } from '../support/soffice';

const NAMES = ['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'];

async function grid(name: string): Promise<WorkbookGrid> {
  return (await loadXlsx(readFileSync(path.join(FIXTURES, `${name}.xlsx`)), name)).grid;
}

function scored(g: WorkbookGrid): ClusterResult {
  const r = scoreGrid(g, 'vi').result;
  if (!r.ok) throw new Error('not scored');
  return r;
}

const SETTINGS: Partial<Settings> = {
  managingBody: 'UBND thành phố Hải Phòng',
  issuingBody: 'Cụm thi đua các huyện',
  reference: '12/TTr-CTĐ',
  place: 'Hải Phòng',
  signDate: '05/02/2025',
  authority: 'TM. Cụm thi đua',
  signerTitle: 'Cụm trưởng',
  signer: 'Nguyễn Văn An',
  recipients: 'Ban Thi đua - Khen thưởng thành phố; Lưu: VT',
};

const text = (doc: DocumentSheet): string[] => doc.rows.flat().filter((c): c is string => typeof c === 'string');
const styleOf = (doc: DocumentSheet, value: Cell) => {
  const r = doc.rows.findIndex((row) => row.includes(value));
  const c = doc.rows[r]!.indexOf(value);
  return doc.cellStyles.find((s) => s.row === r && s.col === c);
};

describe('Danh sách đề nghị khen thưởng as built', () => {
  let result: ClusterResult;
  let doc: DocumentSheet;
  beforeAll(async () => {
    result = scored(await grid('hai-phong-huyen-2024'));
    doc = officialListSheet({ ...result, settings: { ...result.settings, ...SETTINGS } }, 'vi');
  });

  test('A4 portrait, ND 30 margins, Times New Roman 13, no gridlines, the table header repeated, page numbers from page 2', () => {
    const p = doc.page;
    expect([p.paper, p.orientation, doc.gridlines, doc.pageNumbersFrom]).toEqual(['A4', 'portrait', false, 2]);
    const m = (k: 'top' | 'bottom' | 'left' | 'right'): number => Math.round(p.margins![k]! * 25.4);
    expect(m('top')).toBeGreaterThanOrEqual(20);
    expect(m('top')).toBeLessThanOrEqual(25);
    expect(m('bottom')).toBeGreaterThanOrEqual(20);
    expect(m('bottom')).toBeLessThanOrEqual(25);
    expect(m('left')).toBeGreaterThanOrEqual(30);
    expect(m('left')).toBeLessThanOrEqual(35);
    expect(m('right')).toBeGreaterThanOrEqual(15);
    expect(m('right')).toBeLessThanOrEqual(20);
    expect(doc.font).toEqual({ name: 'Times New Roman', size: 13 });
    expect(doc.printTitles!.first).toBe(doc.printTitles!.last);
    expect(doc.rows[doc.printTitles!.first]).toEqual(['STT', 'Tên tập thể', 'Hình thức khen thưởng đề nghị', 'Tổng điểm', 'Xếp hạng']);
    expect(doc.cellStyles.every((c) => c.size === undefined || (c.size >= 11 && c.size <= 14))).toBe(true);
    // The table fits the page between the margins: about 165 mm, ~90 characters of Times New Roman 13.
    expect(doc.columns.reduce((w, c) => w + c.width, 0)).toBeLessThanOrEqual(92);
  });

  test('the header block: managing body over issuing body and Số, quốc hiệu over tiêu ngữ and the date', () => {
    expect(doc.rows[0]).toEqual(['UBND THÀNH PHỐ HẢI PHÒNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(doc.rows[1]).toEqual(['CỤM THI ĐUA CÁC HUYỆN', null, 'Độc lập - Tự do - Hạnh phúc']);
    expect(doc.rows[2]).toEqual(['Số: 12/TTr-CTĐ', null, 'Hải Phòng, ngày 05 tháng 02 năm 2025']);
    expect(styleOf(doc, 'CỤM THI ĐUA CÁC HUYỆN')).toMatchObject({ bold: true, align: 'center' });
    expect(styleOf(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true });
    expect(styleOf(doc, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, underline: true });
    expect(styleOf(doc, 'Hải Phòng, ngày 05 tháng 02 năm 2025')).toMatchObject({ italic: true });
    expect(styleOf(doc, 'DANH SÁCH')).toMatchObject({ bold: true, align: 'center' });
    expect(text(doc)).toContain('Đề nghị khen thưởng năm 2024 của Cụm thi đua các huyện thành phố Hải Phòng');
  });

  test('the table grouped by award in Thứ tự order, each group with its count; every nominee once', () => {
    const groups = text(doc).filter((t) => /^[IVX]+\. /.test(t));
    const awards = [...new Set([...result.nominations].sort((a, b) => a.order - b.order).map((n) => n.award))];
    expect(groups).toEqual(awards.map((a, i) => `${roman(i + 1)}. ${a} (${String(result.nominations.filter((n) => n.award === a).length).padStart(2, '0')} tập thể)`));
    const listed = doc.rows.filter((r) => typeof r[0] === 'number').map((r) => r[1]);
    expect(listed).toEqual([...result.nominations].sort((a, b) => a.order - b.order).map((n) => n.unit));
    expect(doc.rows.filter((r) => typeof r[0] === 'number').map((r) => r[0])).toEqual(listed.map((_u, i) => i + 1));
    expect(styleOf(doc, groups[0]!)).toMatchObject({ bold: true, border: true });
  });

  test('Nơi nhận on the left, the signature block on the right', () => {
    expect(styleOf(doc, 'Nơi nhận:')).toMatchObject({ bold: true, italic: true });
    expect(text(doc)).toEqual(expect.arrayContaining(['- Ban Thi đua - Khen thưởng thành phố;', '- Lưu: VT.', 'TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', 'Nguyễn Văn An']));
    const sign = doc.rows.findIndex((r) => r[2] === 'TM. CỤM THI ĐUA');
    const name = doc.rows.findIndex((r) => r[2] === 'Nguyễn Văn An');
    expect(name - sign).toBeGreaterThanOrEqual(4); // room to sign
    expect(styleOf(doc, 'Nguyễn Văn An')).toMatchObject({ bold: true });
  });

  test('blank settings: the cluster as issuing body, ngày … tháng … năm … to fill by hand', () => {
    const plain = officialListSheet(result, 'vi');
    // No managing body: the issuing body heads the block, level with the quốc hiệu.
    expect(plain.rows[0]).toEqual(['CỤM THI ĐUA CÁC HUYỆN THÀNH PHỐ HẢI PHÒNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(plain.rows[1]![0]).toBeNull();
    expect(plain.rows[2]).toEqual(['Số: …', null, '…, ngày … tháng … năm …']);
    expect(dateLine({ place: 'Hà Nội', signDate: '2024-12-15' }, 'vi')).toBe('Hà Nội, ngày 15 tháng 12 năm 2024');
    expect(dateLine({ place: 'Hà Nội', signDate: '45641' }, 'vi')).toBe('Hà Nội, ngày 15 tháng 12 năm 2024');
    expect(parseSignDate('31/02/2024')).toBeNull();
  });

  test('the settings are read from Cài đặt, in Vietnamese and English', async () => {
    const g = await grid('hai-phong-huyen-2024');
    const settings = g.sheets.find((s) => s.name === 'Cài đặt')!;
    settings.rows.push(['Cơ quan chủ quản', 'UBND thành phố Hải Phòng'], ['Signer', 'Trần Thị B'], ['Ngày ký', 45641], ['Nơi nhận', 'Như trên; Lưu: VT']);
    const r = scored(g);
    expect(r.diagnostics.filter((d) => d.sheet === 'Cài đặt' && d.code !== 'unequalMaxima')).toEqual([]);
    expect([r.settings.managingBody, r.settings.signer, r.settings.signDate, r.settings.recipients]).toEqual(['UBND thành phố Hải Phòng', 'Trần Thị B', '45641', 'Như trên; Lưu: VT']);
    const d = officialListSheet(r, 'vi');
    expect(d.rows[2]![2]).toBe('…, ngày 15 tháng 12 năm 2024');
  });
});

describe('the preset carries the document settings, with placeholders', () => {
  test('hai-phong-huyen-2024: managing body, Số with its dots, the date left to fill by hand', () => {
    const sheets = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi');
    const r = scored({ name: 'mau', sheets: sheets.map((x) => ({ name: x.name, rows: x.rows })) });
    const d = officialListSheet(r, 'vi');
    expect(d.rows[0]![0]).toBe('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(d.rows[2]).toEqual(['Số: …/TTr-CTĐ', null, 'Hải Phòng, ngày … tháng … năm …']);
    expect(text(d)).toEqual(expect.arrayContaining(['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG', '- Lưu: VT.']));
  });
});

describe('the exceljs writer honours the layout', () => {
  test('page setup, margins, print titles, header from page 2, fonts, borders, no gridlines', async () => {
    const doc = officialListSheet(scored(await grid('example-a')), 'vi');
    const zip = await JSZip.loadAsync(await toBuffer(newWorkbook([doc])));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="portrait"/);
    const margins = /<pageMargins ([^>]*)\/>/.exec(sheet)![1]!;
    const mm = (k: string): number => Math.round(Number(new RegExp(`${k}="([\\d.]+)"`).exec(margins)![1]) * 25.4);
    expect([mm('top'), mm('bottom'), mm('left'), mm('right')]).toEqual([20, 20, 30, 15]);
    expect(sheet).toMatch(/showGridLines="0"/);
    expect(sheet).toMatch(/<headerFooter differentFirst="1"[^>]*>.*&amp;P/);
    expect(book).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*\\$${doc.printTitles!.first + 1}:\\$${doc.printTitles!.first + 1}<`));
    expect(styles).toContain('Times New Roman');
    expect(styles).toMatch(/<border><left style="thin">/);
  });
});

describe('thidua score --pdf', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test('a file that is not a .pdf is a usage error, before any work', async () => {
    const r = await run('score', path.join(FIXTURES, 'example-a.xlsx'), '--out', tmp.file('x.xlsx'), '--pdf', tmp.file('x.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không phải tệp .pdf');
    expect(tmp.list()).toEqual([]);
  });

  test('without LibreOffice: a plain message, the workbook still written', async () => {
    const saved = process.env.THIDUA_SOFFICE;
    process.env.THIDUA_SOFFICE = '';
    try {
      const r = await run('score', path.join(FIXTURES, 'example-a.xlsx'), '--out', tmp.file('no.xlsx'), '--pdf', tmp.file('no.pdf'));
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('máy chưa cài LibreOffice (soffice)');
      expect(tmp.list()).toContain('no.xlsx');
      expect(tmp.list()).not.toContain('no.pdf');
    } finally {
      if (saved === undefined) delete process.env.THIDUA_SOFFICE;
      else process.env.THIDUA_SOFFICE = saved;
    }
  });

  test('a long list over several pages: the table header on every page, page numbers from page 2', async () => {
    if (!sofficeAvailable()) return;
    const base = scored(await grid('hai-phong-huyen-2024'));
    // 90 nominees: the six of the fixture, fifteen times over under new names.
    const nominations = Array.from({ length: 15 }, (_, k) => base.nominations.map((n) => ({ ...n, unit: `${n.unit} ${k + 1}` }))).flat();
    // Ranks from 101 on, so that no rank cell reads like a page number.
    const units = nominations.map((n, i) => ({ ...base.units.find((u) => n.unit.startsWith(`${u.unit} `))!, unit: n.unit, rank: 101 + i }));
    const doc = officialListSheet({ ...base, nominations, units }, 'vi');
    const pdf = tmp.file('long.pdf');
    expect(await printPdf([doc], pdf)).toEqual({ ok: true });
    const info = readPdf(pdf);
    expect(info.pageTexts.length).toBeGreaterThanOrEqual(3);
    expect(info.pages.every(([x0, y0, x1, y1]) => Math.abs(x1! - x0! - 595.3) < 2 && Math.abs(y1! - y0! - 841.9) < 2)).toBe(true);
    info.pageTexts.forEach((t, i) => {
      const lines = t.split('\n');
      // The repeated header row on every page.
      expect([i, lines.includes('Tên tập thể')]).toEqual([i, true]);
      // No number on page 1 (its only "1" is STT 1); page i + 1 carries its number from page 2 on
      // (STT numbers there are past the page count).
      const own = lines.filter((l) => l === String(i + 1)).length;
      expect([i, own]).toEqual([i, 1]);
      if (i > 0) expect(lines.filter((l) => l === '1')).toEqual([]);
    });
    expect(info.pageTexts[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(info.pageTexts.at(-1)).toContain('Nơi nhận:');
  }, 240_000);

  test('after a vote: the list, then Biên bản kiểm phiếu, on A4 portrait pages', async () => {
    if (!sofficeAvailable()) return;
    const voted = tmp.file('voted.xlsx');
    await writeXlsx(voted, withSheet(await grid('hai-phong-huyen-2024'), gridSheet('Phiếu bầu', ballotRows())));
    const pdf = tmp.file('voted.pdf');
    const r = await run('score', voted, '--out', tmp.file('voted.ketqua.xlsx'), '--pdf', pdf);
    expect(r.code).toBe(0);
    const info = readPdf(pdf);
    expect(info.pages.every(([x0, y0, x1, y1]) => Math.abs(x1! - x0! - 595.3) < 2 && Math.abs(y1! - y0! - 841.9) < 2)).toBe(true);
    const all = squeeze(info.text);
    const list = all.indexOf('DANHSÁCH');
    const minutes = all.indexOf('BIÊNBẢN');
    expect(list).toBeGreaterThanOrEqual(0);
    expect(minutes).toBeGreaterThan(list);
    expect(all).toContain(squeeze('Kiểm phiếu bình xét, suy tôn khen thưởng năm 2024'));
    expect(all).toContain(squeeze('TỔ KIỂM PHIẾU'));
  }, 240_000);

  test('with LibreOffice: A4 portrait pages holding the quốc hiệu and every nominee', async () => {
    if (!sofficeAvailable()) return;
    for (const n of NAMES) {
      const pdf = tmp.file(`${n}.pdf`);
      const r = await run('score', path.join(FIXTURES, `${n}.xlsx`), '--out', tmp.file(`${n}.xlsx`), '--pdf', pdf);
      expect([n, r.code, r.stderr]).toEqual([n, 0, expect.stringContaining('Đã in danh sách đề nghị khen thưởng ra PDF')]);
      const info = readPdf(pdf);
      expect(info.pages.length).toBeGreaterThan(0);
      for (const [x0, y0, x1, y1] of info.pages) {
        expect(Math.abs(x1! - x0! - 595.3)).toBeLessThan(2);
        expect(Math.abs(y1! - y0! - 841.9)).toBeLessThan(2);
      }
      const all = squeeze(info.text);
      expect(all).toContain(squeeze('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      expect(all).toContain(squeeze('Độc lập - Tự do - Hạnh phúc'));
      expect(all).toContain('DANHSÁCH');
      const nominees = scored(await grid(n)).nominations.map((x) => x.unit);
      expect(nominees.length).toBeGreaterThan(0);
      for (const u of nominees) expect([n, u, all.includes(squeeze(u))]).toEqual([n, u, true]);
    }
  }, 240_000);
});

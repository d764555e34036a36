/**
 * The formats of the output sheets, read back with exceljs: number formats per column (built-in
 * ids or custom ones), header and title fonts, the header fill, the status colours, widths, frozen
 * panes, wrapped header rows and an A4 landscape page fitted to its width — and the same page and
 * header heights on a template written by exceljs. The input's own formats keep their indexes.
 */
import ExcelJS from 'exceljs';
import { loadXlsx, newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { headerRowHeight } from '../../src/hosts/xlsx';
import { StyleBook } from '../../src/hosts/xlsx/styles';
import { findPreset, presetSheets } from '../../src/presets';
import { TONE_COLORS } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { addRow, base } from '../robustness/corpus';
import { richWorkbook } from '../robustness/support/rich';
import { fixture, partText, score } from './support';

const fillOf = (c: ExcelJS.Cell): string | undefined => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const argb = (hex: string): string => `FF${hex.slice(1)}`;

async function output(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const r = await score(bytes);
  expect(r.code).toBe(0);
  return (await loadXlsx(r.out)).workbook;
}

describe('the output sheets’ formats', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await output(fixture('hai-phong-huyen-2024'));
  });

  it('Kết quả: number formats by column, bold wrapped text headers on the header fill, a 13 pt title', () => {
    const ws = wb.getWorksheet('Kết quả')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1) as string[];
    const col = (name: string): number => header.indexOf(name) + 1;
    expect(ws.getCell(4, col('Hạng')).numFmt).toBe('0');
    expect(ws.getCell(4, 3).numFmt).toBe('#,##0.00');
    expect(ws.getCell(4, col('Tổng điểm')).numFmt).toBe('#,##0.00');
    expect(ws.getCell(4, col('Tỷ lệ %')).numFmt).toBe('0.00');
    expect(ws.getCell(4, col('Vượt')).numFmt).toBe('0');
    for (let j = 1; j <= header.length; j++) {
      const c = ws.getCell(3, j);
      expect({ j, numFmt: c.numFmt, bold: c.font?.bold, fill: fillOf(c), wrap: c.alignment?.wrapText }).toEqual({ j, numFmt: '@', bold: true, fill: 'FFD9E1F2', wrap: true });
    }
    expect(ws.getCell('A1').font).toEqual(expect.objectContaining({ bold: true, size: 13 }));
    expect(ws.getCell('B4').font?.bold).toBeFalsy();
    // The unit column is fitted to the longest unit name (never cut).
    const names = ws.getColumn(2).values.slice(4).map((v) => String(v ?? ''));
    expect(ws.getColumn(2).width).toBe(Math.max(...names.map((n) => n.length)) + 2);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 2, ySplit: 3 }));
  });

  it('Chi tiết điểm: rates as percents, figures with up to three decimals, each status in its colours', () => {
    const ws = wb.getWorksheet('Chi tiết điểm')!;
    expect(ws.getCell('F4').numFmt).toBe('0.00%');
    expect(ws.getCell('D4').numFmt).toBe('#,##0.###');
    expect(ws.getCell('H4').numFmt).toBe('#,##0.00');
    const seen = new Set<string>();
    ws.eachRow((row, r) => {
      if (r <= 3) return;
      const status = row.getCell(7);
      const tone = { 'Vượt': 'good', 'Đạt': 'neutral', 'Chưa đạt': 'bad', 'Thiếu số liệu': 'bad' }[String(status.value)] as keyof typeof TONE_COLORS | undefined;
      if (!tone) return expect(fillOf(status)).toBeUndefined();
      seen.add(tone);
      expect({ r, fill: fillOf(status), font: status.font?.color?.argb }).toEqual({ r, fill: argb(TONE_COLORS[tone].fill), font: argb(TONE_COLORS[tone].font) });
    });
    expect([...seen].sort()).toEqual(['bad', 'good', 'neutral']);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 2, ySplit: 3 }));
  });

  it('every output sheet prints A4 landscape fitted to its width; wrapped header rows are taller', async () => {
    const sheets = scoreGrid((await loadXlsx(fixture('hai-phong-huyen-2024'))).grid, 'vi').sheets;
    for (const s of sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect({ s: s.name, ...ws.pageSetup }).toEqual(expect.objectContaining({ s: s.name, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }));
      for (const r of s.headerRows) expect({ s: s.name, r, height: ws.getRow(r + 1).height ?? null }).toEqual({ s: s.name, r, height: headerRowHeight(s, r) });
    }
    // The group columns (“I. Phát triển kinh tế…”, 14 wide) wrap.
    expect(wb.getWorksheet('Kết quả')!.getRow(3).height).toBeGreaterThanOrEqual(30);
  });
});

describe('number formats and the styles part', () => {
  it('0 decimals use the built-in #,##0; 3 decimals a custom format above the input’s own', async () => {
    const zero = await output(await richWorkbook(addRow(base(), 'Cài đặt', ['Số chữ số thập phân', 0])));
    expect(zero.getWorksheet('Chi tiết điểm')!.getCell('H4').numFmt).toBe('#,##0');
    const r = await score(await richWorkbook(addRow(base(), 'Cài đặt', ['Số chữ số thập phân', 3])));
    const ws = (await loadXlsx(r.out)).workbook.getWorksheet('Chi tiết điểm')!;
    expect(ws.getCell('H4').numFmt).toBe('#,##0.000');
    const styles = await partText(r.out, 'xl/styles.xml');
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]] as const);
    expect(new Set(ids.map(([id]) => id)).size).toBe(ids.length);
    expect(ids.find(([, code]) => code === '#,##0.000')![0]).toBeGreaterThanOrEqual(164);
  });

  it('appends: the input’s fonts, fills and cell formats keep their places; a redefined built-in id is not trusted', () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="10" formatCode="0.0%"/></numFmts>' +
      '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
    const book = new StyleBook(xml);
    expect(book.xf({ font: 'base', fill: 'none' })).toBe(0);
    expect(book.xf({ numFmt: '0.00%', font: 'base', fill: 'none' })).toBe(1);
    expect(book.xf({ numFmt: '@', font: 'bold', fill: 'header', wrap: true })).toBe(2);
    expect(book.xf({ numFmt: '0.00%', font: 'base', fill: 'none' })).toBe(1);
    const out = book.toXml();
    expect(out).toContain('<numFmts count="2"><numFmt numFmtId="10" formatCode="0.0%"/><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>');
    expect(out).toContain('<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>');
    expect(out).toContain('<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/>');
    expect(out).toContain('<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(out).toContain('<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf></cellXfs>');
    // The same styles again: nothing more is added.
    const again = new StyleBook(out);
    again.xf({ numFmt: '0.00%', font: 'base', fill: 'none' });
    again.xf({ numFmt: '@', font: 'bold', fill: 'header', wrap: true });
    expect(again.unchanged).toBe(true);
  });
});

describe('templates (exceljs) print the same way', () => {
  it('A4 landscape fitted to the width, and wrapped header rows taller', async () => {
    const sheets = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toBuffer(newWorkbook(sheets))) as unknown as ExcelJS.Buffer);
    let tall = 0;
    for (const s of sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect({ s: s.name, ...ws.pageSetup }).toEqual(expect.objectContaining({ s: s.name, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }));
      for (const r of s.headerRows) {
        const h = headerRowHeight(s, r);
        if (h) tall++;
        expect({ s: s.name, r, height: ws.getRow(r + 1).height ?? null }).toEqual({ s: s.name, r, height: h });
      }
    }
    expect(tall).toBeGreaterThan(0);
  });
});

/**
 * The sheet document through the Office host, as the fake Excel records it: page layouts and
 * print titles, borders on the tables, header and title heights, wrapped columns, the Warnings
 * sheet's links, data validations and gridlines; and an Excel without ExcelApi 1.8/1.9.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { Handles, runPrintOps, sheetOps, printOps } from '../../src/hosts/office/write';
import { mm } from '../../src/workbook/document';
import type { StyledSheet } from '../../src/workbook/output';
import ExcelJS from 'exceljs';
import { workbookBytes } from '../../src/preview/download';
import { fixtureGrid, table } from '../support/office';

async function scored(): Promise<{ book: MemoryWorkbook; written: string[] }> {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('hai-phong-huyen-2024'));
  const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
  if (!outcome.ok) throw new Error(outcome.error);
  return { book, written: outcome.value.written };
}

describe('output sheets through the Office host', () => {
  it('print on A4 landscape, one page wide, the title and header rows repeated', async () => {
    const { book, written } = await scored();
    expect(written).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng', 'Cảnh báo']);
    for (const name of written) {
      const page = book.sheet(name)!.print!.page;
      expect({ name, page }).toEqual({
        name,
        page: {
          paperSize: 'A4',
          orientation: 'Landscape',
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printTitleRows: '$1:$3',
          margins: { leftMargin: 42.55, rightMargin: 42.55, topMargin: 42.55, bottomMargin: 42.55, headerMargin: 22.68, footerMargin: 22.68 },
        },
      });
    }
  });

  it('rule the tables, give the header and title rows their height, wrap the long columns', async () => {
    const { book } = await scored();
    const k = book.sheet('Kết quả')!;
    const rows = table(book, 'Kết quả').length;
    const sides = k.print!.borders.filter((b) => b.area.top === 2 && b.area.bottom === rows - 1 && b.area.left === 0).map((b) => [b.side, b.style]);
    expect(sides).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'].map((s) => [s, 'Continuous']));
    expect(k.print!.heights.get(0)).toBeGreaterThanOrEqual(18);
    expect(k.print!.heights.get(2)).toBeGreaterThanOrEqual(15);
    expect(book.formatAt('Kết quả', 'A1')).toMatchObject({ bold: true, fontSize: 13, wrapText: true });
    expect(k.merges.some((m) => m.top === 0 && m.left === 0 && m.right > 0)).toBe(true);
    // The explanation column of the detail wraps (capped at 60 characters).
    expect(book.formatAt('Chi tiết điểm', 'K5').wrapText).toBe(true);
  });

  it('the Warnings sheet links each cell to its place, its text as shown', async () => {
    const { book } = await scored();
    const w = book.sheet('Cảnh báo')!;
    const rows = table(book, 'Cảnh báo');
    const links = [...w.print!.hyperlinks.entries()];
    expect(links.length).toBe(rows.length - 3);
    const [key, link] = links[0]!;
    expect(key).toBe('3:3');
    expect(link).toEqual({ documentReference: `'${String(rows[3]![2])}'!${String(rows[3]![3])}`, textToDisplay: rows[3]![3] });
    expect(w.formulas.size).toBe(0);
  });

  it('a re-run clears the old borders and links before writing the new ones', async () => {
    const { book } = await scored();
    const before = book.sheet('Cảnh báo')!.print!.hyperlinks.size;
    const again = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    expect(again.ok).toBe(true);
    expect(book.sheet('Cảnh báo')!.print!.hyperlinks.size).toBe(before);
    expect(book.sheet('Kết quả')!.print!.borders.length).toBe(6);
  });
});

describe('the preview’s download (exceljs, from the in-memory Excel)', () => {
  it('keeps what the host set: print titles, page, borders, the links of the Warnings sheet', async () => {
    const { book } = await scored();
    const bytes = await workbookBytes(book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const k = wb.getWorksheet('Kết quả')!;
    expect(k.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
    expect(k.getCell('B4').border).toMatchObject({ left: { style: 'thin' } });
    const w = wb.getWorksheet('Cảnh báo')!;
    const rows = table(book, 'Cảnh báo');
    expect(w.getCell('D4').value).toMatchObject({ formula: `HYPERLINK("#'${String(rows[3]![2])}'!${String(rows[3]![3])}","${String(rows[3]![3])}")` });
  });
});

describe('a sheet document written by the Office host', () => {
  const DOC: StyledSheet = {
    name: 'Mẫu',
    rows: [['Loại', 'Điểm'], ['tiêu chí', 5]],
    headerRows: [0],
    titleRows: [],
    columns: [{ width: 12 }, { width: 8 }],
    tones: [],
    freeze: { rows: 1, cols: 0 },
    gridlines: false,
    page: { orientation: 'portrait', margins: { left: mm(25.4) } },
    validations: [
      { area: 'A2:A50', kind: 'list', values: ['nhóm', 'tiêu chí'], prompt: { title: 'Loại', text: 'Chọn một loại' } },
      { area: 'B2:B50', kind: 'whole', min: 0, strict: true },
    ],
  };

  async function write(): Promise<MemoryWorkbook> {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    await book.run(async (context) => {
      const handles = new Handles(context as never);
      for (const op of [{ bytes: 1, run: (h: Handles) => void h.add(DOC.name) }, ...sheetOps(DOC.name, DOC)]) op.run(handles);
      await context.sync();
      expect(await runPrintOps(context as never, handles, printOps(DOC.name, DOC))).toBe(true);
    });
    return book;
  }

  it('sets the validations with their input messages, the gridlines, the page', async () => {
    const book = await write();
    const s = book.sheet('Mẫu')!;
    expect(s.print!.gridlines).toBe(false);
    expect(s.print!.validations.map((v) => [v.area, v.rule, v.prompt, v.errorAlert])).toEqual([
      [{ top: 1, left: 0, bottom: 49, right: 0 }, { list: { inCellDropDown: true, source: 'nhóm,tiêu chí' } }, { showPrompt: true, title: 'Loại', message: 'Chọn một loại' }, { showAlert: true, style: 'Warning', title: '', message: '' }],
      [{ top: 1, left: 1, bottom: 49, right: 1 }, { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqual' } }, undefined, { showAlert: true, style: 'Stop', title: '', message: '' }],
    ]);
    expect(s.print!.page).toMatchObject({ orientation: 'Portrait', margins: { leftMargin: 72 } });
    expect(s.print!.page.printTitleRows).toBeUndefined();
  });

  it('an Excel without ExcelApi 1.8 and 1.9 gets neither validations, gridlines nor page layout, and writes the rest', async () => {
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: () => false } } };
    try {
      expect(printOps(DOC.name, DOC)).toEqual([]);
      const book = await write();
      const s = book.sheet('Mẫu')!;
      expect(s.print?.validations ?? []).toEqual([]);
      expect(s.print?.gridlines).toBeUndefined();
      expect(book.valueAt('Mẫu', 'A2')).toBe('tiêu chí');
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  it('a page layout Excel refuses leaves the written sheet as it is', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    await book.run(async (context) => {
      const handles = new Handles(context as never);
      const bad = printOps('Không có', DOC);
      expect(await runPrintOps(context as never, handles, bad)).toBe(false);
    });
    expect(book.sheetNames()).toEqual(['Sheet1']);
  });
});

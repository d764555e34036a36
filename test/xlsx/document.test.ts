/**
 * The sheet document in both .xlsx writers: page setup, print titles (`_xlnm.Print_Titles`),
 * borders, gridlines, data validations with input messages, cell links — read back from the XML
 * by a namespace-aware parser, by exceljs and by openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { sheetXml } from '../../src/hosts/xlsx/sheet-xml';
import { StyleBook } from '../../src/hosts/xlsx/styles';
import { mm } from '../../src/workbook/document';
import type { StyledSheet } from '../../src/workbook/output';
import { findElement, findElements } from '../../src/hosts/xlsx/xml';
import { mainElements, nsElements } from './ns-xml';
import { fixture, partText, score, sheetsOf } from './support';

const DOC: StyledSheet = {
  name: 'Tài liệu',
  rows: [['Tiêu đề'], [], ['Mã', 'Loại', 'Điểm'], ['1', 'tiêu chí', 10], ['2', null, 5], [], ['x']],
  headerRows: [2],
  titleRows: [0],
  columns: [{ width: 8 }, { width: 14 }, { width: 9, numFmt: '0' }],
  tones: [],
  freeze: { rows: 3, cols: 0 },
  page: { orientation: 'portrait', margins: { left: mm(20) } },
  printTitles: { first: 2, last: 2 },
  borders: ['A3:C5'],
  gridlines: false,
  validations: [
    { area: 'B4:B100', kind: 'list', values: ['nhóm', 'tiêu chí'], prompt: { title: 'Loại', text: 'Chọn nhóm hoặc tiêu chí' } },
    { area: 'C4:C100', kind: 'decimal', min: 0, max: 100, strict: true },
  ],
  links: [{ row: 6, col: 0, sheet: "Số 'liệu'", cell: 'C5' }],
};

async function stylesOf(bytes: Uint8Array): Promise<string> {
  return partText(bytes, 'xl/styles.xml');
}

describe('the surgical writer', () => {
  it('writes page setup, gridlines, validations, links and ruled cells', async () => {
    const book = new StyleBook(await stylesOf(fixture('example-a')));
    const xml = new TextDecoder().decode(sheetXml(DOC, book));
    const els = nsElements(xml);
    const one = (local: string) => els.find((e) => e.local === local)!;
    expect(one('sheetView').attrs.showGridLines).toBe('0');
    expect(one('pageSetup').attrs).toMatchObject({ paperSize: '9', orientation: 'portrait', fitToWidth: '1', fitToHeight: '0' });
    expect(one('pageMargins').attrs.left).toBe(String(mm(20)));
    const dvs = els.filter((e) => e.local === 'dataValidation');
    expect(dvs.map((d) => [d.attrs.type, d.attrs.sqref, d.attrs.operator, d.attrs.errorStyle])).toEqual([
      ['list', 'B4:B100', undefined, 'warning'],
      ['decimal', 'C4:C100', 'between', undefined],
    ]);
    expect(dvs[0]!.attrs).toMatchObject({ promptTitle: 'Loại', prompt: 'Chọn nhóm hoặc tiêu chí', showInputMessage: '1' });
    expect(els.filter((e) => e.local === 'formula1').map((f) => f.text)).toEqual(['"nhóm,tiêu chí"', '0']);
    expect(els.find((e) => e.local === 'formula2')!.text).toBe('100');
    expect(one('hyperlink').attrs).toMatchObject({ ref: 'A7', location: "'Số ''liệu'''!C5", display: 'x' });
    // Every cell of the ruled table, blanks too, has a format with a thin border; cells outside have none.
    const styles = book.toXml();
    const cellXfs = findElement(styles, 'cellXfs')!;
    const xfs = findElements(styles, 'xf', cellXfs.openEnd, cellXfs.closeStart);
    const borders = findElements(styles, 'border').map((b) => styles.slice(b.start, b.end));
    const ruled = (ref: string): boolean => {
      const c = els.find((e) => e.local === 'c' && e.attrs.r === ref);
      const xf = c ? xfs[Number(c.attrs.s ?? 0)] : undefined;
      return !!xf && /<left style="thin">/.test(borders[Number(xf.attrs.get('borderId') ?? 0)] ?? '');
    };
    expect(['A3', 'C3', 'A4', 'B5', 'C5'].map(ruled)).toEqual([true, true, true, true, true]);
    expect(['A1', 'A7'].map(ruled)).toEqual([false, false]);
    nsElements(styles);
  });

  it('sets the print titles of each output sheet as a sheet-local _xlnm.Print_Titles, replaced on a re-run', async () => {
    const first = await score(fixture('hai-phong-huyen-2024'));
    expect(first.code).toBe(0);
    const names = (await sheetsOf(first.out)).map((s) => s.name);
    const titles = async (bytes: Uint8Array) =>
      mainElements(await partText(bytes, 'xl/workbook.xml'), 'definedName')
        .filter((d) => d.attrs.name === '_xlnm.Print_Titles')
        .map((d) => [names[Number(d.attrs.localSheetId)], d.text]);
    const expected = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng', 'Cảnh báo'].map((n) => [n, `'${n}'!$1:$3`]);
    expect(await titles(first.out)).toEqual(expected);
    const second = await score(first.out);
    expect(await titles(second.out)).toEqual(expected);
    // The Warnings sheet links each cell to its place.
    const part = (await sheetsOf(first.out)).find((s) => s.name === 'Cảnh báo')!.part!;
    const links = mainElements(await partText(first.out, part), 'hyperlink');
    expect(links.length).toBe(first.json.diagnostics.filter((d) => d.sheet !== 'Khen thưởng' || d.cell !== 'A1').length);
    expect(links[0]!.attrs.location).toBe(`'${first.json.diagnostics[0]!.sheet}'!${first.json.diagnostics[0]!.cell}`);
  });
});

describe('the exceljs writer', () => {
  it('writes the same document: page setup, print titles, gridlines, borders, validations, links', async () => {
    const bytes = await toBuffer(newWorkbook([DOC]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Tài liệu')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.pageSetup.margins!.left).toBe(mm(20));
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.getCell('B5').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('A1').border ?? {}).toEqual({});
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    // exceljs reads a validation back cell by cell.
    expect(dv['B4']).toMatchObject({ type: 'list', formulae: ['"nhóm,tiêu chí"'], promptTitle: 'Loại', errorStyle: 'warning' });
    expect(dv['C100']).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100], errorStyle: 'stop' });
    expect(ws.getCell('A7').value).toMatchObject({ formula: `HYPERLINK("#'Số ''liệu'''!C5","x")`, result: 'x' });
    const book = await partText(bytes, 'xl/workbook.xml');
    expect(mainElements(book, 'definedName').find((d) => d.attrs.name === '_xlnm.Print_Titles')!.text).toBe("'Tài liệu'!$3:$3");
  });
});

describe('openpyxl reads both', () => {
  it('print titles, page setup, gridlines, validations, the link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thidua-doc-'));
    try {
      const surgical = await score(fixture('hai-phong-huyen-2024'));
      writeFileSync(path.join(dir, 'a.xlsx'), surgical.out);
      writeFileSync(path.join(dir, 'b.xlsx'), await toBuffer(newWorkbook([DOC])));
      const script = [
        'import json, sys, openpyxl',
        'a = openpyxl.load_workbook(sys.argv[1]); b = openpyxl.load_workbook(sys.argv[2])',
        "k = a['Kết quả']; w = a['Cảnh báo']; d = b['Tài liệu']",
        'print(json.dumps({',
        "  'k': [k.print_title_rows, k.page_setup.paperSize, k.page_setup.orientation, k.sheet_properties.pageSetUpPr.fitToPage, k['B4'].border.left.style],",
        "  'w': [w['D4'].hyperlink.location if w['D4'].hyperlink else None],",
        "  'd': [d.print_title_rows, d.page_setup.orientation, d.sheet_view.showGridLines, [v.sqref.ranges[0].coord for v in d.data_validations.dataValidation], d.data_validations.dataValidation[0].prompt]",
        '}))',
      ].join('\n');
      const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')], { encoding: 'utf8' })) as Record<string, unknown[]>;
      expect(out.k).toEqual(['$1:$3', 9, 'landscape', true, 'thin']);
      expect(out.w![0]).toBe(`'${surgical.json.diagnostics[0]!.sheet}'!${surgical.json.diagnostics[0]!.cell}`);
      expect(out.d).toEqual(['$3:$3', 'portrait', false, ['B4:B100', 'C4:C100'], 'Chọn nhóm hoặc tiêu chí']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

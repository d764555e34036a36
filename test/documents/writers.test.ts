/**
 * The official list (`Danh sách đề nghị khen thưởng`) is one sheet document that every writer
 * prints the same way: the surgical .xlsx writer (the CLI's result workbook, `--documents`), the
 * exceljs writer (the PDF's workbook, the fallback) and the Office host (the pane, on the fake
 * Excel). Each is read back — the .xlsx files by openpyxl, the pane's sheet from what the fake
 * Excel recorded — into one summary of its layout (page, margins, gridlines, print titles, page
 * numbers from page 2, merges, row heights, every cell's value, font and alignment), and the three
 * summaries must be equal and say what ND 30 asks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadXlsx, newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { formatOf } from '../../src/testing/fake-excel/book';
import { areaText } from '../../src/testing/fake-excel/address';
import { createOfficeApi } from '../../src/hosts/office';
import { addOutputSheets } from '../../src/hosts/xlsx/write';
import type { ClusterResult } from '../../src/engine/result';
import { documentSheets, officialListSheet } from '../../src/workbook/documents';
import { columnLetter, type Cell } from '../../src/workbook/grid';
import { OUTPUT_NAMES } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { FIXTURES, run, tempDir } from '../cli/helpers';
import { sheet as gridSheet, withSheet } from '../workbook/grids';
import { ballotRows } from '../workbook/vote-ballots';

const NAMES = ['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'];
const SHEET = OUTPUT_NAMES.officialList.vi;
const MINUTES = OUTPUT_NAMES.minutes.vi;
const SUMMARY = path.join(__dirname, '..', 'support', 'paper-summary.py');

interface CellSummary {
  value: Cell;
  font: string | null;
  size: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  align: string;
  middle: boolean;
  wrap: boolean;
  border: boolean;
}

interface Summary {
  paper: number | null;
  orientation: string | null;
  margins: number[];
  gridlines: boolean;
  printTitles: string | null;
  header: string | null;
  differentFirst: boolean;
  merges: string[];
  heights: Record<string, number>;
  cells: Record<string, CellSummary>;
}

/** openpyxl's reading of the sheet, print titles without `$`. */
function summaryOfFile(file: string, sheet = SHEET): Summary {
  const s = JSON.parse(execFileSync('/usr/bin/python3', [SUMMARY, file, sheet], { encoding: 'utf8' })) as Summary;
  return { ...s, printTitles: s.printTitles?.replace(/\$/g, '') ?? null };
}

const PAPER: Record<string, number> = { A4: 9, A3: 8, Letter: 1 };
const mmOf = (points: number | undefined): number => Math.round(((points ?? 0) / 72) * 25.4);

/** What the fake Excel recorded of the pane's sheet, in the same terms. */
function summaryOfPane(book: MemoryWorkbook, sheet = SHEET): Summary {
  const ws = book.sheet(sheet)!;
  const p = ws.print!;
  const cells: Record<string, CellSummary> = {};
  ws.rows.forEach((row, r) =>
    (row ?? []).forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      const f = formatOf(ws, r, c);
      const side = (s: string): boolean => p.borders.some((b) => b.side === s && b.style === 'Continuous' && b.area.top <= r && b.area.bottom >= r && b.area.left <= c && b.area.right >= c);
      cells[`${columnLetter(c)}${r + 1}`] = {
        value,
        font: f.fontName ?? null,
        size: f.fontSize ?? null,
        bold: f.bold ?? false,
        italic: f.italic ?? false,
        underline: (f.underline ?? 'None') !== 'None',
        align: f.horizontalAlignment?.toLowerCase() ?? 'general',
        middle: f.verticalAlignment === 'Center',
        wrap: f.wrapText ?? false,
        border: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].every(side),
      };
    }),
  );
  const m = p.page.margins;
  const hf = p.page.headersFooters;
  return {
    paper: PAPER[p.page.paperSize ?? ''] ?? null,
    orientation: p.page.orientation?.toLowerCase() ?? null,
    margins: [mmOf(m.topMargin), mmOf(m.bottomMargin), mmOf(m.leftMargin), mmOf(m.rightMargin)],
    gridlines: p.gridlines ?? true,
    printTitles: p.page.printTitleRows?.replace(/\$/g, '') ?? null,
    header: hf?.defaultForAllPages.centerHeader ?? null,
    differentFirst: hf?.state === 'FirstAndDefault' && (hf.firstPage.centerHeader ?? '') === '',
    merges: ws.merges.map(areaText).sort(),
    heights: Object.fromEntries([...p.heights].map(([r, h]) => [String(r + 1), h])),
    cells,
  };
}

function scored(bytesGrid: Parameters<typeof scoreGrid>[0]): ClusterResult {
  const r = scoreGrid(bytesGrid, 'vi').result;
  if (!r.ok) throw new Error('not scored');
  return r;
}

describe('Danh sách đề nghị khen thưởng: the same paper from every writer', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test.each(NAMES)('%s: surgical writer, exceljs, the CLI and the pane agree, and print as ND 30 asks', async (name) => {
    const input = readFileSync(path.join(FIXTURES, `${name}.xlsx`));
    const grid = (await loadXlsx(input, name)).grid;
    const doc = officialListSheet(scored(grid), 'vi');

    const surgical = await addOutputSheets(new Uint8Array(input), [{ ...doc }]);
    if (!surgical.ok) throw new Error(surgical.reason);
    writeFileSync(tmp.file(`${name}.surgical.xlsx`), surgical.bytes);
    const viaExceljs = tmp.file(`${name}.exceljs.xlsx`);
    writeFileSync(viaExceljs, await toBuffer(newWorkbook([doc])));
    const cli = await run('score', path.join(FIXTURES, `${name}.xlsx`), '--documents', '--out', tmp.file(`${name}.cli.xlsx`));
    expect(cli.code).toBe(0);

    const book = MemoryWorkbook.fromGrid(grid);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false, documents: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.written).toContain(SHEET);

    const s = summaryOfFile(tmp.file(`${name}.surgical.xlsx`));
    // What ND 30 asks, said by the file itself.
    expect([s.paper, s.orientation, s.gridlines, s.differentFirst]).toEqual([9, 'portrait', false, true]);
    expect(s.margins).toEqual([20, 20, 30, 15]);
    expect(s.header).toBe('&"Times New Roman,Regular"&13&P');
    const headerRow = doc.printTitles!.first + 1;
    expect(s.printTitles).toBe(`${headerRow}:${headerRow}`);
    expect(s.cells[`B${headerRow}`]).toMatchObject({ value: 'Tên tập thể', bold: true, border: true, align: 'center' });
    expect(Object.values(s.cells).every((c) => c.font === 'Times New Roman')).toBe(true);
    expect(s.cells.C1).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 12 });
    expect(s.cells.C2).toMatchObject({ value: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: true, size: 13 });
    expect(s.cells.C3).toMatchObject({ italic: true, bold: false });
    expect(s.merges).toEqual(expect.arrayContaining(['A2:B2', 'C2:E2']));
    expect(Object.keys(s.cells).length).toBeGreaterThan(20);

    // The same paper from the four paths.
    expect(summaryOfFile(viaExceljs)).toEqual(s);
    expect(summaryOfFile(tmp.file(`${name}.cli.xlsx`))).toEqual(s);
    expect(summaryOfPane(book)).toEqual(s);
  }, 120_000);
});

describe('Biên bản kiểm phiếu: the minutes as an ND 30 paper, the same from the CLI and the pane', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test('worked example V: header block, BIÊN BẢN, ruled count tables, signatures; surgical writer = exceljs = the pane', async () => {
    const input = readFileSync(path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx'));
    const grid = withSheet((await loadXlsx(input, 'hai-phong')).grid, gridSheet('Phiếu bầu', ballotRows()));
    const scoredGrid = scoreGrid(grid, 'vi');
    const minutes = scoredGrid.sheets.find((x) => x.kind === 'minutes')!;
    // `--pdf` prints the list, then the minutes when there was a vote.
    expect(documentSheets(scoredGrid.result, 'vi').map((x) => x.kind)).toEqual(['officialList', 'minutes']);
    expect(documentSheets(scoreGrid(withSheet(grid, gridSheet('Phiếu bầu', [])), 'vi').result, 'vi').map((x) => x.kind)).toEqual(['officialList']);

    const surgical = await addOutputSheets(new Uint8Array(input), [minutes]);
    if (!surgical.ok) throw new Error(surgical.reason);
    writeFileSync(tmp.file('m.surgical.xlsx'), surgical.bytes);
    writeFileSync(tmp.file('m.exceljs.xlsx'), await toBuffer(newWorkbook([minutes])));
    const book = MemoryWorkbook.fromGrid(grid);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);

    const s = summaryOfFile(tmp.file('m.surgical.xlsx'), MINUTES);
    expect([s.paper, s.orientation, s.gridlines, s.differentFirst, s.margins]).toEqual([9, 'portrait', false, true, [20, 20, 30, 15]]);
    expect(s.cells.C1).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true });
    expect(s.cells.A1).toMatchObject({ value: 'CỤM THI ĐUA CÁC HUYỆN THÀNH PHỐ HẢI PHÒNG', bold: true });
    expect(s.cells.C2).toMatchObject({ value: 'Độc lập - Tự do - Hạnh phúc', underline: true });
    expect(s.cells.A5).toMatchObject({ value: 'BIÊN BẢN', bold: true, align: 'center', size: 14 });
    const cells = Object.values(s.cells);
    expect(cells.every((c) => c.font === 'Times New Roman')).toBe(true);
    // Each award's count is a ruled table with a bold header; the signatures at the foot.
    const heads = cells.filter((c) => c.value === 'Đơn vị');
    expect(heads.length).toBe(scoredGrid.result.vote!.awards.length);
    expect(heads.every((c) => c.bold && c.border)).toBe(true);
    expect(cells.find((c) => c.value === 'An Lão')).toMatchObject({ border: true });
    expect(cells.filter((c) => c.value === 'TỔ KIỂM PHIẾU' || c.value === 'CHỦ TRÌ HỘI NGHỊ').every((c) => c.bold)).toBe(true);

    expect(summaryOfFile(tmp.file('m.exceljs.xlsx'), MINUTES)).toEqual(s);
    expect(summaryOfPane(book, MINUTES)).toEqual(s);
  }, 120_000);
});

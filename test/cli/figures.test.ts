/**
 * Issue 10 through real .xlsx files and the command line: a date or a percent format in a figure
 * cell reaches the reader (exceljs host), and the new diagnostics are printed as `Sheet!Cell: …`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { longWorkbook } from '../workbook/grids';
import { run, tempDir } from './helpers';

/** The small cluster as an .xlsx, with `edit` applied to its `Số liệu` sheet. */
async function write(file: string, grid: WorkbookGrid, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) => cells.forEach((c, j) => c !== null && typeof c !== 'object' && (ws.getCell(i + 1, j + 1).value = c)));
    if (s.name === 'Số liệu') edit(ws);
  }
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('figures in real workbooks', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('a date typed in a figure cell is refused (exit 1) with the date as the user sees it', async () => {
    const file = tmp.file('date.xlsx');
    await write(file, longWorkbook(), (ws) => {
      const cell = ws.getCell('D9');
      cell.value = new Date(Date.UTC(2024, 4, 1));
      cell.numFmt = 'dd/mm/yyyy';
    });
    const grid = (await loadXlsx(readFileSync(file))).grid;
    expect(grid.sheets.find((s) => s.name === 'Số liệu')!.shapes?.[8]?.[3]).toBe('date');
    const r = await run('score', file, '--out', tmp.file('date.out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Số liệu!D9: Ô chứa ngày tháng 01/05/2024, không phải số liệu (cột “Thực hiện”); hãy định dạng ô là Số (Number) và nhập lại số liệu.',
    );
  });

  it('a percent-formatted actual against a plain target is read as its number, with a warning on stderr', async () => {
    const file = tmp.file('pct.xlsx');
    await write(file, longWorkbook(), (ws) => {
      ws.getCell('C9').value = 100;
      const cell = ws.getCell('D9');
      cell.value = 0.879;
      cell.numFmt = '0.0%';
    });
    const json = tmp.file('pct.json');
    const r = await run('score', file, '--out', tmp.file('pct.out.xlsx'), '--json', json);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Cảnh báo: Số liệu!D9: “87,9%” được đọc là 87,9, không phải 0,879: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu (87,9/100) trong khoảng 1/20 đến 20.',
    );
    const result = JSON.parse(readFileSync(json, 'utf8')) as { units: { unit: string; criteria: Record<string, { rate: number }> }[] };
    expect(result.units.find((u) => u.unit === 'An Lão')!.criteria['1.1']!.rate).toBe(0.879);
  });

  it('a blank actual that scores 0 is a warning with its cell on stderr', async () => {
    const file = tmp.file('blank.xlsx');
    await write(file, longWorkbook(), (ws) => {
      ws.getCell('D4').value = null;
    });
    const r = await run('score', file, '--out', tmp.file('blank.out.xlsx'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('Cảnh báo: Số liệu!D4: Thiếu số liệu (ô để trống): “1.3” của Thủy Nguyên được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.');
  });
});

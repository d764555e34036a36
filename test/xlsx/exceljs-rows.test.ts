/** The exceljs writer (fallback, templates) with a sheet of more rows than a spread of arguments can take. */
import { newWorkbook } from '../../src/hosts/exceljs';
import type { Cell } from '../../src/workbook/grid';

describe('the exceljs writer', () => {
  it('fills a sheet of 130,000 rows (Math.max over a spread of rows overflowed the stack)', () => {
    const rows: Cell[][] = Array.from({ length: 130_000 }, (_, i) => [i]);
    rows[5] = [1, 2, 3];
    const wb = newWorkbook([{ name: 'Lớn', rows, headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }]);
    const ws = wb.getWorksheet('Lớn')!;
    expect(ws.rowCount).toBe(130_000);
    expect(ws.getRow(130_000).getCell(1).value).toBe(129_999);
    expect(ws.getRow(6).getCell(3).value).toBe(3);
  }, 60_000);
});

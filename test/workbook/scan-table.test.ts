/** scanTable (workbook/table.ts): readTable's reading of a data sheet with row numbers and one cursor instead of a row object per row. */
import { DiagnosticList } from '../../src/engine/diagnostics';
import type { Cell, SheetGrid } from '../../src/workbook/grid';
import { DATA_SHEET } from '../../src/workbook/schema';
import { readTable, scanTable } from '../../src/workbook/table';

const ROWS: Cell[][] = [
  ['SỐ LIỆU CỤM 3'],
  [],
  ['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Ghi chú', 'Cột lạ'],
  ['Thủy Nguyên', '1.1', 100, 120, 'ghi chú', null],
  [null, null, null, null, null, null],
  ['An Lão', null, 5, 6],
  ['Kiến Thụy', '1.2', '1.250,5', 7],
  [null, '1.3', 1, 2],
  ['Vĩnh Bảo', '2.1', null, 19],
];

function sheetOf(rows: Cell[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name: 'Số liệu', rows, ...extra };
}

describe('scanTable', () => {
  it('keeps the rows readTable keeps, with the same diagnostics in the same order', () => {
    const sheet = sheetOf(ROWS, { merges: ['A7:A8'] });
    const a = new DiagnosticList();
    const b = new DiagnosticList();
    const table = readTable(sheet, DATA_SHEET, a)!;
    const scan = scanTable(sheet, DATA_SHEET, b)!;
    expect([...scan.rows]).toEqual(table.rows.map((r) => r.row));
    expect([...scan.rows]).toEqual([3, 6, 8]);
    expect(scan.headerRow).toBe(table.headerRow);
    expect([...scan.columns]).toEqual([...table.columns]);
    expect(b.items).toEqual(a.items);
    // The unknown column, the two rows without a key and the merge over a data row.
    expect(b.items.map((d) => `${d.code}@${d.cell}`)).toEqual(['unknownColumn@F3', 'rowSkipped@A6', 'rowSkipped@B8', 'mergedOverData@A7']);
  });

  it('reads each row through its cursor as through the row object: cells, shapes and addresses', () => {
    const shapes = ROWS.map(() => [null, null, 'percent' as const, null]);
    const sheet = sheetOf(ROWS, { originRow: 2, originCol: 1, shapes });
    const table = readTable(sheet, DATA_SHEET, new DiagnosticList())!;
    const scan = scanTable(sheet, DATA_SHEET, new DiagnosticList())!;
    const cursor = scan.cursor();
    expect(scan.rows.length).toBe(table.rows.length);
    table.rows.forEach((row, i) => {
      cursor.moveTo(scan.rows[i]!);
      expect(cursor.row).toBe(row.row);
      expect(cursor.cells).toBe(row.cells);
      for (const key of ['unit', 'criterion', 'target', 'actual', 'note', 'self'] as const) {
        expect(cursor.get(key)).toBe(row.get(key));
        expect(cursor.shape(key)).toBe(row.shape(key));
        expect(cursor.at(key)).toEqual(row.at(key));
      }
    });
    cursor.moveTo(scan.rows[1]!);
    expect(cursor.at('target')).toEqual({ sheet: 'Số liệu', cell: 'D9' });
    expect(cursor.shape('target')).toBe('percent');
    expect(cursor.get('target')).toBe('1.250,5');
  });

  it('says when no header row holds the required columns, as readTable does', () => {
    const diags = new DiagnosticList();
    expect(scanTable(sheetOf([['a', 'b'], [1, 2]]), DATA_SHEET, diags)).toBeNull();
    expect(diags.items.map((d) => d.code)).toEqual(['headerNotFound']);
  });
});

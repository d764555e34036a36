/** The Office.js host notes dates and percents in figure cells (issue 10): Excel's number formats reach the reader. */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { readBook } from '../../src/hosts/office/read';
import { scoreGrid } from '../../src/workbook/pipeline';
import { longWorkbook } from '../workbook/grids';

describe('number formats of the data cells', () => {
  it('a date-formatted figure is a date, a percent-formatted one a percent; the reader decides from them', async () => {
    const book = MemoryWorkbook.fromGrid(longWorkbook());
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Số liệu');
      ws.getRange('D9').values = [[45413]];
      ws.getRange('D9').numberFormat = [['dd/mm/yyyy']];
      ws.getRange('C10').values = [[100]];
      ws.getRange('D10').values = [[0.9]];
      ws.getRange('D10').numberFormat = [['0%']];
      await context.sync();
    });
    const read = await book.run((context) => readBook(context as unknown as Excel.RequestContext, { values: true, flags: false }));
    const data = read.grid.sheets.find((s) => s.name === 'Số liệu')!;
    expect(data.shapes?.[8]?.[3]).toBe('date');
    expect(data.shapes?.[9]?.[3]).toBe('percent');
    expect(data.shapes?.[1]?.[3]).toBeUndefined();
    const { result } = scoreGrid(read.grid, 'vi');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.cell} ${d.code}`)).toEqual(['Số liệu!D9 dateInFigure']);
    expect(result.diagnostics.some((d) => d.cell === 'D10' && d.code === 'figureReadAs')).toBe(true);
  });

  it('Kiểm tra lists a blank actual that scores 0 as a warning at its cell', async () => {
    const book = MemoryWorkbook.fromGrid(longWorkbook());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('D4').values = [['']];
      await context.sync();
    });
    const inspected = await createOfficeApi(book.run).inspect('vi');
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.value.diagnostics.filter((d) => d.cell === 'D4').map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.code}`)).toEqual(['warning Số liệu!D4 missingZero']);
  });

  it('a grid read from a file keeps its dates and percents in the in-memory Excel (the preview)', async () => {
    const grid = longWorkbook();
    const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
    data.shapes = [];
    data.shapes[8] = [null, null, null, 'date'];
    const book = MemoryWorkbook.fromGrid(grid);
    const read = await book.run((context) => readBook(context as unknown as Excel.RequestContext, { values: true, flags: false }));
    expect(read.grid.sheets.find((s) => s.name === 'Số liệu')!.shapes?.[8]?.[3]).toBe('date');
  });
});

/**
 * Watching for edits (issue 16): the in-memory Excel raises WorksheetCollection.onChanged after a
 * request that wrote cell values, and the Office.js host's watchChanges reports the sheet's name
 * (also after a rename), not for formats, and no more once stopped.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function book(): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({
    sheets: [
      { name: 'Số liệu', rows: [['Đơn vị', 'Mã', 'Chỉ tiêu', 'Thực hiện'], ['A', '1.1', 10, 12]] },
      { name: 'Kết quả', rows: [] },
    ],
  });
}

describe('watchChanges over the in-memory Excel', () => {
  test('reports each sheet whose values are written, by its current name; formats are no change; stop ends it', async () => {
    const b = book();
    const api = createOfficeApi(b.run);
    const seen: string[] = [];
    const watch = await api.watchChanges!((sheet) => seen.push(sheet));
    expect(watch.ok).toBe(true);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').values = [[15]];
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu']);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Kết quả').getRange('A1:B1').values = [['Hạng', 'Đơn vị']];
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').format.fill.color = '#FF0000';
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu', 'Kết quả']);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').name = 'Số liệu 2024';
      await context.sync();
      context.workbook.worksheets.getItem('Số liệu 2024').getRange('C2').values = [[11]];
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu', 'Kết quả', 'Số liệu 2024']);
    if (!watch.ok) throw new Error(watch.error);
    watch.value();
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu 2024').getRange('D2').values = [[1]];
      await context.sync();
    });
    await settle();
    expect(seen).toHaveLength(3);
  });

  test('the pane’s own reads raise nothing', async () => {
    const b = book();
    const api = createOfficeApi(b.run);
    const seen: string[] = [];
    await api.watchChanges!((sheet) => seen.push(sheet));
    await api.inspect('vi');
    await settle();
    expect(seen).toEqual([]);
  });
});

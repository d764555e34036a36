/**
 * inspect reads the workbook as the reader sees it (used ranges not at A1, Excel errors, merged
 * title rows, own sheets left out); select takes the user to a diagnostic's cell.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { fixtureGrid } from '../support/office';

describe('inspect', () => {
  test('summarises the workbook and lists the own output sheets once they exist', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const api = createOfficeApi(book.run);
    const first = await api.inspect('vi');
    if (!first.ok) throw new Error(first.error);
    expect(first.value.summary).toMatchObject({ layout: 'long', units: 5, groups: 2, sheets: { criteria: 'Tiêu chí', data: ['Số liệu'] } });
    expect(first.value.outputSheets).toEqual([]);
    expect(first.value.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(book.stats.syncs).toBe(3);

    expect((await api.score({ lang: 'vi', flagInPlace: false })).ok).toBe(true);
    const second = await api.inspect('vi');
    if (!second.ok) throw new Error(second.error);
    expect(second.value.outputSheets).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    expect(second.value.summary.units).toBe(5);
  });

  test('locates problems at their real cells when the data does not start at A1', async () => {
    const book = MemoryWorkbook.fromGrid({
      name: 'lech.xlsx',
      sheets: [
        {
          name: 'Tiêu chí',
          originRow: 1,
          originCol: 1,
          merges: ['B2:F2'],
          rows: [['BẢNG TIÊU CHÍ'], [], ['Mã', 'Tên tiêu chí', 'Thuộc nhóm', 'Loại', 'Điểm chuẩn'], ['1.1', 'Thu ngân sách', null, 'định lượng', 10]],
        },
        {
          name: 'Số liệu',
          originRow: 2,
          originCol: 2,
          rows: [['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện'], ['A', '1.1', 100, { error: '#N/A' }], ['B', '1.1', 100, 'nhiều']],
        },
      ],
    });
    const outcome = await createOfficeApi(book.run).inspect('vi');
    if (!outcome.ok) throw new Error(outcome.error);
    const errors = outcome.value.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.cell} ${d.code}`);
    expect(errors).toEqual(expect.arrayContaining(['Số liệu!F4 excelError', 'Số liệu!F5 notNumber']));
  });

  test('a workbook with errors: score returns the diagnostics and writes nothing', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Số liệu', rows: [['Đơn vị', 'Mã tiêu chí'], ['A', '1.1']] }] });
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.result.ok).toBe(false);
    expect(outcome.value.result.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'missingSheet', severity: 'error' })]));
    expect(outcome.value.written).toEqual([]);
    expect(book.sheetNames()).toEqual(['Số liệu']);
    expect(book.stats.syncs).toBe(3);
  });
});

describe('select', () => {
  test('activates the sheet and selects the cell', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const outcome = await createOfficeApi(book.run).select('Số liệu', 'D7', 'vi');
    expect(outcome).toEqual({ ok: true, value: undefined });
    expect(book.active).toBe('Số liệu');
    expect(book.selection).toEqual({ sheet: 'Số liệu', address: 'D7' });
  });

  test('an unknown sheet, a bad address or a hidden sheet is an error, not an exception', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    book.sheet('Đơn vị')!.visibility = 'Hidden';
    const api = createOfficeApi(book.run);
    expect(await api.select('Không có', 'A1', 'vi')).toEqual({ ok: false, error: 'Không tìm thấy trang tính “Không có”.' });
    expect(await api.select('Số liệu', 'XYZ', 'en')).toEqual({ ok: false, error: '“XYZ” is not a cell address.' });
    expect(await api.select('Đơn vị', 'A1', 'vi')).toEqual({ ok: false, error: expect.stringMatching(/^Không chọn được ô \(InvalidOperation/) });
    expect(book.selection).toBeNull();
  });
});

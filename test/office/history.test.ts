/** *Lưu vào lịch sử* through the Office.js host (cycle.md §2): appends, creates, refuses duplicates. */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { findPreset, presetSheets } from '../../src/presets';
import { formulas } from '../support/office';

function presetBook(withHistory = true): MemoryWorkbook {
  const sheets = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi').filter((s) => withHistory || s.name !== 'Lịch sử');
  return MemoryWorkbook.fromGrid({ sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) });
}

describe('saveHistory', () => {
  test('appends the run under the last row of Lịch sử, as text and numbers, then refuses a second time', async () => {
    const book = presetBook();
    const before = book.sheet('Lịch sử')!;
    expect(before).toBeDefined();
    const api = createOfficeApi(book.run);
    const first = await api.saveHistory!('vi');
    if (!first.ok) throw new Error(first.error);
    expect(first.value).toMatchObject({ saved: true, sheet: 'Lịch sử', rows: 8 });
    // Title row, blank row, header, 24 example rows: the run starts at row 28.
    expect(book.valueAt('Lịch sử', 'A27')).toBe(2024);
    expect(book.valueAt('Lịch sử', 'B27')).toBe('6 tháng');
    expect([book.valueAt('Lịch sử', 'A28'), book.valueAt('Lịch sử', 'B28'), book.valueAt('Lịch sử', 'C28'), book.valueAt('Lịch sử', 'D28')]).toEqual([2024, 'năm', 'Thủy Nguyên', 1]);
    expect(book.valueAt('Lịch sử', 'E28')).toBeCloseTo(103.07, 9);
    expect(book.valueAt('Lịch sử', 'C35')).toBe('Kiến Thụy');
    expect(book.valueAt('Lịch sử', 'A36')).toBeNull();
    expect(formulas(book, 'Lịch sử')).toEqual([]);

    const second = await api.saveHistory!('en');
    if (!second.ok) throw new Error(second.error);
    expect(second.value.saved).toBe(false);
    expect(second.value.lines[0]).toBe('Not saved to the history: the History sheet already has 8 rows of the period 2024 (it only appends, never overwrites; delete these rows to save again):');
    expect(second.value.lines.slice(1)).toContain('  Lịch sử!C28: Thủy Nguyên');
    expect(book.valueAt('Lịch sử', 'A36')).toBeNull();
  });

  test('creates Lịch sử with its header when absent', async () => {
    const book = presetBook(false);
    const out = await createOfficeApi(book.run).saveHistory!('vi');
    if (!out.ok) throw new Error(out.error);
    expect(book.sheetNames()).toContain('Lịch sử');
    expect(book.valueAt('Lịch sử', 'A1')).toBe('Năm');
    expect(book.valueAt('Lịch sử', 'C2')).toBe('Thủy Nguyên');
    expect(book.valueAt('Lịch sử', 'C9')).toBe('Kiến Thụy');
  });
});

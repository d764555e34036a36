/**
 * insertTemplate writes a preset's sheets as new sheets, never over a sheet that exists, and what it
 * writes reads back as the preset says (codes stay text, figures stay numbers).
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { findPreset, presetSheets } from '../../src/presets';
import { expected, expectOutputs, formulas, snapshots } from '../support/office';

const PRESET = 'hai-phong-huyen-2024';
const names = (lang: 'vi' | 'en', preset = PRESET) => presetSheets(findPreset(preset)!, lang).map((s) => s.name);

describe('insertTemplate', () => {
  test('inserts every preset sheet into a workbook that has none of them; scoring it gives the expected result', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    const api = createOfficeApi(book.run);
    const outcome = await api.insertTemplate(PRESET, 'vi');
    expect(outcome).toEqual({ ok: true, value: { inserted: names('vi'), skipped: [] } });
    expect(book.sheetNames()).toEqual(['Sheet1', ...names('vi')]);
    expect(book.active).toBe(names('vi')[0]);
    for (const s of names('vi')) expect(formulas(book, s)).toEqual([]);
    // Codes written as text stay text; figures stay numbers; the title row is merged and styled.
    expect(book.valueAt('Tiêu chí', 'A5')).toBe('1.1');
    expect(book.valueAt('Tiêu chí', 'E5')).toBe(10);
    expect(book.sheet('Tiêu chí')!.merges).toHaveLength(1);
    expect(book.formatAt('Tiêu chí', 'A3')).toMatchObject({ bold: true, numberFormat: '@' });
    expect(book.sheet('Tiêu chí')!.freeze).toEqual({ rows: 3, cols: 0 });
    // One sync to list the sheets, one to write them with their page layouts last.
    expect(book.stats.syncs).toBe(2);
    expect(book.sheet('Tiêu chí')!.print?.page.paperSize).toBe('A4');

    const scored = await api.score({ lang: 'vi', flagInPlace: false });
    if (!scored.ok) throw new Error(scored.error);
    expect(scored.value.result.ok).toBe(true);
    expectOutputs(book, expected(PRESET));
  });

  test('never overwrites: existing sheets are skipped and left exactly as they were', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'cài đặt', rows: [['Khóa', 'Giá trị'], ['Tên cụm', 'Cụm của tôi']] }] });
    const mine = book.snapshot('cài đặt');
    const api = createOfficeApi(book.run);
    const first = await api.insertTemplate(PRESET, 'vi');
    if (!first.ok) throw new Error(first.error);
    expect(first.value.skipped).toEqual(['Cài đặt']);
    expect(first.value.inserted).toEqual(names('vi').filter((n) => n !== 'Cài đặt'));
    expect(book.snapshot('cài đặt')).toEqual(mine);

    const all = book.sheetNames();
    const before = snapshots(book, all);
    const second = await api.insertTemplate(PRESET, 'vi');
    expect(second).toEqual({ ok: true, value: { inserted: [], skipped: names('vi') } });
    expect(book.sheetNames()).toEqual(all);
    expect(snapshots(book, all)).toEqual(before);
  });

  test('the blank preset in English writes the English headers only', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    const outcome = await createOfficeApi(book.run).insertTemplate('blank', 'en');
    expect(outcome).toEqual({ ok: true, value: { inserted: names('en', 'blank'), skipped: [] } });
    expect(book.valueAt('Criteria', 'A1')).toBe('Code');
    expect(book.valueAt('Criteria', 'A2')).toBeNull();
  });

  test('an unknown preset is an error, in the UI language, and changes nothing', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [] }] });
    const api = createOfficeApi(book.run);
    expect(await api.insertTemplate('khong-co', 'vi')).toEqual({ ok: false, error: 'Không có bảng mẫu “khong-co”.' });
    expect(await api.insertTemplate('nope', 'en')).toEqual({ ok: false, error: 'There is no template “nope”.' });
    expect(book.sheetNames()).toEqual(['Sheet1']);
    expect(book.stats.syncs).toBe(0);
  });
});

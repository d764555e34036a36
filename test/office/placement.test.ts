/**
 * Where the output goes and what it holds: a user's sheet of an output name is never touched, a
 * second run reuses the add-in's own sheets (found by their markers, even renamed), and text that
 * Excel would take for a formula, a number or an error lands as the same text.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { message } from '../../src/engine/messages';
import { OWN_MARKERS } from '../../src/workbook/output';
import { generateCluster } from '../support/generate-cluster';
import { fixtureGrid, formulas, OUTPUT_VI, snapshots, table } from '../support/office';

const OUTPUTS = Object.values(OUTPUT_VI);

describe('a user sheet named like an output', () => {
  test('survives untouched; the output goes to “Kết quả (2)” with a warning', async () => {
    const grid = await fixtureGrid('example-a');
    grid.sheets.push({ name: 'Kết quả', rows: [['Bảng của tôi'], [1, 2, 3]] });
    const book = MemoryWorkbook.fromGrid(grid);
    book.sheet('Kết quả')!.layers.push({ area: { top: 0, left: 0, bottom: 0, right: 0 }, format: { fill: '#FF0000' } });
    const mine = book.snapshot('Kết quả');
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    // The Warnings sheet carries the note.
    expect(outcome.value.written).toEqual(['Kết quả (2)', 'Chi tiết điểm', 'Đề nghị khen thưởng', 'Cảnh báo']);
    expect(outcome.value.notes).toEqual([
      { severity: 'warning', sheet: 'Kết quả', cell: 'A1', code: 'userSheetKept', params: { sheet: 'Kết quả', written: 'Kết quả (2)' } },
    ]);
    expect(message(outcome.value.notes[0]!.code, outcome.value.notes[0]!.params, 'vi')).toContain('Kết quả (2)');
    expect(book.snapshot('Kết quả')).toEqual(mine);
    expect(table(book, 'Kết quả (2)')[3]!.slice(0, 2)).toEqual([1, 'B']);
    expect(book.names.find((n) => n.name === OWN_MARKERS.results)!.formula).toBe("='Kết quả (2)'!$A$1");

    // Next time the own sheet is reused, and the user's is still left alone.
    const again = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.written[0]).toBe('Kết quả (2)');
    expect(again.value.notes).toEqual([]);
    expect(book.sheetNames().filter((n) => n.startsWith('Kết quả'))).toEqual(['Kết quả', 'Kết quả (2)']);
    expect(book.snapshot('Kết quả')).toEqual(mine);
  });
});

describe('a second run', () => {
  test('reuses the own sheets: same sheets and names, fresh content, nothing stale', async () => {
    const book = MemoryWorkbook.fromGrid(generateCluster({ units: 6, seed: 3 }));
    const api = createOfficeApi(book.run);
    const first = await api.score({ lang: 'vi', flagInPlace: false });
    if (!first.ok) throw new Error(first.error);
    const sheetsAfterFirst = book.sheetNames();
    const namesAfterFirst = JSON.stringify(book.names);
    const rulesAfterFirst = book.sheet('Chi tiết điểm')!.conditionalFormats.length;
    const firstResponses = book.stats.responseBytes.reduce((a, b) => a + b, 0);

    // Four units instead of six: the reused sheets must not keep the old rows.
    const smaller = generateCluster({ units: 4, seed: 5 });
    for (const s of smaller.sheets) book.sheet(s.name)!.rows = s.rows.map((r) => r.map((c) => (c === '' ? null : c)));
    book.resetStats();
    const second = await api.score({ lang: 'vi', flagInPlace: false });
    if (!second.ok) throw new Error(second.error);
    // The three outputs and, this cluster having warnings, the Warnings sheet: the same sheets again.
    expect(second.value.written).toEqual([...OUTPUTS, 'Cảnh báo']);
    expect(second.value.written).toEqual(first.value.written);
    expect(book.sheetNames()).toEqual(sheetsAfterFirst);
    expect(JSON.stringify(book.names)).toBe(namesAfterFirst);
    expect(book.sheet('Chi tiết điểm')!.conditionalFormats.length).toBe(rulesAfterFirst);
    const body = table(book, 'Kết quả').slice(3).filter((r) => r.some((c) => c !== null));
    expect(body.map((r) => r[1]).sort()).toEqual(['Đơn vị 00001', 'Đơn vị 00002', 'Đơn vị 00003', 'Đơn vị 00004']);
    expect(table(book, 'Chi tiết điểm').slice(3).filter((r) => r.some((c) => c !== null))).toHaveLength(4 * 10);
    expect(book.sheet('Kết quả')!.freeze).toEqual({ rows: 3, cols: 2 });
    // The own sheets are not read back: the second run reads about what the first did.
    expect(book.stats.syncs).toBe(4);
    expect(book.stats.responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(firstResponses);
  });

  test('finds an own sheet the user renamed, through its marker', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const api = createOfficeApi(book.run);
    expect((await api.score({ lang: 'vi', flagInPlace: false })).ok).toBe(true);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Kết quả').name = 'KQ 2024';
      await context.sync();
    });
    const again = await api.score({ lang: 'vi', flagInPlace: false });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.written).toEqual(['KQ 2024', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    expect(book.sheet('Kết quả')).toBeUndefined();
    expect(table(book, 'KQ 2024')[3]![1]).toBe('B');
  });
});

describe('text that looks like something else', () => {
  const tricky = ['=1+1', '@x', '-x', '+x', "'trích dẫn", '1.1', 'TRUE', '#N/A', '=HYPERLINK("http://x","y")'];

  test('unit names, criterion names and evidence land as text, never as formulas', async () => {
    const grid = generateCluster({ units: tricky.length, seed: 9, unitName: (i) => tricky[i]! });
    const criteria = grid.sheets.find((s) => s.name === 'Tiêu chí')!;
    criteria.rows[2]![1] = '=SUM(A1:A9)';
    const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
    data.rows[1]![6] = '=WEBSERVICE("http://x")';
    const book = MemoryWorkbook.fromGrid(grid);
    const inputs = book.sheetNames();
    const before = snapshots(book, inputs);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.result.ok).toBe(true);
    for (const s of OUTPUTS) expect(formulas(book, s)).toEqual([]);
    const units = table(book, 'Kết quả').slice(3).map((r) => r[1]);
    expect([...units].sort()).toEqual([...tricky].sort());
    const detail = table(book, 'Chi tiết điểm', 11).slice(3);
    expect(detail.map((r) => r[2])).toContain('=SUM(A1:A9)');
    expect(detail.map((r) => r[9])).toContain('=WEBSERVICE("http://x")');
    expect(detail.map((r) => r[1])).toContain('1.1');
    expect(table(book, 'Đề nghị khen thưởng').flat().filter((c) => typeof c === 'string' && tricky.includes(c)).length).toBeGreaterThan(0);
    expect(snapshots(book, inputs)).toEqual(before);
  });
});

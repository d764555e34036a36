/**
 * The one-click flow (createOfficeApi(memory.run).score) on the fixtures: the output sheets hold
 * the expected ranks, totals and nominations; input sheets are untouched; the request count and
 * sizes are what the host promises; the sheets look as the exceljs host makes them look.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { widthPoints } from '../../src/hosts/office/cells';
import { createOfficeApi } from '../../src/hosts/office';
import { findPreset, presetSheets } from '../../src/presets';
import { OWN_MARKERS, TONE_COLORS } from '../../src/workbook/output';
import { expected, expectOutputs, fixtureGrid, formulas, OUTPUT_VI, snapshots, table, toneFill } from '../support/office';

const MB4 = 4 * 1024 * 1024;
const OUTPUTS = Object.values(OUTPUT_VI);

async function scoreFixture(name: string) {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid(name));
  const inputs = book.sheetNames();
  const before = snapshots(book, inputs);
  const steps: string[] = [];
  const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false }, (s) => steps.push(s));
  return { book, inputs, before, outcome, steps };
}

describe('score on example A', () => {
  test('writes the expected ranks, totals and nominations, and leaves the inputs as they were', async () => {
    const { book, inputs, before, outcome, steps } = await scoreFixture('example-a');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.result.ok).toBe(true);
    expect(outcome.value.written).toEqual(OUTPUTS);
    expect(outcome.value.notes).toEqual([]);
    expect(outcome.value.flagged).toBe(0);
    expect(steps).toEqual(['read', 'score', 'write', 'done']);
    expectOutputs(book, expected('example-a'));
    expect(snapshots(book, inputs)).toEqual(before);
    for (const s of OUTPUTS) expect(formulas(book, s)).toEqual([]);
    expect(book.sheetNames()).toEqual([...inputs, ...OUTPUTS]);
  });

  test('reads in 3 syncs and writes in 1, the page layouts last in the writing request, each request far under 4 MB, with calculation suspended', async () => {
    const { book } = await scoreFixture('example-a');
    expect(book.stats.syncs).toBe(4);
    expect(book.largestRequest).toBeLessThan(MB4);
    expect(book.largestResponse).toBeLessThan(MB4);
    expect(book.stats.calculationSuspensions).toBe(1);
    // The first three requests only load; the fourth writes values and formats, then the page layouts.
    expect(book.stats.requestOps.slice(0, 3).every((ops) => Object.keys(ops).every((m) => m === 'load'))).toBe(true);
    expect(book.stats.requestOps[3]!.values).toBeGreaterThanOrEqual(3);
    expect(book.stats.requestOps[3]!.paperSize).toBe(OUTPUTS.length);
    expect(book.sheet('Kết quả')!.print!.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape' });
  });

  test('marks each output sheet by its defined name and selects the results', async () => {
    const { book } = await scoreFixture('example-a');
    const byName = new Map(book.names.map((n) => [n.name, n.formula]));
    expect(byName.get(OWN_MARKERS.results)).toBe("='Kết quả'!$A$1");
    expect(byName.get(OWN_MARKERS.detail)).toBe("='Chi tiết điểm'!$A$1");
    expect(byName.get(OWN_MARKERS.nominations)).toBe("='Đề nghị khen thưởng'!$A$1");
    expect(book.active).toBe('Kết quả');
  });

  test('styles the output: header, title, widths, number formats, freeze panes, status colours', async () => {
    const { book } = await scoreFixture('example-a');
    const header = book.formatAt('Kết quả', 'C3');
    expect(header).toMatchObject({ bold: true, fill: '#D9E1F2', numberFormat: '@', wrapText: true });
    expect(book.formatAt('Kết quả', 'A1')).toMatchObject({ bold: true, fontSize: 13 });
    expect(book.formatAt('Kết quả', 'G5').numberFormat).toBe('#,##0.00');
    expect(book.formatAt('Chi tiết điểm', 'F9').numberFormat).toBe('0.00%');
    // Column widths fitted to the content: the unit column holds the longest unit name.
    const longest = Math.max(...table(book, 'Kết quả').slice(3).map((r) => String(r[1] ?? '').length));
    expect(book.sheet('Kết quả')!.widths.get(1)).toBeGreaterThanOrEqual(widthPoints(longest + 2));
    expect(book.sheet('Kết quả')!.freeze).toEqual({ rows: 3, cols: 2 });
    expect(book.sheet('Đề nghị khen thưởng')!.freeze).toEqual({ rows: 3, cols: 0 });
    // Every status cell of the detail shows its tone; other cells none.
    const detail = table(book, 'Chi tiết điểm', 11);
    const fills: Record<string, string | null> = {
      Vượt: TONE_COLORS.good.fill,
      Đạt: TONE_COLORS.neutral.fill,
      'Chưa đạt': TONE_COLORS.bad.fill,
      'Thiếu số liệu': TONE_COLORS.bad.fill,
      'Đã chấm': null,
    };
    detail.slice(3).forEach((row, i) => {
      expect(toneFill(book, 'Chi tiết điểm', `G${i + 4}`)).toBe(fills[String(row[6])] ?? null);
      expect(toneFill(book, 'Chi tiết điểm', `E${i + 4}`)).toBeNull();
    });
    // A few rules, not one per row.
    expect(book.sheet('Chi tiết điểm')!.conditionalFormats.length).toBeLessThanOrEqual(4);
  });

  test('writes English sheets when asked in English', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const outcome = await createOfficeApi(book.run).score({ lang: 'en', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.written).toEqual(['Results', 'Score detail', 'Nominations']);
    expect(table(book, 'Results')[2]!.slice(0, 2)).toEqual(['Rank', 'Unit']);
    expect(table(book, 'Results')[3]![1]).toBe('B');
  });
});

describe('score on the Hải Phòng cluster', () => {
  test('the fixture workbook (merged title row) gives the expected result', async () => {
    const { book, inputs, before, outcome } = await scoreFixture('hai-phong-huyen-2024');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.result.ok).toBe(true);
    expectOutputs(book, expected('hai-phong-huyen-2024'));
    expect(snapshots(book, inputs)).toEqual(before);
    expect(book.stats.syncs).toBe(4);
  });

  test('the preset, as the template writes it, gives the same result', async () => {
    const sheets = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi');
    const book = MemoryWorkbook.fromGrid({ name: 'hai-phong.xlsx', sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, merges: s.merges })) });
    const inputs = book.sheetNames();
    const before = snapshots(book, inputs);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expectOutputs(book, expected('hai-phong-huyen-2024'));
    // Flags touch conditional formats only: values and static formats of the inputs are the same.
    const strip = (s: unknown) => ({ ...(s as Record<string, unknown>), conditionalFormats: null });
    for (const s of inputs) expect(strip(book.snapshot(s))).toEqual(strip(before[s]));
    expect(outcome.value.flagged).toBeGreaterThan(0);
    expect(book.stats.syncs).toBe(4);
  });
});

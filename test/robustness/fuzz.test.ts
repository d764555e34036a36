/**
 * Fuzzing the reader and the pipeline: random grids (sheet names from the known ones, their
 * English aliases and noise; cells that are numbers, NaN, infinities, text, Vietnamese number text,
 * header and choice words, codes, booleans, Excel errors, blanks) and random mutations of a valid
 * workbook. `readWorkbook` and `scoreGrid` must always return — diagnostics or a model and a result
 * — and never throw; every diagnostic is located at a real cell and its message fills every
 * placeholder in both languages. A few of the grids also go through the Office.js host on the
 * in-memory Excel, which must resolve, write nothing over the input and write only finite values.
 */
import fc from 'fast-check';
import { message } from '../../src/engine/messages';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { readWorkbook } from '../../src/workbook/read';
import { AWARDS_SHEET, CRITERIA_SHEET, DATA_SHEET, KIND_CHOICES, SETTING_KEYS, SETTINGS_SHEET, UNITS_SHEET, WIDE_SHEETS } from '../../src/workbook/schema';
import { snapshots } from '../support/office';
import { generateCluster } from '../support/generate-cluster';
import { base } from './corpus';

const SPECS = [CRITERIA_SHEET, DATA_SHEET, UNITS_SHEET, AWARDS_SHEET, SETTINGS_SHEET];
const SHEET_NAMES = [
  ...SPECS.flatMap((s) => [s.vi, s.en]),
  ...WIDE_SHEETS.flatMap((s) => [s.vi, s.en]),
  'TIEU CHI',
  'so_lieu',
  'Kết quả',
  'Chi tiết điểm',
  'Sheet1',
];
const WORDS = [
  ...SPECS.flatMap((s) => s.columns.flatMap((c) => [c.vi, c.en])),
  ...KIND_CHOICES.split(', '),
  ...SETTING_KEYS.flatMap((k) => [k.vi, k.en]),
  'tăng', 'giảm', 'tỷ lệ', 'ngưỡng', 'so với dẫn đầu', 'toàn diện', 'chuyên đề', 'có', 'không', 'x', 'đạt', 'không đạt', 'loại trừ', 'lỗi', 'liên tục',
  'I', 'II', '1.1', '1.2', '2.1', 'T1', 'I./1./1', 'An Lão', 'Thủy Nguyên', 'Thuỷ Nguyên', 'Tổng cộng', '=SUM(A1:A9)', '-', '@x',
];
const ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const numberText = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ',', ' ', ''), fc.constantFrom('.', ',', ''), fc.constantFrom('', '%', ' %'), fc.constantFrom('', '-', '+', '−'))
  .map(([int, frac, group, dec, pct, sign]) => {
    const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return `${sign}${grouped}${dec && frac ? `${dec}${frac}` : ''}${pct}`;
  });

export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e15, 1e16, 5e-324, 1e-300, Number.MAX_VALUE) },
  { weight: 3, arbitrary: numberText },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '1.234', '1,234', '1.868,257', '87,9%', '1e5', '0x10', '١٢') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const areaArb = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .map(([c, r, w, h]) => `${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + c + w)}${r + 1 + h}`);

const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SHEET_NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) }),
    header: fc.option(fc.constantFrom(...SPECS), { nil: null }),
    rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 25 }),
    originRow: fc.integer({ min: 0, max: 3 }),
    originCol: fc.integer({ min: 0, max: 2 }),
    merges: fc.array(areaArb, { maxLength: 2 }),
  })
  .map(({ name, header, rows, originRow, originCol, merges }) => ({
    name,
    rows: header ? [header.columns.map((c) => c.vi as Cell), ...rows] : rows,
    originRow,
    originCol,
    merges,
  }));

const randomGridArb: fc.Arbitrary<WorkbookGrid> = fc.array(sheetArb, { maxLength: 7 }).map((sheets) => ({ name: 'fuzz.xlsx', sheets }));

/** A valid workbook with a few cells, rows or sheets changed at random. */
const mutatedGridArb: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    seed: fc.integer({ min: 0, max: 3 }),
    cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cellArb), { minLength: 1, maxLength: 6 }),
    dropRow: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
    rename: fc.option(fc.tuple(fc.nat(), fc.constantFrom(...SHEET_NAMES)), { nil: null }),
  })
  .map(({ seed, cells, dropRow, rename }) => {
    const wb = seed === 0 ? base() : generateCluster({ units: 3 + seed, criteria: 7, seed });
    const sheets = wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
    for (const [si, ri, ci, v] of cells) {
      const s = sheets[si % sheets.length]!;
      const row = s.rows[ri % s.rows.length]!;
      row[ci % (row.length + 1)] = v;
    }
    if (dropRow) {
      const s = sheets[dropRow[0] % sheets.length]!;
      s.rows.splice(dropRow[1] % s.rows.length, 1);
    }
    if (rename) sheets[rename[0] % sheets.length]!.name = rename[1];
    return { ...wb, sheets };
  });

const anyGridArb = fc.oneof(randomGridArb, mutatedGridArb);

const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** Raise with THIDUA_FUZZ_RUNS=20000 to search harder. */
const RUNS = Number(process.env.THIDUA_FUZZ_RUNS ?? 400);

function checkDiagnostics(list: readonly { sheet: string; cell: string; code: Parameters<typeof message>[0]; params: Parameters<typeof message>[1] }[]): void {
  for (const d of list) {
    expect(typeof d.sheet).toBe('string');
    expect(d.cell).toMatch(CELL);
    // No placeholder left unfilled (the user's own text may hold braces: leave it out first).
    for (const lang of ['vi', 'en'] as const) {
      const text = Object.values(d.params).reduce<string>((m, v) => m.split(String(v)).join(''), message(d.code, d.params, lang));
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('random grids', () => {
  it('readWorkbook returns a model or diagnostics, never throws', () => {
    fc.assert(
      fc.property(anyGridArb, (grid) => {
        const read = readWorkbook(grid);
        checkDiagnostics(read.diagnostics);
        if (read.model === null) expect(read.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('scoreGrid returns a result (ranked, or refused with located errors), never throws', () => {
    fc.assert(
      fc.property(anyGridArb, (grid) => {
        const { result, sheets } = scoreGrid(grid, 'vi');
        checkDiagnostics(result.diagnostics);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (result.ok) {
          expect(errors).toEqual([]);
          // The three outputs, then the Warnings sheet (placed only when the run has warnings).
          expect(sheets.map((s) => s.kind)).toEqual(['results', 'detail', 'nominations', 'warnings']);
          for (const u of result.units) for (const v of [u.total, u.max, u.percent]) expect(Number.isFinite(v)).toBe(true);
          for (const s of sheets) for (const row of s.rows) for (const c of row) expect(['string', 'number', 'boolean', 'object']).toContain(typeof c);
        } else {
          expect(errors.length).toBeGreaterThan(0);
          expect({ units: result.units, sheets }).toEqual({ units: [], sheets: [] });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the Office.js host always resolves, leaves the input sheets as they were and writes only finite values', async () => {
    await fc.assert(
      fc.asyncProperty(anyGridArb, fc.boolean(), async (grid, flagInPlace) => {
        // Excel has no two sheets of one name (whatever the case); the fake keeps the first.
        const seen = new Set<string>();
        const sheets = grid.sheets.filter((s) => !seen.has(s.name.toLowerCase()) && seen.add(s.name.toLowerCase()) && !/[:\\/?*[\]]/.test(s.name) && s.name.length <= 31);
        const book = MemoryWorkbook.fromGrid({ ...grid, sheets });
        const names = book.sheetNames();
        const before = snapshots(book, names);
        const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace });
        if (!outcome.ok) throw new Error(outcome.error);
        const strip = (x: unknown) => ({ ...(x as object), conditionalFormats: null });
        for (const n of names) expect(strip(book.snapshot(n))).toEqual(strip(before[n]));
        for (const n of outcome.value.written) for (const row of book.sheet(n)!.rows) for (const c of row ?? []) if (typeof c === 'number') expect(Number.isFinite(c)).toBe(true);
        // The three outputs, and the Warnings sheet when the run has warnings.
        const warned = outcome.value.result.diagnostics.length + outcome.value.notes.length > 0;
        expect(outcome.value.written.length).toBe(outcome.value.result.ok ? (warned ? 4 : 3) : 0);
      }),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  });
});

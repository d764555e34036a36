/**
 * The formula audit through the Office.js host (on the in-memory Excel): written with formulas after
 * the output sheets, marked as the add-in's own, and — evaluated by HyperFormula over what the host
 * wrote — every check says Khớp. A user's `Kết quả` is kept, and the audit checks `Kết quả (2)`.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { styledSheet } from '../../src/preview/download';
import { isCellError, isFormula, type Cell } from '../../src/workbook/grid';
import { OWN_MARKERS } from '../../src/workbook/output';
import { fixtureGrid, formulas, table } from '../support/office';

const AUDIT = 'Công thức kiểm tra';

/** Every sheet of the memory book as HyperFormula input: formulas as the host wrote them, text as text. */
function evaluate(book: MemoryWorkbook): { hf: HyperFormula; values: (sheet: string) => unknown[][] } {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const name of book.sheetNames()) {
    const s = book.sheet(name)!;
    sheets[name] = table(book, name).map((row, r) =>
      row.map((c: Cell, j): RawCellContent => {
        const f = s.formulas.get(`${r}:${j}`);
        if (f) return f;
        if (c === null) return null;
        if (isCellError(c)) return `'${c.error}`;
        if (typeof c === 'string') return `'${c}`;
        return c as number | boolean;
      }),
    );
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  return { hf, values: (sheet) => hf.getSheetValues(hf.getSheetId(sheet)!) };
}

/** The check column's values under each `Kiểm tra` header, in both parts. */
function checks(rows: unknown[][]): unknown[] {
  const out: unknown[] = [];
  let col = -1;
  for (const row of rows) {
    const c = row.indexOf('Kiểm tra');
    if (c >= 0) col = c;
    else if (col >= 0 && typeof row[0] === 'number') out.push(row[col]);
  }
  return out;
}

describe('the formula audit from the pane (Office.js host)', () => {
  test('hai-phong: written after the outputs, with formulas, marked; every check says Khớp', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('hai-phong-huyen-2024'));
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false, audit: true });
    if (!outcome.ok) throw new Error(outcome.error);
    // The Hải Phòng cluster's maxima differ, so a Cảnh báo sheet is written too.
    expect(outcome.value.written).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng', AUDIT, 'Cảnh báo']);
    expect(formulas(book, AUDIT).length).toBeGreaterThan(500);
    expect(formulas(book, AUDIT).every((f) => f.startsWith('='))).toBe(true);
    expect(book.names.find((n) => n.name === OWN_MARKERS.audit)!.formula).toBe(`='${AUDIT}'!$A$1`);
    const all = checks(evaluate(book).values(AUDIT));
    const units = outcome.value.result.units.length;
    const leaves = outcome.value.result.criteria.filter((c) => c.kind !== 'group').length;
    expect(all).toHaveLength(units + units * leaves);
    expect(all.filter((c) => c !== 'Khớp')).toEqual([]);
  });

  test('a user’s Kết quả is kept: the audit checks Kết quả (2)', async () => {
    const grid = await fixtureGrid('example-a');
    grid.sheets.push({ name: 'Kết quả', rows: [['ghi chú của tôi']] });
    const book = MemoryWorkbook.fromGrid(grid);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false, audit: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.written[0]).toBe('Kết quả (2)');
    expect(formulas(book, AUDIT).some((f) => f.includes("'Kết quả (2)'!"))).toBe(true);
    expect(formulas(book, AUDIT).some((f) => f.includes("'Kết quả'!"))).toBe(false);
    expect(checks(evaluate(book).values(AUDIT)).filter((c) => c !== 'Khớp')).toEqual([]);
  });

  test('the preview’s download writes the audit’s formulas back as formulas', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false, audit: true });
    if (!outcome.ok) throw new Error(outcome.error);
    const styled = styledSheet(book, book.sheet(AUDIT)!);
    const cells = styled.rows.flat();
    expect(cells.filter(isFormula).length).toBe(formulas(book, AUDIT).length);
    expect(cells.some((c) => typeof c === 'string' && c.startsWith('='))).toBe(false);
  });

  test('no audit unless asked', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(book.sheetNames()).not.toContain(AUDIT);
  });
});

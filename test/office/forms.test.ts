/**
 * The pane's unit-form actions over the in-memory Excel: forms made from the open workbook, picked
 * forms consolidated only after the summary (planning writes nothing), exactly the logged cells
 * written, and the undo giving every one of them back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import type { FileBytes } from '../../src/app/api';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { expectedOf, expectMatches } from '../cli/expected';
import { toResultJson } from '../../src/engine/json';
import { figuresOf, fillWithExceljs } from '../jobs/form-support';
import { FIXTURES, tempDir } from '../cli/helpers';
import { writeFileSync } from 'node:fs';
import { table } from '../support/office';

// Real .xlsx files written, read and (some) filled by another program: slow when every suite runs at once.
jest.setTimeout(120_000);

async function blankGrid(): Promise<WorkbookGrid> {
  const grid = (await loadXlsx(readFileSync(path.join(FIXTURES, 'example-a.xlsx')), 'example-a.xlsx')).grid;
  const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
  for (const row of data.rows.slice(1)) for (const j of [3, 4, 6]) if (row.length > j) row[j] = null;
  return grid;
}

/** Fills the forms' bytes with the fixture's figures, as a unit's spreadsheet program would. */
async function filled(files: FileBytes[]): Promise<FileBytes[]> {
  const figures = await figuresOf(path.join(FIXTURES, 'example-a.xlsx'));
  const tmp = tempDir();
  try {
    const out: FileBytes[] = [];
    for (const f of files) {
      const file = tmp.file(f.name);
      writeFileSync(file, f.bytes);
      await fillWithExceljs(file, figures);
      out.push({ name: f.name, bytes: new Uint8Array(readFileSync(file)) });
    }
    return out;
  } finally {
    tmp.cleanup();
  }
}

describe('unit forms in the pane (Office host)', () => {
  test('make forms, plan, confirm, write, score as expected, undo exactly', async () => {
    const book = MemoryWorkbook.fromGrid(await blankGrid());
    const api = createOfficeApi(book.run);
    const before = table(book, 'Số liệu');

    const made = await api.makeForms('vi');
    if (!made.ok) throw new Error(made.error);
    expect(made.value.map((f) => f.name)).toEqual(['A.xlsx', 'B.xlsx', 'C.xlsx', 'D.xlsx', 'E.xlsx']);
    const forms = await filled(made.value);

    const plan = await api.consolidate(forms.slice(0, 4), { lang: 'vi', prefer: 'cluster', apply: false });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value).toMatchObject({ ok: true, conflicts: 0, refused: 0, written: [] });
    expect(plan.value.cells).toBeGreaterThan(0);
    expect(plan.value.submissions.find((s) => s.unit === 'E')!.status.kind).toBe('missing');
    // Planning writes nothing.
    expect(table(book, 'Số liệu')).toEqual(before);
    expect(book.sheetNames()).not.toContain('Nhật ký gộp');

    const done = await api.consolidate(forms, { lang: 'vi', prefer: 'cluster', apply: true });
    if (!done.ok) throw new Error(done.error);
    expect(done.value.written).toEqual(['Tình hình nộp', 'Nhật ký gộp']);
    expect(book.sheetNames()).toEqual(expect.arrayContaining(['Tình hình nộp', 'Nhật ký gộp']));
    const scored = await api.score({ lang: 'vi', flagInPlace: false });
    if (!scored.ok) throw new Error(scored.error);
    expectMatches(toResultJson(scored.value.result, 'vi'), expectedOf('example-a'));

    const undone = await api.undoConsolidation('vi');
    if (!undone.ok) throw new Error(undone.error);
    expect(undone.value).toEqual({ restored: done.value.cells, changed: [] });
    expect(table(book, 'Số liệu', before[0]!.length)).toEqual(before);
    expect(book.sheetNames()).not.toContain('Nhật ký gộp');
    expect(book.sheetNames()).not.toContain('Tình hình nộp');
    const again = await api.undoConsolidation('vi');
    expect(again.ok).toBe(false);
  });

  test('undo leaves a cell changed since the consolidation as it is, and says which', async () => {
    const book = MemoryWorkbook.fromGrid(await blankGrid());
    const api = createOfficeApi(book.run);
    const made = await api.makeForms('vi');
    if (!made.ok) throw new Error(made.error);
    const done = await api.consolidate(await filled(made.value.slice(0, 1)), { lang: 'vi', prefer: 'cluster', apply: true });
    if (!done.ok) throw new Error(done.error);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').values = [[777]];
      await context.sync();
    });
    const undone = await api.undoConsolidation('vi');
    if (!undone.ok) throw new Error(undone.error);
    expect(undone.value.changed).toEqual(['Số liệu!D2']);
    expect(book.valueAt('Số liệu', 'D2')).toBe(777);
    expect(book.valueAt('Số liệu', 'D3')).toBeNull();
  });
});

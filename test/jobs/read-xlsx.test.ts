/** The pane's small .xlsx reader reads what the command line's exceljs reader reads. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadXlsx } from '../../src/hosts/exceljs';
import { loadSubmittedForm } from '../../src/hosts/exceljs/form';
import { formXlsx } from '../../src/hosts/xlsx/form-xlsx';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { makeForms } from '../../src/jobs/forms';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { FIXTURES } from '../cli/helpers';

// Real .xlsx files written, read and (some) filled by another program: slow when every suite runs at once.
jest.setTimeout(120_000);

/** Sheets as name → rows without trailing blanks, for comparing two readers. */
function plain(grid: WorkbookGrid): Record<string, Cell[][]> {
  const out: Record<string, Cell[][]> = {};
  for (const s of grid.sheets) {
    const rows = s.rows.map((r) => {
      const cells = [...r];
      while (cells.length && (cells[cells.length - 1] === null || cells[cells.length - 1] === undefined)) cells.pop();
      return cells.map((c) => c ?? null);
    });
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    out[s.name] = rows;
  }
  return out;
}

describe('readXlsx', () => {
  it.each(['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'])('reads %s as exceljs does', async (name) => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, `${name}.xlsx`)));
    const mine = await readXlsx(bytes, name);
    const theirs = await loadXlsx(bytes, name);
    expect(plain(mine.grid)).toEqual(plain(theirs.grid));
    expect(mine.grid.sheets.map((s) => [s.name, (s.merges ?? []).slice().sort()])).toEqual(theirs.grid.sheets.map((s) => [s.name, (s.merges ?? []).slice().sort()]));
    // Dates and percents by their cell format (read-book.ts cellFormats), as exceljs marks them.
    const shapes = (g: WorkbookGrid) => g.sheets.map((s) => [s.name, (s.shapes ?? []).flatMap((r, i) => (r ?? []).flatMap((x, j) => (x ? [`${i}:${j}:${x}`] : [])))]);
    expect(shapes(mine.grid)).toEqual(shapes(theirs.grid));
  });

  it('reads a form: its cells, its marker name and its time of filling', async () => {
    const grid = (await loadXlsx(readFileSync(path.join(FIXTURES, 'example-a.xlsx')), 'cum.xlsx')).grid;
    const form = makeForms(grid, 'vi').forms[0]!;
    const bytes = await formXlsx(form, new Date('2025-01-20T08:30:00Z'));
    const mine = await readXlsx(bytes, form.file);
    const theirs = await loadSubmittedForm(form.file, bytes);
    expect(plain(mine.grid)).toEqual(plain(theirs.grid!));
    expect(mine.names.get('ThiDua_PhieuNhap')).toBe(theirs.names.get('ThiDua_PhieuNhap'));
    expect(mine.modified).toBe('2025-01-20T08:30:00Z');
  });
});

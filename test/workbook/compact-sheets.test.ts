/**
 * `Kết quả` and the units not proposed on `Đề nghị khen thưởng` are kept in the compact row form
 * (src/workbook/row-block.ts, issue 17): what they hold must be what their column tables give, cell
 * for cell and tone for tone, and a sheet built on them (the ineligible units' table) must keep
 * every row.
 */
import type { ClusterResult } from '../../src/engine/result';
import { cluster } from '../engine/builder';
import { withIneligible } from '../../src/workbook/compare-sheets';
import type { Cell } from '../../src/workbook/grid';
import { nominationsSheet, resultsSheet } from '../../src/workbook/output';
import { headerOf } from '../../src/workbook/reports/columns';
import { leftRows, nominationColumns, proposedRows } from '../../src/workbook/reports/nominations';
import { rankingColumns } from '../../src/workbook/reports/ranking';
import { eachTone, RowBlock, RowBlockError, sheetRows, tonesByCell } from '../../src/workbook/row-block';

/** Six units: A and B tied at the one seat of the first award (a vote), the others left out. */
function tied(): ClusterResult {
  const b = cluster().group('I').manual('1', 80, { parent: 'I' }).settings({ tieBreaks: [] });
  const points: Record<string, number> = { A: 70, B: 70, C: 60, D: 50, E: 40, F: 30 };
  for (const [u, p] of Object.entries(points)) b.unit(u).data(u, '1', { self: p });
  b.award({ name: 'Cờ', quota: 1 });
  const result = b.evaluate();
  expect(result.ok).toBe(true);
  return result;
}

/** Every row of a sheet by index, as arrays. */
const cells = (rows: { length: number; at(i: number): readonly Cell[] | undefined }): Cell[][] => Array.from({ length: rows.length }, (_, i) => [...(rows.at(i) ?? [])]);

describe('the sheets of a cluster in the compact row form', () => {
  it('Kết quả: one row per unit, each cell its column’s value, below the title and the header', () => {
    const result = tied();
    const sheet = resultsSheet(result, 'vi');
    expect(sheet.block).toBeInstanceOf(RowBlock);
    const { ctx, columns } = rankingColumns(result, 'vi', 'sheet');
    const main = columns.filter((c) => !c.appendix);
    const rows = cells(sheetRows(sheet));
    expect(rows[2]).toEqual(main.map((c) => headerOf(c, ctx, 'sheet')));
    expect(rows.slice(3)).toEqual(result.units.map((u) => main.map((c) => c.value(u, ctx) ?? null)));
    // The arrays made for a reader that does not know blocks are the same cells.
    expect(sheet.rows).toEqual(rows);
  });

  it('Đề nghị khen thưởng: the proposed rows (with the vote’s tone) above, the units left out in the block', () => {
    const result = tied();
    expect(result.nominations.map((n) => `${n.unit} ${n.status}`)).toEqual(['A vote', 'B vote']);
    const sheet = nominationsSheet(result, 'vi');
    const block = sheet.block!;
    expect(block).toBeInstanceOf(RowBlock);
    const { ctx, columns } = nominationColumns(result, 'vi', 'sheet');
    const proposed = { ...ctx, section: 'proposed' as const };
    const left = { ...ctx, section: 'left' as const };
    const rows = cells(sheetRows(sheet));
    // Title, blank, header, A, B, blank, the second title, its header: the head; then C…F.
    expect(block.head.length).toBe(8);
    expect(rows.slice(3, 5)).toEqual(proposedRows(result).map((r) => columns.map((c) => c.value(r, proposed))));
    expect(rows[7]).toEqual(columns.map((c) => headerOf(c, left, 'sheet')));
    expect(rows.slice(8)).toEqual(leftRows(result).map((r) => columns.map((c) => c.value(r, left) ?? null)));
    expect(sheet.headerRows).toEqual([2, 7]);
    expect(sheet.titleRows).toEqual([0, 6]);
    // The vote's tone on both proposed rows, in the head, read every way a writer reads tones.
    const basis = columns.findIndex((c) => c.key === 'basis');
    const expected = [
      { row: 3, col: basis, tone: 'neutral' },
      { row: 4, col: basis, tone: 'neutral' },
    ];
    expect(sheet.tones).toEqual(expected);
    const seen: unknown[] = [];
    eachTone(sheet, (row, col, tone) => seen.push({ row, col, tone }));
    expect(seen).toEqual(expected);
    const at = tonesByCell(sheet, columns.length);
    expect([at(3, basis), at(4, basis), at(8, basis), at(3, 0)]).toEqual(['neutral', 'neutral', undefined, undefined]);
  });

  it('a table added below a sheet in the compact form keeps every row above it', () => {
    const result = tied();
    const sheet = nominationsSheet(result, 'vi');
    const before = cells(sheetRows(sheet));
    const added = withIneligible(sheet, { ...result, ineligible: [{ award: 'Cờ', unit: 'C', failures: [{ kind: 'leaderOnly' }] }] }, 'vi');
    expect(added.block).toBeUndefined();
    expect(sheetRows(added)).toBe(added.rows);
    expect(added.rows.slice(0, before.length)).toEqual(before);
    expect(added.rows.length).toBe(before.length + 4);
    expect(added.rows.at(-1)![1]).toBe('C');
    expect(added.tones).toEqual(sheet.tones);
  });

  it('a block’s head tones stay in its head; a sheet serialises the same before and after its rows are read', () => {
    expect(() => new RowBlock([['a']], ['text'], 1, [{ row: 1, col: 0, tone: 'good' }])).toThrow(RowBlockError);
    const block = new RowBlock([['t'], ['h']], ['text'], 2, [{ row: 1, col: 0, tone: 'bad' }]);
    block.add();
    block.set(0, 'x');
    block.tone(0, 'good');
    expect([block.toneAt(0, 0), block.toneAt(1, 0), block.toneAt(2, 0)]).toEqual([undefined, 'bad', 'good']);
    expect(block.toneList()).toEqual([
      { row: 1, col: 0, tone: 'bad' },
      { row: 2, col: 0, tone: 'good' },
    ]);
    const sheet = resultsSheet(tied(), 'en');
    const first = JSON.stringify(sheet);
    expect(JSON.stringify(sheet)).toBe(first);
    expect(JSON.parse(first).block).toEqual({ rows: 9, width: sheet.block!.width });
  });
});

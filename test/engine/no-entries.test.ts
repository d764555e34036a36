/**
 * Issue 17: at a million rows, no `Entry` (with its locations) is made on the scoring path or for
 * the detail sheet: the kinds' scorers read the figures' columns by row, and the detail sheet reads
 * each result through a cursor. What comes out is what the records give.
 */
import { EntryColumns, type LeafFigures } from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import { explain } from '../../src/engine/explain';
import type { ClusterResult } from '../../src/engine/result';
import { ResultCursor, ScoredUnit } from '../../src/engine/scored-units';
import { detailSheet } from '../../src/workbook/output';
import { readWorkbook } from '../../src/workbook/read';
import { DETAIL, detailColumns, detailRows, forEachDetailRow } from '../../src/workbook/reports/detail';
import { generateCluster } from '../support/generate-cluster';

/** Every kind (target by three methods, pass/fail, count, manual, bonus, penalty) and blanks among the figures. */
function scored(): { result: ClusterResult; columns: EntryColumns } {
  const grid = generateCluster({ units: 40, criteria: 9, seed: 11 });
  // Blanks (missing data, a blank bonus) and zero targets, each said at its cell.
  const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
  data.rows.forEach((row, i) => {
    if (i > 0 && i % 13 === 0) row[3] = row[4] = row[5] = null;
    if (i > 0 && i % 29 === 0 && typeof row[2] === 'number') row[2] = 0;
  });
  const { model, diagnostics } = readWorkbook(grid);
  const columns = model!.columns!;
  expect(columns).toBeInstanceOf(EntryColumns);
  return { result: evaluate(model!, diagnostics), columns };
}

afterEach(() => jest.restoreAllMocks());

describe('no Entry on the scoring path', () => {
  it('scores every kind, blanks and diagnostics included, without making an entry', () => {
    const made = jest.spyOn(EntryColumns.prototype, 'entry');
    const { result } = scored();
    expect(result.ok).toBe(true);
    // The cluster has what the non-ratio scorers handle: yes/no, counts, manual scores, missing data.
    const bases = new Set(result.units.flatMap((u) => [...Object.values(u.criteria), ...Object.values(u.extras)].map((r) => r.basis.kind)));
    expect([...bases].sort()).toEqual(expect.arrayContaining(['count', 'manual', 'passfail', 'target']));
    const said = new Set(result.diagnostics.map((d) => d.code));
    expect(said.has('missingZero') || said.has('missingExcluded')).toBe(true);
    expect(said.has('zeroTarget')).toBe(true);
    // Said at the blank cell itself (a location made for the diagnostic only).
    expect(result.diagnostics.find((d) => d.code === 'zeroTarget')!.cell).toMatch(/^C\d+$/);
    expect(made).not.toHaveBeenCalled();
  });

  it('builds the detail sheet without an entry, cell for cell what the records give', () => {
    const { result } = scored();
    const made = jest.spyOn(EntryColumns.prototype, 'entry');
    const sheet = detailSheet(result, 'vi');
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    // The same table built from records and their entries (the way it was built before the cursor).
    const { ctx, columns } = detailColumns(result, 'vi', 'sheet', DETAIL);
    const viaRecords = detailRows(result).map((r) => columns.map((c) => c.value({ unit: r.unit, criterion: r.criterion, outcome: r.outcome }, ctx)));
    expect(viaRecords.length).toBeGreaterThan(300);
    expect(sheet.rows.slice(3)).toEqual(viaRecords);
  });
});

describe('the result cursor', () => {
  it('reads what the record has, and its entry is the record’s', () => {
    const { result } = scored();
    const cursor = new ResultCursor();
    let seen = 0;
    for (const u of result.units) {
      expect(u).toBeInstanceOf(ScoredUnit);
      for (const [code, record] of Object.entries({ ...u.criteria, ...u.extras })) {
        expect((u as ScoredUnit).readLeaf(code, cursor)).toBe(true);
        expect({ code: cursor.code, status: cursor.status, points: cursor.points, max: cursor.max, rate: cursor.rate, basis: cursor.basis }).toEqual({ ...record, entry: undefined });
        expect(cursor.entry).toBe(record.entry);
        const pick = (f: LeafFigures | null) => f && { target: f.target, actual: f.actual, self: f.self, appraised: f.appraised, evidence: f.evidence };
        expect(pick(cursor.figures())).toEqual(pick(record.entry));
        seen++;
      }
    }
    // 9 criteria, a bonus and a deduction item.
    expect(seen).toBe(40 * 11);
    expect((result.units[0] as ScoredUnit).readLeaf('no such code', cursor)).toBe(false);
  });

  it('visits the rows detailRows lists, in its order, and explains them alike', () => {
    const { result } = scored();
    const listed = detailRows(result).map((r) => `${r.unit.unit}|${r.criterion.code}|${explain(r.outcome, r.criterion, 'en', 2)}`);
    const visited: string[] = [];
    forEachDetailRow(result, (r) => visited.push(`${r.unit.unit}|${r.criterion.code}|${explain(r.outcome, r.criterion, 'en', 2, r.figures)}`));
    expect(visited).toEqual(listed);
  });
});

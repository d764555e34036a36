/**
 * Consolidation's cases (cycle.md §1): conflicts, two files of one unit, strangers, another criteria
 * set, a unit that sent nothing, a form with errors, targets never replaced. Forms are made by the
 * forms job, written and read back as .xlsx, then "filled" in their grids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { loadSubmittedForm } from '../../src/hosts/exceljs/form';
import { formXlsx } from '../../src/hosts/xlsx/form-xlsx';
import { loadXlsx } from '../../src/hosts/exceljs';
import { consolidate, consolidationSummary } from '../../src/jobs/consolidate';
import { makeForms } from '../../src/jobs/forms';
import { formatFileDiagnostic, type SubmittedForm } from '../../src/workbook/consolidate';
import { readMergeLog } from '../../src/workbook/consolidate-sheets';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/workbook/grid';
import { FIXTURES } from '../cli/helpers';

// Real .xlsx files written, read and (some) filled by another program: slow when every suite runs at once.
jest.setTimeout(120_000);

const clone = <T>(v: T): T => structuredClone(v);

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  return grid.sheets.find((s) => s.name === name)!;
}

/** example-a with the unit-owned figures blank, except what a test keeps. */
async function blankCluster(): Promise<WorkbookGrid> {
  const grid = (await loadXlsx(readFileSync(path.join(FIXTURES, 'example-a.xlsx')), 'example-a.xlsx')).grid;
  const data = sheet(grid, 'Số liệu');
  for (const row of data.rows.slice(1)) for (const j of [3, 4, 6]) if (row.length > j) row[j] = null;
  return grid;
}

async function formsOf(grid: WorkbookGrid): Promise<SubmittedForm[]> {
  const made = makeForms(grid, 'vi');
  expect(made.ok).toBe(true);
  return Promise.all(made.forms.map(async (f) => loadSubmittedForm(f.file, await formXlsx(f))));
}

const formOf = (forms: SubmittedForm[], unit: string): SubmittedForm => forms.find((f) => f.file === `${unit}.xlsx`)!;

/** Sets a form's data cell by criterion code and header. */
function fill(form: SubmittedForm, code: string, header: string, value: Cell): void {
  const data = sheet(form.grid!, 'Số liệu');
  const col = data.rows[0]!.indexOf(header);
  const row = data.rows.find((r) => r[1] === code)!;
  row[col] = value;
}

/** Fills every row of a form: the actual (or the self score of a manual criterion) as given. */
function fillAll(form: SubmittedForm, value: number): void {
  const data = sheet(form.grid!, 'Số liệu');
  const passfail = new Set(sheet(form.grid!, 'Tiêu chí').rows.filter((r) => r[3] === 'đạt/không đạt').map((r) => r[0]));
  for (const row of data.rows.slice(1)) row[4] = passfail.has(row[1]!) ? 'Đạt' : value;
}

describe('consolidating forms', () => {
  let cluster: WorkbookGrid;
  let forms: SubmittedForm[];
  beforeAll(async () => {
    cluster = await blankCluster();
    forms = await formsOf(cluster);
  });

  it('makes one form per unit, with a marker the consolidation recognises', () => {
    expect(forms.map((f) => f.file).sort()).toEqual(['A.xlsx', 'B.xlsx', 'C.xlsx', 'D.xlsx', 'E.xlsx']);
    for (const f of forms) expect(f.names.get('ThiDua_PhieuNhap')).toMatch(/^'Hướng dẫn'!\$B\$\d+$/);
  });

  it('fills blank cells, marks units that sent nothing `Chưa nộp`, and logs every cell written', () => {
    const a = clone(formOf(forms, 'A'));
    fillAll(a, 7);
    fill(a, '1.1', 'Minh chứng', 'BC 12/2024');
    const { plan, sheets } = consolidate({ file: 'cum.xlsx', grid: cluster }, [a], { lang: 'vi' });
    expect(plan.ok).toBe(true);
    expect(plan.conflicts).toEqual([]);
    const rowsOfA = sheet(cluster, 'Số liệu').rows.filter((r) => r[0] === 'A').length;
    expect(plan.writes.filter((w) => w.col === 3)).toHaveLength(rowsOfA);
    expect(plan.writes.find((w) => w.col === 6)).toMatchObject({ cell: 'G2', old: null, value: 'BC 12/2024', file: 'A.xlsx' });
    // Only owned columns: actual (D), self (E), evidence (G); never the target (C) or the appraised score (F).
    expect(new Set(plan.writes.map((w) => w.col))).toEqual(new Set([3, 6]));
    const statuses = Object.fromEntries(plan.submissions.map((s) => [s.unit, s.status.kind]));
    expect(statuses).toEqual({ A: 'submitted', B: 'missing', C: 'missing', D: 'missing', E: 'missing' });
    const [sub, log] = sheets;
    expect(sub!.name).toBe('Tình hình nộp');
    expect(sub!.rows.find((r) => r[0] === 'B')).toContain('Chưa nộp');
    expect(sub!.rows.find((r) => r[0] === 'A')).toContain('Đã nộp');
    expect(log!.name).toBe('Nhật ký gộp');
    const logged = readMergeLog({ name: log!.name, rows: log!.rows });
    expect(logged.map((w) => [w.cell, w.old, w.value])).toEqual(plan.writes.map((w) => [w.cell, w.old, w.value]));
  });

  it('lists a conflict and keeps the cluster’s value, unless the submitted values are preferred', () => {
    const grid = clone(cluster);
    sheet(grid, 'Số liệu').rows[1]![3] = 120; // A 1.1 already holds 120
    const a = clone(formOf(forms, 'A'));
    fill(a, '1.1', 'Thực hiện', 130);
    const kept = consolidate({ file: 'cum.xlsx', grid }, [a], { lang: 'vi' }).plan;
    expect(kept.conflicts).toHaveLength(1);
    expect(kept.conflicts[0]).toMatchObject({ cell: 'D2', old: 120, value: 130, file: 'A.xlsx', replaced: false });
    expect(kept.writes.find((w) => w.cell === 'D2')).toBeUndefined();
    const d = kept.diagnostics.find((x) => x.code === 'formConflictKept')!;
    expect(formatFileDiagnostic(d, 'vi')).toBe('A.xlsx › Số liệu!E2: Xung đột: ô Số liệu!D2 của cụm đã có “120”, phiếu ghi “130”; giữ giá trị của cụm.');
    expect(kept.submissions.find((s) => s.unit === 'A')!.conflicts).toBe(1);

    const taken = consolidate({ file: 'cum.xlsx', grid }, [a], { lang: 'vi', prefer: 'submitted' }).plan;
    expect(taken.writes.find((w) => w.cell === 'D2')).toMatchObject({ old: 120, value: 130 });
    expect(taken.conflicts[0]!.replaced).toBe(true);
    // The same value twice is no conflict.
    fill(a, '1.1', 'Thực hiện', 120);
    expect(consolidate({ file: 'cum.xlsx', grid }, [a], { lang: 'vi' }).plan.conflicts).toEqual([]);
  });

  it('stops, naming both files, when two files are one unit’s', () => {
    const a1 = clone(formOf(forms, 'A'));
    const a2 = { ...clone(formOf(forms, 'A')), file: 'A (gửi lại).xlsx' };
    const { plan, sheets } = consolidate({ file: 'cum.xlsx', grid: cluster }, [a1, a2, formOf(forms, 'B')], { lang: 'vi' });
    expect(plan.ok).toBe(false);
    expect(sheets).toEqual([]);
    const d = plan.diagnostics.filter((x) => x.code === 'formDuplicateUnit');
    expect(d).toHaveLength(1);
    expect(formatDiagnostic(d[0]!, 'vi')).toContain('A.xlsx và A (gửi lại).xlsx');
  });

  it('refuses a stranger: a unit that is not a member, and a form holding another unit’s rows', () => {
    const z = clone(formOf(forms, 'A'));
    const guide = sheet(z.grid!, 'Hướng dẫn');
    const markerRow = guide.rows[guide.rows.length - 1]!;
    markerRow[1] = String(markerRow[1]).replace('"unit":"A"', '"unit":"Z"');
    z.file = 'Z.xlsx';
    const b = clone(formOf(forms, 'B'));
    sheet(b.grid!, 'Số liệu').rows[2]![0] = 'C';
    const { plan } = consolidate({ file: 'cum.xlsx', grid: cluster }, [z, b], { lang: 'vi' });
    expect(plan.ok).toBe(true);
    expect(plan.refused).toBe(2);
    expect(plan.writes).toEqual([]);
    expect(plan.diagnostics.find((d) => d.file === 'Z.xlsx')).toMatchObject({ code: 'formNotMember', params: { unit: 'Z' } });
    expect(plan.diagnostics.find((d) => d.file === 'B.xlsx' && d.severity === 'error')).toMatchObject({ code: 'formOtherUnitRows', sheet: 'Số liệu', cell: 'A3' });
    const zRow = plan.submissions.find((s) => s.file === 'Z.xlsx')!;
    expect(zRow.status.kind).toBe('refused');
    expect(plan.submissions.find((s) => s.unit === 'B')!.status).toMatchObject({ kind: 'refused', code: 'formOtherUnitRows' });
  });

  it('refuses a form made for another criteria set, or without a marker', async () => {
    const changed = clone(cluster);
    const criteria = sheet(changed, 'Tiêu chí');
    const row = criteria.rows.find((r) => r[0] === '1.1')!;
    row[4] = Number(row[4]) + 5;
    const old = formOf(await formsOf(changed), 'A');
    const bare = { ...clone(formOf(forms, 'B')), names: new Map<string, string>() };
    const { plan } = consolidate({ file: 'cum.xlsx', grid: cluster }, [old, bare], { lang: 'vi' });
    expect(plan.diagnostics.find((d) => d.file === 'A.xlsx')!.code).toBe('formOtherCriteria');
    expect(plan.diagnostics.find((d) => d.file === 'B.xlsx')!.code).toBe('formNoMarker');
    expect(plan.refused).toBe(2);
    expect(plan.writes).toEqual([]);
  });

  it('refuses a form with errors whole, each error located in its file', () => {
    const b = clone(formOf(forms, 'B'));
    fillAll(b, 3);
    fill(b, '1.2', 'Thực hiện', 'nhiều');
    const { plan } = consolidate({ file: 'cum.xlsx', grid: cluster }, [b], { lang: 'vi' });
    const errors = plan.diagnostics.filter((d) => d.file === 'B.xlsx' && d.severity === 'error');
    expect(errors.map((d) => `${d.sheet}!${d.cell}`)).toContain('Số liệu!E3');
    expect(plan.submissions.find((s) => s.unit === 'B')!.status).toMatchObject({ kind: 'refused', code: 'formHasErrors' });
    expect(plan.writes).toEqual([]);
    expect(consolidationSummary(plan)).toEqual({ cells: 0, conflicts: 0, refused: 1 });
  });

  it('never replaces the leader’s target: a different submitted one is a warning at its cell', () => {
    const a = clone(formOf(forms, 'A'));
    fill(a, '1.1', 'Chỉ tiêu', 999);
    fill(a, '1.1', 'Thực hiện', 100);
    const { plan } = consolidate({ file: 'cum.xlsx', grid: cluster }, [a], { lang: 'vi' });
    expect(plan.diagnostics.find((d) => d.code === 'formTargetDiffers')).toMatchObject({ file: 'A.xlsx', sheet: 'Số liệu', cell: 'D2', severity: 'warning' });
    expect(plan.writes.some((w) => w.col === 2)).toBe(false);
    expect(plan.submissions.find((s) => s.unit === 'A')!.status).toMatchObject({ kind: 'incomplete' });
  });

  it('writes nothing when the cluster workbook has errors', () => {
    const grid = clone(cluster);
    sheet(grid, 'Số liệu').rows[1]![2] = 'nhiều';
    const { plan } = consolidate({ file: 'cum.xlsx', grid }, [formOf(forms, 'A')], { lang: 'vi' });
    expect(plan.ok).toBe(false);
    expect(plan.diagnostics[0]).toMatchObject({ file: 'cum.xlsx', severity: 'error', cell: 'C2' });
  });
});

/**
 * The nominations' column table (src/workbook/reports/nominations.ts): `Đề nghị khen thưởng` (both of
 * its tables), THIDUA.NOMINATIONS and the JSON's `nominations` and `notNominated` come from it.
 */
import type { Lang } from '../../src/engine/model';
import type { ClusterResult } from '../../src/engine/result';
import { nominationsTable } from '../../src/functions/tables';
import { findPreset, presetSheets } from '../../src/presets';
import { nominationsSheet } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { toResultJson } from '../../src/workbook/reports/json';
import { NOMINATIONS, type NominationColumn, type NominationEntry } from '../../src/workbook/reports/nominations';
import { DETAIL } from '../../src/workbook/reports/detail';
import { RANKING } from '../../src/workbook/reports/ranking';

function presetResult(lang: Lang): ClusterResult {
  const { result } = scoreGrid({ name: 'hp.xlsx', sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, lang).map((s) => ({ name: s.name, rows: s.rows, originRow: 0, originCol: 0 })) }, lang);
  expect(result.ok).toBe(true);
  expect(result.notNominated.length).toBeGreaterThan(0);
  return result;
}

/** The unit's role (the new column of the example), after the unit. */
function withRole(): NominationEntry[] {
  const role: NominationColumn = {
    key: 'role',
    header: { vi: 'Vai trò', en: 'Role' },
    value: (r, { byUnit }) => byUnit.get(r.n.unit)?.role ?? null,
    format: 'text',
    width: 14,
    show: ['sheet', 'function', 'json'],
    json: { key: 'role' },
  };
  const at = NOMINATIONS.findIndex((e) => e.key === 'unit') + 1;
  return [...NOMINATIONS.slice(0, at), role, ...NOMINATIONS.slice(at)];
}

describe.each(['vi', 'en'] as const)('a new nominations column is one entry (%s)', (lang) => {
  const result = presetResult(lang);
  const roleOf = (unit: string): string => result.units.find((u) => u.unit === unit)!.role;
  const header = lang === 'vi' ? 'Vai trò' : 'Role';

  it('the sheet: in both tables, after the unit; every other cell where it was', () => {
    const before = nominationsSheet(result, lang);
    const after = nominationsSheet(result, lang, withRole());
    expect(after.headerRows).toEqual(before.headerRows);
    expect(after.headerRows).toHaveLength(2);
    for (const h of after.headerRows) expect(after.rows[h]![2]).toBe(header);
    const data = (s: typeof after): number[] => s.rows.flatMap((r, i) => (i > s.headerRows[0]! && !s.headerRows.includes(i) && typeof r[1] === 'string' ? [i] : []));
    const rows = data(after);
    expect(rows).toHaveLength(result.nominations.length + result.notNominated.length);
    for (const i of rows) expect(after.rows[i]![2]).toBe(roleOf(String(after.rows[i]![1])));
    const drop = (r: unknown[]): unknown[] => (r.length > 2 ? [...r.slice(0, 2), ...r.slice(3)] : r);
    expect(after.rows.slice(2).map(drop)).toEqual(before.rows.slice(2));
    expect(after.columns).toHaveLength(before.columns.length + 1);
  });

  it('THIDUA.NOMINATIONS: after the placed columns, a value on every row', () => {
    const [head, ...rows] = nominationsTable(result, lang, withRole());
    expect(head).toEqual([...nominationsTable(result, lang)[0]!, header]);
    expect(rows.map((r) => r[4])).toEqual(rows.map((r) => roleOf(String(r[1]))));
  });

  it('the JSON: in both lists, after the contract keys', () => {
    const after = toResultJson(result, lang, RANKING, DETAIL, withRole());
    expect(Object.keys(after.nominations[0]!)).toEqual(['award', 'unit', 'status', 'reason', 'role']);
    expect(Object.keys(after.notNominated[0]!)).toEqual(['unit', 'reason', 'role']);
    expect(after.notNominated.map((n) => (n as unknown as { role: string }).role)).toEqual(result.notNominated.map((n) => roleOf(n.unit)));
  });
});

describe('the nominations as today', () => {
  const result = presetResult('vi');
  it('a unit tied at the quota boundary: Cần bình xét in the function, its basis shaded on the sheet, `vote` in the JSON', () => {
    const tied: ClusterResult = { ...result, nominations: result.nominations.map((n, i) => (i === 1 ? { ...n, status: 'vote' } : n)) };
    const table = nominationsTable(tied);
    expect(table[0]).toEqual(['Hình thức', 'Đơn vị', 'Trạng thái', 'Căn cứ / Lý do']);
    expect(table[2]![2]).toBe('Cần bình xét');
    expect(table[1]![2]).toBe('Đề nghị');
    expect(table.at(-1)![0]).toBe('');
    expect(table.at(-1)![2]).toBe('Không đề nghị');
    expect(nominationsSheet(tied, 'vi').tones).toEqual([{ row: 4, col: 5, tone: 'neutral' }]);
    expect(toResultJson(tied, 'vi').nominations[1]!.status).toBe('vote');
  });
  it('the second table has its own header: no award, Lý do', () => {
    const sheet = nominationsSheet(result, 'vi');
    expect(sheet.rows[sheet.headerRows[1]!]).toEqual(['STT', 'Đơn vị', '', 'Tổng điểm', 'Hạng', 'Lý do']);
    expect(sheet.rows[2]).toEqual(['STT', 'Đơn vị', 'Hình thức đề nghị', 'Tổng điểm', 'Hạng', 'Căn cứ']);
  });
});

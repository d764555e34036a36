/**
 * The formula audit (documents.md §2) evaluated with HyperFormula beside the input sheets and the
 * output sheets the add-in writes: every figure equals the engine's to the cent on every fixture,
 * every check says Khớp, and a changed input cell makes the checks say Lệch.
 */
import { groupHeading } from '../../src/engine/format';
import { statusLabel } from '../../src/engine/labels';
import { AUDIT_KINDS, auditSheet } from '../../src/workbook/audit';
import { fileFormula, numberLiteral } from '../../src/workbook/formula';
import { isFormula, type WorkbookGrid } from '../../src/workbook/grid';
import { wideWorkbook } from './grids';
import { columnOf, evaluateAudit, fixtureGrid, FIXTURE_NAMES, type Evaluated } from './audit-support';

/** Every function Excel 2019, Excel on the web and LibreOffice compute alike; none is volatile. */
const ALLOWED = new Set(['IF', 'AND', 'OR', 'MIN', 'MAX', 'ABS', 'ROUND', 'SUM', 'SUMIFS', 'COUNTIFS', 'MAXIFS', 'TRUE', 'FALSE']);

const cent = (x: unknown): number => Math.round(Number(x) * 100);

function unitChecks(e: Evaluated): void {
  const { audit, result, value } = e;
  const h = audit.headerRows[0]!;
  const col = (name: string | RegExp): number => columnOf(audit, h, name);
  result.units.forEach((u, i) => {
    const r = h + 1 + i;
    expect(value(r, 1)).toBe(u.unit);
    for (const [code, points] of Object.entries(u.groups)) expect([code, cent(value(r, col(new RegExp(`^${groupHeading(code, '\u0000').slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))))]).toEqual([code, cent(points)]);
    expect(cent(value(r, col('Điểm thưởng')))).toBe(cent(u.bonus));
    expect(cent(value(r, col('Điểm trừ')))).toBe(cent(u.penalty));
    expect(cent(value(r, col('Tổng điểm')))).toBe(cent(u.total));
    expect(cent(value(r, col('Điểm tối đa')))).toBe(cent(u.max));
    expect(cent(value(r, col('Tỷ lệ %')))).toBe(cent(u.percent));
    expect(value(r, col('Xếp loại'))).toBe(u.classification);
    expect(value(r, col('Số tiêu chí vượt'))).toBe(u.exceeded);
    expect(value(r, col('Hạng'))).toBe(u.rank);
    expect([u.unit, value(r, col('Kiểm tra'))]).toEqual([u.unit, 'Khớp']);
  });
}

/** The statuses the audit's formulas may write: the results' words. */
const STATUS_WORDS = (['exceeded', 'met', 'below', 'missing'] as const).map((k) => statusLabel(k, 'vi'));
/** The statuses one audit wrote (leafChecks fills it; more than one word is expected). */
const statuses = new Set<string>();

function leafChecks(e: Evaluated): number {
  const { audit, result, value } = e;
  const h = audit.headerRows[1]!;
  const col = (name: string): number => columnOf(audit, h, name);
  const leaves = result.criteria.filter((c) => c.kind !== 'group');
  let checked = 0;
  result.units.forEach((u, ui) =>
    leaves.forEach((c, li) => {
      const r = h + 1 + ui * leaves.length + li;
      expect([value(r, col('Đơn vị')), value(r, col('Mã tiêu chí'))]).toEqual([u.unit, c.code]);
      const res = u.criteria[c.code] ?? u.extras[c.code]!;
      const points = value(r, col('Điểm'));
      const max = value(r, col('Điểm tối đa'));
      expect([u.unit, c.code, res.points === null ? '' : cent(points)]).toEqual([u.unit, c.code, res.points === null ? '' : cent(res.points)]);
      if (res.points === null) expect(points).toBe('');
      if (c.kind !== 'bonus' && c.kind !== 'penalty') expect([u.unit, c.code, max === '' ? null : max]).toEqual([u.unit, c.code, res.max]);
      if (res.rate !== null) expect(Number(value(r, col('Tỷ lệ r')))).toBeCloseTo(res.rate, 9); // HyperFormula shows 10 significant digits
      expect([u.unit, c.code, value(r, col('Kiểm tra'))]).toEqual([u.unit, c.code, 'Khớp']);
      // A status the formulas compute is written in the results' own word (Chi tiết điểm's).
      const status = value(r, col('Trạng thái'));
      if (status !== '' && status !== null) {
        expect(STATUS_WORDS).toContain(status);
        if (res.status !== 'excluded') expect([u.unit, c.code, status]).toEqual([u.unit, c.code, statusLabel(res.status, 'vi')]);
        statuses.add(String(status));
      }
      checked++;
    }),
  );
  return checked;
}

describe('the formula audit recomputed by HyperFormula', () => {
  const cache = new Map<string, Evaluated>();
  const get = async (name: string): Promise<Evaluated> => {
    let e = cache.get(name);
    if (!e) cache.set(name, (e = evaluateAudit(await fixtureGrid(name))));
    return e;
  };

  it.each(FIXTURE_NAMES)('%s: every unit figure equals the engine’s to the cent, and every check says Khớp', async (name) => {
    unitChecks(await get(name));
  });

  it.each(FIXTURE_NAMES)('%s: every leaf’s ratio, points and maximum equal the engine’s', async (name) => {
    const e = await get(name);
    statuses.clear();
    expect(leafChecks(e)).toBe(e.result.units.length * e.result.criteria.filter((c) => c.kind !== 'group').length);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it.each(FIXTURE_NAMES)('%s: only functions every spreadsheet computes, no volatile one, no error value', async (name) => {
    const { audit, hf } = await get(name);
    const used = new Set<string>();
    for (const row of audit.rows)
      for (const c of row)
        if (isFormula(c)) for (const m of c.formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
    expect([...used].filter((f) => !ALLOWED.has(f))).toEqual([]);
    const values = hf.getSheetValues(hf.getSheetId(audit.name)!);
    const errors = values.flat().filter((v) => typeof v === 'object' && v !== null);
    expect(errors).toEqual([]);
  });

  it('targets and actuals are references to their input cells', async () => {
    const { audit } = await get('example-a');
    const h = audit.headerRows[1]!;
    const first = audit.rows[h + 1]!;
    expect(first[6]).toEqual({ formula: expect.stringMatching(/^'Số liệu'!C\d+$/) });
    expect(first[7]).toEqual({ formula: expect.stringMatching(/^'Số liệu'!D\d+$/) });
    const relative = audit.rows.find((r) => r[3] === '1.4')!;
    expect(relative[11]).toEqual({ formula: expect.stringContaining('MAXIFS(') });
    expect(AUDIT_KINDS.size).toBe(8);
  });

  it('a changed input cell makes its unit’s check say Lệch (the checks can fail)', async () => {
    const e = evaluateAudit(await fixtureGrid('example-a'));
    const { hf, audit, result } = e;
    const h = audit.headerRows[0]!;
    const check = columnOf(audit, h, 'Kiểm tra');
    const total = columnOf(audit, h, 'Tổng điểm');
    const b = result.units.findIndex((u) => u.unit === 'B');
    // B's actual of 1.2 (55 against 50) becomes 10: B loses the 15 points of the threshold.
    const leafH = audit.headerRows[1]!;
    const row = audit.rows.findIndex((r, i) => i > leafH && r[1] === 'B' && r[3] === '1.2');
    const ref = (audit.rows[row]![7] as { formula: string }).formula;
    const m = /^'Số liệu'!([A-Z]+)(\d+)$/.exec(ref)!;
    const sheet = hf.getSheetId('Số liệu')!;
    hf.setCellContents({ sheet, row: Number(m[2]) - 1, col: m[1]!.charCodeAt(0) - 65 }, 10);
    expect(cent(e.value(h + 1 + b, total))).toBe(cent(result.units[b]!.total - 15));
    expect(e.value(h + 1 + b, check)).toBe('Lệch');
    // E (last, 67 points) keeps its figures and its rank; A, C and D move up a place.
    const at = (unit: string): unknown => e.value(h + 1 + result.units.findIndex((u) => u.unit === unit), check);
    expect(['A', 'C', 'D', 'E'].map(at)).toEqual(['Lệch', 'Lệch', 'Lệch', 'Khớp']);
  });

  it('keeps formula-like unit names as text, never as formulas', async () => {
    const grid = await fixtureGrid('example-a');
    const renamed: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c === 'E' ? '=1+1' : c))) })) };
    const e = evaluateAudit(renamed);
    const texts = e.audit.rows.flat().filter((c) => c === '=1+1');
    expect(texts.length).toBeGreaterThan(5);
    expect(e.audit.rows.flat().filter((c) => isFormula(c) && /^1\+1$|"=1\+1"/.test(c.formula))).toEqual([]);
    unitChecks(e);
  });

  it('writes numbers in formulas as plain decimals', () => {
    expect([numberLiteral(1e-11), numberLiteral(1e-9), numberLiteral(0.05), numberLiteral(-2.5e-7), numberLiteral(1e21), numberLiteral(20)]).toEqual([
      '0.00000000001',
      '0.000000001',
      '0.05',
      '-0.00000025',
      '1000000000000000000000',
      '20',
    ]);
    expect(fileFormula('MAXIFS(A1:A2,B1:B2,1)+IF(C1="MAXIFS(",1,0)')).toBe('_xlfn.MAXIFS(A1:A2,B1:B2,1)+IF(C1="MAXIFS(",1,0)');
  });

  it('finds the figures in the results sheet as written, wherever its rows and columns are', async () => {
    const grid = await fixtureGrid('example-a');
    const plain = evaluateAudit(grid);
    const { result, sheets } = plain;
    // The same results sheet with a column added before Tổng điểm and the units in another order.
    const [results, detail] = sheets;
    const h = results!.headerRows[0]!;
    const total = results!.rows[h]!.indexOf('Tổng điểm');
    const moved = {
      ...results!,
      rows: [...results!.rows.slice(0, h), ...results!.rows.slice(h, h + 1), ...results!.rows.slice(h + 1).reverse()].map((r) => [...r.slice(0, total), 'x', ...r.slice(total)]),
    };
    const audit = auditSheet(result, grid, 'vi', { results: results!.name, detail: detail!.name, resultsSheet: moved, detailSheet: detail });
    const formulas = audit.rows.flat().filter(isFormula).map((c) => c.formula);
    const b = result.units.findIndex((u) => u.unit === 'B');
    const movedRow = moved.rows.findIndex((r) => r[1] === 'B') + 1;
    const totalLetter = String.fromCharCode(65 + total + 1);
    expect(formulas.some((f) => f.includes(`'Kết quả'!${totalLetter}${movedRow})`))).toBe(true);
    expect(b).toBe(0);
  });

  it('the wide layout: references to Thực hiện, Chỉ tiêu, Tự chấm, Điểm thẩm định; every check Khớp', () => {
    const e = evaluateAudit(wideWorkbook());
    unitChecks(e);
    leafChecks(e);
    const refs = e.audit.rows.flat().filter(isFormula).map((c) => c.formula);
    for (const sheet of ['Thực hiện', 'Chỉ tiêu']) expect(refs.some((f) => f.startsWith(`'${sheet}'!`))).toBe(true);
  });

  it('dense ranks, a bonus cap, missing data left out, text numbers and a missing data row: every figure equals the engine’s', async () => {
    const grid = await fixtureGrid('example-a');
    const data = grid.sheets.find((x) => x.name === 'Số liệu')!;
    const header = data.rows[0]!.map((c) => String(c));
    const [unit, code, target, actual] = ['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện'].map((h) => header.findIndex((x) => x.startsWith(h)));
    const rowOf = (u: string, c: string): number => data.rows.findIndex((r) => r[unit!] === u && String(r[code!]) === c);
    data.rows[rowOf('B', '1.1')]![actual!] = '180,0'; // number text: the audit holds the value read, with a note
    data.rows[rowOf('C', '1.2')]![actual!] = null; // missing, left out under `loại trừ`
    data.rows[rowOf('E', '1.3')]![target!] = 0; // lower is better, target 0
    data.rows.splice(rowOf('A', '2.2'), 1); // no data row for a pass/fail criterion
    grid.sheets.push({ name: 'Cài đặt', rows: [['Khóa', 'Giá trị'], ['Kiểu xếp hạng', 'liên tục'], ['Tổng điểm thưởng tối đa', 2], ['Thiếu số liệu', 'loại trừ']] });
    const e = evaluateAudit(grid);
    expect(e.result.settings.rankStyle).toBe('dense');
    unitChecks(e);
    leafChecks(e);
    const notes = e.audit.rows.flat().filter((c): c is string => typeof c === 'string');
    expect(notes.some((t) => t.includes('“180,0”'))).toBe(true);
    expect(notes).toContain('Không có dòng số liệu: thiếu số liệu');
    expect(e.audit.rows[e.audit.headerRows[0]!]).toContain('Đầu nhóm đồng hạng');
  });

  it('writes English words in an English audit', async () => {
    const e = evaluateAudit(await fixtureGrid('example-a'), 'en');
    const h = e.audit.headerRows[0]!;
    expect(e.audit.name).toBe('Formula audit');
    expect(e.value(h + 1, columnOf(e.audit, h, 'Check'))).toBe('Match');
  });
});

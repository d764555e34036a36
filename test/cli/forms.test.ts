/** `thidua forms` and `thidua consolidate` on real files: usage, exit statuses, and forms other programs open. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { blankFigures, hasPython, hasSoffice, PYTHON, SOFFICE } from '../jobs/form-support';
import { FIXTURES, loadWorkbook, run, sheetValues, tempDir } from './helpers';

// Real .xlsx files written, read and (some) filled by another program: slow when every suite runs at once.
jest.setTimeout(120_000);

describe('thidua forms / consolidate', () => {
  const tmp = tempDir();
  const cluster = tmp.file('cum.xlsx');
  const dir = tmp.file('phieu');
  beforeAll(async () => {
    await blankFigures(path.join(FIXTURES, 'example-a.xlsx'), cluster);
    const r = await run('forms', cluster, '--out-dir', dir);
    expect(r.code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('writes one <unit>.xlsx per unit and needs --out-dir', async () => {
    expect(readdirSync(dir).sort()).toEqual(['A.xlsx', 'B.xlsx', 'C.xlsx', 'D.xlsx', 'E.xlsx']);
    expect((await run('forms', cluster)).code).toBe(2);
    expect((await run('forms', tmp.file('none.xlsx'), '--out-dir', dir)).code).toBe(2);
  });

  it('gives a form its instructions, read-only criteria and the unit’s rows only', async () => {
    const wb = await loadWorkbook(path.join(dir, 'B.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Tiêu chí', 'Số liệu']);
    const data = wb.getWorksheet('Số liệu')!;
    const rows = sheetValues(data).slice(1);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['B']));
    expect(data.getCell('A2').protection?.locked).not.toBe(false);
    expect(data.getCell('E2').protection?.locked).toBe(false);
    expect(data.getCell('E2').dataValidation).toMatchObject({ type: 'decimal', showInputMessage: true });
    expect(String(data.getCell('E2').dataValidation.prompt)).toContain('Thu ngân sách');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it.each(hasPython ? [PYTHON] : [])('opens in openpyxl (%s) protected, validated, with its marker', (python) => {
    const script = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Số liệu']
names = [d.name for d in wb.defined_names.definedName] if hasattr(wb.defined_names, 'definedName') else list(wb.defined_names.keys())
kinds = sorted({dv.type for dv in ws.data_validations.dataValidation})
print(ws.protection.sheet, wb['Tiêu chí'].protection.sheet, ws.freeze_panes, 'ThiDua_PhieuNhap' in names, ','.join(kinds), ws['E2'].protection.locked)
`;

    const out = execFileSync(python, ['-c', script, path.join(dir, 'A.xlsx')], { encoding: 'utf8' }).trim();
    expect(out).toBe('True True A2 True decimal,list False');
  });

  it.each(hasSoffice ? [SOFFICE] : [])('converts in LibreOffice (%s)', (soffice) => {
    const out = tmp.file('csv');
    execFileSync(soffice, ['--headless', '--convert-to', 'csv', '--outdir', out, path.join(dir, 'A.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    expect(existsSync(path.join(out, 'A.csv'))).toBe(true);
  }, 150_000);

  it('consolidates into a new file with the two own sheets, and never over an input', async () => {
    const out = tmp.file('gop.xlsx');
    const forms = ['A', 'B'].map((u) => path.join(dir, `${u}.xlsx`));
    expect((await run('consolidate', cluster, ...forms, '--out', cluster)).code).toBe(2);
    expect((await run('consolidate', cluster, ...forms, '--out', forms[0]!)).code).toBe(2);
    expect((await run('consolidate', cluster, ...forms, '--prefer', 'mine')).code).toBe(2);
    expect((await run('consolidate', cluster)).code).toBe(2);
    const r = await run('consolidate', cluster, ...forms, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C: Chưa nộp');
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Số liệu', 'Tình hình nộp', 'Nhật ký gộp']));
  });

  it('exits 1 and writes nothing when two files claim one unit, naming both', async () => {
    const copy = tmp.file('A-lan-2.xlsx');
    copyFileSync(path.join(dir, 'A.xlsx'), copy);
    const out = tmp.file('dup.xlsx');
    const r = await run('consolidate', cluster, path.join(dir, 'A.xlsx'), copy, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('A.xlsx và A-lan-2.xlsx');
    expect(r.stderr).toMatch(/A-lan-2\.xlsx › Số liệu!A1/);
    expect(existsSync(out)).toBe(false);
  });
});

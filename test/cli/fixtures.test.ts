/**
 * The three shared fixtures (made by LibreOffice), scored through the command line and compared
 * with their expected results: every unit, every criterion, the nominations and the units left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toResultJson } from '../../src/engine/json';
import { loadXlsx } from '../../src/hosts/exceljs';
import { scoreGrid } from '../../src/workbook/pipeline';
import { expectedOf, expectMatches } from './expected';
import { digest, FIXTURES, readJson, run, tempDir, type Run } from './helpers';

describe.each(['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'])('fixture %s', (name) => {
  const input = path.join(FIXTURES, `${name}.xlsx`);
  const tmp = tempDir();
  const out = tmp.file('out.xlsx');
  const json = tmp.file('out.json');
  let before: string;
  let cli: Run;
  beforeAll(async () => {
    before = digest(input);
    cli = await run('score', input, '--out', out, '--json', json);
  });
  afterAll(() => tmp.cleanup());

  it('scores through `thidua score` exactly as expected, leaving the input untouched', () => {
    // Warnings only: the first ones and, past WARNINGS_SHOWN, the line counting the rest (test/cli/warnings-out.test.ts).
    expect(cli.err.filter((l) => !l.startsWith('Cảnh báo: ') && !l.startsWith('… và '))).toEqual([]);
    expect(cli.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expectMatches(readJson(json), expectedOf(name));
    expect(digest(input)).toBe(before);
    expect(existsSync(path.join(FIXTURES, `${name}.ketqua.xlsx`))).toBe(false);
  });

  it('gives the same result through loadXlsx → scoreGrid → toResultJson', async () => {
    const loaded = await loadXlsx(readFileSync(input), `${name}.xlsx`);
    const { result } = scoreGrid(loaded.grid, 'vi');
    expect(result.ok).toBe(true);
    const fromApi = toResultJson(result, 'vi');
    expectMatches(fromApi, expectedOf(name));
    expect(fromApi).toEqual(readJson(json));
  });
});

describe('the decisions the fixtures rely on', () => {
  it('cong-an-cum-347: a manual score above its maximum is a warning at its cell, counted as entered', async () => {
    const loaded = await loadXlsx(readFileSync(path.join(FIXTURES, 'cong-an-cum-347.xlsx')), 'cong-an-cum-347.xlsx');
    const { result } = scoreGrid(loaded.grid, 'vi');
    const over = result.diagnostics.filter((d) => d.code === 'scoreOverMax');
    expect(over).toHaveLength(1);
    const d = over[0]!;
    expect(d).toMatchObject({ severity: 'warning', sheet: 'Số liệu' });
    expect(d.cell).toMatch(/^[A-Z]+\d+$/);
    const u = result.units.find((x) => x.unit === d.params.unit)!;
    const c = u.criteria[String(d.params.code)]!;
    expect(c.points).toBe(d.params.value);
    expect(c.points!).toBeGreaterThan(c.max!);
    // Zero targets there mean "no target": excluded, each with a warning at its target cell.
    const zero = result.diagnostics.filter((x) => x.code === 'zeroTarget');
    expect(zero.length).toBeGreaterThan(0);
    for (const z of zero) {
      expect(z.cell).toMatch(/^C\d+$/);
      expect(result.units.find((x) => x.unit === z.params.unit)!.criteria[String(z.params.code)]!.status).toBe('excluded');
    }
  });
});

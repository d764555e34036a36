/**
 * `thidua score` prints every error but only the first warnings, then one line counting the rest
 * and saying where they all are; `--all-warnings` prints them all. The warnings sheet and the JSON
 * always hold every one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { printDiagnostics, WARNINGS_SHOWN } from '../../src/cli/diagnostics-out';
import { findPreset, presetSheets } from '../../src/presets';
import { scoreGrid } from '../../src/workbook/pipeline';
import { placedName, placeOutputs, type ExistingSheet } from '../../src/workbook/placement';
import { warningsSheet } from '../../src/workbook/warnings';
import { FIXTURES, readJson, run, tempDir } from './helpers';

const warning = (i: number): Diagnostic => ({ severity: 'warning', sheet: 'Số liệu', cell: `C${i + 2}`, code: 'zeroTarget', params: { code: `T${i}`, unit: `Đơn vị ${i}` } });
const error = (i: number): Diagnostic => ({ severity: 'error', sheet: 'Số liệu', cell: `D${i + 2}`, code: 'missingData', params: { code: `T${i}`, unit: `Đơn vị ${i}` } });

describe('printDiagnostics', () => {
  it('prints the first warnings and counts the rest in Vietnamese number format, naming the sheet', () => {
    const lines: string[] = [];
    const left = printDiagnostics((l) => lines.push(l), Array.from({ length: 1300 }, (_, i) => warning(i)), 'vi', { all: false, sheet: 'Cảnh báo' });
    expect(left).toBe(1300 - WARNINGS_SHOWN);
    expect(lines).toHaveLength(WARNINGS_SHOWN + 1);
    expect(lines[0]).toBe('Cảnh báo: Số liệu!C2: Chỉ tiêu bằng 0: “T0” được coi là không giao chỉ tiêu cho Đơn vị 0.');
    expect(lines.at(-1)).toBe('… và 1.280 cảnh báo nữa: trang “Cảnh báo” của sổ kết quả ghi đủ từng ô; in hết ra đây bằng --all-warnings.');
  });

  it('prints every error, however many warnings come before them', () => {
    const lines: string[] = [];
    const diags = [...Array.from({ length: 50 }, (_, i) => warning(i)), ...Array.from({ length: 30 }, (_, i) => error(i))];
    printDiagnostics((l) => lines.push(l), diags, 'en', { all: false, sheet: null });
    expect(lines.filter((l) => l.startsWith('Warning: '))).toHaveLength(WARNINGS_SHOWN);
    expect(lines.filter((l) => l.startsWith('Số liệu!D'))).toHaveLength(30);
    // No workbook is written: the line points to the option only.
    expect(lines.at(-1)).toBe('… and 30 more warnings; print them all with --all-warnings.');
  });

  it('prints everything with all, and no count line when nothing is left out', () => {
    const lines: string[] = [];
    expect(printDiagnostics((l) => lines.push(l), Array.from({ length: 40 }, (_, i) => warning(i)), 'vi', { all: true, sheet: 'Cảnh báo' })).toBe(0);
    expect(lines).toHaveLength(40);
    const few: string[] = [];
    printDiagnostics((l) => few.push(l), Array.from({ length: WARNINGS_SHOWN }, (_, i) => warning(i)), 'vi', { all: false, sheet: 'Cảnh báo' });
    expect(few).toHaveLength(WARNINGS_SHOWN);
  });
});

describe('thidua score on a cluster with many warnings (cong-an-cum-347)', () => {
  const input = path.join(FIXTURES, 'cong-an-cum-347.xlsx');
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('prints the first warnings, then the count of the rest; --all-warnings prints as many as the JSON holds', async () => {
    const short = await run('score', input, '--out', tmp.file('a.xlsx'), '--json', tmp.file('a.json'));
    const all = await run('score', input, '--out', tmp.file('b.xlsx'), '--all-warnings');
    expect(short.code).toBe(0);
    expect(all.code).toBe(0);
    const warnings = (readJson(tmp.file('a.json')) as { diagnostics: { severity: string }[] }).diagnostics.filter((d) => d.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(WARNINGS_SHOWN);
    expect(short.err.filter((l) => l.startsWith('Cảnh báo: '))).toHaveLength(WARNINGS_SHOWN);
    expect(short.err).toContain(`… và ${warnings - WARNINGS_SHOWN} cảnh báo nữa: trang “Cảnh báo” của sổ kết quả ghi đủ từng ô; in hết ra đây bằng --all-warnings.`);
    expect(all.err.filter((l) => l.startsWith('Cảnh báo: '))).toHaveLength(warnings);
    expect(all.err.some((l) => l.startsWith('… và '))).toBe(false);
    // The sheet the line names holds every one (title, blank, header, then a row per warning).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(tmp.file('a.xlsx')) as unknown as ArrayBuffer);
    const kinds: unknown[] = [];
    book.getWorksheet('Cảnh báo')!.eachRow((row, n) => n > 3 && kinds.push(row.getCell(2).value));
    expect(kinds.filter((k) => k === 'Cảnh báo')).toHaveLength(warnings);
  });

  it('refuses --all-warnings on a command that has no such option', async () => {
    const r = await run('template', tmp.file('t.xlsx'), '--all-warnings');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--all-warnings');
  });
});

describe('the sheet the warnings line names', () => {
  it('is where placeOutputs writes the warnings: the own sheet, or the first free NAME (n) beside a user sheet', () => {
    const { result } = scoreGrid({ name: 'hp.xlsx', sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi').map((s) => ({ name: s.name, rows: s.rows, originRow: 0, originCol: 0 })) }, 'vi');
    const sheet = warningsSheet({ ...result, diagnostics: [warning(0)] }, 'vi');
    const cases: ExistingSheet[][] = [
      [],
      [{ name: 'Cảnh báo', marker: null }],
      [{ name: 'cảnh báo', marker: null }, { name: 'Cảnh báo (2)', marker: null }],
      [{ name: 'Cảnh báo', marker: null }, { name: 'Cảnh báo (2)', marker: 'warnings' }],
    ];
    const names = cases.map((existing) => placedName(existing, 'warnings', 'Cảnh báo'));
    expect(names).toEqual(['Cảnh báo', 'Cảnh báo (2)', 'Cảnh báo (3)', 'Cảnh báo (2)']);
    for (const [i, existing] of cases.entries()) expect(placeOutputs(existing, [sheet]).placements.at(-1)!.name).toBe(names[i]);
  });
});

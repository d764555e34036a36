/**
 * Every workbook of the bad-input corpus (corpus.ts) through both hosts:
 * - the CLI: exit 1 with the line `Sheet!Cell: message` on stderr, no file written, the input
 *   byte-identical (a warning: exit 0 with `Cảnh báo: Sheet!Cell: message`, results written);
 * - the Office.js host on the in-memory Excel: `inspect('vi')` and `score(…)` give the same
 *   diagnostic (sheet, cell, code, message), the input sheets are unchanged and, with an error, no
 *   sheet and no name is added.
 * Both hosts report the very same list of diagnostics. Files that are not workbooks: exit 2, one line.
 */
import { writeFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { message } from '../../src/engine/messages';
import type { ClusterResult } from '../../src/engine/result';
import type { ResultJson } from '../../src/engine/json';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { digest, run } from '../cli/helpers';
import { snapshots } from '../support/office';
import { base, CASES, FILE_CASES, type BadCase, type Defect, type Reading } from './corpus';
import { cliScore, folder, officeRun, removeFolders, xlsxOf, type CliRun, type OfficeRun } from './support/hosts';
import { fixtureBytes, patchXlsx } from './support/xlsx';

afterAll(removeFolders);

async function prepare(c: BadCase): Promise<{ bytes: Uint8Array; grid: WorkbookGrid }> {
  if ('grid' in c.source) {
    const grid = c.source.grid();
    return { grid, bytes: await xlsxOf(grid) };
  }
  const bytes = await patchXlsx(fixtureBytes(c.source.foreign), c.source.edit);
  return { bytes, grid: (await loadXlsx(bytes, `${c.source.foreign}.xlsx`)).grid };
}

const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];

/** A figure as the result shows it. */
function readingOf(result: ClusterResult, r: Reading): Reading {
  const c = result.units.find((u) => u.unit === r.unit)?.criteria[r.code];
  return { unit: r.unit, code: r.code, status: c?.status ?? 'absent', rate: c?.rate ?? null, points: c?.points ?? null };
}
function jsonReadingOf(json: ResultJson, r: Reading): Reading {
  const c = json.units.find((u) => u.unit === r.unit)?.criteria[r.code];
  return { unit: r.unit, code: r.code, status: c?.status ?? 'absent', rate: c?.rate ?? null, points: c?.points ?? null };
}
/** Compares a reading; the JSON writes a non-finite rate as null. */
function expectReading(actual: Reading, wanted: Reading, json = false): void {
  const rate = json && wanted.rate !== null && !Number.isFinite(wanted.rate) ? null : wanted.rate;
  expect({ ...actual, rate: null }).toEqual({ ...wanted, rate: null });
  if (rate === null || !Number.isFinite(rate)) expect(actual.rate).toBe(rate);
  else expect(actual.rate).toBeCloseTo(rate, 9);
}

describe('the corpus', () => {
  const required: Defect[] = [
    'text in a numeric cell',
    'ambiguous number text',
    'negative value',
    'zero or missing target',
    'unknown or duplicate code',
    'unknown parent',
    'cycle in the criteria tree',
    'group maximum ≠ sum of children',
    'manual score above the maximum',
    'Excel error cell',
    'merged cells over data',
    'both layouts',
    'no data rows',
    'unit missing from Đơn vị',
    'duplicate unit',
    'bad award',
    'bad setting',
    'huge or tiny number',
    'NaN or Infinity',
  ];

  it(`holds at least 40 workbooks (${CASES.length}), each named once, covering every defect kind`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.what)).size).toBe(CASES.length);
    expect(required.filter((d) => !CASES.some((c) => c.defect === d))).toEqual([]);
    expect(CASES.filter((c) => 'foreign' in c.source).length).toBeGreaterThanOrEqual(10);
  });

  it('starts from a workbook without any diagnostic, in both hosts', async () => {
    const r = await cliScore(await xlsxOf(base()));
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: [] });
    const o = await officeRun(base(), false);
    expect(o.inspected).toMatchObject({ ok: true, value: { diagnostics: [] } });
  });
});

describe.each(CASES.map((c, i) => [c.what, i] as const))('%s', (_what, i) => {
  const c = CASES[i]!;
  const f = c.finding;
  let cli: CliRun;
  let office: OfficeRun;
  beforeAll(async () => {
    const prepared = await prepare(c);
    // Every warning printed, so that the CLI's lines can be compared with the Office host's list whole.
    cli = await cliScore(prepared.bytes, 'cum.xlsx', ['--all-warnings']);
    office = await officeRun(prepared.grid, f?.severity === 'error');
  });

  it(f?.severity === 'error' ? 'CLI: exit 1, the located line, no file, the input untouched' : 'CLI: exit 0, the located warning (or none), results written', async () => {
    const r = cli;
    expect(r.inputUnchanged).toBe(true);
    if (f?.severity === 'error') {
      expect({ code: r.code, files: r.files, out: r.out }).toEqual({ code: 1, files: ['cum.xlsx'], out: [] });
      expect(r.err).toContain(`${f.at}: ${f.message}`);
      const errors = r.err.slice(0, -1).filter((l) => !l.startsWith('Cảnh báo: '));
      for (const l of errors) expect(l).toMatch(/^[^!]+![A-Z]+\d+: \S/);
      expect(r.err[r.err.length - 1]).toBe(`Sổ có ${errors.length} lỗi; không ghi tệp kết quả.`);
      return;
    }
    expect({ code: r.code, files: r.files }).toEqual({ code: 0, files: ['cum.xlsx', 'out.json', 'out.xlsx'] });
    if (f) expect(r.err).toContain(`Cảnh báo: ${f.at}: ${f.message}`);
    else expect(r.err.filter((l) => l.includes(`${c.quietAt}: `))).toEqual([]);
    expect(r.err.filter((l) => !l.startsWith('Cảnh báo: '))).toEqual([]);
    if (c.reading) expectReading(jsonReadingOf(r.json!, c.reading), c.reading, true);
    // The result file is one Excel opens without repairs: every number cell holds a finite number.
    const zip = await JSZip.loadAsync(readFileSync(path.join(r.dir, 'out.xlsx')));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n)))
      expect({ name, bad: (await zip.file(name)!.async('string')).match(/<v>[^<]*(NaN|Infinity)[^<]*<\/v>/g) }).toEqual({ name, bad: null });
  });

  it('Office host: inspect and score give the same located diagnostic; the input sheets are unchanged', async () => {
    const o = office;
    if (!o.inspected.ok) throw new Error(o.inspected.error);
    if (!o.scored.ok) throw new Error(o.scored.error);
    const inspected = o.inspected.value.diagnostics;
    const scored = o.scored.value.result.diagnostics;
    if (f) {
      for (const list of [inspected, scored]) {
        const hit = list.find((d) => `${d.sheet}!${d.cell}` === f.at && d.code === f.code);
        expect({ at: f.at, code: f.code, found: hit !== undefined }).toEqual({ at: f.at, code: f.code, found: true });
        expect(hit!.severity).toBe(f.severity);
        expect(message(hit!.code, hit!.params, 'vi')).toBe(f.message);
      }
    } else expect(inspected.filter((d) => `${d.sheet}!${d.cell}` === c.quietAt)).toEqual([]);
    // The two hosts see the same workbook the same way: the same diagnostics, in the same order.
    expect(inspected.map((d) => (d.severity === 'error' ? '' : 'Cảnh báo: ') + formatDiagnostic(d, 'vi'))).toEqual(
      f?.severity === 'error' ? cli.err.slice(0, -1) : cli.err,
    );
    expect(snapshots(o.book, o.sheets)).toEqual(o.before);
    if (f?.severity === 'error') {
      expect(o.scored.value.result.ok).toBe(false);
      expect(o.scored.value.written).toEqual([]);
      expect(o.scored.value.flagged).toBe(0);
      expect(o.book.sheetNames()).toEqual(o.sheets);
      expect(o.book.names).toEqual([]);
      return;
    }
    expect(o.scored.value.result.ok).toBe(true);
    // A run with warnings lists them in the Warnings sheet too.
    const written = inspected.length > 0 ? [...OUTPUTS, 'Cảnh báo'] : OUTPUTS;
    expect(o.scored.value.written).toEqual(written);
    expect(o.book.sheetNames()).toEqual([...o.sheets, ...written]);
    if (c.reading) expectReading(readingOf(o.scored.value.result, c.reading), c.reading);
  });
});

describe('files that are not workbooks: exit 2, one line, nothing written', () => {
  it.each(FILE_CASES.map((c, i) => [c.what, i] as const))('%s', async (_what, i) => {
    const c = FILE_CASES[i]!;
    const dir = folder();
    const input = path.join(dir, c.name);
    writeFileSync(input, c.bytes());
    const before = digest(input);
    const r = await run('score', input, '--json', path.join(dir, 'out.json'));
    expect({ code: r.code, err: r.err, out: r.out }).toEqual({ code: 2, err: [c.message(input)], out: [] });
    expect(readdirSync(dir)).toEqual([c.name]);
    expect(digest(input)).toBe(before);
    expect(readFileSync(input).length).toBe(c.bytes().length);
  });
});

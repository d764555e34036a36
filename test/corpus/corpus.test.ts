/**
 * The corpus (build.ts): example A's cluster as other programs write it. For each file,
 * `thidua score` succeeds with example A's ranking, and the result workbook is sound part by part
 * for a namespace-aware parser (saxes): every XML part well-formed with every prefix declared,
 * every relationship target and content-type override present, every sheet resolving to a
 * worksheet. Then all result workbooks are opened, in one batch each, by openpyxl
 * (/usr/bin/python3) and by LibreOffice headless (every sheet to CSV); where a tool is missing the
 * test says so, and fails under CI (`CI` set), which installs both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { resolveTarget } from '../../src/hosts/xlsx/package';
import { sourceOfRels } from '../../src/hosts/xlsx/normalize';
import type { ResultJson } from '../../src/engine/json';
import { expectedOf } from '../cli/expected';
import { run, tempDir } from '../cli/helpers';
import { mainElements, nsElements, REL } from '../xlsx/ns-xml';
import { CORPUS } from './build';

jest.setTimeout(120_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const RESULTS = tmp.file('results');
mkdirSync(RESULTS);

const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];
const EXPECTED = expectedOf('example-a').units.map((u) => [u.unit, u.rank]);

interface Scored {
  code: number;
  err: string[];
  json: ResultJson | null;
  /** The result workbook's path. */
  out: string;
}

const scored = new Map<string, Promise<Scored>>();

/** `thidua score` on a corpus file (once), the result workbook in RESULTS as <name>.xlsx. */
function scoreOf(name: string): Promise<Scored> {
  if (!scored.has(name))
    scored.set(
      name,
      (async () => {
        const entry = CORPUS.find((c) => c.name === name)!;
        const dir = tmp.file(name);
        mkdirSync(dir);
        const input = path.join(dir, 'cum.xlsx');
        writeFileSync(input, await entry.bytes());
        const out = path.join(RESULTS, `${name}.xlsx`);
        const jsonFile = path.join(dir, 'cum.json');
        const r = await run('score', input, '--out', out, '--json', jsonFile);
        return { code: r.code, err: r.err, json: r.code === 0 ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as ResultJson) : null, out };
      })(),
    );
  return scored.get(name)!;
}

/** What is wrong with a package, part by part (nothing: []). */
async function problemsOf(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = new Map(Object.keys(zip.files).map((n) => [n.toLowerCase(), n]));
  const has = (part: string): boolean => names.has(part.toLowerCase());
  const problems: string[] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir || !/\.(xml|rels)$/i.test(name)) continue;
    const text = await f.async('string');
    let elements;
    try {
      elements = nsElements(text);
    } catch (e) {
      problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (name.endsWith('.rels'))
      for (const r of elements.filter((e) => e.local === 'Relationship' && e.attrs.TargetMode !== 'External')) {
        const target = resolveTarget(sourceOfRels(name), r.attrs.Target ?? '');
        if (!has(target)) problems.push(`${name}: ${r.attrs.Id} → ${target} is missing`);
      }
    if (name === '[Content_Types].xml') for (const o of elements.filter((e) => e.local === 'Override')) if (!has((o.attrs.PartName ?? '').replace(/^\//, ''))) problems.push(`${name}: override ${o.attrs.PartName} has no part`);
  }
  const wb = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!wb || !rels) return [...problems, 'no xl/workbook.xml or its relationships'];
  const relEls = nsElements(rels).filter((e) => e.local === 'Relationship');
  for (const s of mainElements(wb, 'sheet')) {
    const rel = relEls.find((r) => r.attrs.Id === s.attrs[`{${REL}}id`]);
    if (!rel || !rel.attrs.Type?.endsWith('/worksheet')) problems.push(`sheet ${s.attrs.name}: no worksheet relationship`);
  }
  return problems;
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  return mainElements(wb, 'sheet').map((s) => s.attrs.name!);
}

describe.each(CORPUS.map((c) => [c.name, c.maker] as const))('%s (%s)', (name) => {
  it('scores with example A’s ranking, the result workbook sound part by part with the output sheets', async () => {
    const r = await scoreOf(name);
    expect({ code: r.code, err: r.err.filter((l) => !/^Cảnh báo:/.test(l)) }).toEqual({ code: 0, err: [] });
    expect(r.json!.units.map((u) => [u.unit, u.rank])).toEqual(EXPECTED);
    const bytes = new Uint8Array(readFileSync(r.out));
    expect(await problemsOf(bytes)).toEqual([]);
    expect(await sheetNames(bytes)).toEqual(expect.arrayContaining(OUTPUTS));
  });
});

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);

/** A tool that is not there: an error under CI (which installs it), else said and checked as absent. */
function absent(tool: string, there: boolean): boolean {
  if (there) return false;
  if (process.env.CI) throw new Error(`CI: ${tool} is required (.ci/run installs it)`);
  console.warn(`${tool} is not installed: the result workbooks were not opened with it`);
  expect(there).toBe(false);
  return true;
}

describe('the result workbooks open in other programs', () => {
  it('openpyxl loads every one and sees the output sheets', async () => {
    if (absent('/usr/bin/python3 with openpyxl', hasOpenpyxl)) return;
    const files = await Promise.all(CORPUS.map(async (c) => (await scoreOf(c.name)).out));
    const r = spawnSync(PYTHON, [path.join(__dirname, '..', '..', 'scripts', 'corpus', 'check-openpyxl.py'), ...files], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const loaded = JSON.parse(r.stdout) as Record<string, string[] | string>;
    for (const f of files) expect({ file: path.basename(f), sheets: loaded[f] }).toEqual({ file: path.basename(f), sheets: expect.arrayContaining(OUTPUTS) });
  });

  it('LibreOffice headless converts every sheet of every one to CSV, the ranking in Kết quả', async () => {
    if (absent(SOFFICE, hasSoffice)) return;
    const files = await Promise.all(CORPUS.map(async (c) => (await scoreOf(c.name)).out));
    const outdir = tmp.file('csv');
    // One run for all files, with a profile of its own; the filter's last field (-1) exports every sheet.
    const r = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=file://${tmp.file('lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outdir, ...files],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(r.status).toBe(0);
    for (const f of files) {
      const csv = path.join(outdir, `${path.basename(f, '.xlsx')}-Kết quả.csv`);
      expect({ file: path.basename(f), converted: existsSync(csv) }).toEqual({ file: path.basename(f), converted: true });
      // The first ranked unit (B) on the first data row.
      expect(readFileSync(csv, 'utf8')).toMatch(/\n1,B,/);
    }
  });
});

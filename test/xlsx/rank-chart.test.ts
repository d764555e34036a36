/**
 * The ranks over the periods on `So sánh các kỳ` (cycle.md §2, documents.md §3): the preset with its
 * illustrative Lịch sử written by `thidua template`, scored by `thidua score`; the sheet gets a
 * c:lineChart with markers, one series per unit over its column of the rank block, the periods as
 * categories, the value axis reversed (rank 1 at the top); openpyxl sees it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { attr, child, children, descendants, parseXml, textOf, type XElement } from '../../src/hosts/xlsx/dom';
import { CHART_NS } from '../../src/hosts/xlsx/chart-parts';
import { NS } from '../../src/hosts/xlsx/xml';
import { RANKS_CHART, sheetRef } from '../../src/workbook/chart';
import { readJson, run, tempDir } from '../cli/helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const SHEET = 'So sánh các kỳ';
let out: string;
let files: JSZip;

beforeAll(async () => {
  const input = tmp.file('hp.xlsx');
  expect((await run('template', input, '--preset', 'hai-phong-huyen-2024')).code).toBe(0);
  out = tmp.file('hp-out.xlsx');
  const s = await run('score', input, '--out', out, '--json', tmp.file('hp.json'));
  expect(s.code).toBe(0);
  files = await JSZip.loadAsync(readFileSync(out));
}, 60_000);

const textOfPart = async (name: string): Promise<string> => {
  const f = files.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async('string');
};
const cs = (el: XElement, local: string): XElement[] => children(el, CHART_NS.c, local);
const only = (el: XElement, local: string): XElement => child(el, CHART_NS.c, local)!;
const f = (el: XElement): string => textOf(only(el, 'f'));
const cached = (ref: XElement): string[] => cs(child(ref, CHART_NS.c, 'strCache') ?? only(ref, 'numCache'), 'pt').map((p) => textOf(only(p, 'v')));

/** The chart part of `So sánh các kỳ`: workbook → sheet part → drawing → chart, by relationship. */
async function chartOf(sheetName: string): Promise<XElement | null> {
  const wb = parseXml(await textOfPart('xl/workbook.xml'), 'workbook');
  const sheetEl = [...descendants(wb.root)].find((e) => e.local === 'sheet' && attr(e, 'name') === sheetName)!;
  const rels = parseXml(await textOfPart('xl/_rels/workbook.xml.rels'), 'rels');
  const target = [...descendants(rels.root)].find((e) => attr(e, 'Id') === attr(sheetEl, 'id', NS.rel))!;
  const sheetPart = `xl/${attr(target, 'Target')!.replace(/^\/?xl\//, '')}`;
  const sheetRels = files.file(sheetPart.replace(/([^/]+)$/, '_rels/$1.rels'));
  if (!sheetRels) return null;
  const drawingRel = [...descendants(parseXml(await sheetRels.async('string'), 'r').root)].find((e) => (attr(e, 'Type') ?? '').endsWith('/drawing'));
  if (!drawingRel) return null;
  const drawingPart = new URL(attr(drawingRel, 'Target')!, `http://x/${sheetPart}`).pathname.slice(1);
  const drawing = parseXml(await textOfPart(drawingPart), 'd');
  const name = [...descendants(drawing.root)].find((e) => e.local === 'cNvPr')!;
  expect(attr(name, 'name')).toBe(RANKS_CHART);
  const chartRel = [...descendants(parseXml(await textOfPart(drawingPart.replace(/([^/]+)$/, '_rels/$1.rels')), 'r').root)][1]!;
  const chartPart = new URL(attr(chartRel, 'Target')!, `http://x/${drawingPart}`).pathname.slice(1);
  return parseXml(await textOfPart(chartPart), 'c').root;
}

describe('the ranks chart of So sánh các kỳ in the .xlsx', () => {
  it('is a line chart with markers, one series per unit on its rank cells, the value axis reversed', async () => {
    const json = readJson(tmp.file('hp.json'));
    const units = json.units.map((u) => u.unit);
    const root = (await chartOf(SHEET))!;
    expect(root).not.toBeNull();
    const plot = only(only(root, 'chart'), 'plotArea');
    expect(cs(plot, 'barChart')).toHaveLength(0);
    const line = only(plot, 'lineChart');
    expect(attr(only(line, 'grouping'), 'val')).toBe('standard');
    expect(attr(only(line, 'marker'), 'val')).toBe('1');
    const series = cs(line, 'ser');
    expect(series).toHaveLength(units.length);
    // The sheet: A–(2P+1) the table, a blank column, then the rank block: periods down, a column per unit.
    const periods = cached(only(only(series[0]!, 'cat'), 'strRef'));
    expect(periods.length).toBeGreaterThanOrEqual(2);
    expect(periods[periods.length - 1]).toMatch(/\(kỳ này\)$/);
    const blockCol = 2 * periods.length + 2;
    series.forEach((s, j) => {
      const col = blockCol + 1 + j;
      expect(f(only(only(s, 'tx'), 'strRef'))).toBe(sheetRef(SHEET, { top: 3, bottom: 3, left: col, right: col }));
      expect(cached(only(only(s, 'tx'), 'strRef'))).toEqual([units[j]]);
      expect(f(only(only(s, 'cat'), 'strRef'))).toBe(sheetRef(SHEET, { top: 4, bottom: 3 + periods.length, left: blockCol, right: blockCol }));
      expect(f(only(only(s, 'val'), 'numRef'))).toBe(sheetRef(SHEET, { top: 4, bottom: 3 + periods.length, left: col, right: col }));
      expect(only(s, 'marker')).toBeDefined();
      expect(attr(only(s, 'smooth'), 'val')).toBe('0');
    });
    // This period's ranks are the last point of each series.
    series.forEach((s, j) => expect(cached(only(only(s, 'val'), 'numRef')).at(-1)).toBe(String(json.units[j]!.rank)));
    const valAx = only(plot, 'valAx');
    expect(attr(only(only(valAx, 'scaling'), 'orientation'), 'val')).toBe('maxMin');
    expect(attr(only(only(valAx, 'scaling'), 'min'), 'val')).toBe('1');
    // The periods stay at the bottom: the category axis crosses the reversed value axis at its maximum.
    expect(attr(only(only(plot, 'catAx'), 'crosses'), 'val')).toBe('max');
    expect(attr(only(only(only(plot, 'catAx'), 'scaling'), 'orientation'), 'val')).toBe('minMax');
  });

  it('scoring the output again redraws it in the same parts, one chart per sheet', async () => {
    const again = tmp.file('hp-out2.xlsx');
    expect((await run('score', out, '--out', again)).code).toBe(0);
    const parts = (z: JSZip): string[] => Object.keys(z.files).filter((n) => /^xl\/(charts|drawings)\//.test(n)).sort();
    const second = await JSZip.loadAsync(readFileSync(again));
    expect(parts(second)).toEqual(parts(files));
    // Two charts in all: Kết quả's bar chart and this line chart.
    expect(parts(second).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
  });

  const PYTHON = '/usr/bin/python3';
  const hasOpenpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  it('openpyxl loads it and sees a line chart on So sánh các kỳ', () => {
    if (!hasOpenpyxl) {
      if (process.env.CI) throw new Error('CI: openpyxl is required');
      expect(hasOpenpyxl).toBe(false);
      return;
    }
    const py = `import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb["${SHEET}"]\nc = ws._charts\nprint(len(c), c[0].tagname, c[0].grouping, len(c[0].series), c[0].y_axis.scaling.orientation)\nprint(len(wb["Kết quả"]._charts), wb["Kết quả"]._charts[0].tagname)`;
    const r = spawnSync(PYTHON, ['-c', py, out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const json = readJson(tmp.file('hp.json'));
    expect(r.stdout.trim().split('\n')).toEqual([`1 lineChart standard ${json.units.length} maxMin`, '1 barChart']);
  });
});

/**
 * The chart of `Kết quả` in the surgical writer's output (documents.md §3): the chart and drawing
 * parts well-formed with their prefixes declared, relationships that resolve, content types, the
 * formulas on the right cells with the right cached values, the `<drawing>` at its schema place;
 * free part names next to an input's own charts; openpyxl and LibreOffice open the result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attr, child, children, descendants, elementsOf, parseXml, textOf, type XDocument, type XElement } from '../../src/hosts/xlsx/dom';
import { parseRels, relsPathOf } from '../../src/hosts/xlsx/package';
import { CHART_NS, CHART_TYPES } from '../../src/hosts/xlsx/chart-parts';
import { relativeTarget } from '../../src/hosts/xlsx/chart-write';
import { NS } from '../../src/hosts/xlsx/xml';
import { resultsChart, sheetRef } from '../../src/workbook/chart';
import { contents, fixture, score, sheetsOf, withParts } from './support';
import { tempDir } from '../cli/helpers';
import JSZip from 'jszip';
import { resultWorkbook } from '../../src/cli/main';
import { loadXlsx } from '../../src/hosts/exceljs';
import { scoreGrid } from '../../src/workbook/pipeline';
import { message } from '../../src/engine/messages';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const text = (files: Map<string, Uint8Array>, name: string): string => {
  const f = files.get(name);
  if (!f) throw new Error(`no part ${name}`);
  return Buffer.from(f).toString('utf8');
};
const doc = (files: Map<string, Uint8Array>, name: string): XDocument => parseXml(text(files, name), name);

interface Found {
  files: Map<string, Uint8Array>;
  sheetPart: string;
  drawingPart: string;
  chartPart: string;
  chart: XDocument;
}

/** Follows Kết quả → its drawing → its chart through the relationships, checking each step. */
async function follow(bytes: Uint8Array, sheetName = 'Kết quả'): Promise<Found> {
  const files = await contents(bytes);
  const sheet = (await sheetsOf(bytes)).find((s) => s.name === sheetName)!;
  const sheetPart = sheet.part!;
  const sheetDoc = doc(files, sheetPart);
  const drawingEl = child(sheetDoc.root, NS.main, 'drawing')!;
  expect(drawingEl).not.toBeNull();
  // CT_Worksheet: <drawing> comes after pageSetup, and is the last element written.
  const order = elementsOf(sheetDoc.root).map((e) => e.local);
  expect(order.indexOf('drawing')).toBe(order.indexOf('pageSetup') + 1);
  const sheetRels = parseRels(doc(files, relsPathOf(sheetPart)), sheetPart);
  const toDrawing = sheetRels.find((r) => r.id === attr(drawingEl, 'id', NS.rel))!;
  expect(toDrawing.type).toBe(CHART_TYPES.drawingRel);
  const drawingPart = toDrawing.part!;
  const drawing = doc(files, drawingPart);
  expect([drawing.root.uri, drawing.root.local]).toEqual([CHART_NS.xdr, 'wsDr']);
  const chartRef = [...descendants(drawing.root)].find((e) => e.uri === CHART_NS.c && e.local === 'chart')!;
  const drawingRels = parseRels(doc(files, relsPathOf(drawingPart)), drawingPart);
  const toChart = drawingRels.find((r) => r.id === attr(chartRef, 'id', NS.rel))!;
  expect(toChart.type).toBe(CHART_TYPES.chartRel);
  const chartPart = toChart.part!;
  const chart = doc(files, chartPart);
  expect([chart.root.uri, chart.root.local]).toEqual([CHART_NS.c, 'chartSpace']);
  // Content types for both parts.
  const types = doc(files, '[Content_Types].xml');
  const override = (part: string): string | undefined => attr(children(types.root, NS.contentTypes, 'Override').find((o) => attr(o, 'PartName') === `/${part}`)!, 'ContentType');
  expect(override(drawingPart)).toBe(CHART_TYPES.drawing);
  expect(override(chartPart)).toBe(CHART_TYPES.chart);
  return { files, sheetPart, drawingPart, chartPart, chart };
}

const cs = (el: XElement, local: string): XElement[] => children(el, CHART_NS.c, local);
const only = (el: XElement, local: string): XElement => child(el, CHART_NS.c, local)!;
const valOf = (el: XElement, local: string): string | undefined => attr(only(el, local), 'val');
const cache = (ref: XElement): string[] => {
  const c = child(ref, CHART_NS.c, 'strCache') ?? child(ref, CHART_NS.c, 'numCache')!;
  return cs(c, 'pt').map((p) => textOf(only(p, 'v')));
};

describe('the results chart in the .xlsx', () => {
  let hp: Awaited<ReturnType<typeof score>>;
  let found: Found;
  beforeAll(async () => {
    hp = await score(fixture('hai-phong-huyen-2024'));
    expect(hp.code).toBe(0);
    found = await follow(hp.out);
  });

  it('is a stacked bar chart over Kết quả’s cells: units in rank order, a series per top-level group, then bonus', () => {
    const { chart } = found;
    const bar = [...descendants(chart.root)].find((e) => e.uri === CHART_NS.c && e.local === 'barChart')!;
    expect([valOf(bar, 'barDir'), valOf(bar, 'grouping'), valOf(bar, 'overlap')]).toEqual(['bar', 'stacked', '100']);
    const series = cs(bar, 'ser');
    const units = hp.json.units;
    const groups = Object.keys(units[0]!.groups).filter((g) => !/\.\S/.test(g));
    // Hải Phòng has bonus points: one series per group, then bonus (deductions are not stacked).
    expect(series).toHaveLength(groups.length + 1);
    const q = "'Kết quả'!";
    const n = units.length;
    series.forEach((s, i) => {
      const col = String.fromCharCode(67 + i); // C, D, …
      expect(textOf(only(only(only(s, 'tx'), 'strRef'), 'f'))).toBe(`${q}$${col}$3`);
      const cat = only(only(s, 'cat'), 'strRef');
      expect(textOf(only(cat, 'f'))).toBe(`${q}$B$4:$B$${3 + n}`);
      expect(cache(cat)).toEqual(units.map((u) => u.unit));
      const v = only(only(s, 'val'), 'numRef');
      expect(textOf(only(v, 'f'))).toBe(`${q}$${col}$4:$${col}$${3 + n}`);
      const expected = i < groups.length ? units.map((u) => u.groups[groups[i]!]) : units.map((u) => u.bonus);
      expect(cache(v).map(Number)).toEqual(expected);
    });
    expect(cache(only(only(series[groups.length]!, 'tx'), 'strRef'))).toEqual(['Điểm thưởng']);
    // The title names the cluster and the year; categories top to bottom in rank order.
    const title = [...descendants(only(only(chart.root, 'chart'), 'title'))].filter((e) => e.local === 't').map(textOf).join('');
    expect(title).toContain('Điểm theo nhóm tiêu chí');
    expect(title).toContain(String(hp.json.year));
    const catAx = [...descendants(chart.root)].find((e) => e.uri === CHART_NS.c && e.local === 'catAx')!;
    expect(valOf(only(catAx, 'scaling'), 'orientation')).toBe('maxMin');
  });

  it('declares every prefix it uses on the root of the chart and drawing parts', () => {
    for (const part of [found.chartPart, found.drawingPart]) {
      const xml = text(found.files, part);
      const root = /^<\?xml[^>]*\?>\s*<([^\s>]+)([^>]*)>/.exec(xml)!;
      const used = new Set([...xml.matchAll(/<\/?([A-Za-z]+):/g), ...xml.matchAll(/\s([A-Za-z]+):[A-Za-z]+="/g)].map((m) => m[1]!).filter((p) => p !== 'xmlns'));
      for (const p of used) expect({ part, p, declared: root[2]!.includes(`xmlns:${p}="`) }).toEqual({ part, p, declared: true });
    }
  });

  it('anchors the chart below the table', () => {
    const drawing = doc(found.files, found.drawingPart);
    const from = [...descendants(drawing.root)].find((e) => e.local === 'from')!;
    const row = Number(textOf(child(from, CHART_NS.xdr, 'row')!));
    expect(row).toBeGreaterThan(2 + hp.json.units.length);
  });

  it('takes part names an input’s own charts and drawings do not have', async () => {
    const input = await withParts(fixture('hai-phong-huyen-2024'), {
      'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      'xl/charts/chart2.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    });
    const r = await score(input);
    expect(r.code).toBe(0);
    const f = await follow(r.out);
    expect([f.drawingPart, f.chartPart]).toEqual(['xl/drawings/drawing2.xml', 'xl/charts/chart3.xml']);
    // The input's parts are kept as they were.
    expect(text(f.files, 'xl/charts/chart1.xml')).toContain('chartSpace');
  });

  it('rewrites an own Kết quả with a chart again on a second run (one drawing linked from the sheet)', async () => {
    const again = await score(hp.out);
    expect(again.code).toBe(0);
    const f = await follow(again.out);
    const rels = parseRels(doc(f.files, relsPathOf(f.sheetPart)), f.sheetPart);
    expect(rels).toHaveLength(1);
    // The chart goes into the parts of the earlier run's chart: runs do not pile charts up.
    expect([f.drawingPart, f.chartPart]).toEqual([found.drawingPart, found.chartPart]);
    expect([...f.files.keys()].filter((n) => /^xl\/(charts|drawings)\//.test(n)).sort()).toEqual([found.chartPart, found.drawingPart, relsPathOf(found.drawingPart)].sort());
  });
});

describe('the results chart in the sheet document', () => {
  it('is there with two units or more, not with one', () => {
    const base = { title: 't', firstRow: 3, headerRow: 2, unitCol: 1, groupCols: [2, 3], bonusCol: null, width: 12 };
    expect(resultsChart({ ...base, units: 1 })).toBeNull();
    const c = resultsChart({ ...base, units: 5 })!;
    expect(c.series.map((s) => s.col)).toEqual([2, 3]);
    expect(c.categories).toEqual({ col: 1, first: 3, last: 7 });
    expect(c.anchor.from.row).toBe(9);
  });

  it('quotes a sheet name in its formulas', () => {
    expect(sheetRef("Kết quả của 'A'", { top: 3, left: 1, bottom: 9, right: 1 })).toBe("'Kết quả của ''A'''!$B$4:$B$10");
    expect(sheetRef('Results', { top: 2, left: 2, bottom: 2, right: 2 })).toBe("'Results'!$C$3");
  });

  it('relative targets between parts', () => {
    expect(relativeTarget('xl/worksheets/sheet4.xml', 'xl/drawings/drawing1.xml')).toBe('../drawings/drawing1.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/charts/chart2.xml')).toBe('../charts/chart2.xml');
  });

});

describe('the exceljs fallback', () => {
  it('writes no chart and says so on Kết quả', async () => {
    const zip = await JSZip.loadAsync(fixture('example-a'));
    zip.remove('xl/styles.xml');
    const input = await zip.generateAsync({ type: 'uint8array' });
    const sheets = scoreGrid((await loadXlsx(input)).grid, 'vi').sheets;
    const written = await resultWorkbook(input, sheets);
    expect(written.surgical).toBe(false);
    expect(written.notes.filter((n) => n.code === 'chartNotWritten').map((n) => [n.sheet, n.cell, n.severity])).toEqual([['Kết quả', 'A1', 'warning']]);
    expect([...(await contents(written.bytes)).keys()].filter((n) => n.includes('chart'))).toEqual([]);
    expect(message('chartNotWritten', { sheet: 'Kết quả' }, 'en')).toContain('cannot draw charts');
  });
});

describe('a cluster without bonus points', () => {
  it('stacks only the groups (Công an cụm 347)', async () => {
    const r = await score(fixture('cong-an-cum-347'));
    expect(r.code).toBe(0);
    const { chart } = await follow(r.out);
    const groups = Object.keys(r.json.units[0]!.groups).filter((g) => !/\.\S/.test(g));
    const series = [...descendants(chart.root)].filter((e) => e.uri === CHART_NS.c && e.local === 'ser');
    expect(series).toHaveLength(groups.length);
  });
});

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);

/** A tool that is not there: an error under CI (which installs it), else said and checked as absent. */
function absent(tool: string, there: boolean): boolean {
  if (there) return false;
  if (process.env.CI) throw new Error(`CI: ${tool} is required`);
  console.warn(`${tool} is not installed: the chart was not opened with it`);
  expect(there).toBe(false);
  return true;
}

describe('other programs open the result with its chart', () => {
  let file: string;
  beforeAll(async () => {
    const r = await score(fixture('hai-phong-huyen-2024'));
    file = tmp.file('hai-phong-result.xlsx');
    writeFileSync(file, r.out);
  });

  it('openpyxl loads it and sees a bar chart on Kết quả', () => {
    if (absent('/usr/bin/python3 with openpyxl', hasOpenpyxl)) return;
    // openpyxl's reader keeps charts (reader/drawings.py): the sheet's _charts list.
    const py = 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb["Kết quả"]\nprint(len(ws._charts), ws._charts[0].tagname if ws._charts else "", ws._charts[0].grouping if ws._charts else "", len(ws._charts[0].series) if ws._charts else 0)';
    const r = spawnSync(PYTHON, ['-c', py, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('1 barChart stacked 4');
  });

  it('LibreOffice converts it to PDF without error', () => {
    if (absent(SOFFICE, hasSoffice)) return;
    const outdir = tmp.file('pdf');
    mkdirSync(outdir, { recursive: true });
    const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${tmp.file('lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, file], { encoding: 'utf8', timeout: 110_000 });
    expect(r.status).toBe(0);
    const pdf = readdirSync(outdir).find((f) => f.endsWith('.pdf'));
    expect(pdf).toBeDefined();
    expect(statSync(path.join(outdir, pdf!)).size).toBeGreaterThan(1000);
  });
});

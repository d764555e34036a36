/**
 * The surgical writer keeps the input package: every entry but the four parts it edits (workbook,
 * its relationships, content types, styles) comes out byte for byte — the same contents and even
 * the same stored record (header, compressed bytes) — and only the output sheets are added. A
 * chart, a picture, a custom XML part and an unknown part survive, for files made by LibreOffice,
 * exceljs and Excel alike.
 */
import ExcelJS from 'exceljs';
import { loadXlsx } from '../../src/hosts/exceljs';
import { base } from '../robustness/corpus';
import { richWorkbook } from '../robustness/support/rich';
import { ADDED, CHART, decorate, PNG } from './decorated';
import { excelLike } from './excel-like';
import { contents, fixture, partText, records, score, sheetsOf } from './support';
import { relsPathOf } from '../../src/hosts/xlsx/package';

const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];

const INPUTS: [string, () => Promise<Uint8Array>, string[]][] = [
  ['LibreOffice: example-a', async () => fixture('example-a'), OUTPUTS],
  ['LibreOffice: hai-phong-huyen-2024', async () => fixture('hai-phong-huyen-2024'), OUTPUTS],
  ['LibreOffice: cong-an-cum-347', async () => fixture('cong-an-cum-347'), OUTPUTS],
  ['exceljs: formulas, formats, validation, a user “Kết quả”', () => richWorkbook(base()), ['Kết quả (2)', ...OUTPUTS.slice(1)]],
  ['Excel-like: shared strings, theme, calcChain', () => excelLike(base(), { formulaSheet: "Tổng hợp & Q'A" }), OUTPUTS],
];

describe.each(INPUTS)('%s', (_name, make, outputs) => {
  it('every entry but the four edited parts is byte-identical, stored record included; only the output sheets are added', async () => {
    const input = await make();
    const r = await score(input);
    expect(r.code).toBe(0);
    const before = await contents(input);
    const after = await contents(r.out);
    const kept = [...before.keys()].filter((n) => !EDITED.includes(n));
    expect(kept.length).toBeGreaterThan(4);
    for (const n of kept) expect({ n, same: Buffer.from(after.get(n) ?? []).equals(Buffer.from(before.get(n)!)) }).toEqual({ n, same: true });
    const storedBefore = records(input);
    const storedAfter = records(r.out);
    for (const n of kept) expect({ n, same: storedAfter.get(n)?.equals(storedBefore.get(n)!) }).toEqual({ n, same: true });
    const added = [...after.keys()].filter((n) => !before.has(n));
    const sheets = await sheetsOf(r.out);
    // The Warnings sheet follows the three output sheets when the run has something to say.
    const n = sheets.length - (await sheetsOf(input)).length;
    const warned = r.json.diagnostics.length > 0;
    expect(sheets.slice(-n).map((s) => s.name)).toEqual(warned ? [...outputs, 'Cảnh báo'] : outputs);
    // And the chart of Kết quả (the first output sheet): its drawing and chart parts, their relationships.
    const resultsRels = relsPathOf(sheets.slice(-n)[0]!.part!);
    const chartParts = added.filter((p) => /^xl\/(drawings|charts)\//.test(p) || p === resultsRels);
    expect(chartParts.map((p) => p.replace(/\d+\.xml/, 'N.xml')).sort()).toEqual(['xl/charts/chartN.xml', 'xl/drawings/_rels/drawingN.xml.rels', 'xl/drawings/drawingN.xml', 'xl/worksheets/_rels/sheetN.xml.rels']);
    expect(added.filter((p) => !chartParts.includes(p)).sort()).toEqual(sheets.slice(-n).map((s) => s.part!).sort());
    // The input's own sheets keep their names, ids and relationships, in their order.
    expect(sheets.slice(0, -n)).toEqual(await sheetsOf(input));
  });
});

describe('what exceljs does not model survives', () => {
  it('a chart, a picture, a custom XML part and an unknown part, byte for byte, still related', async () => {
    const input = await decorate(fixture('example-a'));
    const r = await score(input);
    expect(r.code).toBe(0);
    const before = await contents(input);
    const after = await contents(r.out);
    for (const n of [...ADDED, 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml']) expect({ n, same: Buffer.from(after.get(n) ?? []).equals(Buffer.from(before.get(n)!)) }).toEqual({ n, same: true });
    expect(Buffer.from(after.get('xl/media/image1.png')!).equals(Buffer.from(PNG))).toBe(true);
    expect(new TextDecoder().decode(after.get('xl/charts/chart1.xml'))).toBe(CHART);
    const rels = await partText(r.out, 'xl/_rels/workbook.xml.rels');
    expect(rels).toContain('Target="../customXml/item1.xml"');
    const types = await partText(r.out, '[Content_Types].xml');
    for (const p of ['/xl/drawings/drawing1.xml', '/xl/charts/chart1.xml', '/customXml/itemProps1.xml']) expect(types).toContain(`PartName="${p}"`);
    expect(types).toContain('Extension="bin"');
    // exceljs reads the output, the picture included.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Số liệu')!.getImages()).toHaveLength(1);
    expect(wb.worksheets.map((w) => w.name).slice(-3)).toEqual(OUTPUTS);
  });

  it('a re-run keeps them too, and replaces only its own sheets’ parts', async () => {
    const first = await score(await decorate(fixture('hai-phong-huyen-2024')));
    const second = await score(first.out);
    const a = await contents(first.out);
    const b = await contents(second.out);
    const own = (await sheetsOf(first.out)).slice(-3).map((s) => s.part!);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const n of a.keys()) if (![...EDITED, ...own].includes(n)) expect({ n, same: Buffer.from(b.get(n)!).equals(Buffer.from(a.get(n)!)) }).toEqual({ n, same: true });
    expect((await loadXlsx(second.out)).grid).toEqual((await loadXlsx(first.out)).grid);
  });
});

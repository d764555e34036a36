/**
 * Packages from every maker: LibreOffice (the fixtures), exceljs, Excel (shared strings, calcChain,
 * extension namespaces, `&amp;` and `&apos;` in sheet names) and Open XML SDK programs that prefix
 * every SpreadsheetML element (`x:`) and bind the relationships namespace to another prefix. Each
 * part the writer edits stays well-formed, namespace-correct XML holding what it held before.
 */
import JSZip from 'jszip';
import { loadXlsx } from '../../src/hosts/exceljs';
import { addOutputSheets } from '../../src/hosts/xlsx';
import { readPackage } from '../../src/hosts/xlsx/package';
import { scoreGrid } from '../../src/workbook/pipeline';
import { expectedOf, expectMatches } from '../cli/expected';
import { base } from '../robustness/corpus';
import { excelLike } from './excel-like';
import { mainElements, nsElements, REL } from './ns-xml';
import { contents, fixture, markersOf, partText, score, sheetsOf } from './support';

const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];
const MARKERS = { 'Kết quả': 'results', 'Chi tiết điểm': 'detail', 'Đề nghị khen thưởng': 'nominations' };
/** With the Warnings sheet, written when the run has warnings. */
const WARNED = { ...MARKERS, 'Cảnh báo': 'warnings' };

/** Every edited part parses, and the workbook's sheets resolve through their relationships. */
async function expectSound(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  for (const p of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']) nsElements(await zip.file(p)!.async('string'));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = nsElements(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).filter((e) => e.local === 'Relationship');
  const sheets = mainElements(wb, 'sheet');
  for (const s of sheets) {
    const rel = rels.find((r) => r.attrs.Id === s.attrs[`{${REL}}id`]);
    expect({ sheet: s.attrs.name, target: rel && zip.file(`xl/${rel.attrs.Target}`) !== null }).toEqual({ sheet: s.attrs.name, target: true });
    nsElements(await zip.file(`xl/${rel!.attrs.Target}`)!.async('string'));
  }
  expect(new Set(sheets.map((s) => s.attrs.name)).size).toBe(sheets.length);
  expect(mainElements(wb, 'definedName').every((d) => d.path.join('/') === 'workbook/definedNames')).toBe(true);
}

describe('LibreOffice fixtures', () => {
  it.each(['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'])('%s: its expected result, the output sheets marked, every part sound', async (name) => {
    const r = await score(fixture(name));
    expect(r.code).toBe(0);
    expectMatches(r.json, expectedOf(name));
    expect(await markersOf(r.out)).toEqual(r.json.diagnostics.length ? WARNED : MARKERS);
    await expectSound(r.out);
  });
});

describe('an Excel-made package', () => {
  it('sheet names with &amp; and &apos;, shared strings, a calcChain of a user sheet: kept, outputs appended', async () => {
    const user = "Tổng hợp & Q'A";
    const input = await excelLike(base(), { formulaSheet: user });
    const r = await score(input);
    expect(r.code).toBe(0);
    await expectSound(r.out);
    const wb = await partText(r.out, 'xl/workbook.xml');
    // The input's own elements are still there as they were (re-escaped: `&apos;` is written `'`).
    expect(wb).toContain(`<sheet name="Tổng hợp &amp; Q'A" sheetId="6" r:id="rId6"/>`);
    expect(wb).toContain(`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`);
    expect(wb).toContain(`mc:Ignorable="x15"`);
    expect(wb).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Số liệu'!$A$1:$B$2</definedName>`);
    expect((await sheetsOf(r.out)).map((s) => s.name)).toEqual([...base().sheets.map((s) => s.name), user, ...OUTPUTS]);
    // The calcChain lists a cell of a user sheet only: it stays.
    expect(Buffer.from((await contents(r.out)).get('xl/calcChain.xml')!).equals(Buffer.from((await contents(input)).get('xl/calcChain.xml')!))).toBe(true);
    expect((await loadXlsx(r.out)).workbook.getWorksheet(user)!.getCell('B2').formula).toBe('1+1');
    // Again: the own sheets are replaced in place.
    const again = await score(r.out);
    expect(await sheetsOf(again.out)).toEqual(await sheetsOf(r.out));
    expect(again.json).toEqual(r.json);
  });

  it('a calcChain listing a cell of an own sheet being replaced is dropped (Excel rebuilds it)', async () => {
    const first = await score(await excelLike(base()));
    const zip = await JSZip.loadAsync(first.out);
    const detail = (await sheetsOf(first.out)).find((s) => s.name === 'Chi tiết điểm')!;
    zip.file('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/><c r="Z9" i="${detail.sheetId}"/></calcChain>`);
    zip.file('xl/_rels/workbook.xml.rels', (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace('</Relationships>', '<Relationship Id="rIdCc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    zip.file('[Content_Types].xml', (await zip.file('[Content_Types].xml')!.async('string')).replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    const again = await score(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(again.code).toBe(0);
    const after = await contents(again.out);
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(await partText(again.out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await partText(again.out, '[Content_Types].xml')).not.toContain('calcChain');
    await expectSound(again.out);
  });
});

describe('an Open XML SDK package: x: prefixes everywhere, the relationships namespace under another prefix', () => {
  async function sdkPackage(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await excelLike(base(), { prefix: 'x', formulaSheet: 'Hỏi & đáp' }));
    // Bind the relationships namespace to `rel:`, and drop the definedNames (added back by the writer).
    const wb = (await zip.file('xl/workbook.xml')!.async('string')).replace(/xmlns:r=/, 'xmlns:rel=').replace(/ r:id=/g, ' rel:id=').replace(/<x:definedNames>[\s\S]*<\/x:definedNames>/, '');
    zip.file('xl/workbook.xml', wb);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('gets its sheets, markers, styles and relationships in its own prefixes, and is rewritten in place the next time', async () => {
    const input = await sdkPackage();
    // exceljs cannot read prefixed parts: the sheets come from the same grid, scored directly.
    const sheets = scoreGrid(base(), 'vi').sheets;
    const first = await addOutputSheets(input, sheets);
    if (!first.ok) throw new Error(first.reason);
    await expectSound(first.bytes);
    const wb = await partText(first.bytes, 'xl/workbook.xml');
    expect(wb).toContain(`<x:sheet name="Hỏi &amp; đáp" sheetId="6" rel:id="rId6"/>`);
    expect(wb).toMatch(/<x:sheet name="Kết quả" sheetId="7" rel:id="rId\d+"\/>/);
    expect(wb).toContain(`<x:definedNames><x:definedName name="ThiDua_KetQua">'Kết quả'!$A$1</x:definedName>`);
    expect(wb.indexOf('<x:definedNames>')).toBeLessThan(wb.indexOf('<x:calcPr'));
    const styles = await partText(first.bytes, 'xl/styles.xml');
    expect(styles).toContain('<x:font><x:b/><x:sz val="11"/><x:color theme="1"/><x:name val="Calibri"/>');
    // 164 is the package's own format and 170 a differential one: the new code gets 171.
    expect(styles).toContain('<x:numFmt numFmtId="171" formatCode="#,##0.###"/>');
    expect(mainElements(styles, 'xf').filter((x) => x.path.includes('cellXfs')).length).toBeGreaterThan(2);
    const pkg = await readPackage(await JSZip.loadAsync(first.bytes));
    expect(Object.fromEntries(pkg.markers)).toEqual(MARKERS);

    const second = await addOutputSheets(first.bytes, scoreGrid(base(), 'en').sheets);
    if (!second.ok) throw new Error(second.reason);
    expect(await sheetsOf(second.bytes)).toEqual(await sheetsOf(first.bytes));
    expect(await partText(second.bytes, 'xl/styles.xml')).toBe(styles);
    const detail = pkg.sheets.find((s) => s.name === 'Chi tiết điểm')!.rel!.part!;
    expect(await partText(second.bytes, detail)).toContain('<t>Explanation</t>');
  });
});

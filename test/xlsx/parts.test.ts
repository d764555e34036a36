/**
 * The pieces: reading XML parts whatever their prefixes, quotes, attribute order, comments and
 * entities; the splices into the workbook, relationships and content types; the sheet XML (values,
 * text as text, escapes, panes); and the zip writer (unchanged records copied, new ones readable).
 */
import JSZip from 'jszip';
import { parseXml, serializeXml, type XDocument } from '../../src/hosts/xlsx/dom';
import * as edits from '../../src/hosts/xlsx/edits';
import { markerFormula } from '../../src/hosts/xlsx/edits';
import { markerSheet, resolveTarget } from '../../src/hosts/xlsx/package';
import { columnName, sheetXml } from '../../src/hosts/xlsx/sheet-xml';
import { StyleBook } from '../../src/hosts/xlsx/styles';
import { decodeXml, findElements, rootElement } from '../../src/hosts/xlsx/xml';
import { rawEntries, writePackage } from '../../src/hosts/xlsx/zip';
import type { StyledSheet } from '../../src/workbook/output';
import { mainElements, nsElements, REL } from './ns-xml';
import { fixture } from './support';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('reading XML parts', () => {
  it('finds elements by local name whatever their prefix, attributes in any order and quotes, skipping comments', () => {
    const xml = `<?xml version="1.0"?><!-- <sheet name="not me"/> --><x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet sheetId='2' name="A &amp; B &apos;C&apos; &#x1EA0;&#273;" r:id="rId1"/><sheet name="x>y" sheetId="3"></sheet></x:sheets><x:sheetsExtra/></x:workbook>`;
    const sheets = findElements(xml, 'sheet');
    expect(sheets.map((s) => [s.prefix, s.attrs.get('name'), s.attrs.get('sheetId'), s.selfClosing])).toEqual([
      ['x', "A & B 'C' Ạđ", '2', true],
      ['', 'x>y', '3', false],
    ]);
    expect(findElements(xml, 'sheets')).toHaveLength(1);
    expect(rootElement(xml)).toEqual(expect.objectContaining({ prefix: 'x', local: 'workbook' }));
    expect(decodeXml('&lt;&gt;&quot;&#65;&#x42;&amp;amp;')).toBe('<>"AB&amp;');
  });

  it('reads markers and relationship targets', () => {
    expect(markerSheet("'Kết ''quả'' & co'!$A$1")).toBe("Kết 'quả' & co");
    expect(markerSheet('KetQua!$A$1')).toBe('KetQua');
    expect(markerSheet('#REF!')).toBeNull();
    expect(markerFormula("Kết 'quả'")).toBe("'Kết ''quả'''!$A$1");
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
  });
});

/** An edit of the tree, on text: parsed, edited, written. */
const onText =
  <A extends unknown[]>(f: (doc: XDocument, ...args: A) => void) =>
  (xml: string, ...args: A): string => {
    const doc = parseXml(xml, 'part.xml');
    f(doc, ...args);
    return serializeXml(doc);
  };
const addSheet = onText(edits.addSheet);
const setDefinedName = onText(edits.setDefinedName);
const addOverride = onText(edits.addOverride);
const removeOverride = onText(edits.removeOverride);

describe('edits', () => {
  const wb = (decl: string, names = '') => `<workbook xmlns="${MAIN}" ${decl}><sheets><sheet name="A" sheetId="1" ${decl.includes('xmlns:') ? decl.split(':')[1]!.split('=')[0] + ':' : 'r:'}id="rId1"/></sheets>${names}<calcPr/></workbook>`;

  it('a new sheet uses the bound relationships prefix, or declares one', () => {
    for (const decl of [`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`]) {
      const out = addSheet(wb(decl), 'B & C', 7, 'rId9');
      expect(mainElements(out, 'sheet').map((s) => [s.attrs.name, s.attrs.sheetId, s.attrs[`{${REL}}id`]])).toEqual([
        ['A', '1', 'rId1'],
        ['B & C', '7', 'rId9'],
      ]);
    }
    const bare = `<workbook xmlns="${MAIN}"><sheets/></workbook>`;
    expect(mainElements(addSheet(bare, 'B', 2, 'rId2'), 'sheet')[0]!.attrs[`{${REL}}id`]).toBe('rId2');
  });

  it('a marker name is added after sheets, replaced in place, a duplicate dropped, a sheet-local one left alone', () => {
    const base = wb(`xmlns:r="${REL}"`);
    const added = setDefinedName(base, 'ThiDua_KetQua', "'K&Q'!$A$1");
    expect(added).toContain(`</sheets><definedNames><definedName name="ThiDua_KetQua">'K&amp;Q'!$A$1</definedName></definedNames><calcPr/>`);
    const names = `<definedNames><definedName name="ThiDua_KetQua" localSheetId="0">A!$B$2</definedName><definedName name="ThiDua_KetQua">'Old'!$A$1</definedName><definedName name="Mine">A!$C$3</definedName><definedName name="ThiDua_KetQua">'Older'!$A$1</definedName></definedNames>`;
    const replaced = setDefinedName(wb(`xmlns:r="${REL}"`, names), 'ThiDua_KetQua', "'New'!$A$1");
    expect(mainElements(replaced, 'definedName').map((d) => `${d.attrs.name}${d.attrs.localSheetId ?? ''}=${d.text}`)).toEqual(['ThiDua_KetQua0=A!$B$2', "ThiDua_KetQua='New'!$A$1", 'Mine=A!$C$3']);
    const selfClosing = setDefinedName(wb(`xmlns:r="${REL}"`, '<definedNames/>'), 'M', 'A!$A$1');
    expect(selfClosing).toContain('<definedNames><definedName name="M">A!$A$1</definedName></definedNames>');
  });

  it('content-type overrides compare part names without case and the leading slash', () => {
    const ct = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/XL/calcChain.xml" ContentType="x"/></Types>';
    expect(addOverride(ct, 'xl/calcchain.xml', 'y')).toBe(ct);
    expect(removeOverride(ct, 'xl/calcChain.xml')).toBe('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  });

  // Where the relationships prefix is bound (or not) decides how r:id must be written: each case is
  // read back by saxes, which throws on an undeclared prefix.
  const SCOPES: [string, string][] = [
    ['openpyxl: r declared on each <sheet>, not on <workbook>', `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['x: prefixes, the relationships namespace bound on the root', `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`],
    ['r bound to another namespace on the root, the relationships one on each sheet as rel', `<workbook xmlns="${MAIN}" xmlns:r="urn:other"><sheets><sheet xmlns:rel="${REL}" name="A" sheetId="1" rel:id="rId1" r:x="1"/></sheets></workbook>`],
    ['the SpreadsheetML namespace declared on <sheets> only (x:) with a default namespace of another vocabulary', `<x:workbook xmlns:x="${MAIN}" xmlns="urn:other"><x:sheets xmlns:r="${REL}"><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets><other/></x:workbook>`],
  ];
  it.each(SCOPES)('%s: the new sheet and the marker name are in the right namespaces', (_what, xml) => {
    const out = setDefinedName(addSheet(xml, 'Kết quả', 9, 'rId9'), 'ThiDua_KetQua', "'Kết quả'!$A$1");
    const sheets = mainElements(out, 'sheet');
    expect(sheets.map((s) => [s.attrs.name, s.attrs[`{${REL}}id`], s.path.join('/')])).toEqual([
      ['A', 'rId1', 'workbook/sheets'],
      ['Kết quả', 'rId9', 'workbook/sheets'],
    ]);
    expect(mainElements(out, 'definedName').map((d) => [d.text, d.path.join('/')])).toEqual([["'Kết quả'!$A$1", 'workbook/definedNames']]);
    // What was there stays in its namespaces.
    expect(nsElements(out).filter((e) => e.uri === 'urn:other').map((e) => e.local)).toEqual(xml.includes('<other/>') ? ['other'] : []);
  });
});

describe('sheet XML', () => {
  const STYLES = `<styleSheet xmlns="${MAIN}"><fonts><font/></fonts><fills><fill/><fill/></fills><borders><border/></borders><cellXfs><xf/></cellXfs></styleSheet>`;
  const sheet = (rows: StyledSheet['rows'], more: Partial<StyledSheet> = {}): string =>
    new TextDecoder().decode(sheetXml({ name: 'S', rows, headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 }, ...more }, new StyleBook(STYLES)));

  it('writes values: finite numbers, booleans, text as inline text (formula-like too), errors as their text', () => {
    const xml = sheet([[1.5, -0, 1e-7, NaN, Infinity, true, false, '=1+1', '+84', { error: '#N/A' }, '', null, 'x']]);
    // Not-finite numbers, '' and null are left blank.
    expect(mainElements(xml, 'c').map((c) => c.attrs.r)).toEqual(['A1', 'B1', 'C1', 'F1', 'G1', 'H1', 'I1', 'J1', 'M1']);
    expect(xml).toContain('<c r="A1"><v>1.5</v></c><c r="B1"><v>0</v></c><c r="C1"><v>1e-7</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c>');
    expect(xml).toContain('<c r="H1" t="inlineStr"><is><t>=1+1</t></is></c><c r="I1" t="inlineStr"><is><t>+84</t></is></c><c r="J1" t="inlineStr"><is><t>#N/A</t></is></c>');
    expect(xml).not.toMatch(/<f[ >/]/);
  });

  it('escapes markup, drops characters XML cannot hold, keeps spaces and a literal _xHHHH_, cuts at 32,767', () => {
    const xml = sheet([['a & <b> "c"', ' lề ', 'x\u0001y\uFFFE\uD800z', 'dòng 1\ndòng 2', '_x0041_', 'ạ'.repeat(40_000)]]);
    const texts = nsElements(xml).filter((e) => e.local === 't').map((t) => t.text);
    expect(texts.slice(0, 5)).toEqual(['a & <b> "c"', ' lề ', 'xyz', 'dòng 1\ndòng 2', '_x005F_x0041_']);
    expect(texts[5]!.length).toBe(32_767);
    expect(xml).toContain('<t xml:space="preserve"> lề </t>');
  });

  it('frozen panes, merges, header heights, widths, page setup', () => {
    const xml = sheet([['Tiêu đề'], [], ['Một tiêu đề rất dài cần xuống dòng', 'B']], { headerRows: [2], titleRows: [0], columns: [{ width: 10 }, { width: 8, numFmt: '0' }], freeze: { rows: 3, cols: 0 }, merges: ['A1:B1'] });
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    // Four lines of 15 pt: a header is given up to HEADER_LINES lines.
    expect(xml).toMatch(/<row r="3" ht="60" customHeight="1">/);
    expect(xml).toMatch(/<col min="2" max="2" width="8" customWidth="1" style="\d+"\/>/);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet([['a']], { freeze: { rows: 0, cols: 2 } })).toContain('<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>');
    expect(sheet([['a']])).not.toContain('<pane');
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('the zip writer', () => {
  it('with no change, a LibreOffice archive (data descriptors) comes out as it was, byte for byte', async () => {
    const input = fixture('example-a');
    expect(rawEntries(input)!.length).toBe(12);
    const out = await writePackage(input, await JSZip.loadAsync(input), { set: new Map(), remove: new Set() });
    expect(Buffer.from(out).equals(Buffer.from(input))).toBe(true);
  });

  it('replaces, removes and adds entries that jszip reads back with their CRCs checked', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'giữ nguyên', { compression: 'STORE' });
    zip.file('b.txt', 'bỏ đi');
    zip.file('c.txt', 'cũ');
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: 'ghi chú' });
    const out = await writePackage(input, await JSZip.loadAsync(input), { set: new Map<string, string | Uint8Array>([['c.txt', 'mới'], ['d/e.bin', new Uint8Array([0, 1, 2, 255])]]), remove: new Set(['b.txt']) });
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(['a.txt', 'c.txt', 'd/e.bin']);
    expect(await back.file('a.txt')!.async('string')).toBe('giữ nguyên');
    expect(await back.file('c.txt')!.async('string')).toBe('mới');
    expect([...(await back.file('d/e.bin')!.async('uint8array'))]).toEqual([0, 1, 2, 255]);
    const a = rawEntries(input)!.find((e) => e.name === 'a.txt')!;
    const a2 = rawEntries(out)!.find((e) => e.name === 'a.txt')!;
    expect(Buffer.from(out.subarray(a2.start, a2.end)).equals(Buffer.from(input.subarray(a.start, a.end)))).toBe(true);
  });
});

/**
 * The package reader (src/hosts/xlsx/read-book.ts) against the exceljs reader it replaces, on every
 * .xlsx of the tests: the committed files (fixtures, the makers' corpus), the makers' corpus built
 * in memory (exceljs, Excel style, Open XML SDK prefixes, inline strings, absolute targets, strict),
 * every workbook of the robustness corpus (exceljs-written grids, LibreOffice fixtures with a cell
 * of their XML changed), result workbooks with the add-in's own sheets, and hand-made packages
 * with what the generators do not write (1904 dates, rich text and phonetic runs, formulas with and
 * without a cached value, shared formulas, errors, merged areas over values). Both must give the
 * same grid — values, shapes, merged areas — the same sheets and the same own-sheet markers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { loadXlsx } from '../../src/hosts/exceljs';
import { inflateRawNode } from '../../src/hosts/xlsx/inflate-node';
import { readBook } from '../../src/hosts/xlsx/read-book';
import { addOutputSheets } from '../../src/hosts/xlsx';
import { scoreGrid } from '../../src/workbook/pipeline';
import { CORPUS } from '../corpus/build';
import { CASES } from '../robustness/corpus';
import { xlsxOf, removeFolders } from '../robustness/support/hosts';
import { fixtureBytes, patchXlsx } from '../robustness/support/xlsx';
import { decorate } from './decorated';
import { loadSubmittedForm } from '../../src/hosts/exceljs/form';
import { formXlsx } from '../../src/hosts/xlsx/form-xlsx';
import { readSubmittedForm } from '../../src/hosts/xlsx/read-form';
import { makeForms } from '../../src/jobs/forms';

const TEST_ROOT = path.join(__dirname, '..');

// Each case reads a package twice (once with exceljs) and some score a fixture first: on a shared
// machine that takes more than jest's 5 s.
jest.setTimeout(60_000);

function xlsxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xlsxFiles(p));
    else if (name.endsWith('.xlsx')) out.push(p);
  }
  return out;
}

/** Both readers on the same bytes: the same grid, sheets and markers. */
async function expectSame(bytes: Uint8Array): Promise<void> {
  const old = await loadXlsx(bytes, 'book.xlsx', inflateRawNode);
  const now = await readBook(bytes, 'book.xlsx', inflateRawNode);
  expect(now.grid).toStrictEqual(old.grid);
  expect(now.sheets.map((s) => s.name)).toStrictEqual(old.workbook.worksheets.map((w) => w.name));
  expect([...now.markers]).toStrictEqual([...old.markers]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A package written by hand: one sheet's XML (sheetData and after), shared strings, styles, workbook properties. */
async function handMade(o: { sheetData: string; strings?: string; numFmts?: string; xfs: string; workbookPr?: string; definedNames?: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${o.workbookPr ?? ''}<sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets>${o.definedNames ?? ''}</workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${o.numFmts ?? ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${o.xfs}</cellXfs></styleSheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${o.strings ?? ''}</sst>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${o.sheetData}</worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const XF = (id: number): string => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`;
const XFS = [XF(0), XF(14), XF(10), XF(164), XF(165), XF(22), XF(4), XF(46)].join('');
const NUMFMTS = '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>';
const STRINGS = [
  '<si><t>Đơn vị</t></si>',
  '<si><r><rPr><b/></rPr><t>Tổng </t></r><r><t xml:space="preserve">điểm  </t></r></si>',
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
  '<si><t>dòng_x000D_mới &amp; &lt;thẻ&gt;</t></si>',
  '<si><t/></si>',
  '<si><r><t>a_x0041_</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>',
].join('');
const SHEET = `<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row r="2"><c r="A2" s="1"><v>45413</v></c><c r="B2" s="2"><v>0.879</v></c><c r="C2" s="3"><v>45413.5</v></c><c r="D2" s="4"><v>0.5</v></c><c r="E2" s="5"><v>45413.123456789</v></c><c r="F2" s="6"><v>1234.5</v></c><c r="G2" s="7"><v>1.25</v></c><c r="H2" s="1"><v>-1</v></c></row>
<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3"><f>A3*2</f></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3" t="b"><f>TRUE()</f><v>1</v></c><c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F3" s="1"><f>TODAY()</f><v>45000</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" t="b"><v>0</v></c></row>
<row r="4"><c r="A4"><f t="shared" ref="A4:C4" si="0">1</f><v>1</v></c><c r="B4"><f t="shared" si="0"/><v>1</v></c><c r="C4"><f t="shared" si="0"/></c><c r="D4" t="inlineStr"><is><t>nội tuyến</t></is></c><c r="E4" t="inlineStr"><is><r><t>gi</t></r><r><rPr><i/></rPr><t>àu</t></r></is></c><c r="F4" s="3"/><c r="G4" t="str"><v>văn bản</v></c></row>
<row r="6"><c r="A6" t="s"><v>0</v></c><c r="B6"><v>5</v></c><c r="C6"><v>6</v></c><c r="D6" s="3"><v>7</v></c></row>
<row r="7"><c r="B7"><v>1E-3</v></c><c r="C7"><v>-0</v></c><c r="D7"><v>1.7976931348623157E308</v></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A6:B7"/><mergeCell ref="C6:D6"/></mergeCells>`;

describe('the package reader reads what the exceljs reader read', () => {
  afterAll(() => removeFolders());

  const files = xlsxFiles(TEST_ROOT);
  it('finds the committed files', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.map((f) => [path.relative(TEST_ROOT, f), f]))('%s', async (_name, file) => {
    await expectSame(new Uint8Array(readFileSync(file)));
  });

  it.each(CORPUS.map((c) => [c.name, c]))('corpus: %s', async (_name, c) => {
    await expectSame(await c.bytes());
  });

  it.each(CASES.map((c, i) => [`${i} ${c.what}`, c]))('robustness corpus %s', async (_name, c) => {
    const bytes = 'grid' in c.source ? await xlsxOf(c.source.grid()) : await patchXlsx(fixtureBytes(c.source.foreign), c.source.edit);
    await expectSame(bytes);
  });

  it.each(['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'])('a result workbook of %s (own sheets left out), decorated', async (name) => {
    const input = fixtureBytes(name);
    const { grid } = await loadXlsx(input);
    const written = await addOutputSheets(input, scoreGrid(grid, 'vi').sheets);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    await expectSame(written.bytes);
    await expectSame(await decorate(written.bytes));
  });

  it('submission forms (what consolidation reads: grid, defined names, save time)', async () => {
    const { grid } = await loadXlsx(fixtureBytes('hai-phong-huyen-2024'));
    const made = makeForms(grid, 'vi');
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    for (const f of made.forms.slice(0, 3)) {
      const bytes = await formXlsx(f);
      await expectSame(bytes);
      const [old, now] = [await loadSubmittedForm(f.file, bytes), await readSubmittedForm(f.file, bytes)];
      expect(now.grid).toStrictEqual(old.grid);
      expect(now.modified).toBe(old.modified);
      // The names consolidation looks up (the form's marker) read alike.
      expect(old.names.size).toBeGreaterThan(0);
      for (const [name, ref] of old.names) expect({ name, ref: now.names.get(name) }).toStrictEqual({ name, ref });
    }
  });

  it.each([
    ['1900 system', ''],
    ['1904 system', '<workbookPr date1904="1"/>'],
  ])('hand-made: dates, percents, rich text, formulas, errors, merges (%s)', async (_name, workbookPr) => {
    const bytes = await handMade({ sheetData: SHEET, strings: STRINGS, numFmts: NUMFMTS, xfs: XFS, workbookPr });
    await expectSame(bytes);
    const { grid } = await readBook(bytes);
    const rows = grid.sheets[0]!.rows;
    // Read as they are, not merely as exceljs did: the shapes and values below are the file's.
    expect(rows[0]).toStrictEqual(['Đơn vị', 'Tổng điểm  ', '漢字', 'dòng\rmới & <thẻ>', '', 'aA']);
    expect(rows[1]![0]).toBe(workbookPr ? 45413 + 1462 : 45413);
    expect(grid.sheets[0]!.shapes?.[1]?.slice(0, 3)).toStrictEqual(['date', 'percent', 'date']);
    expect(rows[2]).toStrictEqual([2, { error: '#UNCALCULATED' }, 'ab', true, { error: '#DIV/0!' }, workbookPr ? 45000 + 1462 : 45000, { error: '#N/A' }, false]);
    expect(rows[3]!.slice(0, 5)).toStrictEqual([1, 1, { error: '#UNCALCULATED' }, 'nội tuyến', 'giàu']);
    expect(rows[5]).toStrictEqual(['Đơn vị', null, 6, null]);
    expect(rows[6]).toStrictEqual([null, null, -0, 1.7976931348623157e308]);
    expect(grid.sheets[0]!.merges).toStrictEqual(['A6:B7', 'C6:D6']);
  });

  it('a number cell whose text is not a whole number stays text (never the number it starts with)', async () => {
    // exceljs reads `<v>` with parseFloat: `1.234,5` would be 1.234, a thousandth of what was meant.
    const sheetData = '<sheetData><row r="1"><c r="A1"><v>1.234,5</v></c><c r="B1"><v>12abc</v></c><c r="C1"><v> 1.5E+2 </v></c><c r="D1"><v>Infinity</v></c></row></sheetData>';
    const { grid } = await readBook(await handMade({ sheetData, xfs: XFS }));
    expect(grid.sheets[0]!.rows[0]).toStrictEqual(['1.234,5', '12abc', 150, Infinity]);
    const scored = await loadXlsx(await handMade({ sheetData, xfs: XFS }));
    // What exceljs gives, for the record: the silent misreading this reader does not make.
    expect(scored.grid.sheets[0]!.rows[0]![0]).toBe(1.234);
  });

  it('one classifier (numberFormatShape) decides a date both for the value and for its shape: tricky codes', async () => {
    const codes: [string, 'date' | 'percent' | null][] = [
      ['0.0 \\h', null],
      ['0.0 "d"', null],
      ['#,##0_);[Red](#,##0)', null],
      ['[h]:mm', 'date'],
      ['[h]', 'date'],
      ['dd/mm/yyyy', 'date'],
      ['[$-42A]d mmmm yyyy', 'date'],
      ['0%', 'percent'],
      ['#,##0.00 "đ"', null],
      ['[Red]0.00', null],
      ['General', null],
    ];
    const attr = (c: string) => c.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const numFmts = `<numFmts count="${codes.length}">${codes.map(([c], i) => `<numFmt numFmtId="${170 + i}" formatCode="${attr(c)}"/>`).join('')}</numFmts>`;
    const xfs = [XF(0), ...codes.map((_c, i) => XF(170 + i))].join('');
    const v = 45413.123456789;
    const cells = codes.map((_c, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>${v}</v></c>`).join('');
    const { grid } = await readBook(await handMade({ sheetData: `<sheetData><row r="1">${cells}</row></sheetData>`, numFmts, xfs }));
    const sheet = grid.sheets[0]!;
    expect(codes.map((_c, i) => sheet.shapes?.[0]?.[i] ?? null)).toStrictEqual(codes.map(([, shape]) => shape));
    // A date is converted as exceljs converted dates (to the millisecond); any other number is kept as stored.
    const ms = Math.round((v - 25569) * 24 * 3600 * 1000) / 86_400_000 + 25_569;
    expect(ms).not.toBe(v);
    expect(sheet.rows[0]).toStrictEqual(codes.map(([, shape]) => (shape === 'date' ? ms : v)));
    // What the exceljs reader gives, for the record: exceljs drops a format's backslashes (`0.0 h`, an
    // hour), so it makes the number a Date and its host a date (a false dateInFigure there).
    const old = await loadXlsx(await handMade({ sheetData: `<sheetData><row r="1">${cells}</row></sheetData>`, numFmts, xfs }));
    expect(old.grid.sheets[0]!.shapes?.[0]?.[0]).toBe('date');
  });

  it('a cell past the last row of Excel is refused, naming the part (no rows of that size are made)', async () => {
    const bytes = await handMade({ sheetData: '<sheetData><row r="99999999"><c r="A99999999"><v>1</v></c></row></sheetData>', xfs: XFS });
    await expect(readBook(bytes)).rejects.toMatchObject({ problem: { kind: 'badPart', part: 'xl/worksheets/sheet1.xml' } });
  });

  it('hand-made: a marker leaves its sheet out; a sheet-level name of the same word does not (exceljs misread it)', async () => {
    const names = `<definedNames><definedName name="ThiDua_KetQua">'Số liệu'!$A$1</definedName></definedNames>`;
    const own = await handMade({ sheetData: SHEET, strings: STRINGS, xfs: XFS, definedNames: names });
    await expectSame(own);
    expect((await readBook(own)).grid.sheets).toHaveLength(0);
    const local = await handMade({ sheetData: SHEET, strings: STRINGS, xfs: XFS, definedNames: names.replace('name="ThiDua_KetQua"', 'name="ThiDua_KetQua" localSheetId="0"') });
    // exceljs lost `localSheetId` (its defined-names model keeps none), so it took a sheet-level
    // name for a marker and left the sheet out; a marker is a workbook-level name (own-sheets.ts).
    expect((await loadXlsx(local)).grid.sheets).toHaveLength(0);
    expect((await readBook(local)).grid.sheets.map((s) => s.name)).toStrictEqual(['Số liệu']);
  });
});

/**
 * What the surgical writer will not edit, and what happens then. A strict-OOXML workbook is edited
 * as its transitional twin. A package it cannot read with confidence (no styles part, an own sheet
 * that is not a worksheet) is
 * `Unsupported`: the CLI rewrites the workbook through exceljs as it always did, with the same
 * sheets, markers and exit status. An archive its own zip writer does not lay out (a name in a
 * legacy code page) goes through jszip instead, still keeping every part's contents.
 */
import JSZip from 'jszip';
import { resultWorkbook } from '../../src/cli/main';
import { loadXlsx } from '../../src/hosts/exceljs';
import { addOutputSheets } from '../../src/hosts/xlsx';
import { rawEntries } from '../../src/hosts/xlsx/zip';
import { scoreGrid } from '../../src/workbook/pipeline';
import { contents, fixture, markersOf, partText, score, sheetsOf, withParts } from './support';

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];

/** example-a as a strict-OOXML package (its workbook part and package relationship). */
function strict(bytes: Uint8Array): Promise<Uint8Array> {
  return withParts(bytes, {}, {
    'xl/workbook.xml': (xml) => xml.replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', `xmlns="${STRICT_MAIN}"`),
    '_rels/.rels': (xml) => xml.replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument'),
  });
}

async function sheetsFor(bytes: Uint8Array) {
  return scoreGrid((await loadXlsx(bytes)).grid, 'vi').sheets;
}

describe('packages the surgical writer leaves to exceljs', () => {
  it('a strict-OOXML workbook is written as its transitional twin, surgically (its own parts kept)', async () => {
    const input = await strict(fixture('example-a'));
    const sheets = await sheetsFor(input);
    const written = await resultWorkbook(input, sheets);
    expect(written.surgical).toBe(true);
    const r = await score(input);
    expect(r.code).toBe(0);
    const wb = (await loadXlsx(r.out)).workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', ...OUTPUTS]);
    expect([...(await loadXlsx(r.out)).markers.keys()]).toEqual(OUTPUTS);
    expect(await partText(r.out, 'xl/workbook.xml')).not.toContain(STRICT_MAIN);
    expect(await partText(r.out, '_rels/.rels')).not.toContain('purl.oclc.org');
    // Not rewritten by exceljs: LibreOffice's own app.xml is still there.
    expect(await partText(r.out, 'docProps/app.xml')).toContain('LibreOffice');
  });

  it('no styles part, an unknown workbook namespace, no workbook relationships: Unsupported with a reason', async () => {
    const input = fixture('example-a');
    const sheets = await sheetsFor(input);
    const noStyles = await JSZip.loadAsync(input);
    noStyles.remove('xl/styles.xml');
    const cases: [Promise<Uint8Array>, string][] = [
      [noStyles.generateAsync({ type: 'uint8array' }), 'no styles part'],
      [withParts(input, {}, { 'xl/workbook.xml': (x) => x.replace('spreadsheetml/2006/main"', 'spreadsheetml/2099/main"') }), 'an unknown workbook namespace'],
      [withParts(input, {}, { '_rels/.rels': (x) => x.replace(/Target="xl\/workbook.xml"/, 'Target="xl/missing.xml"') }), 'no workbook part xl/missing.xml'],
    ];
    for (const [bytes, reason] of cases) expect(await addOutputSheets(await bytes, sheets)).toEqual({ ok: false, reason });
  });

  it('an own sheet that is not a worksheet part (a marker pointing at a chartsheet) is Unsupported', async () => {
    const first = await score(fixture('example-a'));
    const kq = (await sheetsOf(first.out)).find((s) => s.name === 'Kết quả')!;
    const odd = await withParts(first.out, {}, {
      'xl/_rels/workbook.xml.rels': (x) => x.replace(new RegExp(`(Id="${kq.rId}" Type="[^"]*/)worksheet"`), '$1chartsheet"'),
    });
    expect(await addOutputSheets(odd, await sheetsFor(first.out))).toEqual({ ok: false, reason: 'the own sheet “Kết quả” is not a worksheet part' });
  });
});

describe('archives the zip writer leaves to jszip', () => {
  it('an entry named in a legacy code page: jszip packs the result; every part’s contents kept', async () => {
    const zip = await JSZip.loadAsync(fixture('example-a'));
    zip.file('customXml/tệp-riêng.xml', '<riêng>dữ liệu</riêng>');
    // jszip writes a custom-encoded name (a binary string) without the UTF-8 flag, and a Unicode-path extra field.
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', encodeFileName: (name) => Buffer.from(name, 'utf8').toString('binary') });
    expect(rawEntries(input)).toBeNull();
    const r = await score(input);
    expect(r.code).toBe(0);
    const before = await contents(input);
    const after = await contents(r.out);
    for (const [n, data] of before) if (!['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'].includes(n)) expect({ n, same: Buffer.from(after.get(n)!).equals(Buffer.from(data)) }).toEqual({ n, same: true });
    expect(await markersOf(r.out)).toEqual({ 'Kết quả': 'results', 'Chi tiết điểm': 'detail', 'Đề nghị khen thưởng': 'nominations' });
    expect((await sheetsOf(r.out)).slice(-3).map((s) => s.name)).toEqual(OUTPUTS);
  });
});

/**
 * Opening packages (open.ts): inflated within limits — declared sizes checked first, bytes counted
 * while inflating (sizes that lie), the inflation ratio — on both the zlib way and jszip's; what a
 * zip is when it is no workbook; and the normalisation for exceljs (normalize.ts).
 */
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { parseXml, serializeXml } from '../../src/hosts/xlsx/dom';
import { normalizeForReading, relativeTo, transitionalUri } from '../../src/hosts/xlsx/normalize';
import { inflateRawNode } from '../../src/hosts/xlsx/inflate-node';
import { decodeUtf8, packageKind, PackageError, unzipBounded as unzipWith, type Limits, type PackageProblem } from '../../src/hosts/xlsx/open';

/** The command line's way (zlib); `legacy` names in the archives below send it to jszip's. */
const unzipBounded = (bytes: Uint8Array, limits?: Limits) => unzipWith(bytes, limits, inflateRawNode);
import { mainElements, nsElements, REL } from './ns-xml';
import { zeros, zipOf } from './zips';

const MiB = 1 << 20;

async function problem(p: Promise<unknown>): Promise<PackageProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PackageError) return e.problem;
    throw e;
  }
  throw new Error('no PackageError');
}

const LIMITS = { part: 8 * MiB, total: 12 * MiB, ratio: 1000 };
const small = (text: string) => ({ data: deflateRawSync(Buffer.from(text)), declared: Buffer.byteLength(text) });

describe('inflating within limits', () => {
  it('reads a sound archive, both ways', async () => {
    for (const legacyName of [false, true]) {
      const files = await unzipBounded(zipOf([{ name: 'a.xml', ...small('<a/>') }], { legacyName }), LIMITS);
      expect([...files.values()].map((d) => Buffer.from(d).toString())).toEqual(['<a/>']);
    }
  });

  it('a part declared over the limit is refused before inflating', async () => {
    const started = Date.now();
    expect(await problem(unzipBounded(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros(1), declared: 2 ** 31 }]), LIMITS))).toEqual({ kind: 'tooLarge', part: 'xl/worksheets/sheet1.xml', limit: LIMITS.part });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([false, true])('a part whose declared size lies is stopped at the limit while inflating (jszip way: %s)', async (legacyName) => {
    const p = await problem(unzipBounded(zipOf([{ name: 'big.xml', data: zeros(40), declared: 100 }], { legacyName }), LIMITS));
    expect(p).toEqual(expect.objectContaining({ kind: 'tooLarge', limit: LIMITS.part }));
  });

  it('without zlib (the preview in a browser) jszip inflates, stopped at the limit all the same', async () => {
    expect(await problem(unzipWith(zipOf([{ name: 'big.xml', data: zeros(40), declared: 100 }]), LIMITS))).toEqual(expect.objectContaining({ kind: 'tooLarge', part: 'big.xml' }));
  });

  it('parts together over the total are refused; a part inflating over 1,000 times is refused', async () => {
    const text = Buffer.from(randomBytes(3 * MiB).toString('hex'));
    const six = { data: deflateRawSync(text), declared: text.length };
    expect(await problem(unzipBounded(zipOf([{ name: 'a.xml', ...six }, { name: 'b.xml', ...six }, { name: 'c.xml', ...six }]), LIMITS))).toEqual({ kind: 'tooLarge', part: 'c.xml', limit: LIMITS.total });
    expect(await problem(unzipBounded(zipOf([{ name: 'z.xml', data: zeros(4), declared: 4 * MiB }]), LIMITS))).toEqual(expect.objectContaining({ kind: 'ratio', part: 'z.xml' }));
  });

  it('bytes that are no zip', async () => {
    expect(await problem(unzipBounded(new Uint8Array([1, 2, 3, 4, 5])))).toEqual({ kind: 'notZip' });
  });
});

describe('UTF-8 without TextDecoder (jsdom)', () => {
  it('decodes as TextDecoder does, bad bytes as U+FFFD', () => {
    const text = 'Thi đua — Cờ thi đua 🏆 <x a="ạ"/>';
    expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
    expect(decodeUtf8(new Uint8Array([0x61, 0xc3, 0x28, 0xff, 0x62]))).toBe(new TextDecoder().decode(new Uint8Array([0x61, 0xc3, 0x28, 0xff, 0x62])));
  });
});

describe('what a zip is', () => {
  const zip = async (files: Record<string, string>): Promise<Map<string, Uint8Array>> => {
    const z = new JSZip();
    for (const [n, t] of Object.entries(files)) z.file(n, t);
    return unzipBounded(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
  const office = (type: string, main: string) => ({
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${main}" ContentType="${type}"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
    [main]: '<x/>',
  });
  it.each([
    ['an OpenDocument spreadsheet', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, 'ods'],
    ['an OpenDocument text', { mimetype: 'application/vnd.oasis.opendocument.text' }, 'odf'],
    ['a Word document', office('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml'), 'docx'],
    ['a PowerPoint presentation', office('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'ppt/presentation.xml'), 'pptx'],
    ['a plain zip', { 'readme.txt': 'xin chào' }, 'zip'],
  ] as const)('%s', async (_what, files, what) => {
    expect(await problem(zip(files).then(packageKind))).toEqual({ kind: 'notWorkbook', what });
  });

  it('a workbook is one; a damaged relationships part is named', async () => {
    expect(packageKind(await zip(office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml')))).toBe('xlsx');
    const files = office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml');
    files['_rels/.rels'] = '<Relationships><Relationship Id="rId1"></Relationships>';
    expect(await problem(zip(files).then(packageKind))).toEqual(expect.objectContaining({ kind: 'badPart', part: '_rels/.rels' }));
  });
});

describe('normalising for exceljs', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

  it('relative targets, strict URIs as transitional ones', () => {
    expect(relativeTo('xl/worksheets/sheet1.xml', 'xl/comments1.xml')).toBe('../comments1.xml');
    expect(relativeTo('xl/workbook.xml', 'xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeTo('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(transitionalUri('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet')).toBe(`${REL}/worksheet`);
    expect(transitionalUri('http://purl.oclc.org/ooxml/spreadsheetml/main')).toBe(MAIN);
  });

  it('an x:-prefixed sheet in the default namespace, rel: as r:, an openpyxl comment moved where exceljs reads it', () => {
    const files = new Map<string, Uint8Array>([
      ['_rels/.rels', enc(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`)],
      ['xl/workbook.xml', enc(`<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet xmlns:rel="${REL}" name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`)],
      ['xl/_rels/workbook.xml.rels', enc(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`)],
      ['xl/worksheets/data.xml', enc(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`)],
      ['xl/worksheets/_rels/data.xml.rels', enc(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c" Type="${REL}/comments" Target="/xl/comments/comment1.xml"/></Relationships>`)],
      ['xl/comments/comment1.xml', enc(`<comments xmlns="${MAIN}"/>`)],
    ]);
    const { files: out, changed } = normalizeForReading(files);
    expect(changed.length).toBeGreaterThan(0);
    const wb = dec(out.get('xl/workbook.xml'));
    expect(wb).toContain(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/>`);
    expect(mainElements(wb, 'sheet')[0]!.attrs[`{${REL}}id`]).toBe('rId1');
    expect(dec(out.get('xl/_rels/workbook.xml.rels'))).toContain('Target="worksheets/sheet1.xml"');
    expect([...out.keys()].sort()).toEqual(['_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml']);
    expect(dec(out.get('xl/worksheets/_rels/sheet1.xml.rels'))).toContain('Target="../comments1.xml"');
    expect(dec(out.get('_rels/.rels'))).toContain('Target="xl/workbook.xml"');
  });

  it('a clean package is left as it is', () => {
    const files = new Map([['xl/workbook.xml', enc(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets/></workbook>`)]]);
    expect(normalizeForReading(files).changed).toEqual([]);
  });

  it('the serializer keeps comments, processing instructions, CDATA and xml:space, and escapes what it must', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!--c--><a xmlns="urn:a" b="x&quot;&lt;&#10;"><?pi body?><t xml:space="preserve"> x &amp; y </t><![CDATA[<z>]]></a>`;
    const out = serializeXml(parseXml(xml, 'p.xml'));
    expect(out).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!--c--><a xmlns="urn:a" b="x&quot;&lt;&#10;"><?pi body?><t xml:space="preserve"> x &amp; y </t><![CDATA[<z>]]></a>`);
    expect(nsElements(out).map((e) => e.uri)).toEqual(['urn:a', 'urn:a']);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'evil.xml')).toThrow(/evil\.xml/);
    expect(() => parseXml('<a><b></a>', 'bad.xml')).toThrow(/bad\.xml/);
    expect(() => parseXml('<a p:x="1"/>', 'ns.xml')).toThrow(/ns\.xml/);
  });
});

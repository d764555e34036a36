/**
 * The package reader's XML scanner (src/hosts/xlsx/scan-xml.ts) against saxes (the parser exceljs
 * and dom.ts use): the same elements with the same namespace URIs, attributes and text, whatever
 * the prefixes and however the document is cut into pieces; and the same documents refused.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { XmlScanError, XmlScanner } from '../../src/hosts/xlsx/scan-xml';

type Event = string;

function scanned(pieces: readonly string[]): Event[] {
  const out: Event[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const s = new XmlScanner({
    open: (uri, local, a) => {
      flush();
      const attrs = ['r', 't', 's', 'ref', 'name', 'val'].flatMap((n) => (a.get(n) === undefined ? [] : [`${n}=${a.get(n)}`]));
      const rid = a.getNs('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
      out.push(`open {${uri}}${local} ${[...attrs, ...(rid === undefined ? [] : [`r:id=${rid}`])].join(' ')}`.trimEnd());
    },
    close: (uri, local) => {
      flush();
      out.push(`close {${uri}}${local}`);
    },
    text: (t) => {
      text += t;
    },
  });
  for (const p of pieces) s.write(p);
  s.close();
  flush();
  return out;
}

function saxes(doc: string): Event[] {
  const out: Event[] = [];
  let text = '';
  let depth = 0;
  const flush = (): void => {
    if (text !== '' && depth > 0) out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const p = new SaxesParser({ xmlns: true });
  let failure: string | null = null;
  p.on('error', (e) => (failure ??= e.message));
  p.on('doctype', () => (failure ??= 'doctype'));
  p.on('opentag', (tag: SaxesTagNS) => {
    flush();
    depth++;
    const attrs = ['r', 't', 's', 'ref', 'name', 'val'].flatMap((n) => {
      const a = Object.values(tag.attributes).find((x) => x.uri === '' && x.local === n);
      return a ? [`${n}=${a.value}`] : [];
    });
    const rid = Object.values(tag.attributes).find((x) => x.uri === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' && x.local === 'id');
    out.push(`open {${tag.uri}}${tag.local} ${[...attrs, ...(rid ? [`r:id=${rid.value}`] : [])].join(' ')}`.trimEnd());
  });
  p.on('closetag', (tag: SaxesTagNS) => {
    flush();
    depth--;
    out.push(`close {${tag.uri}}${tag.local}`);
  });
  p.on('text', (t) => {
    if (depth > 0) text += t;
  });
  p.on('cdata', (t) => {
    text += t;
  });
  try {
    p.write(doc).close();
  } catch (e) {
    failure ??= String(e);
  }
  if (failure !== null) throw new Error(failure);
  flush();
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const DOCS: [string, string][] = [
  ['default namespace', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>1.5</v></c></row></sheetData><drawing r:id="rId1"/></worksheet>`],
  ['x: prefix, relationships under rel:', `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b &lt;c&gt; &#273;&#x1EA1;</x:t></x:is></x:c></x:row></x:sheetData><x:drawing xmlns:rel="${REL}" rel:id="rId7"/></x:worksheet>`],
  ['comments, PIs, CDATA, whitespace, line ends', `<?xml version="1.0"?>\r\n<!-- a comment -->\r\n<root xmlns="${MAIN}"><!-- inside --><?pi body?><t xml:space="preserve">  a\r\nb\rc </t><t><![CDATA[<not> & markup]]></t><v name="a&#10;b\tc\nd">x</v></root>\n`],
  ['namespaces redeclared in scope', `<a xmlns="urn:one"><b xmlns="urn:two"><c/></b><c/><p:d xmlns:p="urn:three"><p:e/></p:d></a>`],
  ['quotes and entities in attributes', `<a xmlns="${MAIN}" name='it&apos;s "x"' val="&lt;&gt;&amp;&quot;"/>`],
  // Attribute names are checked once per name: the same name again with spaces before `=`, and values with tabs, entities and line ends.
  ['the same attribute names again, spaced', `<a xmlns="${MAIN}"><c r="A1" t="s"/><c r ="B1" t\n= "n" s="1"/><c r="C1" name="x\ty&amp;z"/><c r="D1" name="p\nq"/></a>`],
  ['Vietnamese text and astral characters', `<a xmlns="${MAIN}"><t>Thi đua – Khen thưởng 😀</t></a>`],
];

describe('the XML scanner reads what saxes reads', () => {
  it.each(DOCS)('%s: whole', (_name, doc) => {
    expect(scanned([doc])).toStrictEqual(saxes(doc));
  });

  it.each(DOCS)('%s: cut at every place', (_name, doc) => {
    const want = saxes(doc);
    for (let i = 1; i < doc.length; i++) expect(scanned([doc.slice(0, i), doc.slice(i)])).toStrictEqual(want);
    expect(scanned([...doc])).toStrictEqual(want);
  });

  it.each([
    ['a tag closed out of order', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></b>'],
    ['an undeclared element prefix', '<x:a/>'],
    ['an undeclared attribute prefix', '<a r:id="1"/>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['an unterminated entity', '<a>&amp</a>'],
    ['text after the root', '<a/>b'],
    ['a second root', '<a/><b/>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['a < in an attribute', '<a b="<"/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['a duplicate attribute, spaced the second time', '<a b="1" b ="2"/>'],
    ['a bad attribute name after good ones', '<a r="1"><b r="2" c d="3"/></a>'],
    ['a < in a known attribute', '<a r="1"><b r="<"/></a>'],
    ['no root', '  '],
    ['a truncated tag', '<a><b c="1"'],
  ])('refuses %s, as saxes does', (_name, doc) => {
    expect(() => saxes(doc)).toThrow();
    expect(() => scanned([doc])).toThrow(XmlScanError);
  });

  it('says on which line the fault is', () => {
    expect(() => scanned(['<a>\n<b>\n', '</c></a>'])).toThrow(/^3: /);
  });
});

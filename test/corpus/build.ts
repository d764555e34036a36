/**
 * The corpus: one cluster (example A's, from its fixture) as other programs write it. Files made
 * by tools are committed under test/corpus/files (openpyxl: scripts/corpus/make-openpyxl.py, run
 * with Debian's /usr/bin/python3; LibreOffice: scripts/corpus/make-libreoffice.sh); the others are built here at test time: exceljs, an Excel /
 * xlsxwriter-style package (shared strings, theme, calcChain, extension namespaces), an Open XML
 * SDK package (`x:` prefixes, the relationships namespace as `rel:`), Google-Sheets-style inline
 * strings, absolute relationship targets everywhere, and strict Office Open XML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { excelLike } from '../xlsx/excel-like';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const FILES = path.join(__dirname, 'files');

export async function exampleGrid(): Promise<WorkbookGrid> {
  return (await loadXlsx(readFileSync(path.join(FIXTURES, 'example-a.xlsx')), 'example-a.xlsx')).grid;
}

async function exceljsMade(grid: WorkbookGrid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) =>
      cells.forEach((c: Cell, j) => {
        if (c !== null && typeof c !== 'object') ws.getCell(i + 1, j + 1).value = c;
      }),
    );
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Each text part of a package edited. */
async function rewrite(bytes: Uint8Array, edit: (name: string, text: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir && /\.(xml|rels)$/.test(name)) zip.file(name, edit(name, await f.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const T = 'http://schemas.openxmlformats.org/';
const S = 'http://purl.oclc.org/ooxml/';

/** A transitional package as strict Office Open XML (what Excel's "Strict Open XML Spreadsheet" writes). */
function strict(name: string, xml: string): string {
  const out = xml
    .split(`${T}spreadsheetml/2006/main`)
    .join(`${S}spreadsheetml/main`)
    .split(`${T}officeDocument/2006/relationships/extended-properties`)
    .join(`${S}officeDocument/relationships/extendedProperties`)
    .split(`${T}officeDocument/2006/relationships`)
    .join(`${S}officeDocument/relationships`)
    .split(`${T}officeDocument/2006/extended-properties`)
    .join(`${S}officeDocument/extendedProperties`)
    .split(`${T}drawingml/2006/main`)
    .join(`${S}drawingml/main`);
  return name === 'xl/workbook.xml' ? out.replace(/<workbook /, '<workbook conformance="strict" ') : out;
}

/** Every internal relationship target written absolute (`/xl/worksheets/sheet1.xml`). */
function absolute(name: string, xml: string): string {
  if (!name.endsWith('.rels')) return xml;
  const dir = name.replace(/_rels\/[^/]*$/, '');
  return xml.replace(/Target="(?!\/|https?:)([^"]+)"/g, (_m, t: string) => `Target="/${path.posix.normalize(dir + t)}"`);
}

/** An Open XML SDK package: `x:` for SpreadsheetML, the relationships namespace bound as `rel:` on each sheet. */
function sdk(name: string, xml: string): string {
  if (name !== 'xl/workbook.xml') return xml;
  return xml.replace(/ xmlns:r="[^"]*"/, '').replace(/<x:sheet name/g, `<x:sheet xmlns:rel="${T}officeDocument/2006/relationships" name`).replace(/ r:id=/g, ' rel:id=');
}

export interface CorpusFile {
  name: string;
  /** The program (or style) that made it. */
  maker: string;
  bytes: () => Promise<Uint8Array>;
}

const committed = (name: string, maker: string): CorpusFile => ({ name, maker, bytes: async () => new Uint8Array(readFileSync(path.join(FILES, `${name}.xlsx`))) });

export const CORPUS: CorpusFile[] = [
  { name: 'libreoffice', maker: 'LibreOffice (the fixture)', bytes: async () => new Uint8Array(readFileSync(path.join(FIXTURES, 'example-a.xlsx'))) },
  committed('openpyxl-plain', 'openpyxl, re-saved (r: declared on each sheet, absolute targets)'),
  committed('openpyxl-extras', 'openpyxl with a comment, a table, a chart, hyperlinks, a data validation'),
  committed('openpyxl-fresh', 'openpyxl, a new workbook'),
  committed('libreoffice-resaved', 'openpyxl-extras saved again by LibreOffice (scripts/corpus/make-libreoffice.sh)'),
  { name: 'exceljs', maker: 'exceljs', bytes: async () => exceljsMade(await exampleGrid()) },
  { name: 'excel-style', maker: 'Excel / xlsxwriter style (shared strings, calcChain, extension namespaces)', bytes: async () => excelLike(await exampleGrid(), { formulaSheet: 'Tổng hợp' }) },
  { name: 'open-xml-sdk', maker: 'Open XML SDK style (x: prefixes, rel: on each sheet)', bytes: async () => rewrite(await excelLike(await exampleGrid(), { prefix: 'x' }), sdk) },
  { name: 'inline-strings', maker: 'Google Sheets style inline strings', bytes: async () => excelLike(await exampleGrid(), { inline: true }) },
  { name: 'absolute-targets', maker: 'absolute relationship targets everywhere', bytes: async () => rewrite(await excelLike(await exampleGrid()), absolute) },
  { name: 'strict', maker: 'strict Office Open XML', bytes: async () => rewrite(await excelLike(await exampleGrid()), strict) },
];

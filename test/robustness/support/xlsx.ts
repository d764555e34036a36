/**
 * Changing cells inside a real .xlsx without rewriting it: the fixtures were made by LibreOffice
 * (a foreign tool), and a defect must be planted without turning them into exceljs files. Each
 * patch replaces one `<c>` element of a sheet's XML (or inserts it in its row); the rest of the
 * archive is kept byte for byte. Also writes cells that no spreadsheet program would (`<v>NaN</v>`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parseArea } from '../../../src/workbook/grid';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/** What a patched cell holds: a value, an Excel error, a raw `<v>` text (NaN, INF), or nothing. */
export type XlsxValue =
  | string
  | number
  | boolean
  | null
  | { error: string }
  | { raw: string }
  | { formula: string; result: number | string }
  /** The cell's whole inner XML and attributes, as Excel writes them (`t="shared"` formulas…). */
  | { xml: { attrs?: string; inner: string } };

export interface CellPatch {
  sheet: string;
  cell: string;
  value: XlsxValue;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(ref: string, v: Exclude<XlsxValue, null>): string {
  if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  if (typeof v === 'number') return `<c r="${ref}" t="n"><v>${String(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if ('error' in v) return `<c r="${ref}" t="e"><v>${escapeXml(v.error)}</v></c>`;
  if ('raw' in v) return `<c r="${ref}" t="n"><v>${escapeXml(v.raw)}</v></c>`;
  if ('xml' in v) return `<c r="${ref}"${v.xml.attrs ? ` ${v.xml.attrs}` : ''}>${v.xml.inner}</c>`;
  const result = typeof v.result === 'number' ? `<v>${v.result}</v>` : `<v>${escapeXml(v.result)}</v>`;
  return `<c r="${ref}"${typeof v.result === 'string' ? ' t="str"' : ''}><f>${escapeXml(v.formula)}</f>${result}</c>`;
}

const colOf = (ref: string): number => parseArea(ref)!.left;

/** The path inside the archive of each sheet, by sheet name. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) out.set(name.replace(/&amp;/g, '&').replace(/&quot;/g, '"'), targets.get(id)!);
  }
  return out;
}

function patchSheet(xml: string, ref: string, value: XlsxValue): string {
  const cellRe = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  const replacement = value === null ? '' : cellXml(ref, value);
  if (cellRe.test(xml)) return xml.replace(cellRe, replacement);
  if (value === null) return xml;
  const row = Number(/\d+$/.exec(ref)![0]);
  const rowRe = new RegExp(`<row r="${row}"([^>]*?)(/>|>([\\s\\S]*?)</row>)`);
  const m = rowRe.exec(xml);
  if (!m) {
    // No such row: insert one before the first row below it (or at the end of sheetData).
    const rowXml = `<row r="${row}">${replacement}</row>`;
    const later = [...xml.matchAll(/<row r="(\d+)"/g)].find((x) => Number(x[1]) > row);
    if (later) return xml.slice(0, later.index) + rowXml + xml.slice(later.index);
    return xml.replace('</sheetData>', `${rowXml}</sheetData>`).replace('<sheetData/>', `<sheetData>${rowXml}</sheetData>`);
  }
  const cells = m[2] === '/>' ? '' : m[3]!;
  const col = colOf(ref);
  const next = [...cells.matchAll(/<c r="([A-Z]+\d+)"/g)].find((x) => colOf(x[1]!) > col);
  const newCells = next ? cells.slice(0, next.index) + replacement + cells.slice(next.index) : cells + replacement;
  return xml.replace(m[0], `<row r="${row}"${m[1]}>${newCells}</row>`);
}

function setMerges(xml: string, merges: readonly string[]): string {
  const block = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  if (/<mergeCells\b[\s\S]*?<\/mergeCells>/.test(xml)) return xml.replace(/<mergeCells\b[\s\S]*?<\/mergeCells>/, block);
  return xml.replace('</sheetData>', `</sheetData>${block}`);
}

export interface XlsxEdit {
  cells?: readonly CellPatch[];
  /** Replaces a sheet's merged areas. */
  merges?: Readonly<Record<string, readonly string[]>>;
}

/** The bytes of an .xlsx with some cells changed; every other part of the archive is kept. */
export async function patchXlsx(bytes: Uint8Array, edit: XlsxEdit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  const bySheet = new Map<string, string>();
  const sheetXml = async (sheet: string): Promise<string> => {
    const p = paths.get(sheet);
    if (!p) throw new Error(`no sheet ${sheet} in the workbook`);
    return bySheet.get(p) ?? (await zip.file(p)!.async('string'));
  };
  for (const c of edit.cells ?? []) bySheet.set(paths.get(c.sheet)!, patchSheet(await sheetXml(c.sheet), c.cell, c.value));
  for (const [sheet, merges] of Object.entries(edit.merges ?? {})) bySheet.set(paths.get(sheet)!, setMerges(await sheetXml(sheet), merges));
  for (const [p, xml] of bySheet) zip.file(p, xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, `${name}.xlsx`)));
}

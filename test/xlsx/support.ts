/** Helpers of the surgical writer's tests: scoring bytes through the CLI, and looking inside packages. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { ResultJson } from '../../src/engine/json';
import { readPackage } from '../../src/hosts/xlsx/package';
import { rawEntries } from '../../src/hosts/xlsx/zip';
import { run, tempDir } from '../cli/helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let seq = 0;

export interface Scored {
  code: number;
  out: Uint8Array;
  json: ResultJson;
  err: string[];
}

/** `thidua score` on the bytes (in a fresh file), with the output workbook and JSON read back. */
export async function score(bytes: Uint8Array, ...args: string[]): Promise<Scored> {
  // One folder per run and the same file name, so the cluster name (the file's) is the same.
  const dir = tmp.file(String(++seq));
  mkdirSync(dir);
  const input = path.join(dir, 'cum.xlsx');
  writeFileSync(input, bytes);
  const r = await run('score', input, '--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'out.json'), ...args);
  if (r.code !== 0) return { code: r.code, out: new Uint8Array(), json: null as unknown as ResultJson, err: r.err };
  expect(readFileSync(input).equals(Buffer.from(bytes))).toBe(true);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as ResultJson;
  return { code: r.code, out: new Uint8Array(readFileSync(path.join(dir, 'out.xlsx'))), json, err: r.err };
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', `${name}.xlsx`)));
}

/** Every file entry of a package, uncompressed. */
export async function contents(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('uint8array'));
  return out;
}

/** Each entry's local record (header, compressed data, descriptor) as stored. */
export function records(bytes: Uint8Array): Map<string, Buffer> {
  return new Map((rawEntries(bytes) ?? []).map((e) => [e.name, Buffer.from(bytes.subarray(e.start, e.end))]));
}

export interface SheetInfo {
  name: string;
  sheetId: number;
  rId: string | undefined;
  part: string | null | undefined;
}

/** The sheets of the workbook part, in order, with their parts. */
export async function sheetsOf(bytes: Uint8Array): Promise<SheetInfo[]> {
  const pkg = await readPackage(await JSZip.loadAsync(bytes));
  return pkg.sheets.map((s) => ({ name: s.name, sheetId: s.sheetId, rId: s.rel?.id, part: s.rel?.part }));
}

export async function markersOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const pkg = await readPackage(await JSZip.loadAsync(bytes));
  return Object.fromEntries(pkg.markers);
}

/** A package with files added or replaced and parts edited (as text). */
export async function withParts(bytes: Uint8Array, files: Record<string, string | Uint8Array>, edits: Record<string, (xml: string) => string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  for (const [name, edit] of Object.entries(edits)) zip.file(name, edit(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}

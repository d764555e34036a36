/**
 * Opening a package before anything reads it: every entry inflated within limits (a part over
 * `LIMITS.part`, a whole over `LIMITS.total`, or a part that inflates more than `LIMITS.ratio` times
 * is refused — the sizes the zip declares are checked first, then the bytes are counted while
 * inflating, so a zip bomb stops at the limit in bounded memory), and what the package is: an
 * .xlsx, or an OpenDocument file, a Word or PowerPoint file, or a zip that is no workbook.
 */
import JSZip from 'jszip';
import { attr, children, parseXml, XmlError } from './dom';
import { rawEntries } from './entries';

/**
 * Raw DEFLATE inflation that throws a RangeError past `max` bytes (Node: zlib's inflateRawSync with
 * maxOutputLength, in inflate-node.ts). Without one (the preview's browser build), jszip inflates,
 * its chunks counted.
 */
export type InflateRaw = (data: Uint8Array, max: number) => Uint8Array;

export interface Limits {
  /** Bytes of one part once inflated. */
  part: number;
  /** Bytes of all parts once inflated. */
  total: number;
  /** Inflated / compressed size of a part over 1 MiB. */
  ratio: number;
}

/**
 * 256 MiB a part (the detail sheet of 1,000 units × 50 criteria is 26 MB; exceljs needs several
 * times a part's size in memory), 1 GiB in all, and a ratio of 1,000 (DEFLATE's own maximum is
 * about 1,032; spreadsheets inflate 5 to 100 times).
 */
export const LIMITS: Limits = { part: 256 << 20, total: 1 << 30, ratio: 1000 };

/** What is wrong with a file given as a workbook. */
export type PackageProblem =
  | { kind: 'notZip' }
  | { kind: 'encrypted'; part: string }
  | { kind: 'tooLarge'; part: string; limit: number }
  | { kind: 'ratio'; part: string; ratio: number }
  /** A zip that is not a workbook: what it is instead. */
  | { kind: 'notWorkbook'; what: 'ods' | 'odf' | 'docx' | 'pptx' | 'zip' }
  /** A part that cannot be read (not well-formed XML, a damaged entry), named. */
  | { kind: 'badPart'; part: string; reason: string }
  /** Read by neither us nor exceljs, every part being well-formed: exceljs's reason. */
  | { kind: 'unreadable'; reason: string };

export class PackageError extends Error {
  constructor(readonly problem: PackageProblem) {
    super(`${problem.kind}${'part' in problem ? `: ${problem.part}` : ''}${'reason' in problem ? `: ${problem.reason}` : ''}`);
    this.name = 'PackageError';
  }
}

const MiB = 1 << 20;

function checkDeclared(name: string, compressed: number, size: number, limits: Limits, total: number): void {
  if (size > limits.part) throw new PackageError({ kind: 'tooLarge', part: name, limit: limits.part });
  if (total + size > limits.total) throw new PackageError({ kind: 'tooLarge', part: name, limit: limits.total });
  if (size > MiB && size / Math.max(1, compressed) > limits.ratio) throw new PackageError({ kind: 'ratio', part: name, ratio: Math.round(size / Math.max(1, compressed)) });
}

function checkActual(name: string, compressed: number, size: number, limits: Limits): void {
  if (size > MiB && size / Math.max(1, compressed) > limits.ratio) throw new PackageError({ kind: 'ratio', part: name, ratio: Math.round(size / Math.max(1, compressed)) });
}

/** The fast way: the central directory read here, each entry inflated by zlib up to the limit. */
function rawUnzip(bytes: Uint8Array, limits: Limits, inflateRaw: InflateRaw): Map<string, Uint8Array> | null {
  const entries = rawEntries(bytes);
  if (!entries) return null;
  const out = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    const cd = new DataView(e.cd.buffer, e.cd.byteOffset, e.cd.byteLength);
    const method = cd.getUint16(10, true);
    const compressed = cd.getUint32(20, true);
    const declared = cd.getUint32(24, true);
    if (e.name.endsWith('/') && declared === 0) continue;
    if (method !== 0 && method !== 8) return null;
    checkDeclared(e.name, compressed, declared, limits, total);
    const dataStart = e.start + 30 + view.getUint16(e.start + 26, true) + view.getUint16(e.start + 28, true);
    if (dataStart + compressed > bytes.length) throw new PackageError({ kind: 'badPart', part: e.name, reason: 'the entry runs past the end of the file' });
    const data = bytes.subarray(dataStart, dataStart + compressed);
    let content: Uint8Array;
    if (method === 0) content = data;
    else {
      const room = Math.min(limits.part, limits.total - total);
      try {
        content = inflateRaw(data, Math.max(1, room));
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new PackageError({ kind: 'tooLarge', part: e.name, limit: room === limits.part ? limits.part : limits.total });
        throw new PackageError({ kind: 'badPart', part: e.name, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    checkActual(e.name, compressed, content.length, limits);
    total += content.length;
    out.set(e.name, content);
  }
  return out;
}

/** Private fields jszip keeps of an entry (jszip 3): its declared sizes and method. */
interface JSZipData {
  compressedSize?: number;
  uncompressedSize?: number;
}

/** jszip's chunked reading of an entry (public in jszip 3, missing from its typings). */
interface ChunkStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', f: (e: Error) => void): ChunkStream;
  on(event: 'end', f: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** Archives the fast way does not lay out (zip64 records, legacy names): jszip, its chunks counted. */
async function jszipUnzip(bytes: Uint8Array, limits: Limits): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(reason)) throw new PackageError({ kind: 'encrypted', part: '' });
    throw new PackageError({ kind: 'notZip' });
  }
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    // jszip keeps the declared sizes in a field of its own (not in its typings).
    const data = (file as unknown as { _data?: JSZipData })._data ?? {};
    const compressed = data.compressedSize ?? 0;
    checkDeclared(name, compressed, data.uncompressedSize ?? 0, limits, total);
    const room = Math.min(limits.part, limits.total - total);
    const content = await new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          size += chunk.length;
          if (size > room) {
            stream.pause();
            reject(new PackageError({ kind: 'tooLarge', part: name, limit: room === limits.part ? limits.part : limits.total }));
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (e: Error) => reject(new PackageError({ kind: 'badPart', part: name, reason: e.message })))
        .on('end', () => {
          const all = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            all.set(c, at);
            at += c.length;
          }
          resolve(all);
        })
        .resume();
    });
    checkActual(name, compressed, content.length, limits);
    total += content.length;
    out.set(name, content);
  }
  return out;
}

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);

/** Every file entry of a zip archive, inflated within the limits; `PackageError` otherwise. */
export async function unzipBounded(bytes: Uint8Array, limits: Limits = LIMITS, inflateRaw?: InflateRaw): Promise<Map<string, Uint8Array>> {
  if (!isZip(bytes)) throw new PackageError({ kind: 'notZip' });
  return (inflateRaw ? rawUnzip(bytes, limits, inflateRaw) : null) ?? (await jszipUnzip(bytes, limits));
}

const OFFICE_DOCUMENT = /^http:\/\/(schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships\/officeDocument$/;
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** An entry by part name, compared without case. */
export function entryOf(files: ReadonlyMap<string, Uint8Array>, part: string): [string, Uint8Array] | null {
  const want = part.replace(/^\//, '').toLowerCase();
  for (const [name, data] of files) if (name.toLowerCase() === want) return [name, data];
  return null;
}

/** UTF-8 by hand, for environments without TextDecoder (jsdom under jest); invalid bytes become U+FFFD. */
export function decodeUtf8(b: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    let cp = n === 0 ? c : n === 1 ? c & 0x1f : n === 2 ? c & 0x0f : c & 0x07;
    let ok = n >= 0 && i + n < b.length;
    for (let k = 1; ok && k <= n; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    chunk += ok ? String.fromCodePoint(cp) : '\uFFFD';
    i += ok ? n + 1 : 1;
    if (chunk.length > 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

const utf8 = { decode: (data: Uint8Array): string => (typeof TextDecoder === 'function' ? new TextDecoder('utf-8').decode(data) : decodeUtf8(data)) };

/** UTF-8 bytes of a string (TextEncoder where there is one). */
export function encodeUtf8(s: string): Uint8Array {
  if (typeof TextEncoder === 'function') return new TextEncoder().encode(s);
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return new Uint8Array(out);
}

/** The text of an XML part (UTF-8, or UTF-16 with its byte-order mark). */
export function partText(data: Uint8Array): string {
  if (typeof TextDecoder === 'function' && data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (typeof TextDecoder === 'function' && data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return utf8.decode(data);
}

/** What a package is: an .xlsx (also .xlsm/.xltx), or what it is instead. Throws `PackageError`. */
export function packageKind(files: ReadonlyMap<string, Uint8Array>): 'xlsx' {
  const mimetype = entryOf(files, 'mimetype');
  if (mimetype) {
    const m = utf8.decode(mimetype[1]).trim();
    if (m === 'application/vnd.oasis.opendocument.spreadsheet' || m === 'application/vnd.oasis.opendocument.spreadsheet-template') throw new PackageError({ kind: 'notWorkbook', what: 'ods' });
    if (m.startsWith('application/vnd.oasis.opendocument.')) throw new PackageError({ kind: 'notWorkbook', what: 'odf' });
  }
  const rels = entryOf(files, '_rels/.rels');
  const ct = entryOf(files, '[Content_Types].xml');
  if (!rels || !ct) throw new PackageError({ kind: 'notWorkbook', what: 'zip' });
  const read = (entry: [string, Uint8Array]) => {
    try {
      return parseXml(partText(entry[1]), entry[0]);
    } catch (e) {
      if (e instanceof XmlError) throw new PackageError({ kind: 'badPart', part: e.part, reason: e.reason });
      throw e;
    }
  };
  const relsDoc = read(rels);
  const main = children(relsDoc.root, PKG_RELS, 'Relationship').find((r) => OFFICE_DOCUMENT.test(attr(r, 'Type') ?? ''));
  const target = (attr(main ?? relsDoc.root, 'Target') ?? '').replace(/^\/+/, '');
  const ctDoc = read(ct);
  const override = children(ctDoc.root, CONTENT_TYPES, 'Override').find((o) => (attr(o, 'PartName') ?? '').replace(/^\/+/, '').toLowerCase() === target.toLowerCase());
  const type = attr(override ?? ctDoc.root, 'ContentType') ?? '';
  if (/wordprocessingml/.test(type)) throw new PackageError({ kind: 'notWorkbook', what: 'docx' });
  if (/presentationml/.test(type)) throw new PackageError({ kind: 'notWorkbook', what: 'pptx' });
  if (!main || !target || !entryOf(files, target)) throw new PackageError({ kind: 'notWorkbook', what: 'zip' });
  // A workbook main part: spreadsheetml (transitional, strict, template) or macro-enabled Excel.
  if (type && !/spreadsheetml|ms-excel/.test(type)) throw new PackageError({ kind: 'notWorkbook', what: 'zip' });
  return 'xlsx';
}

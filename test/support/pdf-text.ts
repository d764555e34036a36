/**
 * Just enough PDF reading to test what LibreOffice printed, without poppler: the pages' MediaBox
 * and their text. Streams are inflated (FlateDecode); text shown with `Tj`/`TJ` in hex or literal
 * strings is mapped to Unicode through each font's ToUnicode CMap. Text blocks (BT…ET) become lines.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0) {
      dict = body.slice(0, s);
      const from = start + s + /stream\r?\n/.exec(body.slice(s))![0].length;
      const to = text.lastIndexOf('endstream', end);
      const raw = bytes.subarray(from, to);
      try {
        stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

type CMap = { bytes: number; map: Map<number, string> };

const hexText = (hex: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

function parseCMap(src: string): CMap {
  const map = new Map<number, string>();
  let bytes = 1;
  for (const block of src.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      bytes = m[1]!.length / 2;
      map.set(parseInt(m[1]!, 16), hexText(m[2]!));
    }
  for (const block of src.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      bytes = m[1]!.length / 2;
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) [...m[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(lo + i, hexText(d[1]!)));
      else {
        const base = parseInt(m[3]!.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      }
    }
  return { bytes, map };
}

function decode(codes: number[], cmap: CMap | undefined): string {
  if (!cmap) return String.fromCharCode(...codes);
  let s = '';
  for (let i = 0; i + cmap.bytes <= codes.length; i += cmap.bytes) {
    let code = 0;
    for (let k = 0; k < cmap.bytes; k++) code = code * 256 + codes[i + k]!;
    s += cmap.map.get(code) ?? '';
  }
  return s;
}

function literalCodes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') out.push(ch.charCodeAt(0));
    else {
      const next = s[++i] ?? '';
      const oct = /^[0-7]{1,3}/.exec(s.slice(i));
      if (oct) {
        out.push(parseInt(oct[0], 8));
        i += oct[0].length - 1;
      } else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  return out;
}

export interface PdfInfo {
  /** [x0, y0, x1, y1] of every page, in points. */
  pages: number[][];
  /** The text, one line per text block. */
  text: string;
  /** Each page's text (pages in file order), one line per text block. */
  pageTexts: string[];
}

export function readPdf(file: string): PdfInfo {
  const bytes = readFileSync(file);
  const objs = objects(bytes);
  const pages: number[][] = [];
  const fonts = new Map<string, CMap>();
  for (const o of objs.values()) {
    if (/\/Type\s*\/Page\b/.test(o.dict)) {
      const mb = /\/MediaBox\s*\[([^\]]*)\]/.exec(o.dict);
      if (mb) pages.push(mb[1]!.trim().split(/\s+/).map(Number));
    }
    // Font resources: /F1 12 0 R → the font's ToUnicode.
    for (const m of o.dict.matchAll(/\/(F\d+)\s+(\d+)\s+0\s+R/g)) {
      const font = objs.get(Number(m[2]));
      const tu = font && /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
      const cmap = tu && objs.get(Number(tu[1]))?.stream;
      if (cmap) fonts.set(m[1]!, parseCMap(cmap.toString('latin1')));
    }
  }
  const textOf = (src: string): string[] => {
    const lines: string[] = [];
    let font: CMap | undefined;
    let line = '';
    const tokens = /\/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\((?:[^()\\]|\\.)*\)|\bET\b/g;
    let m: RegExpExecArray | null;
    while ((m = tokens.exec(src))) {
      if (m[1]) font = fonts.get(m[1]);
      else if (m[0] === 'ET') {
        if (line) lines.push(line);
        line = '';
      } else if (m[2] !== undefined) {
        const hex = m[2].replace(/\s/g, '');
        const codes: number[] = [];
        for (let i = 0; i + 2 <= hex.length; i += 2) codes.push(parseInt(hex.slice(i, i + 2), 16));
        line += decode(codes, font);
      } else line += decode(literalCodes(m[0].slice(1, -1)), font);
    }
    if (line) lines.push(line);
    return lines;
  };
  const lines: string[] = [];
  for (const o of objs.values()) {
    const src = o.stream?.toString('latin1');
    if (src && /\bBT\b/.test(src) && /Tf\b/.test(src)) lines.push(...textOf(src));
  }
  const pageTexts: string[] = [];
  for (const o of objs.values()) {
    if (!/\/Type\s*\/Page\b/.test(o.dict)) continue;
    const c = /\/Contents\s+(\d+)\s+0\s+R/.exec(o.dict);
    const src = c ? objs.get(Number(c[1]))?.stream?.toString('latin1') : undefined;
    pageTexts.push(src ? textOf(src).join('\n') : '');
  }
  return { pages, text: lines.join('\n'), pageTexts };
}

/** Text without any white space, to find a name however the PDF spaced its glyphs. */
export const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

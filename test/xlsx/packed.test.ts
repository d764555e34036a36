/**
 * A large part deflated while it is written (src/hosts/xlsx/packed.ts): the pieces make one valid
 * DEFLATE stream of exactly the bytes written, with their CRC-32 and size, and the package writer
 * puts it in a zip that reads back byte for byte (CRC checked); a small part stays plain bytes.
 */
import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../../src/hosts/xlsx/crc';
import { PackedPart, PackingSink } from '../../src/hosts/xlsx/packed';
import { unzipBounded } from '../../src/hosts/xlsx/open';
import { inflateRawNode } from '../../src/hosts/xlsx/inflate-node';
import { writePackage } from '../../src/hosts/xlsx/zip';

/** About `mib` MiB of sheet-like rows with Vietnamese text (multi-byte UTF-8) and numbers. */
function rows(mib: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 1; size < mib * 1_048_576; i++) {
    const r = `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Đơn vị ${i % 997} – Thi đua khen thưởng</t></is></c><c r="B${i}"><v>${(i * 7.31) % 101}</v></c></row>`;
    out.push(r);
    size += Buffer.byteLength(r);
  }
  return out;
}

// Megabytes of XML made, deflated and inflated: more than jest's 5 s on a shared machine.
jest.setTimeout(60_000);

describe('a part deflated while it is written', () => {
  it('a large part: pieces that inflate to the bytes written, with their CRC-32 and size', () => {
    const text = rows(9);
    const sink = new PackingSink();
    for (const r of text) sink.write(r);
    const part = sink.end();
    expect(part).toBeInstanceOf(PackedPart);
    const packed = part as PackedPart;
    const want = Buffer.from(text.join(''));
    expect(packed.pieces.length).toBeGreaterThan(2);
    expect(packed.size).toBe(want.length);
    expect(packed.crc).toBe(crc32(want));
    expect(Buffer.from(inflateRawSync(Buffer.concat(packed.pieces))).equals(want)).toBe(true);
    expect(Buffer.from(packed.bytes()).equals(want)).toBe(true);
    // Compressed, not stored: a few times smaller.
    expect(packed.packedSize).toBeLessThan(want.length / 3);
  });

  it('writes of every size, one of megabytes among small ones: the same bytes in order', () => {
    const big = `<row r="2"><c r="A2" t="inlineStr"><is><t>${'Thi đua khen thưởng '.repeat(70_000)}</t></is></c></row>`;
    const text = ['<worksheet><sheetData>', '<row r="1"/>', big, ...rows(6), '</sheetData></worksheet>'];
    const sink = new PackingSink();
    for (const r of text) sink.write(r);
    const part = sink.end();
    expect(part).toBeInstanceOf(PackedPart);
    const packed = part as PackedPart;
    expect(packed.pieces.length).toBeGreaterThan(1);
    const want = Buffer.from(text.join(''));
    expect(packed.size).toBe(want.length);
    expect(packed.crc).toBe(crc32(want));
    expect(Buffer.from(packed.bytes()).equals(want)).toBe(true);
  });

  it('a small part stays its bytes (deflated with the others, as before)', () => {
    const sink = new PackingSink();
    sink.write('<worksheet>');
    sink.write('Thi đua');
    sink.write('</worksheet>');
    const part = sink.end();
    expect(part).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(part as Uint8Array).toString('utf8')).toBe('<worksheet>Thi đua</worksheet>');
  });

  it('the CRC continues from a previous one as over the whole', () => {
    const a = Buffer.from('Kết quả thi đua ');
    const b = Buffer.from('năm 2024');
    expect(crc32(b, crc32(a))).toBe(crc32(Buffer.concat([a, b])));
  });

  it('written into a package: read back byte for byte by our reader and by jszip with its CRC check', async () => {
    const text = rows(5);
    const sink = new PackingSink();
    for (const r of text) sink.write(r);
    const part = sink.end();
    const zip = new JSZip();
    zip.file('a.xml', '<a/>');
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const out = await writePackage(input, await JSZip.loadAsync(input), { set: new Map([['big.xml', part]]), remove: new Set() });
    const want = Buffer.from(text.join(''));
    const files = await unzipBounded(out, undefined, inflateRawNode);
    expect(Buffer.from(files.get('big.xml')!).equals(want)).toBe(true);
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Buffer.from(await back.file('big.xml')!.async('uint8array')).equals(want)).toBe(true);
    expect(await back.file('a.xml')!.async('string')).toBe('<a/>');
  });
});

/** CRC-32 of the zip format, continued from `prev`: zlib's (Node ≥ 20.15), else a table. */
import { crc32 as nodeCrc32 } from 'node:zlib';

let table: Uint32Array | null = null;

export function crc32(data: Uint8Array, prev = 0): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data, prev) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

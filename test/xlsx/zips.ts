/** Zip archives built byte by byte for the tests: sizes declared as one likes, bombs of zeros. */
import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1 << 20;

/** A DEFLATE stream of `mib` MiB of zeros, built from one flushed MiB repeated (a few KB in all). */
export function zeros(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mib }, () => block), end]);
}

/** A zip of deflated entries with the sizes it declares (true or not); `legacyName` avoids the fast way. */
export function zipOf(entries: { name: string; data: Uint8Array; declared: number }[], o: { legacyName?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const cds: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = o.legacyName ? Buffer.concat([Buffer.from(e.name), Buffer.from([0xe9])]) : Buffer.from(e.name);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const cd = Buffer.alloc(46 + name.length);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    name.copy(cd, 46);
    locals.push(local, Buffer.from(e.data));
    cds.push(cd);
    offset += local.length + e.data.length;
  }
  const cdBytes = Buffer.concat(cds);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cdBytes, end]));
}


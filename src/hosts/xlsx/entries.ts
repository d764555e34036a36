/**
 * The central directory of a zip archive read byte by byte (no Node module: the preview's browser
 * build reads packages too): each entry's name, central record and local record.
 */
export interface RawEntry {
  name: string;
  /** The central-directory record, as it is. */
  cd: Uint8Array;
  /** The local record (header, data, descriptor): [start, end) of the input. */
  start: number;
  end: number;
}

export const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64Locator: 0x07064b50 };

/** The input's entries in archive order, or null when the fast way cannot lay it out safely. */
export function rawEntries(input: Uint8Array): RawEntry[] | null {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let eocd = -1;
  for (let i = input.length - 22; i >= Math.max(0, input.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === SIG.end) {
      eocd = i;
      break;
    }
  if (eocd < 0 || (eocd >= 20 && view.getUint32(eocd - 20, true) === SIG.end64Locator)) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdStart = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count || cdStart + cdSize > eocd) return null;
  const entries: RawEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = cdStart, k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== SIG.central) return null;
    const flags = view.getUint16(at + 8, true);
    const n = view.getUint16(at + 28, true);
    const len = 46 + n + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const start = view.getUint32(at + 42, true);
    const nameBytes = input.subarray(at + 46, at + 46 + n);
    // Encrypted entries; names in a legacy code page (jszip would read them differently).
    if (flags & 1 || (!(flags & 0x800) && nameBytes.some((b) => b > 0x7f))) return null;
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch {
      return null;
    }
    if (start === 0xffffffff || start + 30 > cdStart || view.getUint32(start, true) !== SIG.local) return null;
    entries.push({ name, cd: input.subarray(at, at + len), start, end: 0 });
    at += len;
  }
  // Each local record runs to the next one (or to the central directory).
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 0; i < byStart.length; i++) {
    byStart[i]!.end = byStart[i + 1]?.start ?? cdStart;
    if (byStart[i]!.end <= byStart[i]!.start) return null;
  }
  return entries;
}


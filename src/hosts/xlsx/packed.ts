/**
 * A large part deflated while it is written: the text goes into a 4 MiB buffer, and each full
 * buffer is deflated (level 1, as zip.ts's deflateLevel gives a part over 4 MiB) and dropped, so the
 * 30 MB detail sheet of 1,000 units × 50 criteria never exists whole, uncompressed, in memory. Each
 * piece is deflated on its own and ends with a sync flush (byte-aligned, not final); the last piece
 * ends the stream: the pieces put together are one valid DEFLATE stream (no back-reference crosses
 * a piece). A part that stays under 4 MiB is given back as its bytes, deflated as every other part.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { StyledSheet } from '../../workbook/output';
import { crc32 } from './crc';
import { writeSheet } from './sheet-xml';
import type { StyleBook } from './styles';

/** A part already deflated: its pieces, the CRC-32 and size of its bytes. */
export class PackedPart {
  constructor(
    readonly pieces: readonly Uint8Array[],
    readonly crc: number,
    readonly size: number,
  ) {}

  get packedSize(): number {
    let n = 0;
    for (const p of this.pieces) n += p.length;
    return n;
  }

  /** The part's bytes again (for the jszip fallback, which re-packs every entry itself). */
  bytes(): Uint8Array {
    const all = new Uint8Array(this.packedSize);
    let at = 0;
    for (const p of this.pieces) {
      all.set(p, at);
      at += p.length;
    }
    return inflateRawSync(all);
  }
}

const PIECE = 4 << 20;

/** Text gathered before it is encoded: one encodeInto per ~16,000 characters, not one per row. */
const BATCH = 1 << 14;

/** UTF-8 text written piece by piece; `end()` gives the bytes (a small part) or the `PackedPart`. */
export class PackingSink {
  private buf = new Uint8Array(1 << 16);
  private at = 0;
  private readonly encoder = new TextEncoder();
  private readonly pieces: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  /** Text written and not yet encoded (a row is a few hundred characters: encoding each alone costs more than it). */
  private pending = '';

  write(s: string): void {
    this.pending += s;
    if (this.pending.length >= BATCH) this.encodePending();
  }

  private encodePending(): void {
    const s = this.pending;
    this.pending = '';
    if (s === '') return;
    const need = s.length * 3;
    if (this.buf.length - this.at < need) {
      if (this.at + need > PIECE && this.at > 0) this.flush(false);
      if (this.buf.length - this.at < need) {
        const next = new Uint8Array(Math.min(Math.max(this.buf.length * 2, this.at + need), Math.max(PIECE, this.at + need)));
        next.set(this.buf.subarray(0, this.at));
        this.buf = next;
      }
    }
    this.at += this.encoder.encodeInto(s, this.buf.subarray(this.at)).written;
  }

  private flush(last: boolean): void {
    const data = this.buf.subarray(0, this.at);
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.pieces.push(deflateRawSync(data, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    this.at = 0;
  }

  end(): Uint8Array | PackedPart {
    this.encodePending();
    if (this.pieces.length === 0) return this.buf.subarray(0, this.at);
    this.flush(true);
    return new PackedPart(this.pieces, this.crc >>> 0, this.size);
  }
}

/**
 * The worksheet part for the package writer (Node only: the pane's form writer uses sheetXml): its
 * bytes, or — past 4 MiB — deflated while it is written, never whole in memory uncompressed.
 */
export function sheetContent(sheet: StyledSheet, book: StyleBook, drawingRelId?: string): Uint8Array | PackedPart {
  const out = new PackingSink();
  writeSheet(sheet, book, out, drawingRelId);
  return out.end();
}

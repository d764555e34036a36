/**
 * A compact row form for the sheet document (issue 17): a large output sheet (the detail of a
 * million rows) keeps its rows by column — numbers in a Float64Array, texts as references, tones a
 * byte per cell — instead of an array of cells per row, a boxed number per figure and a tone
 * object per coloured cell (about 270 bytes a row before, about 90 now).
 *
 * Writers read any sheet through `sheetRows(sheet)` (rows by index, as an array gives them) and
 * `toneAt`; a sheet with a block still has `rows` and `tones`, made from the block on first read
 * (and kept), so a reader that does not know blocks sees the same sheet.
 */
import type { Cell } from './grid';
import type { Tone } from './output-kinds';

/** Rows by index: an array of rows, or a block's (whose row is read there and then: the next read reuses it). */
export interface SheetRows {
  readonly length: number;
  at(index: number): readonly Cell[] | undefined;
}

/** A column's storage: figures by number, anything else by reference. */
export type BlockColumnKind = 'number' | 'text';

const TONES: readonly Tone[] = ['good', 'neutral', 'bad'];
const TONE_CODES: Readonly<Record<Tone, number>> = { good: 1, neutral: 2, bad: 3 };

/** Tags of a number column's cells. */
const BLANK = 0;
const NUMBER = 1;
const OTHER = 2;

interface NumberColumn {
  kind: 'number';
  values: Float64Array;
  tags: Uint8Array;
  /** The few cells of a number column that are not numbers (a yes/no in words), by body row. */
  other: Map<number, Cell>;
}

/**
 * Texts by reference, in chunks of CHUNK cells made whole when first reached: no array of a million
 * cells grown by copying (each copy old-space garbage).
 */
interface TextColumn {
  kind: 'text';
  chunks: Cell[][];
}

const CHUNK_BITS = 14;
/** Columns per row in the head tones' keys (far more than a sheet is wide). */
const HEAD_TONE_ROW = 1 << 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

type Column = NumberColumn | TextColumn;

/**
 * Rows of a sheet: `head` (title, blank and header rows) as arrays, then the body, added row by row
 * (`add`, then `set` each cell) and kept by column.
 */
export class RowBlock implements SheetRows {
  private readonly columns: Column[];
  private tones: (Uint8Array | null)[];
  private body = 0;
  private capacity: number;
  private readonly scratch: Cell[];
  private made: { rows: Cell[][]; tones: { row: number; col: number; tone: Tone }[] } | null = null;

  /** The head's coloured cells, by row × HEAD_TONE_ROW + column. */
  private readonly headTones: ReadonlyMap<number, Tone>;

  constructor(
    /** The rows above the body, kept as they are. */
    readonly head: readonly Cell[][],
    kinds: readonly BlockColumnKind[],
    /** Body rows expected (the arrays grow past it). */
    expected = 1024,
    /** Coloured cells of the head (row by row, left to right), as `StyledSheet.tones` lists them. */
    private readonly headToneList: readonly { row: number; col: number; tone: Tone }[] = [],
  ) {
    if (headToneList.some((t) => t.row < 0 || t.row >= head.length || t.col < 0 || t.col >= HEAD_TONE_ROW)) throw new RowBlockError('RowBlock: a head tone outside the head');
    this.headTones = new Map(headToneList.map((t) => [t.row * HEAD_TONE_ROW + t.col, t.tone] as const));
    this.capacity = Math.max(16, expected);
    this.columns = kinds.map((k): Column => (k === 'number' ? { kind: 'number', values: new Float64Array(this.capacity), tags: new Uint8Array(this.capacity), other: new Map() } : { kind: 'text', chunks: [] }));
    this.tones = kinds.map(() => null);
    this.scratch = new Array<Cell>(kinds.length).fill(null);
  }

  /** Columns of the body. */
  get width(): number {
    return this.columns.length;
  }

  /** Rows of the sheet: the head's and the body's. */
  get length(): number {
    return this.head.length + this.body;
  }

  /** True once `rows` or `tones` were asked for (and the cells made as arrays). */
  get materialized(): boolean {
    return this.made !== null;
  }

  /** Starts a body row (every cell blank); returns its row index in the sheet. */
  add(): number {
    if (this.made) throw new RowBlockError('RowBlock: rows added after the block was read as arrays');
    if (this.body === this.capacity) this.grow();
    const i = this.body++;
    if ((i & IN_CHUNK) === 0) for (const c of this.columns) if (c.kind === 'text') c.chunks.push(new Array<Cell>(CHUNK).fill(null));
    return this.head.length + i;
  }

  /** Sets a cell of the last body row. */
  set(col: number, value: Cell): void {
    const c = this.columns[col]!;
    const i = this.body - 1;
    if (c.kind === 'text') c.chunks[i >> CHUNK_BITS]![i & IN_CHUNK] = value;
    else if (typeof value === 'number') {
      c.values[i] = value;
      c.tags[i] = NUMBER;
    } else if (value === null || value === undefined) c.tags[i] = BLANK;
    else {
      c.tags[i] = OTHER;
      c.other.set(i, value);
    }
  }

  /** Colours a cell of the last body row. */
  tone(col: number, tone: Tone): void {
    const t = (this.tones[col] ??= new Uint8Array(this.capacity));
    t[this.body - 1] = TONE_CODES[tone];
  }

  /** The cell at a sheet row and column (null when blank, as the arrays have it: undefined past the width). */
  cell(row: number, col: number): Cell | undefined {
    if (row < this.head.length) return this.head[row]![col];
    const c = this.columns[col];
    if (!c) return undefined;
    const i = row - this.head.length;
    if (c.kind === 'text') return c.chunks[i >> CHUNK_BITS]![i & IN_CHUNK];
    const tag = c.tags[i];
    return tag === NUMBER ? c.values[i]! : tag === OTHER ? (c.other.get(i) ?? null) : null;
  }

  /**
   * The numbers of a body column at a glance, without making a row (a Float64Array read, no
   * boxing): the largest magnitude (−1 when none), whether one is negative, and, when `fractions`
   * asks, the longest text of a number with a fraction as JavaScript writes it (General format).
   */
  numberStats(col: number, fractions: boolean): { maxAbs: number; negative: boolean; longestFraction: number } {
    let maxAbs = -1;
    let negative = false;
    let longestFraction = 0;
    const see = (n: number): void => {
      // Plain operators: this runs for every number of a large sheet. NaN and infinities are not shown.
      if (n - n !== 0) return;
      const a = n < 0 ? -n : n;
      if (a > maxAbs) maxAbs = a;
      if (n < 0) negative = true;
      if (fractions && n % 1 !== 0) longestFraction = Math.max(longestFraction, String(n).length);
    };
    const c = this.columns[col];
    if (c?.kind === 'number') {
      const { values, tags } = c;
      for (let i = 0; i < this.body; i++) if (tags[i] === NUMBER) see(values[i]!);
    } else if (c)
      for (let i = 0; i < this.body; i++) {
        const v = c.chunks[i >> CHUNK_BITS]![i & IN_CHUNK];
        if (typeof v === 'number') see(v);
      }
    return { maxAbs, negative, longestFraction };
  }

  /**
   * The largest `measure` of a body column's cells that are neither blank nor numbers (texts, yes/no
   * words, errors); once one is over `enough`, that one (the caller's cap is passed: more is no use).
   */
  widest(col: number, measure: (c: Cell) => number, enough = Infinity): number {
    let most = 0;
    const c = this.columns[col];
    if (c?.kind === 'number') {
      for (const v of c.other.values()) if (v !== null && v !== undefined && typeof v !== 'number') most = Math.max(most, measure(v));
    } else if (c) {
      // A text like the row before's measures the same: a unit's name repeats on each of its rows.
      let last: Cell | undefined;
      for (let i = 0; i < this.body; i++) {
        const v = c.chunks[i >> CHUNK_BITS]![i & IN_CHUNK];
        if (v === null || v === undefined || typeof v === 'number' || v === last) continue;
        last = v;
        const m = measure(v);
        if (m > most) {
          most = m;
          if (most > enough) break;
        }
      }
    }
    return most;
  }

  /** True when every cell of a sheet row is blank (null, undefined or ''), read without making the row. */
  isBlankRow(row: number): boolean {
    if (row < this.head.length) return (this.head[row] ?? []).every((c) => c === null || c === undefined || c === '');
    const i = row - this.head.length;
    if (i < 0 || i >= this.body) return true;
    for (const c of this.columns) {
      if (c.kind === 'number') {
        if (c.tags[i] === NUMBER) return false;
        if (c.tags[i] === OTHER && c.other.get(i) !== '') return false;
      } else {
        const v = c.chunks[i >> CHUNK_BITS]![i & IN_CHUNK];
        if (v !== null && v !== undefined && v !== '') return false;
      }
    }
    return true;
  }

  /** A row of the sheet; a body row is read into one reused array, valid until the next call. */
  at(row: number): readonly Cell[] | undefined {
    if (row < 0 || row >= this.length) return undefined;
    if (row < this.head.length) return this.head[row];
    const out = this.scratch;
    for (let j = 0; j < out.length; j++) out[j] = this.cell(row, j)!;
    return out;
  }

  /** The tone of a cell, if any. */
  toneAt(row: number, col: number): Tone | undefined {
    if (row >= 0 && row < this.head.length) return col >= 0 && col < HEAD_TONE_ROW ? this.headTones.get(row * HEAD_TONE_ROW + col) : undefined;
    const t = this.tones[col];
    const i = row - this.head.length;
    if (!t || i < 0 || i >= this.body) return undefined;
    const code = t[i]!;
    return code === 0 ? undefined : TONES[code - 1];
  }

  /** The head's coloured cells, as given. */
  headTonesListed(): readonly { row: number; col: number; tone: Tone }[] {
    return this.headToneList;
  }

  /**
   * What JSON.stringify writes of a block: its size, not its storage (a reused row, whether its
   * arrays were made), so that a sheet serialises the same whenever it is read; the sheet's `rows`
   * and `tones` carry the cells.
   */
  toJSON(): { rows: number; width: number } {
    return { rows: this.length, width: this.width };
  }

  /** The rows as arrays of cells, made once: for readers that do not know blocks. */
  rows(): Cell[][] {
    return this.arrays().rows;
  }

  /** The tones as `StyledSheet.tones` lists them (row by row, left to right), made once. */
  toneList(): { row: number; col: number; tone: Tone }[] {
    return this.arrays().tones;
  }

  private arrays(): { rows: Cell[][]; tones: { row: number; col: number; tone: Tone }[] } {
    if (this.made) return this.made;
    const rows: Cell[][] = this.head.map((r) => r);
    const tones: { row: number; col: number; tone: Tone }[] = this.headToneList.map((t) => ({ ...t }));
    for (let r = this.head.length; r < this.length; r++) {
      rows.push(Array.from({ length: this.width }, (_, j) => this.cell(r, j)!));
      for (let j = 0; j < this.width; j++) {
        const tone = this.toneAt(r, j);
        if (tone) tones.push({ row: r, col: j, tone });
      }
    }
    return (this.made = { rows, tones });
  }

  private grow(): void {
    this.capacity *= 2;
    for (const c of this.columns) {
      if (c.kind !== 'number') continue;
      const values = new Float64Array(this.capacity);
      values.set(c.values);
      c.values = values;
      const tags = new Uint8Array(this.capacity);
      tags.set(c.tags);
      c.tags = tags;
    }
    this.tones = this.tones.map((t) => {
      if (!t) return t;
      const more = new Uint8Array(this.capacity);
      more.set(t);
      return more;
    });
  }
}

/** Misuse of a block (rows added after it was read as arrays, a header row asked inside its body): a programming error. */
export class RowBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowBlockError';
  }
}

/** What a sheet with a block carries beside its other fields. */
export interface Blocked {
  rows: Cell[][];
  tones: { row: number; col: number; tone: Tone }[];
  /** The sheet's rows in the compact form; `rows` and `tones` are made from it when read. */
  block?: RowBlock;
}

/**
 * A sheet whose rows and tones are `block`'s: `fields` as they are, `rows` and `tones` read from
 * the block on first use (and then kept by the block: every copy shares them).
 */
export function blockSheet<S extends Blocked>(fields: Omit<S, 'rows' | 'tones' | 'block'>, block: RowBlock): S {
  // The fields and the block, with rows and tones defined just below: S once the getters are on.
  const sheet = { ...fields, block } as unknown as S;
  Object.defineProperty(sheet, 'rows', { get: () => block.rows(), enumerable: true, configurable: true });
  Object.defineProperty(sheet, 'tones', { get: () => block.toneList(), enumerable: true, configurable: true });
  return sheet;
}

/** `sheet` with `patch` over it, its block (if any) kept without making its rows as arrays. */
export function patchSheet<S extends Blocked>(sheet: S, patch: Partial<Omit<S, 'rows' | 'tones' | 'block'>>): S {
  if (!sheet.block) return { ...sheet, ...patch };
  const { block } = sheet;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(sheet)) if (key !== 'rows' && key !== 'tones' && key !== 'block') fields[key] = (sheet as Record<string, unknown>)[key];
  return blockSheet<S>({ ...fields, ...patch } as Omit<S, 'rows' | 'tones' | 'block'>, block);
}

/** A sheet's rows by index, without making a block's rows as arrays. */
export function sheetRows(sheet: Blocked): SheetRows {
  return sheet.block ?? sheet.rows;
}

/**
 * The widest row of a sheet, at least `least` (its columns' count): a block's from its head and
 * width, without reading its body (every body row is as wide as the block); a loop over the rows
 * otherwise (not Math.max(...rows): a spread overflows the stack past ~120,000 rows).
 */
export function sheetWidth(sheet: Blocked, least = 0): number {
  const { block } = sheet;
  let width = least;
  if (block) {
    width = Math.max(width, block.width);
    for (const r of block.head) width = Math.max(width, r.length);
  } else for (const r of sheet.rows) width = Math.max(width, r.length);
  return width;
}

/** Visits each toned cell of a sheet, row by row and left to right (a block's without making its list). */
export function eachTone(sheet: Blocked, visit: (row: number, col: number, tone: Tone) => void): void {
  const { block } = sheet;
  if (!block) {
    for (const t of sheet.tones) visit(t.row, t.col, t.tone);
    return;
  }
  for (const t of block.headTonesListed()) visit(t.row, t.col, t.tone);
  for (let r = block.head.length; r < block.length; r++)
    for (let j = 0; j < block.width; j++) {
      const tone = block.toneAt(r, j);
      if (tone) visit(r, j, tone);
    }
}

/**
 * A sheet's tones by cell: a block's as they are; a list's gathered by row, then column (an array
 * index per cell, not a map of a million keys), each placed at row × width + column so that a tone
 * past the last column lands where it did.
 */
export function tonesByCell(sheet: Blocked, width: number): (row: number, col: number) => Tone | undefined {
  const { block } = sheet;
  if (block) return (row, col) => block.toneAt(row, col);
  const tones: (Tone | undefined)[][] = [];
  for (const t of sheet.tones) {
    const key = t.row * width + t.col;
    const r = width > 0 ? Math.floor(key / width) : key;
    (tones[r] ??= [])[width > 0 ? key - r * width : 0] = t.tone;
  }
  return (row, col) => tones[row]?.[col];
}

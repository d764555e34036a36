/**
 * The figures as typed columns: one row per data row (a unit's figures for one criterion), the
 * numbers in `Float64Array`s with a presence mask, the unit and criterion as indexes into small
 * tables of names, the free text kept aside. The reader fills them without making an `Entry` per
 * row, and the engine scores over them; an `Entry` (with its locations) is made only when someone
 * asks for one (an explanation, a diagnostic, the detail sheet). A model built from `Entry` objects
 * (tests, the functions' lone figures) is wrapped as columns too, its objects kept as they are.
 */
import type { CellRef, Entry } from './model';
import { RowTexts } from './row-texts';

/** The figures of a row as a detail shows and explains them: an `Entry` without its names and locations. */
export type LeafFigures = Pick<Entry, 'target' | 'actual' | 'self' | 'appraised' | 'evidence'>;

/** Bits of `present`: which figures a row has, and how to read them. */
export const HAS_TARGET = 1;
export const HAS_ACTUAL = 2;
export const HAS_SELF = 4;
export const HAS_APPRAISED = 8;
/** The actual is a yes/no (pass/fail): 1 or 0 in `actual`. */
export const ACTUAL_YES_NO = 16;
/** A manual score typed in `Thực hiện` taken as the self score: its cell is the actual's. */
export const SELF_FROM_ACTUAL = 32;

export type EntryField = 'unit' | 'criterion' | 'target' | 'actual' | 'self' | 'appraised';

/** Where a row's field was read from (made only for a diagnostic); undefined when it has no cell. */
export type Locate = (row: number, field: EntryField) => CellRef | undefined;

/** The figures of every data row, read-only once built. */
export class EntryColumns {
  /** Made by `EntryColumnsBuilder.build` or `fromEntries`. */
  constructor(
    readonly length: number,
    /** Unit names as written, each once; `unit[row]` indexes it. */
    readonly unitNames: readonly string[],
    readonly unit: Int32Array,
    /** Criterion codes, each once; `criterion[row]` indexes it. */
    readonly codes: readonly string[],
    readonly criterion: Int32Array,
    readonly target: Float64Array,
    readonly actual: Float64Array,
    readonly self: Float64Array,
    readonly appraised: Float64Array,
    readonly present: Uint8Array,
    /** Evidence and notes by row, only rows that have some. */
    private readonly text: Pick<RowTexts, 'evidenceOf' | 'noteOf'>,
    private readonly locate: Locate | null,
    /** The objects the columns were made from, returned as they are by `entry()`. */
    private readonly objects: readonly Entry[] | null,
  ) {}

  /** The cell a row's field was read from, for a diagnostic. */
  at(row: number, field: EntryField): CellRef | undefined {
    if (this.objects) return this.objects[row]?.at?.[field];
    if (!this.locate) return undefined;
    if (field === 'self' && (this.present[row]! & SELF_FROM_ACTUAL) !== 0) return this.locate(row, 'actual');
    return this.locate(row, field);
  }

  targetOf(row: number): number | null {
    return (this.present[row]! & HAS_TARGET) !== 0 ? this.target[row]! : null;
  }

  /** The actual as a number; null when blank or a yes/no. */
  actualNumber(row: number): number | null {
    return (this.present[row]! & (HAS_ACTUAL | ACTUAL_YES_NO)) === HAS_ACTUAL ? this.actual[row]! : null;
  }

  actualOf(row: number): number | boolean | null {
    const p = this.present[row]!;
    if ((p & HAS_ACTUAL) === 0) return null;
    return (p & ACTUAL_YES_NO) !== 0 ? this.actual[row] !== 0 : this.actual[row]!;
  }

  selfOf(row: number): number | null {
    return (this.present[row]! & HAS_SELF) !== 0 ? this.self[row]! : null;
  }

  appraisedOf(row: number): number | null {
    return (this.present[row]! & HAS_APPRAISED) !== 0 ? this.appraised[row]! : null;
  }

  /**
   * The row's figures for a detail or an explanation: the entry when one exists (the original object,
   * or one already made), else a small record without locations, not kept (a detail sheet of a
   * million rows reads each once).
   */
  figures(row: number): LeafFigures {
    return this.figuresInto(row, { target: null, actual: null, self: null, appraised: null, evidence: '' });
  }

  /** The same, the record written into `into` (reused by a caller that reads one row at a time). */
  figuresInto(row: number, into: { -readonly [K in keyof LeafFigures]: LeafFigures[K] }): LeafFigures {
    const kept = this.objects?.[row] ?? this.made?.[row];
    if (kept) return kept;
    into.target = this.targetOf(row);
    into.actual = this.actualOf(row);
    into.self = this.selfOf(row);
    into.appraised = this.appraisedOf(row);
    into.evidence = this.text.evidenceOf(row);
    return into;
  }

  /** Entries already made, by row (made when first asked for, then the same object each time). */
  private made: (Entry | undefined)[] | null = null;

  /** The row as an `Entry`: the original object when the columns were made from objects, else made on first request. */
  entry(row: number): Entry {
    const kept = this.objects?.[row] ?? this.made?.[row];
    if (kept) return kept;
    const e = this.makeEntry(row);
    (this.made ??= new Array<Entry | undefined>(this.length))[row] = e;
    return e;
  }

  private makeEntry(row: number): Entry {
    const e: Entry = {
      unit: this.unitNames[this.unit[row]!]!,
      criterion: this.codes[this.criterion[row]!]!,
      target: this.targetOf(row),
      actual: this.actualOf(row),
      self: this.selfOf(row),
      appraised: this.appraisedOf(row),
      evidence: this.text.evidenceOf(row),
      note: this.text.noteOf(row),
    };
    if (this.locate) e.at = locationsOf(this, row);
    return e;
  }

  /** Every row as an `Entry` (for code that still walks objects: forms, older callers). */
  entries(): Entry[] {
    if (this.objects) return [...this.objects];
    const out: Entry[] = new Array<Entry>(this.length);
    for (let r = 0; r < this.length; r++) out[r] = this.entry(r);
    return out;
  }

  /** Columns over existing `Entry` objects (kept, and returned by `entry()`). */
  static fromEntries(entries: readonly Entry[]): EntryColumns {
    const b = new EntryColumnsBuilder(entries.length);
    for (const e of entries) {
      const yesNo = typeof e.actual === 'boolean';
      b.push(e.unit, e.criterion, e.target, yesNo ? (e.actual ? 1 : 0) : (e.actual as number | null), e.self, e.appraised, e.evidence, e.note, yesNo ? ACTUAL_YES_NO : 0);
    }
    return b.build(null, entries);
  }

}

const FIELDS: readonly EntryField[] = ['unit', 'criterion', 'target', 'actual', 'self', 'appraised'];

/**
 * An entry's locations, each made when read (an entry made from columns is rarely asked for them):
 * getters on one prototype, two fields per entry. (Six accessors defined per object made every
 * entry a slow dictionary object: a third of THIDUA.RESULTS's time, with its garbage, in issue 17.)
 */
class RowLocations implements NonNullable<Entry['at']> {
  constructor(
    private readonly columns: EntryColumns,
    private readonly row: number,
  ) {}
  get unit(): CellRef | undefined {
    return this.columns.at(this.row, 'unit');
  }
  get criterion(): CellRef | undefined {
    return this.columns.at(this.row, 'criterion');
  }
  get target(): CellRef | undefined {
    return this.columns.at(this.row, 'target');
  }
  get actual(): CellRef | undefined {
    return this.columns.at(this.row, 'actual');
  }
  get self(): CellRef | undefined {
    return this.columns.at(this.row, 'self');
  }
  get appraised(): CellRef | undefined {
    return this.columns.at(this.row, 'appraised');
  }
  /** As a plain object (JSON, spreads made from it): every field read. */
  toJSON(): Entry['at'] {
    const out: Partial<Record<EntryField, CellRef>> = {};
    for (const f of FIELDS) {
      const at = this.columns.at(this.row, f);
      if (at) out[f] = at;
    }
    return out;
  }
}

function locationsOf(columns: EntryColumns, row: number): Entry['at'] {
  return new RowLocations(columns, row);
}

/** Columns filled a row at a time, growing as needed. */
export class EntryColumnsBuilder {
  length = 0;
  unitNames: string[] = [];
  codes: string[] = [];
  unit: Int32Array;
  criterion: Int32Array;
  target: Float64Array;
  actual: Float64Array;
  self: Float64Array;
  appraised: Float64Array;
  present: Uint8Array;
  text: RowTexts;
  private readonly unitIds = new Map<string, number>();
  private readonly codeIds = new Map<string, number>();
  private lastUnit = '';
  private lastUnitId = -1;

  constructor(capacity = 1024) {
    const n = Math.max(16, capacity);
    this.text = new RowTexts(n);
    this.unit = new Int32Array(n);
    this.criterion = new Int32Array(n);
    this.target = new Float64Array(n);
    this.actual = new Float64Array(n);
    this.self = new Float64Array(n);
    this.appraised = new Float64Array(n);
    this.present = new Uint8Array(n);
  }

  private grow(): void {
    const more = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.unit = more(this.unit);
    this.criterion = more(this.criterion);
    this.target = more(this.target);
    this.actual = more(this.actual);
    this.self = more(this.self);
    this.appraised = more(this.appraised);
    this.present = more(this.present);
  }

  private unitId(name: string): number {
    // Rows of one unit usually come together: the last name is checked before the map.
    if (name === this.lastUnit && this.lastUnitId >= 0) return this.lastUnitId;
    let id = this.unitIds.get(name);
    if (id === undefined) {
      id = this.unitNames.length;
      this.unitNames.push(name);
      this.unitIds.set(name, id);
    }
    this.lastUnit = name;
    this.lastUnitId = id;
    return id;
  }

  private codeId(code: string): number {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.codes.length;
      this.codes.push(code);
      this.codeIds.set(code, id);
    }
    return id;
  }

  /** Adds a row; `flags` adds ACTUAL_YES_NO or SELF_FROM_ACTUAL. Returns its index. */
  push(
    unit: string,
    code: string,
    target: number | null,
    actual: number | null,
    self: number | null,
    appraised: number | null,
    evidence: string,
    note: string,
    flags = 0,
  ): number {
    const r = this.length;
    if (r === this.unit.length) this.grow();
    this.unit[r] = this.unitId(unit);
    this.criterion[r] = this.codeId(code);
    let p = flags;
    if (target !== null) {
      p |= HAS_TARGET;
      this.target[r] = target;
    }
    if (actual !== null) {
      p |= HAS_ACTUAL;
      this.actual[r] = actual;
    } else p &= ~ACTUAL_YES_NO;
    if (self !== null) {
      p |= HAS_SELF;
      this.self[r] = self;
    }
    if (appraised !== null) {
      p |= HAS_APPRAISED;
      this.appraised[r] = appraised;
    }
    this.present[r] = p;
    if (evidence !== '' || note !== '') this.text.set(r, evidence, note);
    this.length = r + 1;
    return r;
  }

  build(locate: Locate | null, objects: readonly Entry[] | null = null): EntryColumns {
    const n = this.length;
    return new EntryColumns(
      n,
      this.unitNames,
      this.unit.subarray(0, n),
      this.codes,
      this.criterion.subarray(0, n),
      this.target.subarray(0, n),
      this.actual.subarray(0, n),
      this.self.subarray(0, n),
      this.appraised.subarray(0, n),
      this.present.subarray(0, n),
      this.text,
      locate,
      objects,
    );
  }
}

/**
 * Gives `model` the figures as `columns` and an `entries` made from them on first read. Whoever
 * reads `entries` may change them: the columns are then dropped, so the engine scores what the
 * entries say (correct first, fast when nobody looks).
 */
export function attachColumns<T extends object>(model: T, columns: EntryColumns): T & { entries: Entry[]; columns?: EntryColumns } {
  const m = model as T & { entries: Entry[]; columns?: EntryColumns };
  let made: Entry[] | undefined;
  Object.defineProperty(m, 'columns', { value: columns, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(m, 'entries', {
    enumerable: true,
    configurable: true,
    get: (): Entry[] => {
      if (!made) {
        made = columns.entries();
        m.columns = undefined;
      }
      return made;
    },
    set: (v: Entry[]) => {
      made = v;
      m.columns = undefined;
    },
  });
  return m;
}

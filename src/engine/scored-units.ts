/**
 * Every unit's per-criterion results, kept in columns (typed arrays) and turned into
 * `CriterionResult` records only when someone reads them. A 10,000-unit cluster with 100 criteria
 * has a million results: as objects they cost more to allocate and keep than all the arithmetic;
 * ranking, nominating and THIDUA.RESULTS never need most of them.
 */
import type { EntryColumns, LeafFigures } from './columns';
import type { EntryIndex } from './entries';
import type { Entry } from './model';
import type { Basis, CriterionResult, Status, TieNote, UnitResult } from './result';
import type { FastLeaves } from './score-fast';

const nullable = (x: number): number | null => (Number.isNaN(x) ? null : x);
const NO_BASIS: Basis = { kind: 'invalid' };

const STATUSES: readonly Status[] = ['exceeded', 'met', 'below', 'missing', 'excluded', 'scored'];
const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i] as const));
/** The status codes of R2's flags (score-fast.ts flagAt), as indexes into STATUSES. */
export const STATUS_EXCEEDED = 0;
export const STATUS_MET = 1;
export const STATUS_BELOW = 2;
/** The status code of a figure scored without a flag (a count, a manual score). */
export const STATUS_SCORED = 5;

/** The results the kinds' way gave (score.ts), by slot (unit × leaves + leaf); NaN for null. */
interface StoredResults {
  status: Uint8Array;
  points: Float64Array;
  max: Float64Array;
  rate: Float64Array;
  /**
   * Each result's basis as an index into `bases`: a cluster has a few dozen distinct bases, and
   * typed arrays take no write barrier where a million object references would.
   */
  basisId: Uint32Array;
}

/**
 * The results of every unit × leaf (leaves in the index's order: scored, bonus, penalty). A figure
 * the fast way scores (score-fast.ts: a target with a positive target and a numeric actual) is not
 * stored: its status, points, maximum, rate and basis are read again from the figures by the same
 * functions that scored it, so they are the same to the bit. Only the other figures (the kinds'
 * way) are stored, in columns made at the first of them.
 */
export class ResultColumns {
  private stored: StoredResults | null = null;
  private readonly bases: Basis[] = [];
  private readonly basisIds = new Map<Basis, number>();

  constructor(
    private readonly index: EntryIndex,
    /** How many of the index's leaves are scored leaves (the rest are bonus and penalty). */
    readonly scored: number,
    /** The fast way's leaves: which figures it scored and how (score-fast.ts). */
    private readonly fast: FastLeaves,
  ) {}

  /** A result of the kinds' way, stored. */
  set(unit: number, leaf: number, r: Omit<CriterionResult, 'entry'>): void {
    const slot = unit * this.index.leaves.length + leaf;
    const st = (this.stored ??= this.allocate());
    st.status[slot] = STATUS_CODE.get(r.status)!;
    st.points[slot] = r.points ?? NaN;
    st.max[slot] = r.max ?? NaN;
    st.rate[slot] = r.rate ?? NaN;
    st.basisId[slot] = this.basisIdOf(r.basis);
  }

  private allocate(): StoredResults {
    const n = this.index.units.length * this.index.leaves.length;
    return { status: new Uint8Array(n), points: new Float64Array(n), max: new Float64Array(n), rate: new Float64Array(n), basisId: new Uint32Array(n) };
  }

  private basisIdOf(basis: Basis): number {
    let id = this.basisIds.get(basis);
    if (id === undefined) {
      id = this.bases.length;
      this.bases.push(basis);
      this.basisIds.set(basis, id);
    }
    return id;
  }

  /** One unit's leaf read into `into` (a record made now, or a cursor). */
  private read<T extends Omit<CriterionResult, 'entry'>>(into: T, unit: number, leaf: number): T {
    const i = unit * this.index.leaves.length + leaf;
    const row = this.index.rows[i]!;
    into.code = this.index.leaves[leaf]!.code;
    const x = this.fast.figure(row, leaf);
    if (x === x) {
      into.status = STATUSES[this.fast.status(leaf, x)]!;
      into.points = this.fast.points(leaf, x);
      into.max = this.fast.max(leaf);
      into.rate = this.fast.rate(leaf, x);
      into.basis = this.fast.basis(leaf, x);
      return into;
    }
    const st = this.stored;
    if (!st) throw new Error(`no result for unit ${unit}, leaf ${leaf}`);
    into.status = STATUSES[st.status[i]!]!;
    into.points = nullable(st.points[i]!);
    into.max = nullable(st.max[i]!);
    into.rate = nullable(st.rate[i]!);
    into.basis = this.bases[st.basisId[i]!]!;
    return into;
  }

  /** The record of one unit's leaf, made now. */
  result(unit: number, leaf: number): CriterionResult {
    const row = this.index.rows[unit * this.index.leaves.length + leaf]!;
    const figures = this.index.columns;
    const r = this.read({ code: '', status: 'missing' as Status, points: null as number | null, max: null as number | null, rate: null as number | null, basis: NO_BASIS }, unit, leaf);
    return {
      code: r.code,
      status: r.status,
      points: r.points,
      max: r.max,
      rate: r.rate,
      basis: r.basis,
      // The figures' record is made when read (ranking and nominations never read it).
      get entry(): Entry | null {
        return row >= 0 ? figures.entry(row) : null;
      },
    };
  }

  /** One unit's leaf read into a cursor (no record made). */
  readInto(cursor: ResultCursor, unit: number, leaf: number): void {
    this.read(cursor, unit, leaf);
    cursor.at(this.index.columns, this.index.rows[unit * this.index.leaves.length + leaf]!);
  }

  /** The figures one unit's leaf was scored from (no record, no locations); null without a data row. */
  figures(unit: number, leaf: number): LeafFigures | null {
    const row = this.index.rows[unit * this.index.leaves.length + leaf]!;
    return row >= 0 ? this.index.columns.figures(row) : null;
  }

  /** Records of leaves from..to−1 of one unit, by code. */
  records(unit: number, from: number, to: number): Record<string, CriterionResult> {
    const out: Record<string, CriterionResult> = {};
    const end = Math.min(to, this.index.leaves.length);
    for (let l = from; l < end; l++) out[this.index.leaves[l]!.code] = this.result(unit, l);
    return out;
  }

  leafOf(code: string): number | undefined {
    return this.index.leafIndex.get(code);
  }
}

/** The figures of a unit that every consumer needs at once (its rank and tie note come with ranking; its criteria from the columns). */
export type UnitFigures = Omit<UnitResult, 'rank' | 'tie' | 'criteria' | 'extras'>;

/**
 * A unit's result whose `criteria` and `extras` are made on first read (accessors on the class;
 * the columns behind them are private, so copies and equality checks see only the figures).
 */
export class ScoredUnit implements UnitResult {
  readonly unit: string;
  readonly role: string;
  readonly disciplined: boolean;
  rank = 0;
  readonly total: number;
  readonly max: number;
  readonly percent: number;
  readonly classification: string;
  readonly groups: Record<string, number>;
  readonly bonus: number;
  readonly penalty: number;
  readonly exceeded: number;
  readonly met: number;
  readonly below: number;
  tie: TieNote | null = null;
  readonly #columns: ResultColumns;
  readonly #position: number;
  #criteria: Record<string, CriterionResult> | undefined;
  #extras: Record<string, CriterionResult> | undefined;

  constructor(figures: UnitFigures, columns: ResultColumns, position: number) {
    this.unit = figures.unit;
    this.role = figures.role;
    this.disciplined = figures.disciplined;
    this.total = figures.total;
    this.max = figures.max;
    this.percent = figures.percent;
    this.classification = figures.classification;
    this.groups = figures.groups;
    this.bonus = figures.bonus;
    this.penalty = figures.penalty;
    this.exceeded = figures.exceeded;
    this.met = figures.met;
    this.below = figures.below;
    this.#columns = columns;
    this.#position = position;
  }

  get criteria(): Record<string, CriterionResult> {
    return (this.#criteria ??= this.#columns.records(this.#position, 0, this.#columns.scored));
  }

  get extras(): Record<string, CriterionResult> {
    return (this.#extras ??= this.#columns.records(this.#position, this.#columns.scored, Number.MAX_SAFE_INTEGER));
  }

  /** One leaf's result without making the whole record (ranking and nominations need a few). */
  leaf(code: string): CriterionResult | undefined {
    const l = this.#columns.leafOf(code);
    return l === undefined ? undefined : this.#columns.result(this.#position, l);
  }

  /** One leaf's result read into a cursor; false when the unit has no such leaf. */
  readLeaf(code: string, cursor: ResultCursor): boolean {
    const l = this.#columns.leafOf(code);
    if (l === undefined) return false;
    this.#columns.readInto(cursor, this.#position, l);
    return true;
  }

  /** The figures of one leaf, as its result's `entry` has them but without making that record. */
  leafFigures(code: string): LeafFigures | null {
    const l = this.#columns.leafOf(code);
    return l === undefined ? null : this.#columns.figures(this.#position, l);
  }
}

/** A leaf's result for a unit: cheaply from a ScoredUnit, from the records otherwise. */
export function leafResult(u: UnitResult, code: string): CriterionResult | undefined {
  return u instanceof ScoredUnit ? u.leaf(code) : (u.criteria[code] ?? u.extras[code]);
}

/**
 * A leaf's result to look at there and then: a ScoredUnit's read into `cursor` (no record made:
 * nominating looks at two leaves of each of 100,000 units), the record otherwise; undefined when
 * the unit has no such leaf. The next read into the cursor overwrites it.
 */
export function peekLeaf(u: UnitResult, code: string, cursor: ResultCursor): CriterionResult | undefined {
  if (u instanceof ScoredUnit) return u.readLeaf(code, cursor) ? cursor : undefined;
  return u.criteria[code] ?? u.extras[code];
}

/**
 * A leaf's result with the figures it was scored from, for the detail: from a ScoredUnit without
 * keeping its records (a detail sheet reads each once), from the records otherwise.
 */
export function leafDetail(u: UnitResult, code: string): { outcome: CriterionResult; figures: LeafFigures | null } | undefined {
  if (u instanceof ScoredUnit) {
    const outcome = u.leaf(code);
    return outcome && { outcome, figures: u.leafFigures(code) };
  }
  const outcome = u.criteria[code] ?? u.extras[code];
  return outcome && { outcome, figures: outcome.entry };
}


/**
 * One leaf's result at a time, read into the same object, with the figures it was scored from: the
 * detail sheet of a million rows makes no record, no figures' record and no entry per row. Whoever
 * is given a cursor reads it there and then (the next row overwrites it).
 */
export class ResultCursor implements CriterionResult {
  code = '';
  status: Status = 'missing';
  points: number | null = null;
  max: number | null = null;
  rate: number | null = null;
  basis: Basis = NO_BASIS;
  #columns: EntryColumns | null = null;
  #row = -1;
  /** The row's figures, filled when asked for (the same object each time). */
  readonly #figures = { target: null as number | null, actual: null as number | boolean | null, self: null as number | null, appraised: null as number | null, evidence: '' };

  /** Points the cursor at a row of the figures' columns (−1: none). */
  at(columns: EntryColumns, row: number): void {
    this.#columns = columns;
    this.#row = row;
  }

  /** The figures' record, made as a result's `entry` would be (only when someone asks). */
  get entry(): Entry | null {
    return this.#columns && this.#row >= 0 ? this.#columns.entry(this.#row) : null;
  }

  /** The figures of the current row without an entry; null without a data row. */
  figures(): LeafFigures | null {
    const cols = this.#columns;
    const row = this.#row;
    if (!cols || row < 0) return null;
    return cols.figuresInto(row, this.#figures);
  }
}

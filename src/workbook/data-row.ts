/**
 * The rules of one `Số liệu` data row, stated once: its unit and code, its figures by the code's
 * kind (target and actual settled together, a yes/no, a number, the self and appraised scores), the
 * columns a code needs, a manual score typed in `Thực hiện`, and the row pushed into the typed
 * columns (engine/columns.ts). Both readers of the long layout call it: the sheet reader
 * (read-columns.ts readLongColumns, rows of a grid found by table.ts scanTable) and the functions'
 * range reader (read-range.ts readDataRange, Excel's 2-D array as it came). Each gives the row as a
 * `DataRowSource`: its cells by offset, how a field's number is shown, and where a field is.
 *
 * What makes it fast: a unit's rows come together (its cleaned name is kept from the row before),
 * and what a code means (its criterion, its kind's reading) is looked up once per code.
 */
import { ACTUAL_YES_NO, EntryColumnsBuilder, SELF_FROM_ACTUAL } from '../engine/columns';
import type { DiagnosticList } from '../engine/diagnostics';
import { hasTarget, isLeaf, readsScores, readsYesNo } from '../engine/kinds';
import type { CellRef, Criterion } from '../engine/model';
import { cleanName } from '../engine/names';
import { MAX_MAGNITUDE, parseCode, parseText, parseYesNo, plainNumber, textOf, type Parsed } from './cells';
import { takeAt } from './fields';
import { isBlank, isPlainCell, type Cell, type NumberShape } from './grid';
import { parseFigure, parseFigureNumber, plainFigures, settleFigures } from './read-figures';
import { ACTUAL, parseActual, parseScore, TARGET, type Context, type DataKey } from './read-data';

/** Each field's place within a row's cells (−1: the table has no such column). */
export type Offsets = Readonly<Record<DataKey, number>>;

/** The fields in the order of the columns' `Offsets`. */
export const DATA_FIELDS = ['unit', 'criterion', 'target', 'actual', 'self', 'appraised', 'evidence', 'note'] as const satisfies readonly DataKey[];

/**
 * Each field's offset, from `col` (−1 for a column the table lacks). Made by this one object
 * literal, so that every reader's offsets have one hidden class, which the idle reader kept by
 * the functions keeps alive (V8 would otherwise drop the row reader's compiled code with it at a
 * full garbage collection: src/functions/warm-shapes.ts).
 */
export function offsetsOf(col: (key: DataKey) => number): Offsets {
  return { unit: col('unit'), criterion: col('criterion'), target: col('target'), actual: col('actual'), self: col('self'), appraised: col('appraised'), evidence: col('evidence'), note: col('note') };
}

/** The row being read, as its reader holds it. */
export interface DataRowSource {
  /**
   * The row's values by offset, as the source holds them: a value that is a plain cell (a finite
   * number, text, a yes/no, a blank) is read from here as it is, anything else through `cell`. The
   * hot path of a row reads them without a call per field (what makes the first calls of a
   * just-started runtime fast: issue 17).
   */
  readonly cells: readonly unknown[];
  /** The cell at offset `i` of the row as a grid cell; undefined for −1 or past the row's end. */
  cell(i: number): Cell | undefined;
  /** How the number in a field's cell is shown (a date, a percent), when the source knows. */
  shape(key: DataKey): NumberShape | null | undefined;
  /** The cell of a field of the row, for a diagnostic. */
  at(key: DataKey): CellRef;
}

/**
 * A row value as the short path takes a figure: a blank as null, a number as plainNumber takes it
 * (finite, within the accepted magnitude) as it is, NaN for anything else (the full rules read it).
 */
function plainFigure(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' && Math.abs(v) <= MAX_MAGNITUDE ? v : NaN;
}

/** What a code of the data means for reading its rows, worked out once per code. */
export interface CodeReading {
  code: string;
  criterion: Criterion | undefined;
  /** The row's figures are read (a known, readable leaf). */
  values: boolean;
  target: boolean;
  scores: boolean;
  yesNo: boolean;
  /** Already counted among the codes that need a `Thực hiện` or `Chỉ tiêu` column. */
  needs: boolean;
}

/**
 * The data rows of one table read one at a time into the columns. Its methods, not closures made
 * for each call, so that the code V8 optimizes for them serves the next table too.
 */
export class DataRows {
  readonly out: EntryColumnsBuilder;
  /** The sheet row (0-based) of each data row. */
  sheetRows: Int32Array;
  /** Rows with a unit and a code. */
  keyed = 0;
  /** Codes of rows whose figure is in `Thực hiện` (all but manual scores): without the column, none has one. */
  readonly needActual = new Set<string>();
  /** Codes of target criteria with rows: without a `Chỉ tiêu` column, none would apply to any unit. */
  readonly needTarget = new Set<string>();
  /** The unit text of the row before (always a string, so that the compiled loop sees one type from the first row on; `hasLast` says whether there is one). */
  private lastUnitCell = '';
  private hasLast = false;
  private lastUnit = '';
  private readonly readings = new Map<string, CodeReading>();
  /** Codes by the cell value they were read from (text or a number: no diagnostic to give). */
  private readonly codeCells = new Map<unknown, CodeReading>();
  /** Pass/fail texts as read (`đạt`, `không đạt`: a few texts over thousands of rows). */
  private readonly yesNoTexts = new Map<string, Parsed<boolean>>();
  private readonly diags: DiagnosticList;

  constructor(
    private readonly o: Offsets,
    private readonly hasActual: boolean,
    private readonly ctx: Context,
    capacity: number,
    /** The figures come without their number formats (a custom function's ranges): read-figures.ts' `unseen`. */
    private readonly unseenFormats = false,
  ) {
    this.out = new EntryColumnsBuilder(capacity);
    this.sheetRows = new Int32Array(Math.max(16, capacity));
    this.diags = ctx.diags;
  }

  /** A yes/no text read as parseActual reads it for a pass/fail (parseYesNo), each distinct text once (a few hundred kept). */
  private yesNo(text: string): Parsed<boolean> {
    let parsed = this.yesNoTexts.get(text);
    if (parsed === undefined) {
      parsed = parseYesNo(text);
      if (this.yesNoTexts.size < 512) this.yesNoTexts.set(text, parsed);
    }
    return parsed;
  }

  private readingOf(code: string): CodeReading {
    let found = this.readings.get(code);
    if (!found) {
      const c = this.ctx.criteria.get(code);
      const values = c !== undefined && !this.ctx.unreadable.has(code) && isLeaf(c);
      found = { code, criterion: c, values, target: values && hasTarget(c), scores: c !== undefined && readsScores(c), yesNo: values && readsYesNo(c), needs: false };
      this.readings.set(code, found);
    }
    return found;
  }

  /** A self or appraised score: a plain number not below 0 (in General format) as it is, anything else through the parser. */
  private score(src: DataRowSource, i: number, field: 'self' | 'appraised'): number | null {
    const cell = src.cell(i);
    const n = plainNumber(cell);
    if (n === null || (n !== undefined && n >= 0 && !src.shape(field))) return n;
    return takeAt(parseScore(cell, field, src.shape(field)), src, field, this.diags) ?? null;
  }

  /**
   * The data row `src` (sheet row `sheetRow`, 0-based): its diagnostics said, its figures pushed
   * into the columns when it has a unit and a code. `keyed`: its unit and code cells are known not
   * to be blank (the sheet reader's rows, table.ts walkRows); otherwise a row whose unit or code
   * is blank is not read, and false returned (the range reader leaves it out or warns of it).
   */
  read(src: DataRowSource, sheetRow: number, keyed: boolean): boolean {
    return this.readUsual(src, sheetRow) || this.readAny(src, sheetRow, keyed);
  }

  /**
   * The usual row, read in a few steps or not at all (false: readAny reads it): the unit of the row
   * before, a code already read, and every figure a blank or a plain number (or a yes/no word read
   * before) that needs no word said about it. What it takes, it takes exactly as readAny would
   * (test/workbook/data-row-paths.test.ts reads random rows both ways). Kept small so that V8
   * compiles it early in a just-started runtime's first call (issue 17: THIDUA.RESULTS).
   */
  private readUsual(src: DataRowSource, sheetRow: number): boolean {
    const { o } = this;
    const cells = src.cells;
    const unitCell = o.unit < 0 ? undefined : cells[o.unit];
    const codeCell = o.criterion < 0 ? undefined : cells[o.criterion];
    if (!this.hasLast || typeof unitCell !== 'string' || unitCell !== this.lastUnitCell || (typeof codeCell !== 'string' && typeof codeCell !== 'number')) return false;
    const reading = this.codeCells.get(codeCell);
    // A code seen for the first time is counted among those that need a column (readAny).
    if (reading === undefined || !reading.needs) return false;
    const formats = !this.unseenFormats;
    let target: number | null = null;
    let actual: number | null = null;
    let flags = 0;
    if (reading.target) {
      target = plainFigure(o.target < 0 ? undefined : cells[o.target]);
      actual = plainFigure(o.actual < 0 ? undefined : cells[o.actual]);
      if (Number.isNaN(target) || Number.isNaN(actual)) return false;
      if (formats ? src.shape('target') || src.shape('actual') : !plainFigures(target, actual)) return false;
    } else if (reading.values) {
      const av = o.actual < 0 ? undefined : cells[o.actual];
      if (reading.yesNo) {
        // A yes/no word read before (never a blank: that one is warned of).
        if (typeof av !== 'string') return false;
        const p = this.yesNo(av);
        if (!p.ok || p.warning !== undefined || (!p.value && isBlank(av))) return false;
        actual = p.value ? 1 : 0;
        flags = ACTUAL_YES_NO;
      } else {
        actual = plainFigure(av);
        if (Number.isNaN(actual) || (actual !== null && formats && src.shape('actual'))) return false;
      }
    }
    let self: number | null = null;
    let appraised: number | null = null;
    if (reading.values) {
      // Not below 0 (NaN fails the comparison too).
      self = plainFigure(o.self < 0 ? undefined : cells[o.self]);
      if (self !== null && (!(self >= 0) || (formats && src.shape('self')))) return false;
      appraised = plainFigure(o.appraised < 0 ? undefined : cells[o.appraised]);
      if (appraised !== null && (!(appraised >= 0) || (formats && src.shape('appraised')))) return false;
    }
    const ev = o.evidence < 0 ? undefined : cells[o.evidence];
    const nv = o.note < 0 ? undefined : cells[o.note];
    if ((ev !== null && ev !== undefined && typeof ev !== 'string') || (nv !== null && nv !== undefined && typeof nv !== 'string')) return false;
    this.keyed++;
    const evidence = typeof ev === 'string' ? textOf(ev) : '';
    const note = typeof nv === 'string' ? textOf(nv) : '';
    if (reading.scores && self === null && appraised === null && actual !== null && (flags & ACTUAL_YES_NO) === 0) {
      self = actual;
      flags |= SELF_FROM_ACTUAL;
    }
    this.store(this.lastUnit, reading.code, target, actual, self, appraised, evidence, note, flags, sheetRow);
    return true;
  }

  /** Any row, with every check and word of the rules. */
  private readAny(src: DataRowSource, sheetRow: number, keyed: boolean): boolean {
    const { o, diags } = this;
    // The row's values read straight from its array: plain values (nearly every cell) need no call.
    const cells = src.cells;
    const unitCell = o.unit < 0 ? undefined : cells[o.unit];
    const codeCell = o.criterion < 0 ? undefined : cells[o.criterion];
    const knownUnit = this.hasLast && typeof unitCell === 'string' && unitCell === this.lastUnitCell;
    let reading = typeof codeCell === 'string' || typeof codeCell === 'number' ? this.codeCells.get(codeCell) : undefined;
    if (!keyed && ((!knownUnit && isBlank(src.cell(o.unit))) || (!reading && isBlank(src.cell(o.criterion))))) return false;
    this.keyed++;
    let unit: string | undefined;
    if (knownUnit) unit = this.lastUnit;
    else {
      const text = takeAt(parseText(src.cell(o.unit)), src, 'unit', diags);
      unit = text ? cleanName(text) : undefined;
      if (unit !== undefined && typeof unitCell === 'string') {
        this.lastUnitCell = unitCell;
        this.hasLast = true;
        this.lastUnit = unit;
      }
    }
    if (!reading) {
      const code = takeAt(parseCode(src.cell(o.criterion)), src, 'criterion', diags);
      if (code) {
        reading = this.readingOf(code);
        if (isPlainCell(codeCell) && (typeof codeCell === 'string' || typeof codeCell === 'number')) this.codeCells.set(codeCell, reading);
      }
    }
    if (!unit || !reading) return true;
    const { code, criterion: c } = reading;
    // A function's range has no formats to ask for (unseen); a sheet's cell may have one.
    const formats = !this.unseenFormats;
    let target: number | null = null;
    let actual: number | boolean | null = null;
    if (reading.target) {
      const tv = o.target < 0 ? undefined : cells[o.target];
      const av = o.actual < 0 ? undefined : cells[o.actual];
      // Blanks or numbers as plainNumber takes them (finite, within the accepted magnitude: NaN and
      // ±Infinity fail the comparison), shown in General format.
      const t = tv === null || tv === undefined ? null : typeof tv === 'number' && Math.abs(tv) <= MAX_MAGNITUDE ? tv : undefined;
      const a = av === null || av === undefined ? null : typeof av === 'number' && Math.abs(av) <= MAX_MAGNITUDE ? av : undefined;
      if (t !== undefined && a !== undefined && (formats ? !src.shape('target') && !src.shape('actual') : plainFigures(t, a))) {
        // Real numbers in General format, or bare numbers plausible as given (nearly every row): nothing to decide.
        target = t;
        actual = a;
      } else {
        const tc = src.cell(o.target);
        const ac = src.cell(o.actual);
        const bare = typeof tc !== 'string' && typeof ac !== 'string' && !src.shape('target') && !src.shape('actual');
        const tn = bare ? plainNumber(tc) : undefined;
        const an = bare ? plainNumber(ac) : undefined;
        if (bare && (!this.unseenFormats || plainFigures(tn, an))) {
          // A number beside a yes/no or an error value, in General format: each figure read alone.
          target = tn !== undefined ? tn : (takeAt(parseFigureNumber(tc, TARGET, null), src, 'target', diags) ?? null);
          actual = an !== undefined ? an : (takeAt(parseFigureNumber(ac, ACTUAL, null), src, 'actual', diags) ?? null);
        } else {
          // Number text, a format that says how to read, or bare numbers whose format (a percent, a
          // date) a function cannot see: settled by the row's other figure (read-figures.ts).
          const tf = takeAt(parseFigure(tc, TARGET, this.unseenFormats ? 'unseen' : src.shape('target')), src, 'target', diags) ?? null;
          const af = takeAt(parseFigure(ac, ACTUAL, this.unseenFormats ? 'unseen' : src.shape('actual')), src, 'actual', diags) ?? null;
          ({ target, actual } = settleFigures(tf, af, { target: () => src.at('target'), actual: () => src.at('actual') }, diags, this.ctx.year ?? null));
        }
      }
    } else if (reading.values) {
      const av = o.actual < 0 ? undefined : cells[o.actual];
      if ((av === null || av === undefined) && !reading.yesNo) actual = null;
      else {
        const ac = src.cell(o.actual);
        const parsed = reading.yesNo && typeof ac === 'string' ? this.yesNo(ac) : parseActual(ac, c!.kind, src.shape('actual'));
        actual = takeAt(parsed, src, 'actual', diags) ?? null;
        if (reading.yesNo && this.hasActual && isBlank(ac)) diags.warning(src.at('actual'), 'blankPassFail', { code, unit });
      }
    }
    if (!reading.needs) {
      // Each code once, at its first row.
      reading.needs = true;
      if (reading.values && !reading.scores) this.needActual.add(code);
      if (reading.target) this.needTarget.add(code);
    }
    let self: number | null = null;
    let appraised: number | null = null;
    if (reading.values) {
      // A blank, or a number not below 0 (nor past the magnitude) in General format, as it is.
      const sv = o.self < 0 ? undefined : cells[o.self];
      const pv = o.appraised < 0 ? undefined : cells[o.appraised];
      self = sv === null || sv === undefined ? null : typeof sv === 'number' && sv >= 0 && sv <= MAX_MAGNITUDE && !(formats && src.shape('self')) ? sv : this.score(src, o.self, 'self');
      appraised = pv === null || pv === undefined ? null : typeof pv === 'number' && pv >= 0 && pv <= MAX_MAGNITUDE && !(formats && src.shape('appraised')) ? pv : this.score(src, o.appraised, 'appraised');
    }
    const ev = o.evidence < 0 ? undefined : cells[o.evidence];
    const nv = o.note < 0 ? undefined : cells[o.note];
    const evidence = ev === null || ev === undefined ? '' : (takeAt(parseText(src.cell(o.evidence)), src, 'evidence', diags) ?? '');
    const note = nv === null || nv === undefined ? '' : (takeAt(parseText(src.cell(o.note)), src, 'note', diags) ?? '');
    let flags = typeof actual === 'boolean' ? ACTUAL_YES_NO : 0;
    // A manual criterion's score typed in `Thực hiện` counts as the self score when none is given.
    if (reading.scores && self === null && appraised === null && typeof actual === 'number') {
      self = actual;
      flags |= SELF_FROM_ACTUAL;
    }
    const numeric = typeof actual === 'boolean' ? (actual ? 1 : 0) : actual;
    this.store(unit, code, target, numeric, self, appraised, evidence, note, flags, sheetRow);
    return true;
  }

  /** The row pushed into the columns, with its sheet row. */
  private store(unit: string, code: string, target: number | null, actual: number | null, self: number | null, appraised: number | null, evidence: string, note: string, flags: number, sheetRow: number): void {
    const r = this.out.push(unit, code, target, actual, self, appraised, evidence, note, flags);
    if (r === this.sheetRows.length) {
      const more = new Int32Array(this.sheetRows.length * 2);
      more.set(this.sheetRows);
      this.sheetRows = more;
    }
    this.sheetRows[r] = sheetRow;
  }
}

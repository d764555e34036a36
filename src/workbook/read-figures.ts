/**
 * A unit's figures as the user meant them. A number can be misread by 100× or 1000×: a date in a
 * figure cell (01/05/2024 is 45413 to Excel), `87,9%` (0,879) against a plain target 100, number
 * text such as `9.850` (9,85 or 9850). Such a figure is decided by the other figure of its row: if
 * exactly one reading gives an actual/target ratio between 1/20 and 20, it is taken, with a warning
 * saying how it was read; otherwise it is an error at the cell naming both readings.
 *
 * A custom function sees bare values, not formats (shape `unseen`): a bare number whose pair with the
 * row's other figure is implausible as given may be a percent cell's value (0,879 for 87,9%), refused
 * as `percentInFormula` when only its ×100 reading is plausible, or a date's serial (45413 for
 * 01/05/2024), refused as `dateInFormula` (`dateNearYearInFormula` when the cluster's year is known).
 */
import type { DiagnosticList } from '../engine/diagnostics';
import type { CellRef } from '../engine/model';
import { parseNumber, parseNumberText, refuseAmbiguous, type Parsed } from './cells';
import type { Cell, NumberShape } from './grid';

export interface Figure {
  value: number;
  /** Marked as a percent: typed with "%", or a number shown in a percent format. */
  percent: boolean;
  /** Number text with one separator and three digits after it (`9.850`): its thousands reading. */
  thousands?: number;
  /** As the user sees it (text as typed; a percent-formatted number as its percent). */
  shown: string | number;
  /** "%" when `shown` is a percent-formatted number. */
  suffix: string;
  /** A bare number whose format the reader cannot see (a custom function's range): maybe a percent or a date. */
  unseen?: boolean;
  /** The column's header, for an unseen figure's message. */
  header?: string;
}

/** The largest actual/target ratio a reading may give (and 1/RATIO_LIMIT the smallest). */
export const RATIO_LIMIT = 20;

const precise = (x: number): number => Number(x.toPrecision(12));

/**
 * Whether a bare number whose format is unseen may be a percent cell's value: under 10 (a percent
 * cell showing under 1000 %), and not a whole number above 1 (200 %, 300 % are rare in a percent
 * cell, while 2 to 9 are common counts: a target of 5 communes is not read as 500 %). Larger numbers
 * would also "explain" a date serial by the other figure ×100 (45413 against 100 read as 10000).
 */
export function maybePercentValue(value: number): boolean {
  const size = Math.abs(value);
  return size < 10 && (size <= 1 || !Number.isInteger(value));
}

/** The date serials a bare number is taken for when implausible and no year is known: 01/01/2000 to 31/12/2099, whole. */
export const DATE_SERIAL_FIRST = 36_526;
export const DATE_SERIAL_LAST = 73_050;

/** Excel's serial of 1 January of `year` (1900 date system; arithmetic only, no clock). */
export function yearSerial(year: number): number {
  return Math.round((Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * The serials a bare number is suspected to be a date in. With the cluster's year Y (the `Cài đặt`
 * setting `Năm`), 01/01/(Y−1) to 31/12/(Y+1): a date that misleads in a figure cell is typed while
 * the year's figures are (`1/5` or `1.5` turned into a date of the year it is typed in; the date of a
 * report), in the year, the one before (targets set ahead) or after (the year-end report). Without a
 * year, the wide window 2000..2099: nothing else tells the year, and the rules read no clock.
 */
export function dateWindow(year: number | null | undefined): { first: number; last: number } {
  if (year === null || year === undefined || !Number.isInteger(year)) return { first: DATE_SERIAL_FIRST, last: DATE_SERIAL_LAST };
  return { first: yearSerial(year - 1), last: yearSerial(year + 2) - 1 };
}

/** A date cell's value as the user sees it: dd/mm/yyyy (a time alone as hh:mm). */
export function shownDate(serial: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const d = new Date(Math.round((serial - 25_569) * 86_400_000));
  if (serial >= 0 && serial < 1) return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * A number cell of the data; a date in it is an error showing the date. A figure with no other to
 * weigh it against (a count, a score) refuses ambiguous number text.
 */
export function parseFigureNumber(cell: Cell | undefined, header: string, shape: NumberShape | null | undefined): Parsed<number | null> {
  return refuseAmbiguous(parseDataNumber(cell, header, shape));
}

function parseDataNumber(cell: Cell | undefined, header: string, shape: NumberShape | null | undefined): Parsed<number | null> {
  if (shape === 'date' && typeof cell === 'number') return { ok: false, code: 'dateInFigure', params: { date: shownDate(cell), header } };
  return parseNumber(cell, header);
}

/** A target or actual of a target criterion, with what is needed to decide how to read it. */
export function parseFigure(cell: Cell | undefined, header: string, shape: NumberShape | null | undefined): Parsed<Figure | null> {
  const n = parseDataNumber(cell, header, shape);
  if (!n.ok || n.value === null) return n as Parsed<null>;
  if (typeof cell === 'string') {
    const text = parseNumberText(cell);
    const shown = cell.trim();
    return { ok: true, value: { value: n.value, percent: shown.endsWith('%'), thousands: text?.ambiguous?.other, shown, suffix: '' } };
  }
  if (shape === 'unseen') return { ok: true, value: { value: n.value, percent: false, shown: n.value, suffix: '', unseen: true, header } };
  const percent = shape === 'percent';
  return { ok: true, value: { value: n.value, percent, shown: percent ? precise(n.value * 100) : n.value, suffix: percent ? '%' : '' } };
}

/** The readings of a figure, the default first. */
function readings(f: Figure, other: Figure | null): number[] {
  if (f.thousands !== undefined) return [f.value, f.thousands];
  if (f.percent && other !== null && !other.percent) {
    const asNumber = precise(f.value * 100);
    return asNumber === f.value ? [f.value] : [f.value, asNumber];
  }
  return [f.value];
}

function plausible(actual: number, target: number): boolean {
  if (target === 0) return false;
  const r = Math.abs(actual / target);
  return r >= 1 / RATIO_LIMIT && r <= RATIO_LIMIT;
}

/**
 * Two bare numbers (formats unseen) with nothing to settle: either is blank or not a number, either
 * is 0 (every reading gives the same ratio, or none), or they are plausible as given. The functions'
 * range reader (read-range.ts) takes such a pair as it is and settles only the others.
 */
export function plainFigures(target: number | null | undefined, actual: number | null | undefined): boolean {
  return target === null || target === undefined || actual === null || actual === undefined || target === 0 || actual === 0 || plausible(actual, target);
}

export interface FigureCells {
  target: () => CellRef;
  actual: () => CellRef;
}

/** The old warning of ambiguous number text read with its default (decimal) reading. */
function warnDefault(f: Figure | null, at: () => CellRef, diags: DiagnosticList): void {
  if (f?.thousands !== undefined && typeof f.shown === 'string') {
    const sep = f.shown.includes(',') ? ',' : '.';
    diags.warning(at(), 'ambiguousNumber', { value: f.shown, sep, read: f.value, other: String(f.thousands) });
  }
}

/**
 * The target and actual of one unit's target criterion, each read the one plausible way. Returns
 * the values taken (the default readings when nothing can be decided; an error then says so).
 */
export function settleFigures(
  target: Figure | null,
  actual: Figure | null,
  cells: FigureCells,
  diags: DiagnosticList,
  /** The cluster's year (`Năm`) when known: a bare number is suspected to be a date only near it (dateWindow). */
  year: number | null = null,
): { target: number | null; actual: number | null } {
  if (target === null || actual === null) {
    // Nothing to weigh against: a blank target makes the criterion not apply, a blank actual is missing data.
    warnDefault(target, cells.target, diags);
    warnDefault(actual, cells.actual, diags);
    return { target: target?.value ?? null, actual: actual?.value ?? null };
  }
  const ts = readings(target, actual);
  const as = readings(actual, target);
  if (target.unseen === true || actual.unseen === true) {
    const settled = settleUnseen(target, actual, ts, as, cells, diags, year);
    if (settled) return settled;
  }
  if (ts.length === 1 && as.length === 1) return { target: target.value, actual: actual.value };
  const picked = onlyPlausible(target, actual, ts, as, cells, diags);
  if (typeof picked !== 'number') return picked;
  const combos = ts.flatMap((t) => as.map((a) => ({ t, a })));
  // Every reading gives the same ratio (an actual of 0): the score does not depend on it.
  const ratios = new Set(combos.map((c) => (c.t === 0 ? NaN : precise(c.a / c.t))));
  if (ratios.size === 1) {
    warnDefault(target, cells.target, diags);
    warnDefault(actual, cells.actual, diags);
    return { target: target.value, actual: actual.value };
  }
  const refuse = (f: Figure, list: number[], at: () => CellRef): void => {
    if (list.length < 2) return;
    diags.error(at(), 'figureUndecided', { value: f.shown, suffix: f.suffix, read: list[0]!, other: list[1]! });
  };
  refuse(target, ts, cells.target);
  refuse(actual, as, cells.actual);
  return { target: target.value, actual: actual.value };
}

/**
 * The one pair of readings (targets `ts` × actuals `as`) whose ratio is plausible: taken, each figure
 * read otherwise than its default said with `figureReadAs` (a bare number read as given is not worth
 * a word; number text keeps its warning). A bare number of unseen format plausible only read ×100 is
 * not taken: it is an error `percentInFormula` (a formula cannot show a warning, and cannot see
 * whether the cell is a percent), and the pair is left as given. Otherwise how many pairs are
 * plausible (0, or more than 1).
 */
function onlyPlausible(target: Figure, actual: Figure, ts: number[], as: number[], cells: FigureCells, diags: DiagnosticList): { target: number; actual: number } | number {
  const good = ts.flatMap((t) => as.filter((a) => plausible(a, t)).map((a) => ({ t, a })));
  if (good.length !== 1) return good.length;
  const { t, a } = good[0]!;
  let refused = false;
  const note = (f: Figure, list: number[], read: number, at: () => CellRef): void => {
    if (list.length < 2 || (f.unseen === true && read === f.value)) return;
    if (f.unseen === true) {
      refused = true;
      diags.error(at(), 'percentInFormula', { value: f.value, read, actual: a, target: t });
      return;
    }
    diags.warning(at(), 'figureReadAs', { value: f.shown, suffix: f.suffix, read, other: list.find((x) => x !== read)!, actual: a, target: t });
  };
  note(target, ts, t, cells.target);
  note(actual, as, a, cells.actual);
  return refused ? { target: target.value, actual: actual.value } : { target: t, actual: a };
}

/** The readings of a figure when nothing plausible was found: a bare number also ×100, as a percent cell's value. */
function unseenReadings(f: Figure, list: number[]): number[] {
  if (f.unseen !== true || !maybePercentValue(f.value)) return list;
  const asPercent = precise(f.value * 100);
  return asPercent === f.value ? list : [f.value, asPercent];
}

/** A bare whole number in the date serials (`dateWindow`), more than 20 times the row's other figure: maybe a date. */
function maybeDate(f: Figure, other: Figure, window: { first: number; last: number }): boolean {
  return (
    f.unseen === true &&
    Number.isInteger(f.value) &&
    f.value >= window.first &&
    f.value <= window.last &&
    other.value !== 0 &&
    Math.abs(f.value / other.value) > RATIO_LIMIT
  );
}

/**
 * A pair with a bare number (format unseen) that no reading makes plausible: a bare number is tried
 * as a percent cell's value (×100); if exactly one reading then is plausible it is refused
 * (`percentInFormula`, onlyPlausible); otherwise a bare number in the date serials (near the year when
 * known), over 20 times the other figure, is an error naming the date it would be. Null: settled as
 * any other pair (plausible as given, or nothing found: taken as given).
 */
function settleUnseen(
  target: Figure,
  actual: Figure,
  ts: number[],
  as: number[],
  cells: FigureCells,
  diags: DiagnosticList,
  year: number | null,
): { target: number; actual: number } | null {
  if (ts.some((t) => as.some((a) => plausible(a, t)))) return null;
  const picked = onlyPlausible(target, actual, unseenReadings(target, ts), unseenReadings(actual, as), cells, diags);
  if (typeof picked !== 'number') return picked;
  if (picked > 1) return null;
  const known = year !== null && Number.isInteger(year) ? year : null;
  const window = dateWindow(known);
  const date = (f: Figure, other: Figure, at: () => CellRef): void => {
    if (!maybeDate(f, other, window)) return;
    // The serial as a General cell shows it (45413, no thousands separator).
    const params = { value: String(f.value), date: shownDate(f.value), header: f.header ?? '', other: other.value };
    if (known === null) diags.error(at(), 'dateInFormula', params);
    else diags.error(at(), 'dateNearYearInFormula', { ...params, year: String(known) });
  };
  date(target, actual, cells.target);
  date(actual, target, cells.actual);
  return null;
}

/**
 * How a relative criterion's best ratio L (THIDUA.SCORE's and EXPLAIN's `bestRatio`: a ratio, 2 for
 * 200 %) reads against the unit's own ratio r (over 1, which is when L counts): `asGiven` when L is
 * plausible as given (r ≤ L ≤ 20·r), or when nothing better can be said; `percent` when only L ÷ 100
 * is (200 typed for 200 %: a percent's number, not its cell value — a percent cell's value, 2, is
 * already the ratio); `date` when L is a bare whole number of unseen format in the date serials
 * (`dateWindow`), over 20 times r. Percent text ("200%", read 2) is the ratio as typed. An L under r
 * (the unit above the cluster's best) is taken as given: the unit is then the leader (R3, ties included).
 */
export type LeaderReading = { kind: 'asGiven' } | { kind: 'percent'; read: number } | { kind: 'date'; date: string };

export function readLeaderRatio(leader: Figure, ratio: number, year: number | null = null): LeaderReading {
  const fits = (l: number): boolean => l >= ratio * (1 - 1e-9) && l <= ratio * RATIO_LIMIT;
  const l = leader.value;
  if (!(ratio > 0) || fits(l) || (typeof leader.shown === 'string' && leader.percent)) return { kind: 'asGiven' };
  const read = precise(l / 100);
  if (fits(read)) return { kind: 'percent', read };
  const window = dateWindow(year);
  if (leader.unseen === true && Number.isInteger(l) && l >= window.first && l <= window.last && l > ratio * RATIO_LIMIT) return { kind: 'date', date: shownDate(l) };
  return { kind: 'asGiven' };
}

/**
 * The arguments of THIDUA.RANK(value, values, [tieBreak1, tieBreakValues1, …], [style]) as rows of
 * keys for the engine (engine/rank-value.ts).
 *
 * After `value` and `values` come pairs — the unit's own tie-break value, then the column of every
 * unit's tie-break values, aligned with `values` — and, when their count is odd, a last text of words
 * separated by ";": at most one rank style (`đồng hạng`/`competition`, default, or `liên tục`/`dense`)
 * and direction words (`tăng`/`higher`, default, or `giảm`/`lower`), the n-th for the n-th tie-break.
 * Blank cells in `values` leave that row out; a blank tie-break value is the worst there is.
 */
import type { Direction, Settings } from '../engine/model';
import { buildRankIndex, rankInIndex, type RankIndex } from '../engine/rank-value';
import { parseNumber } from '../workbook/cells';
import { isBlank, type Cell } from '../workbook/grid';
import { DIRECTION_WORDS, RANK_STYLE_WORDS } from '../workbook/schema';
import { argMessage, numberArg, single, toCells, wordList } from './args';
import { paramName } from './names';
import { invalidValue } from './runtime';

export interface RankInput {
  subject: number[];
  rows: number[][];
  style: Settings['rankStyle'];
}

/**
 * A column of RANK cells passes the same ranges to every cell: the rows read (and sorted) for the last
 * ranges are kept and reused when the next call's ranges hold exactly the same cells (checked cell by
 * cell: a cheap comparison instead of parsing and sorting the column again for each cell).
 */
interface Cached {
  raw: unknown[];
  rows: number[][];
  index: RankIndex;
}
let cached: Cached | null = null;

/** Walks the cells of the ranges (values, then each tie-break column) in order; false stops the walk. */
function eachCell(values: unknown, rest: readonly unknown[], visit: (c: unknown) => boolean): boolean {
  const walk = (v: unknown): boolean => {
    if (!Array.isArray(v)) return false;
    for (const row of v) {
      if (!Array.isArray(row)) return false;
      for (const c of row) if ((typeof c === 'object' && c !== null) || !visit(c)) return false; // error values are never cached
    }
    return visit('\u0000');
  };
  if (!walk(values)) return false;
  for (let i = 1; i < rest.length; i += 2) if (!walk(rest[i])) return false;
  // The options (rank style, directions) change how the rows are read: they belong to the key.
  return rest.length % 2 === 0 || visit(JSON.stringify(rest[rest.length - 1] ?? null));
}

/** The raw cells of the ranges and the options, for the cache's comparison; null when not cacheable. */
function rawCells(values: unknown, rest: readonly unknown[]): unknown[] | null {
  const out: unknown[] = [];
  return eachCell(values, rest, (c) => (out.push(c), true)) ? out : null;
}

/** Whether one range holds the cached cells from position `at` on; the position after it, or -1. */
function matchRange(v: unknown, raw: readonly unknown[], at: number): number {
  if (!Array.isArray(v)) return -1;
  let i = at;
  for (let r = 0; r < v.length; r++) {
    const row: unknown = v[r];
    if (!Array.isArray(row)) return -1;
    for (let c = 0; c < row.length; c++) if (row[c] !== raw[i++]) return -1;
  }
  return raw[i] === '\u0000' ? i + 1 : -1;
}

/** Whether the ranges hold exactly the cached cells, compared in place (no copy: it runs once per cell). */
function sameAsCached(values: unknown, rest: readonly unknown[], raw: readonly unknown[]): boolean {
  let i = matchRange(values, raw, 0);
  for (let p = 1; p < rest.length && i >= 0; p += 2) i = matchRange(rest[p], raw, i);
  if (i < 0) return false;
  if (rest.length % 2 === 1) return raw[i] === JSON.stringify(rest[rest.length - 1] ?? null) && i + 1 === raw.length;
  return i === raw.length;
}

/** The rank of THIDUA.RANK's value among its column, with the rows indexed once per distinct column. */
export function rankFromArgs(value: unknown, values: unknown, tieBreaks: unknown): number | null {
  const rest = Array.isArray(tieBreaks) ? (tieBreaks as unknown[]) : tieBreaks == null ? [] : [tieBreaks];
  if (cached && sameAsCached(values, rest, cached.raw)) {
    const input = readRankArgs(value, [], tieBreaks, cached.rows);
    return rankInIndex(cached.index, input.subject, input.style);
  }
  const input = readRankArgs(value, values, tieBreaks);
  const index = buildRankIndex(input.rows);
  const raw = rawCells(values, rest);
  if (raw) cached = { raw, rows: input.rows, index };
  return rankInIndex(index, input.subject, input.style);
}

const VALUE = paramName('RANK', 'value');
const VALUES = paramName('RANK', 'values');
const TIE = paramName('RANK', 'tieBreaks');

interface Options {
  style: Settings['rankStyle'];
  directions: Direction[];
}

function readOptions(v: unknown): Options {
  const cell = single(v, `${TIE} (kiểu xếp hạng)`);
  const options: Options = { style: 'competition', directions: [] };
  if (isBlank(cell)) return options;
  if (typeof cell !== 'string')
    throw invalidValue(`Tham số cuối của THIDUA.RANK phải là chữ như “liên tục” hoặc “đồng hạng; giảm”, không phải ${JSON.stringify(cell)}.`);
  let styled = false;
  for (const { word, key } of wordList(cell)) {
    const style = RANK_STYLE_WORDS[key];
    const direction = DIRECTION_WORDS[key];
    if (style && !styled) {
      options.style = style;
      styled = true;
    } else if (direction) options.directions.push(direction);
    else
      throw invalidValue(
        `“${word}” không hợp lệ trong tham số cuối của THIDUA.RANK; dùng một kiểu xếp hạng (đồng hạng, liên tục) và chiều của từng tiêu chí phụ (tăng, giảm).`,
      );
  }
  return options;
}

/** A key from a cell: blank is the worst value (−∞), a lower-is-better value is negated. */
function key(cell: Cell, name: string, direction: Direction): number {
  const parsed = parseNumber(cell, name);
  if (!parsed.ok) throw invalidValue(argMessage(name, parsed.code, parsed.params));
  if (parsed.value === null) return -Infinity;
  return direction === 'lower' ? -parsed.value : parsed.value;
}

/** `rows`: the column's rows already read (from the cache): only the subject and options are read. */
export function readRankArgs(value: unknown, values: unknown, tieBreaks: unknown, rows?: number[][]): RankInput {
  const rest = Array.isArray(tieBreaks) ? (tieBreaks as unknown[]) : tieBreaks == null ? [] : [tieBreaks];
  const pairs = Math.floor(rest.length / 2);
  const options = rest.length % 2 === 1 ? readOptions(rest[rest.length - 1]) : { style: 'competition' as const, directions: [] };
  if (options.directions.length > pairs)
    throw invalidValue(`Có ${options.directions.length} chữ chỉ chiều nhưng chỉ có ${pairs} tiêu chí phụ.`);
  const direction = (i: number): Direction => options.directions[i] ?? 'higher';

  const subject = [numberArg(value, VALUE, { required: true })];
  if (rows) {
    for (let p = 0; p < pairs; p++) subject.push(key(single(rest[2 * p], `${TIE} ${p + 1}`), `${TIE} ${p + 1}`, direction(p)));
    return { subject, rows, style: options.style };
  }
  const column = toCells(values);
  const tieColumns: Cell[][] = [];
  for (let p = 0; p < pairs; p++) {
    const own = `${TIE} ${p + 1}`;
    const col = `${TIE} ${p + 1} (cột)`;
    subject.push(key(single(rest[2 * p], own), own, direction(p)));
    const cells = toCells(rest[2 * p + 1]);
    if (cells.length !== column.length)
      throw invalidValue(`Vùng “${col}” có ${cells.length} ô, phải có cùng số ô với “${VALUES}” (${column.length} ô).`);
    tieColumns.push(cells);
  }

  const read: number[][] = [];
  column.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const where = `${VALUES}, ô thứ ${i + 1}`;
    const row = [key(cell, where, 'higher')];
    tieColumns.forEach((cells, p) => row.push(key(cells[i]!, `${TIE} ${p + 1} (cột), ô thứ ${i + 1}`, direction(p))));
    read.push(row);
  });
  return { subject, rows: read, style: options.style };
}

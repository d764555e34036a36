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
import { t } from '../engine/i18n';
import type { Direction, Lang, Settings } from '../engine/model';
import { buildRankIndex, rankInIndex, type RankIndex } from '../engine/rank-value';
import { parseNumber } from '../workbook/cells';
import { isBlank, type Cell } from '../workbook/grid';
import { DIRECTION_WORDS, RANK_STYLE_WORDS } from '../workbook/schema';
import { argMessage, numberArg, single, toCells, wordList } from './args';
import { paramName } from './names';
import { invalidValue } from './runtime';
import '../engine/i18n/functions';

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
export function rankFromArgs(value: unknown, values: unknown, tieBreaks: unknown, lang: Lang): number | null {
  const rest = Array.isArray(tieBreaks) ? (tieBreaks as unknown[]) : tieBreaks == null ? [] : [tieBreaks];
  if (cached && sameAsCached(values, rest, cached.raw)) {
    const input = readRankArgs(value, [], tieBreaks, lang, cached.rows);
    return rankInIndex(cached.index, input.subject, input.style);
  }
  const input = readRankArgs(value, values, tieBreaks, lang);
  const index = buildRankIndex(input.rows);
  const raw = rawCells(values, rest);
  if (raw) cached = { raw, rows: input.rows, index };
  return rankInIndex(index, input.subject, input.style);
}


interface Options {
  style: Settings['rankStyle'];
  directions: Direction[];
}

function readOptions(v: unknown, lang: Lang): Options {
  const cell = single(v, t(lang, 'fn.rankStyleParam', { param: paramName('RANK', 'tieBreaks', lang) }), lang);
  const options: Options = { style: 'competition', directions: [] };
  if (isBlank(cell)) return options;
  if (typeof cell !== 'string') throw invalidValue(t(lang, 'fn.rankOptionsNotText', { value: JSON.stringify(cell) }));
  let styled = false;
  for (const { word, key } of wordList(cell)) {
    const style = RANK_STYLE_WORDS[key];
    const direction = DIRECTION_WORDS[key];
    if (style && !styled) {
      options.style = style;
      styled = true;
    } else if (direction) options.directions.push(direction);
    else
      throw invalidValue(t(lang, 'fn.rankOptionUnknown', { word }));
  }
  return options;
}

/**
 * A key from a cell: blank is the worst value (−∞), a lower-is-better value is negated. `name` (the
 * cell as a message names it) is made only for a message: a column is read for every cell of it.
 */
function key(cell: Cell, name: () => string, direction: Direction, lang: Lang): number {
  const parsed = parseNumber(cell, '');
  if (!parsed.ok) throw invalidValue(argMessage(name(), parsed.code, parsed.params, lang));
  if (parsed.value === null) return -Infinity;
  return direction === 'lower' ? -parsed.value : parsed.value;
}

/** `rows`: the column's rows already read (from the cache): only the subject and options are read. */
export function readRankArgs(value: unknown, values: unknown, tieBreaks: unknown, lang: Lang, rows?: number[][]): RankInput {
  const rest = Array.isArray(tieBreaks) ? (tieBreaks as unknown[]) : tieBreaks == null ? [] : [tieBreaks];
  const pairs = Math.floor(rest.length / 2);
  const options = rest.length % 2 === 1 ? readOptions(rest[rest.length - 1], lang) : { style: 'competition' as const, directions: [] };
  if (options.directions.length > pairs)
    throw invalidValue(t(lang, 'fn.tooManyDirections', { directions: String(options.directions.length), pairs: String(pairs) }));
  const direction = (i: number): Direction => options.directions[i] ?? 'higher';
  const VALUES = paramName('RANK', 'values', lang);
  const TIE = paramName('RANK', 'tieBreaks', lang);
  const tieColumn = (p: number): string => t(lang, 'fn.tieColumn', { param: TIE, n: String(p + 1) });
  const cellOf = (column: string, i: number): string => t(lang, 'fn.columnCell', { column, n: String(i + 1) });

  const subject = [numberArg(value, paramName('RANK', 'value', lang), lang, { required: true })];
  if (rows) {
    for (let p = 0; p < pairs; p++) subject.push(key(single(rest[2 * p], `${TIE} ${p + 1}`, lang), () => `${TIE} ${p + 1}`, direction(p), lang));
    return { subject, rows, style: options.style };
  }
  const column = toCells(values);
  const tieColumns: Cell[][] = [];
  for (let p = 0; p < pairs; p++) {
    const own = `${TIE} ${p + 1}`;
    subject.push(key(single(rest[2 * p], own, lang), () => own, direction(p), lang));
    const cells = toCells(rest[2 * p + 1]);
    if (cells.length !== column.length)
      throw invalidValue(t(lang, 'fn.columnSize', { column: tieColumn(p), cells: String(cells.length), values: VALUES, count: String(column.length) }));
    tieColumns.push(cells);
  }

  const read: number[][] = [];
  column.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const row = [key(cell, () => cellOf(VALUES, i), 'higher', lang)];
    tieColumns.forEach((cells, p) => row.push(key(cells[i]!, () => cellOf(tieColumn(p), i), direction(p), lang)));
    read.push(row);
  });
  return { subject, rows: read, style: options.style };
}

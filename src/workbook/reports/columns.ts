/**
 * Column tables (issue 11, item 4): an output is one list of columns, each saying once what it is
 * called (vi/en), what it holds, how it is formatted, how wide it is and which surfaces show it. The
 * results sheet, `THIDUA.RESULTS`, the CLI table, the JSON and the pane's table are built from the
 * same list (./ranking.ts), so a new column is one entry. Pure: no host, no Office, no fs.
 */
import { formatNumber, formatPercent } from '../../engine/format';
import type { Lang } from '../../engine/model';
import type { Cell } from '../grid';
import type { Tone } from '../output-kinds';

/** Where a column can be shown. */
export type Surface = 'sheet' | 'function' | 'cli' | 'json' | 'pane';

/**
 * What a column's values are, which fixes their number format on a sheet, their text in the terminal
 * and the pane, and their alignment: `rank` and `count` whole numbers, `points` the cluster's
 * decimals, `percent` a percentage (0–100) with two decimals, the `signed…` forms a change (+/−),
 * `figure` a unit's figure (up to three decimals), `ratio` a completion ratio (1 = 100%).
 */
export type ValueFormat = 'rank' | 'count' | 'points' | 'signedPoints' | 'percent' | 'signedPercent' | 'figure' | 'ratio' | 'text';

export interface Words {
  vi: string;
  en: string;
}

/** A header: fixed words, or words made from the run (a group's name, the earlier period). */
export type Header<Ctx> = Words | ((ctx: Ctx) => string);

export interface Column<Row, Ctx extends ColumnContext> {
  /** Stable name of the column (tests, pane renderers). */
  key: string;
  /** The header on the sheet and in the functions. */
  header: Header<Ctx>;
  /** The header on a surface where it differs (shorter in the terminal and the pane). */
  headers?: Partial<Record<Surface, Header<Ctx>>>;
  /** Its place on a surface whose order differs from the table's (the JSON's is `json.at`). */
  at?: Partial<Record<Exclude<Surface, 'json'>, number>>;
  value: (row: Row, ctx: Ctx) => Cell;
  format: ValueFormat;
  /** Width on the sheet, in characters (the print layout may widen it to fit its content). */
  width: number;
  /** The surfaces that show it. */
  show: readonly Surface[];
  /** Text alignment in the terminal when it is not the format's (numbers right, text left). */
  align?: 'left' | 'right';
  /** Shown only for some runs (the comparison columns, when there is an earlier period). */
  when?: (ctx: Ctx) => boolean;
  /** A cell tone on the sheet (the rank change: green up, red down). */
  tone?: (row: Row, ctx: Ctx) => Tone | null;
  /** Written to the right of the printed table, outside its borders and title (the comparison). */
  appendix?: boolean;
  /**
   * The JSON field: its key, its place among the row's fields (cli.md fixes the order; a field
   * without one comes last) and its value when it differs from the cell's (an object, `null` for
   * nothing, `undefined` to leave the key out of that row). Absent: the column is not in the JSON.
   */
  json?: { key: string; at?: number; value?: (row: Row, ctx: Ctx) => unknown };
}

/** A column, or a family of columns made from the run (one per top-level group). */
export type Entry<Row, Ctx extends ColumnContext> = Column<Row, Ctx> | { key: string; expand: (ctx: Ctx) => Column<Row, Ctx>[] };

export interface ColumnContext {
  lang: Lang;
  /** Decimals of points (settings). */
  decimals: number;
}

/** The concrete columns of a table for a run and a surface, in order. */
export function columnsOf<Row, Ctx extends ColumnContext>(table: readonly Entry<Row, Ctx>[], ctx: Ctx, surface: Surface): Column<Row, Ctx>[] {
  const columns = table.flatMap((e) => ('expand' in e ? e.expand(ctx) : [e])).filter((c) => c.show.includes(surface) && (c.when?.(ctx) ?? true));
  if (surface === 'json' || !columns.some((c) => c.at?.[surface] !== undefined)) return columns;
  const place = (c: Column<Row, Ctx>): number => c.at?.[surface] ?? Infinity;
  return columns.map((c, i) => ({ c, i })).sort((a, b) => place(a.c) - place(b.c) || a.i - b.i).map(({ c }) => c);
}

export function headerOf<Row, Ctx extends ColumnContext>(column: Column<Row, Ctx>, ctx: Ctx, surface: Surface): string {
  const h = column.headers?.[surface] ?? column.header;
  return typeof h === 'function' ? h(ctx) : h[ctx.lang];
}

export function pointsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The Excel number format of a format; absent for text. */
export function numFmtOf(format: ValueFormat, decimals: number): string | undefined {
  switch (format) {
    case 'rank':
    case 'count':
      return '0';
    case 'points':
      return pointsFormat(decimals);
    case 'signedPoints': {
      const pts = pointsFormat(decimals);
      return `+${pts};-${pts};0`;
    }
    case 'percent':
      return '0.00';
    case 'signedPercent':
      return '+0.00;-0.00;0';
    case 'figure':
      return '#,##0.###';
    case 'ratio':
      return '0.00%';
    case 'text':
      return undefined;
  }
}

export function isNumeric(format: ValueFormat): boolean {
  return format !== 'text';
}

/** A value as text for the terminal and the pane: numbers in the language's way, blanks empty. */
export function textOf(format: ValueFormat, value: Cell, ctx: ColumnContext): string {
  if (value === null) return '';
  if (typeof value !== 'number') return typeof value === 'object' ? '' : String(value);
  switch (format) {
    case 'points':
    case 'signedPoints':
      return formatNumber(value, ctx.lang, ctx.decimals);
    case 'percent':
    case 'signedPercent':
      return formatNumber(value, ctx.lang, 2);
    case 'figure':
      return formatNumber(value, ctx.lang, 3);
    case 'ratio':
      return formatPercent(value, ctx.lang, 2);
    default:
      return String(value);
  }
}

/** Right-aligned in the terminal: numbers, and the columns that ask for it. */
export function alignedRight<Row, Ctx extends ColumnContext>(column: Column<Row, Ctx>): boolean {
  return column.align ? column.align === 'right' : isNumeric(column.format);
}

/**
 * A row's JSON fields, in `at` order (then the fields without a place, in table order); the order is
 * worked out once for the columns, then each row is a plain loop (a JSON may hold every criterion of
 * thousands of units).
 */
export function jsonMaker<Row, Ctx extends ColumnContext>(columns: readonly Column<Row, Ctx>[]): (row: Row, ctx: Ctx) => Record<string, unknown> {
  const fields = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.json)
    .sort((a, b) => (a.c.json!.at ?? Infinity) - (b.c.json!.at ?? Infinity) || a.i - b.i)
    .map(({ c }) => ({ key: c.json!.key, get: c.json!.value ?? c.value }));
  return (row, ctx) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = f.get(row, ctx);
      if (v !== undefined) out[f.key] = v;
    }
    return out;
  };
}

export function jsonOf<Row, Ctx extends ColumnContext>(columns: readonly Column<Row, Ctx>[], row: Row, ctx: Ctx): Record<string, unknown> {
  return jsonMaker(columns)(row, ctx);
}

/**
 * The output sheets (workbook-format.md) as grids with the formats they need. Hosts write them as
 * they are: values, then number formats, header style, widths and status colours.
 */
import type { Diagnostic } from '../engine/diagnostics';
import { isLeaf } from '../engine/kinds';
import { t } from '../engine/i18n';
import '../engine/i18n/sheets';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { CHART_TITLES, resultsChart } from './chart';
import type { SheetLayout } from './document';
import { comparisonSheet, withIneligible } from './compare-sheets';
import type { Cell } from './grid';
import { printable } from './print';
import { blockSheet, patchSheet, RowBlock, type Blocked } from './row-block';
import { headerOf, numFmtOf, pointsFormat, type Column, type ColumnContext } from './reports/columns';
import { DETAIL, DetailRows, detailColumns, type DetailEntry } from './reports/detail';
import { NOMINATIONS, leftRows, nominationColumns, proposedRows, type NominationContext, type NominationEntry } from './reports/nominations';
import { RANKING, rankingColumns, type RankingColumn, type RankingContext, type RankingEntry } from './reports/ranking';
import { runSliced, type Sliced } from '../engine/sliced';

import { voteSheets } from './vote-sheets';

import { OUTPUT_NAMES, type OutputKind, type Tone } from './output-kinds';

export { OUTPUT_NAMES, OWN_MARKERS, STATUS_TONES, TONE_COLORS, type OutputKind, type Tone } from './output-kinds';

export interface ColumnFormat {
  width: number;
  /** Excel number format code; absent for text. */
  numFmt?: string;
  /** Data cells wrap their text (a column capped narrower than its longest text). */
  wrap?: boolean;
}

/**
 * A sheet to write, with what it needs to look right: header and title rows, widths, colours; and
 * (SheetLayout, src/workbook/document.ts) page setup, print titles, borders, validations, links.
 */
export interface StyledSheet extends SheetLayout, Blocked {
  name: string;
  /** The cells, row by row (a sheet with a `block` makes them from it when read: writers read sheetRows()). */
  rows: Cell[][];
  /** Row indexes (0-based) styled as headers. */
  headerRows: number[];
  /** Row indexes styled as titles (bold, larger). */
  titleRows: number[];
  columns: ColumnFormat[];
  /** Cells to colour: row index, column index, tone. */
  tones: { row: number; col: number; tone: Tone }[];
  /** Rows and columns to freeze (below the header, right of the unit column). */
  freeze: { rows: number; cols: number };
  /** Areas to merge (titles only, never data), as A1 ranges. */
  merges?: string[];
  /** An input sheet written for the user to fill (`Phiếu bầu`): no marker, never replaced. */
  input?: boolean;
  /** How a document prints (the vote's minutes and ballot form: A4 portrait, Times New Roman); absent: A4 landscape. */
  print?: { paper: 'A4'; orientation: 'portrait' | 'landscape'; font: string };
}

export interface OutputSheet extends StyledSheet {
  kind: OutputKind;
  /**
   * The sheet again with the notes of the writing (placement) added; set on the Warnings sheet,
   * which lists every diagnostic of the run (src/workbook/warnings.ts).
   */
  withNotes?: (notes: readonly Diagnostic[]) => OutputSheet | null;
}

/** A sheet's title naming the cluster, the period and the year: `KẾT QUẢ … — Cụm 3 — 6 tháng đầu năm 2024`. */
export function titleOf(result: Pick<ClusterResult, 'cluster' | 'period' | 'year'>, title: string, lang: Lang = 'vi'): string {
  const year = result.year === null ? null : String(result.year);
  // "năm" + 2024 reads "năm 2024"; a year alone is named as one.
  const when = result.period ? [result.period, year].filter((p) => p).join(' ') : year && t(lang, 'sheet.title.year', { year });
  const parts = [result.cluster, when].filter((p) => p);
  return parts.length ? `${title} — ${parts.join(' — ')}` : title;
}

export { pointsFormat };

/** A column of a table as the sheet formats it. */
function sheetFormat<Row, Ctx extends ColumnContext>(c: Column<Row, Ctx>, ctx: Ctx): ColumnFormat {
  const numFmt = numFmtOf(c.format, ctx.decimals);
  return numFmt === undefined ? { width: c.width } : { width: c.width, numFmt };
}

/** Appends each unit's values of some columns to its row (from row 3), with their tones. */
function putRanking(rows: Cell[][], tones: OutputSheet['tones'], result: ClusterResult, ctx: RankingContext, cols: RankingColumn[], offset: number): void {
  result.units.forEach((u, i) => {
    const row = (rows[3 + i] ??= []);
    cols.forEach((c, j) => {
      row.push(c.value(u, ctx));
      const tone = c.tone?.(u, ctx);
      if (tone) tones.push({ row: 3 + i, col: offset + j, tone });
    });
  });
}

/**
 * `Kết quả`, built from the ranking's column table (src/workbook/reports/ranking.ts): the title, the
 * header and one row per unit, laid out for print; the chart below; then the appendix columns (the
 * comparison with the earlier period) to the right, outside the printed table's borders and title.
 */
export function resultsSheet(result: ClusterResult, lang: Lang, table: readonly RankingEntry[] = RANKING): OutputSheet {
  const { ctx, columns } = rankingColumns(result, lang, 'sheet', table);
  const main = columns.filter((c) => !c.appendix);
  const header: Cell[] = main.map((c) => headerOf(c, ctx, 'sheet'));
  // The units' rows in the compact form (row-block.ts): a cluster of 100,000 units makes no array
  // of cells and no boxed number per figure.
  const block = new RowBlock(
    [[titleOf(result, t(lang, 'sheet.results.title'), lang)], [], header],
    main.map((c) => (c.format === 'text' ? 'text' : 'number')),
    result.units.length,
  );
  const width = main.length;
  const toned = main.flatMap((c, col) => (c.tone ? [col] : []));
  for (const u of result.units) {
    block.add();
    for (let col = 0; col < width; col++) block.set(col, main[col]!.value(u, ctx));
    for (const col of toned) {
      const tone = main[col]!.tone!(u, ctx);
      if (tone) block.tone(col, tone);
    }
  }
  const sheet: OutputSheet = printable<OutputSheet>(
    blockSheet<OutputSheet>({ kind: 'results', name: OUTPUT_NAMES.results[lang], headerRows: [2], titleRows: [0], columns: main.map((c) => sheetFormat(c, ctx)), freeze: { rows: 3, cols: 2 } }, block),
    { max: 50 },
  );
  const at = (key: string): number => main.findIndex((c) => c.key === key);
  const bonusCol = at('bonus');
  const chart = resultsChart({
    title: titleOf(result, CHART_TITLES[lang], lang),
    firstRow: 3,
    units: result.units.length,
    headerRow: 2,
    unitCol: at('unit'),
    groupCols: main.flatMap((c, i) => (c.key.startsWith('group:') ? [i] : [])),
    bonusCol: bonusCol >= 0 && result.units.some((u) => u.bonus !== 0) ? bonusCol : null,
    width: header.length,
  });
  const extra = columns.filter((c) => c.appendix);
  if (extra.length === 0) return chart ? patchSheet(sheet, { chart }) : sheet;
  // The appendix's columns beside the block's: the sheet as arrays (a cluster with history), without its block.
  const { block: _kept, ...fields } = sheet;
  const out: OutputSheet = { ...fields, rows: fields.rows.map((r) => [...r]), tones: [...fields.tones], columns: [...fields.columns, ...extra.map((c) => sheetFormat(c, ctx))] };
  out.rows[2]!.push(...extra.map((c) => headerOf(c, ctx, 'sheet')));
  putRanking(out.rows, out.tones, result, ctx, extra, main.length);
  return chart ? { ...out, chart } : out;
}

/** `Chi tiết điểm`, built from the detail's column table (src/workbook/reports/detail.ts). */
export function detailSheet(result: ClusterResult, lang: Lang, table: readonly DetailEntry[] = DETAIL): OutputSheet {
  return runSliced(detailSheetSliced(result, lang, table));
}

/** Detail rows built between two pauses of detailSheetSliced (a few tens of milliseconds at most). */
const DETAIL_SLICE = 800;

/**
 * detailSheet with a pause every DETAIL_SLICE rows and before the layout (src/workbook/sliced.ts).
 * Its rows are kept in the compact form (src/workbook/row-block.ts): by column, tones a byte per cell.
 */
export function* detailSheetSliced(result: ClusterResult, lang: Lang, table: readonly DetailEntry[] = DETAIL): Sliced<OutputSheet> {
  const { ctx, columns } = detailColumns(result, lang, 'sheet', table);
  const head: Cell[][] = [[titleOf(result, t(lang, 'sheet.detail.title'), lang)], [], columns.map((c) => headerOf(c, ctx, 'sheet'))];
  const width = columns.length;
  const block = new RowBlock(
    head,
    columns.map((c) => (c.format === 'text' ? 'text' : 'number')),
    result.units.length * result.criteria.filter(isLeaf).length,
  );
  // One row at a time through a reused row and cursor (reports/detail.ts): no record per row.
  const toned = columns.flatMap((c, col) => (c.tone ? [col] : []));
  let n = 0;
  const rows = new DetailRows(result);
  for (let row = rows.next(); row !== null; row = rows.next()) {
    block.add();
    for (let col = 0; col < width; col++) block.set(col, columns[col]!.value(row, ctx));
    for (const col of toned) {
      const tone = columns[col]!.tone!(row, ctx);
      if (tone) block.tone(col, tone);
    }
    if (++n % DETAIL_SLICE === 0) yield;
  }
  yield;
  const sheet = blockSheet<OutputSheet>({ kind: 'detail', name: OUTPUT_NAMES.detail[lang], headerRows: [2], titleRows: [0], columns: columns.map((c) => sheetFormat(c, ctx)), freeze: { rows: 3, cols: 2 } }, block);
  return printable(sheet, { max: 60 });
}

/**
 * `Đề nghị khen thưởng`, built from the nominations' column table (src/workbook/reports/nominations.ts):
 * the units proposed, then (when there are some) a second table of the units not proposed.
 */
export function nominationsSheet(result: ClusterResult, lang: Lang, table: readonly NominationEntry[] = NOMINATIONS): OutputSheet {
  const { ctx, columns } = nominationColumns(result, lang, 'sheet', table);
  const rows: Cell[][] = [[titleOf(result, t(lang, 'sheet.nominations.title'), lang)], []];
  const tones: OutputSheet['tones'] = [];
  const headerRows: number[] = [];
  const titleRows = [0];
  const header = (section: NominationContext['section']): void => {
    const at = { ...ctx, section };
    headerRows.push(rows.length);
    rows.push(columns.map((c) => headerOf(c, at, 'sheet')));
  };
  header('proposed');
  const proposed = { ...ctx, section: 'proposed' as const };
  for (const row of proposedRows(result)) {
    columns.forEach((c, col) => {
      const tone = c.tone?.(row, proposed);
      if (tone) tones.push({ row: rows.length, col, tone });
    });
    rows.push(columns.map((c) => c.value(row, proposed)));
  }
  const fields = { kind: 'nominations' as const, name: OUTPUT_NAMES.nominations[lang], headerRows, titleRows, columns: columns.map((c) => sheetFormat(c, ctx)), freeze: { rows: 3, cols: 0 } };
  if (result.notNominated.length === 0) return printable<OutputSheet>({ ...fields, rows, tones }, { max: 60 });
  rows.push([]);
  titleRows.push(rows.length);
  rows.push([t(lang, 'sheet.nominations.notProposed')]);
  header('left');
  // The units not proposed (all but a few of a large cluster) in the compact row form (row-block.ts),
  // below the rows above kept as arrays with their tones.
  const block = new RowBlock(rows, columns.map((c) => (c.format === 'text' ? 'text' : 'number')), result.notNominated.length, tones);
  const left = { ...ctx, section: 'left' as const };
  const width = columns.length;
  for (const row of leftRows(result)) {
    block.add();
    for (let col = 0; col < width; col++) {
      const c = columns[col]!;
      block.set(col, c.value(row, left));
      const tone = c.tone?.(row, left);
      if (tone) block.tone(col, tone);
    }
  }
  return printable(blockSheet<OutputSheet>(fields, block), { max: 60 });
}

/** The output sheets of a ranked result (with the comparison's columns and sheet when there is history). */
export function outputSheets(result: ClusterResult, lang: Lang): OutputSheet[] {
  return runSliced(outputSheetsSliced(result, lang));
}

/** outputSheets with a pause after each sheet and inside the detail (src/workbook/sliced.ts). */
export function* outputSheetsSliced(result: ClusterResult, lang: Lang): Sliced<OutputSheet[]> {
  const results = resultsSheet(result, lang);
  yield;
  const detail = yield* detailSheetSliced(result, lang);
  yield;
  const sheets = [results, detail, withIneligible(nominationsSheet(result, lang), result, lang), ...voteSheets(result, lang)];
  yield;
  const compare = comparisonSheet(result, lang);
  return compare ? [...sheets, compare] : sheets;
}

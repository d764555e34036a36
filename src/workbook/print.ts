/**
 * Output sheets made to print (issue 10, item 7): columns fitted to the content (unit and award
 * names never cut, numbers never shown as ###), header rows wrapped and tall enough, every table
 * ruled, the title (cluster, period, year) merged over the table's width and wrapped, and the
 * rows from the title down to the first header repeated on every printed page.
 */
import { fitColumns, tableAreas, type FitOptions } from './document';
import { areaAddress, columnLetter } from './grid';
import type { StyledSheet } from './output';
import { patchSheet, sheetRows } from './row-block';

/** Characters of a bold 13 pt title per character of column width. */
const TITLE_SCALE = 1.35;
/** Points per line of a title. */
const TITLE_LINE = 18;

/** Lines a text takes in a width (characters), wrapping at spaces. */
function lines(text: string, width: number): number {
  let n = 1;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line > 0 && line + 1 + word.length > width) {
      n++;
      line = word.length;
    } else line += (line > 0 ? 1 : 0) + word.length;
    while (line > width) {
      n++;
      line -= width;
    }
  }
  return n;
}

/** The sheet laid out for print: fitted widths, borders, print titles, wrapped merged titles. */
export function printable<S extends StyledSheet>(sheet: S, fit: FitOptions = {}): S {
  // By index, not `sheet.rows`: a sheet in the compact form (row-block.ts) is not made into arrays.
  const all = sheetRows(sheet);
  const columns = fitColumns(all, sheet.columns, { skip: sheet.titleRows, headers: sheet.headerRows, ...fit });
  const width = Math.max(1, columns.length);
  const tables = tableAreas(all, sheet.headerRows, width);
  const total = columns.reduce((w, c) => w + c.width, 0);
  const last = columnLetter(width - 1);
  const titles = sheet.titleRows.filter((r) => typeof all.at(r)?.[0] === 'string');
  const merges = [...(sheet.merges ?? []), ...(width > 1 ? titles.map((r) => `A${r + 1}:${last}${r + 1}`) : [])];
  const rowHeights = [
    ...(sheet.rowHeights ?? []),
    ...titles.map((r) => ({ row: r, points: lines(String(all.at(r)![0]), Math.max(1, Math.floor(total / TITLE_SCALE))) * TITLE_LINE })),
  ];
  const firstHeader = sheet.headerRows[0];
  const patch: Partial<StyledSheet> = {
    columns,
    merges,
    rowHeights,
    wrapTitles: true,
    borders: [...(sheet.borders ?? []), ...tables.map(areaAddress)],
    ...(firstHeader !== undefined ? { printTitles: { first: Math.min(firstHeader, ...sheet.titleRows.filter((r) => r < firstHeader)), last: firstHeader } } : {}),
  };
  return patchSheet(sheet, patch as Partial<Omit<S, 'rows' | 'tones' | 'block'>>);
}

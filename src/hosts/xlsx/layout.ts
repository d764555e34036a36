/**
 * How an output or template sheet prints and shows its headers, the same in both .xlsx writers
 * (this package's and exceljs's `fillSheet`) and the Office host: the sheet document's page (by
 * default A4 landscape, fitted to the page width, as many pages down as it takes), header rows tall
 * enough for their wrapped text, and the sheet's own row heights.
 */
import { HEADER_LINES, pageOf, PAPER_CODES } from '../../workbook/document';
import type { StyledSheet } from '../../workbook/output';
import { sheetRows } from '../../workbook/row-block';

/** The default page (DEFAULT_PAGE of the sheet document) in .xlsx terms; a sheet's own `page` wins (`pageSetupOf`). */
export const PAGE_SETUP = { paperSize: 9 /* A4 */, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 } as const;

/** A sheet's page setup in the terms of the .xlsx format (the sheet's own, or A4 landscape fitted to the width). */
export function pageSetupOf(sheet: StyledSheet): { paperSize: number; orientation: 'portrait' | 'landscape'; fit: boolean; margins: ReturnType<typeof pageOf>['margins'] } {
  const p = pageOf(sheet);
  return { paperSize: PAPER_CODES[p.paper], orientation: p.orientation, fit: p.fitToWidth, margins: p.margins };
}

/** The heights (points) of a sheet's rows: wrapped header rows, then the sheet's own (which win). */
export function rowHeights(sheet: StyledSheet): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of sheet.headerRows) {
    const h = headerRowHeight(sheet, r);
    if (h !== null) out.set(r, h);
  }
  for (const h of sheet.rowHeights ?? []) out.set(h.row, h.points);
  return out;
}

/** Points per line of wrapped header text, and the most lines a header row is given. */
const LINE_HEIGHT = 15;
const MAX_LINES = HEADER_LINES;

/** How many lines a text takes in a column of a width (in characters), wrapping at spaces. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= room) line = need;
      else if (line === 0) {
        // A word longer than the column breaks across lines.
        lines += Math.ceil(word.length / room) - 1;
        line = word.length % room || room;
      } else {
        lines++;
        line = word.length;
        if (word.length > room) {
          lines += Math.ceil(word.length / room) - 1;
          line = word.length % room || room;
        }
      }
    }
  }
  return lines;
}

/** The height (points) of a header row whose text wraps, or null when one line holds it. */
export function headerRowHeight(sheet: StyledSheet, row: number): number | null {
  const cells = sheetRows(sheet).at(row) ?? [];
  let lines = 1;
  cells.forEach((c, j) => {
    if (typeof c !== 'string' || !c) return;
    lines = Math.max(lines, wrappedLines(c, sheet.columns[j]?.width ?? 8.43));
  });
  return lines > 1 ? Math.min(lines, MAX_LINES) * LINE_HEIGHT : null;
}

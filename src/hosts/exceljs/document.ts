/**
 * An official document's layout (workbook/documents.ts) written by exceljs: A4 portrait with the
 * document's margins, Times New Roman in every cell, the styled cells (bold, italic, underline,
 * alignment, wrapping, thin borders), row heights, no gridlines on screen or paper, the table's
 * header row as print titles, and page numbers centred in the header from page 2.
 */
import type ExcelJS from 'exceljs';
import type { DocumentLayout, DocumentSheet } from '../../workbook/documents';

const INCH = 25.4;
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

export function applyDocument(ws: ExcelJS.Worksheet, sheet: DocumentSheet): void {
  const d: DocumentLayout = sheet.document;
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: d.font.name, size: d.font.size, ...extra });
  // Every written cell in the document's font first, then the styled cells.
  sheet.rows.forEach((cells, i) => cells.forEach((_c, j) => (ws.getRow(i + 1).getCell(j + 1).font = font())));
  for (const c of d.cells) {
    const cell = ws.getRow(c.row + 1).getCell(c.col + 1);
    cell.font = font({ bold: c.bold ?? false, italic: c.italic ?? false, underline: c.underline ?? false, ...(c.size ? { size: c.size } : {}) });
    cell.alignment = { horizontal: c.align ?? 'left', vertical: c.middle ? 'middle' : 'top', wrapText: c.wrap ?? false };
    if (c.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  for (const h of d.rowHeights) ws.getRow(h.row + 1).height = h.height;
  const m = d.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: d.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    showGridLines: d.gridlines,
    margins: { top: m.top / INCH, bottom: m.bottom / INCH, left: m.left / INCH, right: m.right / INCH, header: m.header / INCH, footer: m.footer / INCH },
    ...(d.printTitleRow !== null ? { printTitlesRow: `${d.printTitleRow}:${d.printTitleRow}` } : {}),
  };
  // Page numbers from page 2: the first page has its own (empty) header.
  ws.headerFooter = { differentFirst: true, firstHeader: '', oddHeader: `&C&"${d.font.name},Regular"&${d.font.size}&P` };
  ws.views = [{ showGridLines: false }];
}

/**
 * The document part of a sheet document written by exceljs: every written cell in the sheet's font
 * (`font`), the cells styled one by one (`cellStyles`: bold, italic, underline, size, alignment,
 * wrapping, thin borders), and page numbers in the page header from page 2 (`pageNumbersFrom`).
 */
import type ExcelJS from 'exceljs';
import { fullStyle, pageNumberHeader } from '../../workbook/document';
import type { StyledSheet } from '../../workbook/output';

const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

export function applyPaper(ws: ExcelJS.Worksheet, sheet: StyledSheet): void {
  const font = sheet.font;
  if (font) {
    const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length));
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = ws.getRow(i + 1);
      for (let j = 0; j < width; j++) {
        row.getCell(j + 1).font = { name: font.name, size: font.size };
      }
    }
  }
  for (const c of sheet.cellStyles ?? []) {
    const st = fullStyle(c, sheet);
    const cell = ws.getRow(c.row + 1).getCell(c.col + 1);
    cell.font = { ...(font ? { name: font.name } : {}), size: st.size, bold: st.bold, italic: st.italic, underline: st.underline };
    cell.alignment = { horizontal: st.align, vertical: st.middle ? 'middle' : 'top', wrapText: st.wrap };
    if (st.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (sheet.pageNumbersFrom !== undefined) {
    const header = pageNumberHeader(sheet);
    ws.headerFooter = sheet.pageNumbersFrom === 2 ? { differentFirst: true, firstHeader: '', oddHeader: header } : { oddHeader: header };
  }
}

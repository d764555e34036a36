/**
 * The exceljs host writing *Lưu vào lịch sử*: the plan of src/jobs/save-history.ts applied to a
 * workbook (the CLI's output copy, never its input): `Lịch sử` created with its header, or rows
 * appended under the last filled one. Strings stay text (exceljs never stores them as formulas).
 */
import type ExcelJS from 'exceljs';
import type { HistoryAppend } from '../../jobs/save-history';
import { isCellError } from '../../workbook/grid';

export function appendHistory(workbook: ExcelJS.Workbook, a: HistoryAppend): void {
  const ws = workbook.getWorksheet(a.sheet) ?? workbook.addWorksheet(a.sheet);
  a.rows.forEach((cells, i) => {
    const row = ws.getRow(a.startRow + i + 1);
    cells.forEach((c, j) => {
      if (c === null || isCellError(c)) return;
      row.getCell(a.startCol + j + 1).value = c;
    });
    if (a.create && i === 0) row.font = { bold: true };
  });
  if (a.create) [8, 10, 28, 8, 11, 9, 12, 30, 36, 16].forEach((w, j) => (ws.getColumn(j + 1).width = w));
}

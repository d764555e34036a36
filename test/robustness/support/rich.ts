/**
 * A workbook as people really keep one, to check that nothing of it is lost: the small cluster with
 * formulas in the data (plain, shared, in an unknown column), number formats, fonts and fills,
 * column widths, frozen panes, data validation, conditional formats, merged titles, a hyperlink,
 * rich text, a note, a date; a user's summary sheet of formulas over the data, a user's own sheet
 * named `Kết quả` (like an output sheet), a hidden sheet and a workbook-level defined name.
 * Also: what exceljs sees of a sheet, cell by cell, to compare an input with an output.
 */
import ExcelJS from 'exceljs';
import { isCellError, type Cell, type WorkbookGrid } from '../../../src/workbook/grid';

const toExcel = (c: Cell): ExcelJS.CellValue => (c === null ? null : isCellError(c) ? ({ error: c.error } as ExcelJS.CellErrorValue) : c);

/** Names of the sheets `richWorkbook` adds to the cluster's own. */
export const USER_SHEETS = ['Tổng hợp', 'Kết quả', 'Ẩn'];

export async function richWorkbook(grid: WorkbookGrid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng Thi đua – Khen thưởng';
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) => cells.forEach((c, j) => c !== null && (ws.getCell(i + 1, j + 1).value = toExcel(c))));
    ws.getRow(1).font = { bold: true, color: { argb: 'FF1F3864' } };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    ws.columns.forEach((col, j) => (col.width = 12 + j));
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  }
  const data = wb.getWorksheet('Số liệu')!;
  // Formulas in the figures: the reader takes their results; the file must keep the formulas.
  data.getCell('D4').value = { formula: '4+5', result: 9 }; // Thủy Nguyên 1.3: 9
  data.getCell('D11').value = { formula: 'C11*1.5', result: 6 }; // An Lão 1.3: 6
  data.getCell('H1').value = 'Tỷ lệ tự tính';
  data.getCell('H2').value = { formula: 'IFERROR(D2/C2,"")', result: '', shareType: 'shared', ref: 'H2:H5' } as ExcelJS.CellFormulaValue;
  for (const r of [3, 4, 5]) data.getCell(`H${r}`).value = { sharedFormula: 'H2', result: r } as ExcelJS.CellSharedFormulaValue;
  data.getColumn('D').numFmt = '#,##0.00';
  data.getColumn('C').numFmt = '#,##0.###';
  data.getCell('G2').value = { text: 'Báo cáo số 12/BC-UBND', hyperlink: 'https://example.gov.vn/bc-12.pdf' };
  data.getCell('A2').note = 'Số liệu đã được phúc tra ngày 15/12';
  // exceljs's typings leave out `dataValidations`, which it reads and writes.
  (data as unknown as { dataValidations: { add: (range: string, rule: object) => void } }).dataValidations.add('D2:D28', { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true, error: 'Không được âm' });
  data.addConditionalFormatting({ ref: 'C2:C28', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [1000], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });

  const summary = wb.addWorksheet('Tổng hợp');
  summary.mergeCells('A1:D1');
  summary.getCell('A1').value = 'TỔNG HỢP SỐ LIỆU';
  summary.getCell('A1').font = { bold: true, size: 14 };
  summary.getCell('A3').value = 'Tổng thực hiện 1.1';
  summary.getCell('B3').value = { formula: "SUMIF('Số liệu'!B2:B28,\"1.1\",'Số liệu'!D2:D28)", result: 2510 };
  summary.getCell('A4').value = 'Số đơn vị';
  summary.getCell('B4').value = { formula: "COUNTA('Đơn vị'!A2:A5)", result: 4 };
  summary.getCell('A5').value = 'Ngày lập';
  summary.getCell('B5').value = new Date(Date.UTC(2024, 11, 20));
  summary.getCell('B5').numFmt = 'dd/mm/yyyy';
  summary.getCell('A6').value = { richText: [{ text: 'Ghi chú: ', font: { bold: true } }, { text: 'số liệu minh họa' }] };
  summary.getCell('A7').value = '=không phải công thức';

  const mine = wb.addWorksheet('Kết quả');
  mine.getCell('A1').value = 'Bảng xếp hạng tôi tự lập';
  mine.getCell('A2').value = 'Thủy Nguyên';
  mine.getCell('B2').value = { formula: "'Tổng hợp'!B3/10", result: 251 };

  const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
  hidden.getCell('A1').value = 'danh mục';
  hidden.getCell('A2').value = { formula: 'ROW()', result: 2 };

  wb.definedNames.add("'Tổng hợp'!$B$3", 'TongThucHien');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Excel's defaults, which a file may spell out or leave out (LibreOffice spells them out). */
const ALIGNMENT_DEFAULTS: Record<string, unknown> = { horizontal: 'general', vertical: 'bottom', indent: 0, shrinkToFit: false, textRotation: 0, wrapText: false };

/** A cell style without the properties that only restate a default. */
function plainStyle(style: Partial<ExcelJS.Style>): unknown {
  const out: Record<string, unknown> = { ...style };
  if (out.numFmt === 'General') delete out.numFmt;
  const alignment = Object.fromEntries(Object.entries(style.alignment ?? {}).filter(([k, v]) => ALIGNMENT_DEFAULTS[k] !== v));
  if (Object.keys(alignment).length) out.alignment = alignment;
  else delete out.alignment;
  return out;
}

/** Everything exceljs sees of a sheet: every cell's value or formula and style, and the sheet's settings. */
export function sheetContent(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, formula: cell.formula ?? null, type: cell.type, style: plainStyle(cell.style), note: cell.note ?? null };
    }),
  );
  const model = ws.model as unknown as { merges?: string[]; cols?: unknown; views?: unknown; state?: string };
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: [...(model.merges ?? [])].sort(),
    columns: (ws.columns ?? []).map((c) => ({ width: c.width ?? null, numFmt: c.numFmt ?? null })),
    views: ws.views,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditional: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
  };
}

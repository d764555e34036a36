/**
 * The exceljs host, writing: the output sheets added to (or replaced in) the workbook, each marked
 * as the add-in's own by a defined name. Input sheets are never touched. Strings are always
 * written as text: exceljs stores a string starting with "=" as text, never as a formula.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../engine/diagnostics';
import { isCellError, isFormula, rectangular, type Cell } from '../../workbook/grid';
import { fileFormula } from '../../workbook/formula';
import { OWN_MARKERS, TONE_COLORS, type OutputSheet, type StyledSheet } from '../../workbook/output';
import { placeOutputs } from '../../workbook/placement';
import { borderAreas, linkLocation, listFormula, numberRule, promptOf } from '../../workbook/document';
import { pageSetupOf, rowHeights } from '../xlsx/layout';
import { eachTone, sheetRows, sheetWidth } from '../../workbook/row-block';
import { applyPaper } from './paper';
import { readMarkers } from './read';

const argb = (hex: string): string => `FF${hex.replace('#', '')}`;

function cellValue(c: Cell): ExcelJS.CellValue {
  if (isCellError(c)) return String(c.error);
  // The add-in's own formulas, without a cached result: the spreadsheet computes them on opening.
  if (isFormula(c)) return { formula: fileFormula(c.formula) } as ExcelJS.CellFormulaValue;
  // exceljs would write `<v>Infinity</v>`, which Excel reports as a corrupt file; the Office.js host
  // leaves such a cell blank too (a rate of a target so small that A / T overflows).
  if (typeof c === 'number' && !Number.isFinite(c)) return null;
  return c;
}

/** Writes a styled sheet's values and formats into an empty worksheet. */
export function fillSheet(ws: ExcelJS.Worksheet, sheet: StyledSheet): void {
  // By index (sheetRows): a sheet in the compact form (src/workbook/row-block.ts) is read as kept,
  // each row once (its width comes from the block, not from reading every row a first time).
  const all = sheetRows(sheet);
  const width = sheetWidth(sheet, sheet.columns.length);
  for (let i = 0; i < all.length; i++) {
    // Each row made rectangular as grid.ts's rectangular() does (a block's row is read into a reused array: mapped at once).
    const [cells] = rectangular([all.at(i)! as Cell[]], width);
    ws.getRow(i + 1).values = cells!.map(cellValue);
  }
  sheet.columns.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
    if (c.wrap) col.alignment = { wrapText: true, vertical: 'top' };
  });
  for (const r of sheet.headerRows) {
    const row = ws.getRow(r + 1);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle' };
    for (let j = 1; j <= width; j++) {
      row.getCell(j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      row.getCell(j).numFmt = '@';
    }
  }
  for (const r of sheet.titleRows) {
    const row = ws.getRow(r + 1);
    row.font = { bold: true, size: 13 };
    if (sheet.wrapTitles) row.alignment = { wrapText: true, vertical: 'middle' };
  }
  for (const [r, points] of rowHeights(sheet)) ws.getRow(r + 1).height = points;
  eachTone(sheet, (r, c, tone) => {
    const cell = ws.getRow(r + 1).getCell(c + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(TONE_COLORS[tone].fill) } };
    cell.font = { color: { argb: argb(TONE_COLORS[tone].font) } };
  });
  const thin = { style: 'thin' as const };
  for (const a of borderAreas(sheet))
    for (let r = a.top; r <= a.bottom; r++) {
      const row = ws.getRow(r + 1);
      for (let c = a.left; c <= a.right; c++) row.getCell(c + 1).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  // exceljs writes an internal link as an external relationship beside its location, which not
  // every program reads the same way: the link is a HYPERLINK formula here, its text as the result.
  for (const l of sheet.links ?? []) {
    const cell = ws.getRow(l.row + 1).getCell(l.col + 1);
    const text = String(all.at(l.row)?.[l.col] ?? l.cell);
    const q = (x: string): string => `"${x.replace(/"/g, '""')}"`;
    cell.value = { formula: `HYPERLINK(${q(`#${linkLocation(l)}`)},${q(text)})`, result: text };
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  for (const v of sheet.validations ?? []) {
    const prompt = promptOf(v);
    const rule = numberRule(v);
    // exceljs keeps a sheet's validations in `dataValidations`, which its typings leave out.
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.area, {
      // exceljs writes `any` (no type attribute: Excel's "Any value") though its typings leave it out.
      type: v.kind as ExcelJS.DataValidation['type'],
      allowBlank: true,
      formulae: v.kind === 'any' ? [] : rule ? [rule.formula1, ...(rule.formula2 !== undefined ? [rule.formula2] : [])] : [listFormula(v.values ?? [])],
      ...(rule ? { operator: rule.operator } : {}),
      showInputMessage: true,
      showErrorMessage: true,
      errorStyle: v.strict ? 'stop' : 'warning',
      ...(prompt ? { promptTitle: prompt.title, prompt: prompt.text } : {}),
    });
  }
  const page = pageSetupOf(sheet);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: page.paperSize as ExcelJS.PageSetup['paperSize'],
    orientation: page.orientation,
    margins: page.margins,
    ...(page.fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(sheet.printTitles ? { printTitlesRow: `${sheet.printTitles.first + 1}:${sheet.printTitles.last + 1}` } : {}),
  };
  const grid = sheet.gridlines === false ? { showGridLines: false } : {};
  // A document's font (the vote's minutes and ballot form print in Times New Roman).
  if (sheet.print) ws.eachRow((row) => row.eachCell((c) => (c.font = { ...c.font, name: sheet.print!.font })));
  if (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)
    ws.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, ...grid }];
  else if (sheet.gridlines === false) ws.views = [{ state: 'normal', ...grid }];
  // A document's font, cell styles and page numbers (the official papers: paper.ts).
  applyPaper(ws, sheet);
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Removes every cell of a defined name; exceljs has no public call that drops a name whole. */
function dropName(workbook: ExcelJS.Workbook, name: string): void {
  const names = workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
  delete names.matrixMap[name];
}

/** Adds or replaces the output sheets; returns the notes on user sheets that were kept. */
export function writeOutputs(workbook: ExcelJS.Workbook, sheets: readonly OutputSheet[]): Diagnostic[] {
  const markers = readMarkers(workbook);
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, marker: markers.get(ws.name) ?? null }));
  const { placements, notes } = placeOutputs(existing, sheets);
  for (const p of placements) {
    if (p.reuse) {
      const old = workbook.getWorksheet(p.name);
      if (old) workbook.removeWorksheet(old.id);
    }
    const ws = workbook.addWorksheet(p.name);
    fillSheet(ws, p.sheet);
    if (p.sheet.input) continue; // the user's sheet to fill: no marker
    const marker = OWN_MARKERS[p.sheet.kind];
    dropName(workbook, marker);
    workbook.definedNames.add(`${quote(p.name)}!$A$1`, marker);
  }
  return notes;
}

/** A new workbook holding the given sheets (a template). */
export function newWorkbook(sheets: readonly StyledSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua';
  for (const s of sheets) fillSheet(workbook.addWorksheet(s.name), s);
  return workbook;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/**
 * The exceljs host, writing: the output sheets added to (or replaced in) the workbook, each marked
 * as the add-in's own by a defined name. Input sheets are never touched. Strings are always
 * written as text: exceljs stores a string starting with "=" as text, never as a formula.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../engine/diagnostics';
import { isCellError, rectangular, type Cell } from '../../workbook/grid';
import { OWN_MARKERS, TONE_COLORS, type OutputSheet, type StyledSheet } from '../../workbook/output';
import { placeOutputs } from '../../workbook/placement';
import { headerRowHeight, PAGE_SETUP } from '../xlsx/layout';
import { readMarkers } from './read';

const argb = (hex: string): string => `FF${hex.replace('#', '')}`;

function cellValue(c: Cell): ExcelJS.CellValue {
  if (isCellError(c)) return String(c.error);
  // exceljs would write `<v>Infinity</v>`, which Excel reports as a corrupt file; the Office.js host
  // leaves such a cell blank too (a rate of a target so small that A / T overflows).
  if (typeof c === 'number' && !Number.isFinite(c)) return null;
  return c;
}

/** Writes a styled sheet's values and formats into an empty worksheet. */
export function fillSheet(ws: ExcelJS.Worksheet, sheet: StyledSheet): void {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length));
  const rows = rectangular(sheet.rows, width);
  rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    row.values = cells.map(cellValue);
  });
  sheet.columns.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
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
  for (const r of sheet.headerRows) {
    const height = headerRowHeight(sheet, r);
    if (height !== null) ws.getRow(r + 1).height = height;
  }
  for (const r of sheet.titleRows) ws.getRow(r + 1).font = { bold: true, size: 13 };
  for (const t of sheet.tones) {
    const cell = ws.getRow(t.row + 1).getCell(t.col + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(TONE_COLORS[t.tone].fill) } };
    cell.font = { color: { argb: argb(TONE_COLORS[t.tone].font) } };
  }
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  // A4 landscape, fitted to the page width (the surgical writer's sheets print the same way).
  ws.pageSetup = { ...ws.pageSetup, ...PAGE_SETUP, ...(sheet.print ? { orientation: sheet.print.orientation } : {}), fitToPage: true };
  if (sheet.print) ws.eachRow((row) => row.eachCell((c) => (c.font = { ...c.font, name: sheet.print!.font })));
  if (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)
    ws.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
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

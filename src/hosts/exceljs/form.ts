/**
 * The exceljs host writing a submission form (src/workbook/forms.ts): the sheets' values and styles
 * as every output sheet, then sheet protection without a password, the open cells unlocked with
 * their validation and input message, and the marker name (referring to the cell that holds it).
 */
import ExcelJS from 'exceljs';
import type { CellWrite, SubmittedForm } from '../../workbook/consolidate';
import type { FormBook, FormValidation } from '../../workbook/forms';
import { loadXlsx } from './read';
import { fillSheet, toBuffer } from './write';

function validation(v: FormValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.error,
  };
  if (v.type === 'list') return { type: 'list', formulae: [`"${(v.list ?? []).join(',')}"`], ...messages };
  if (v.max === null || v.max === undefined) return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v.min ?? 0], ...messages };
  return { type: 'decimal', operator: 'between', formulae: [v.min ?? 0, v.max], ...messages };
}

/** The form as an .xlsx file. */
export async function formBytes(book: FormBook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua';
  workbook.created = new Date();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    fillSheet(ws, sheet);
    // Forms are filled on screen (a phone too): portrait, one page wide.
    ws.pageSetup = { ...ws.pageSetup, orientation: 'portrait' };
    for (const col of sheet.wrap ?? []) ws.getColumn(col + 1).alignment = { wrapText: true, vertical: 'top' };
    for (const o of sheet.open) {
      const cell = ws.getRow(o.row + 1).getCell(o.col + 1);
      cell.protection = { locked: false };
      if (o.validation) cell.dataValidation = validation(o.validation);
      // Open cells are shaded, so a unit sees at once what is to fill in.
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.border = { bottom: { style: 'hair', color: { argb: 'FFBFBFBF' } } };
    }
    if (sheet.protect)
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        autoFilter: true,
        sort: false,
      });
  }
  workbook.definedNames.add(book.marker.reference, book.marker.name);
  return toBuffer(workbook);
}

/** The workbook-level names that refer to cells: name → its first range. */
function definedNames(workbook: ExcelJS.Workbook): Map<string, string> {
  // exceljs's typings do not declare the model of its defined names.
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out = new Map<string, string>();
  for (const dn of model) if (dn.ranges[0] && !out.has(dn.name)) out.set(dn.name, dn.ranges[0]);
  return out;
}

/** A returned form (any .xlsx) as consolidation reads it: its grid, defined names and save time. */
export async function loadSubmittedForm(file: string, bytes: Uint8Array): Promise<SubmittedForm> {
  try {
    const { workbook, grid } = await loadXlsx(bytes, file);
    return { file, grid, names: definedNames(workbook), modified: workbook.modified instanceof Date && !Number.isNaN(workbook.modified.getTime()) ? workbook.modified.toISOString() : null };
  } catch {
    return { file, grid: null, names: new Map(), modified: null };
  }
}

/** Writes the planned cells into a loaded workbook (values only: each cell keeps its style). */
export function applyWrites(workbook: ExcelJS.Workbook, writes: readonly Pick<CellWrite, 'sheet' | 'row' | 'col' | 'value'>[]): void {
  for (const w of writes) {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) continue;
    const v = w.value;
    ws.getRow(w.row + 1).getCell(w.col + 1).value = v === null ? null : typeof v === 'object' ? v.error : v;
  }
}

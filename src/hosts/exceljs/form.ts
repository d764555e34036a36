/**
 * The exceljs host reading returned submission forms for the command line (grid, defined names, save
 * time) and writing consolidated cells into the cluster workbook. Forms themselves are written by
 * src/hosts/xlsx/form-xlsx.ts, which the task pane can use too.
 */
import ExcelJS from 'exceljs';
import type { CellWrite, SubmittedForm } from '../../workbook/consolidate';
import { loadXlsx } from './read';

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
    ws.getRow(w.row + 1).getCell(w.col + 1).value = v === null ? null : typeof v === 'object' ? ('error' in v ? v.error : { formula: v.formula }) : v;
  }
}

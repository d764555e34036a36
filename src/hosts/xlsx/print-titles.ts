/**
 * A sheet's print titles in the workbook part: the defined name `_xlnm.Print_Titles` local to the
 * sheet (localSheetId: its 0-based position in `<sheets>`), set or replaced, `'Kết quả'!$1:$3`.
 */
import type { XDocument } from './dom';
import { setDefinedName } from './edits';

export const PRINT_TITLES = '_xlnm.Print_Titles';

/** `'Kết quả'!$1:$3` for 0-based rows `first`..`last`. */
export function printTitlesFormula(sheet: string, first: number, last: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${first + 1}:$${last + 1}`;
}

export function setPrintTitles(doc: XDocument, sheetIndex: number, formula: string): void {
  setDefinedName(doc, PRINT_TITLES, formula, sheetIndex);
}

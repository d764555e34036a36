/**
 * A sheet's print titles in the workbook part: the defined name `_xlnm.Print_Titles` local to the
 * sheet (localSheetId: its 0-based position in `<sheets>`), set or replaced, `'Kết quả'!$1:$3`.
 * Kept apart from edits.ts (workbook-level names) as one small splice.
 */
import { appendChildren, escapeAttr, escapeText, findElement, findElements, qname, splice } from './xml';

export const PRINT_TITLES = '_xlnm.Print_Titles';

/** `'Kết quả'!$1:$3` for 0-based rows `first`..`last`. */
export function printTitlesFormula(sheet: string, first: number, last: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${first + 1}:$${last + 1}`;
}

export function setPrintTitles(xml: string, sheetIndex: number, formula: string): string {
  const sheets = findElement(xml, 'sheets')!;
  const list = findElement(xml, 'definedNames');
  const p = list ? list.prefix : sheets.prefix;
  const el = `<${qname(p, 'definedName')} name="${escapeAttr(PRINT_TITLES)}" localSheetId="${sheetIndex}">${escapeText(formula)}</${qname(p, 'definedName')}>`;
  if (list) {
    const same = list.selfClosing
      ? []
      : findElements(xml, 'definedName', list.openEnd, list.closeStart).filter(
          (d) => d.attrs.get('name')?.toLowerCase() === PRINT_TITLES.toLowerCase() && d.attrs.get('localSheetId') === String(sheetIndex),
        );
    const first = same[0];
    if (!first) return appendChildren(xml, list, el);
    for (const d of same.slice(1).reverse()) xml = splice(xml, d.start, d.end, '');
    return splice(xml, first.start, first.end, el);
  }
  // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
  const after = ['externalReferences', 'functionGroups', 'sheets'].map((l) => findElement(xml, l)).find((e) => e !== null)!;
  return splice(xml, after.end, after.end, `<${qname(p, 'definedNames')}>${el}</${qname(p, 'definedNames')}>`);
}

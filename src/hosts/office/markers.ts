/**
 * How the add-in recognises what it made: the output sheets by their workbook-level marker names
 * (OWN_MARKERS, as the exceljs host writes them), and the in-place flags by their hidden helper
 * sheet, its marker name and a tag in their conditional-format formulas.
 */

/** The very hidden helper sheet holding the status code of every flagged cell. */
export const FLAG_SHEET = 'ThiDua_DanhDau';
/** The defined name that marks the helper sheet as the add-in's own. */
export const FLAG_MARKER = 'ThiDua_DanhDau';
/** Every flag rule's formula carries `N("ThiDua:…")`: a zero that names the rule. */
export const FLAG_TAG = 'N("ThiDua:';

export function isFlagFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(FLAG_TAG);
}

export { markerKind, quoteSheet, sameName, markerSheet as sheetOfReference } from '../../workbook/own-sheets';

/** `'A, b'!A1:B2,'A, b'!C3` → `["A1:B2", "C3"]`: the areas of an address, without sheet prefixes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current);
  return out.map((a) => a.slice(a.lastIndexOf('!') + 1).trim()).filter((a) => a !== '');
}

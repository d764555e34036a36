/**
 * How the add-in recognises what it made: the output sheets by their workbook-level marker names
 * (OWN_MARKERS, as the exceljs host writes them), and the in-place flags by their hidden helper
 * sheet, its marker name and a tag in their conditional-format formulas.
 */
import type { OutputKind } from '../../workbook/output-kinds';
import { markerKind, markerSheet, sameName } from '../../workbook/own-sheets';

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

/** What the workbook's defined names mark, as Office.js lists them. */
export interface MarkedSheets {
  /** Each marker name (lower case) and the sheet it points to (null: a deleted sheet). */
  markers: Map<string, string | null>;
  /** The add-in's own output sheets and their kinds. */
  own: Map<string, OutputKind>;
  /** The flag helper sheet, when there is one. */
  helper: string | null;
  /** The sheets a reading leaves out: the own sheets and the helper. */
  ignore: Set<string>;
}

/**
 * The sheets the add-in's markers point to (names compared as Excel does, without case): the one
 * reading of them for the Office.js reader (read.ts) and the re-read watch (reread.ts).
 */
export function markedSheets(names: readonly { name: string; formula: string }[], sheets: readonly string[]): MarkedSheets {
  const markers = new Map<string, string | null>();
  const own = new Map<string, OutputKind>();
  let helper: string | null = null;
  for (const n of names) {
    const kind = markerKind(n.name);
    const isFlag = sameName(n.name, FLAG_MARKER);
    if (!kind && !isFlag) continue;
    const target = markerSheet(n.formula);
    const sheet = target === null ? null : (sheets.find((s) => sameName(s, target)) ?? null);
    markers.set(n.name.toLowerCase(), sheet);
    if (sheet && kind && !own.has(sheet)) own.set(sheet, kind);
    if (sheet && isFlag) helper = sheet;
  }
  return { markers, own, helper, ignore: new Set([...own.keys(), ...(helper ? [helper] : [])]) };
}

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

/**
 * The add-in's own sheets, one implementation for every host (issue 11, item 6): a sheet is the
 * add-in's own when a workbook-level defined name of OWN_MARKERS (compared without case, as Excel
 * compares names) points to it. The exceljs reader, the surgical .xlsx writer, the pane's file
 * reader and the Office.js host all ask these functions; placement (which name an output takes
 * beside a user's sheets) is ./placement.ts.
 */
import { OWN_MARKERS, type OutputKind } from './output-kinds';

const KINDS = new Map((Object.keys(OWN_MARKERS) as OutputKind[]).map((k) => [OWN_MARKERS[k].toLowerCase(), k] as const));

/** The output kind a defined name marks, or null (`thidua_ketqua` is `ThiDua_KetQua`: Excel ignores case). */
export function markerKind(name: string): OutputKind | null {
  return KINDS.get(name.toLowerCase()) ?? null;
}

/** Whether two sheet or defined names are the same to Excel (case-insensitive). */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** A sheet name as formulas write it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Kết quả'!$A$1`: the reference a marker holds (without the `=` the Office.js API adds). */
export function markerFormula(sheet: string): string {
  return `${quoteSheet(sheet)}!$A$1`;
}

/**
 * The sheet a reference points to: `='Kết quả'!$A$1`, `'It''s'!A1`, `Sheet1!$A$1` → the sheet's
 * name; `=#REF!` (a deleted sheet), a bare cell or a constant → null.
 */
export function markerSheet(reference: string): string | null {
  const m = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!#=\s][^'!]*))!/.exec(reference);
  return m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!.trim()) : null;
}

/** A defined name as a host reads it. `local`: the name belongs to one sheet (not a marker). */
export interface DefinedNameRef {
  name: string;
  reference: string;
  local?: boolean;
}

/**
 * The own sheets among `sheets`, by name: each workbook-level marker whose reference names an
 * existing sheet exactly (so a sheet is never both an input and the add-in's own).
 */
export function ownSheets(names: Iterable<DefinedNameRef>, sheets: readonly string[]): Map<string, OutputKind> {
  const out = new Map<string, OutputKind>();
  for (const dn of names) {
    const kind = dn.local ? null : markerKind(dn.name);
    const target = kind ? markerSheet(dn.reference) : null;
    if (kind && target !== null && sheets.includes(target)) out.set(target, kind);
  }
  return out;
}

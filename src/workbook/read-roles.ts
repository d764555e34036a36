/**
 * Sheets found by what they hold rather than by their name: a sheet called `Danh sách đơn vị` whose
 * headers are those of `Đơn vị` is the units sheet (a warning names it). Only for a role no sheet has
 * by name; the add-in's output sheets (even copied, unmarked) are never taken for input.
 */
import type { DiagnosticList } from '../engine/diagnostics';
import { normalizeKey } from '../engine/names';
import type { SheetGrid, WorkbookGrid } from './grid';
import { OUTPUT_NAMES } from './output';
import { AWARDS_SHEET, CRITERIA_SHEET, DATA_SHEET, SETTINGS_SHEET, UNITS_SHEET, type SheetSpec } from './schema';
import { findHeaderRow, origin, refAt } from './table';

type Keys = ReadonlySet<string>;

const has =
  (spec: SheetSpec, key: string) =>
  (keys: Keys): boolean => {
    const c = spec.columns.find((x) => x.key === key)!;
    return keys.has(normalizeKey(c.vi)) || keys.has(normalizeKey(c.en));
  };
const required = (spec: SheetSpec) => (keys: Keys) => spec.columns.filter((c) => c.required).every((c) => has(spec, c.key)(keys));

/** What a sheet's header row must hold to be taken for each role. */
export const ROLE_HEADERS: Record<'criteria' | 'data' | 'units' | 'awards' | 'settings', (keys: Keys) => boolean> = {
  criteria: required(CRITERIA_SHEET),
  data: required(DATA_SHEET),
  // `Đơn vị` alone is in every data sheet: a units sheet also has `Vai trò` or `Kỷ luật`, and no code column.
  units: (k) => has(UNITS_SHEET, 'unit')(k) && (has(UNITS_SHEET, 'role')(k) || has(UNITS_SHEET, 'disciplined')(k)) && !has(DATA_SHEET, 'criterion')(k),
  awards: required(AWARDS_SHEET),
  settings: required(SETTINGS_SHEET),
};

const OUTPUT_KEYS = Object.values(OUTPUT_NAMES).flatMap((n) => [normalizeKey(n.vi), normalizeKey(n.en)]);

function isOutputName(name: string): boolean {
  const key = normalizeKey(name);
  return OUTPUT_KEYS.some((k) => key.startsWith(k));
}

/**
 * The sheet of a role found by its headers among the sheets no role has claimed, with a warning
 * naming it; a second such sheet is an error (which one is meant cannot be known).
 */
export function findByHeaders(
  wb: WorkbookGrid,
  claimed: ReadonlySet<string>,
  role: keyof typeof ROLE_HEADERS,
  spec: { vi: string },
  diags: DiagnosticList,
): SheetGrid | undefined {
  const found: { sheet: SheetGrid; row: number }[] = [];
  for (const sheet of wb.sheets) {
    if (claimed.has(sheet.name) || isOutputName(sheet.name)) continue;
    const row = findHeaderRow(sheet, ROLE_HEADERS[role]);
    if (row !== null) found.push({ sheet, row });
  }
  const [first, ...others] = found;
  if (!first) return undefined;
  diags.warning(refAt(first.sheet, first.row, origin(first.sheet).col), 'sheetRoleByHeaders', { sheet: first.sheet.name, role: spec.vi });
  for (const o of others) diags.error(refAt(o.sheet, o.row, origin(o.sheet).col), 'sameRoleSheets', { sheet: o.sheet.name, first: first.sheet.name, role: spec.vi });
  return first.sheet;
}

/**
 * Which sheet plays which role. By name first (`Tiêu chí`, `Criteria`, `TIEU CHI`…); for a role no
 * sheet has by name, by a near name (`Thực hiện 2024`, `Chỉ tiêu giao`), then by what a sheet holds: a
 * sheet called `Danh sách đơn vị` whose headers are those of `Đơn vị` is the units sheet. A warning
 * names every sheet found other than by its name; the add-in's output sheets (even copied, unmarked)
 * are never taken for input.
 */
import type { DiagnosticList } from '../engine/diagnostics';
import { normalizeKey } from '../engine/names';
import type { SheetGrid, WorkbookGrid } from './grid';
import { OUTPUT_NAMES } from './output-kinds';
import { AWARDS_SHEET, BALLOTS_SHEET, CRITERIA_SHEET, HISTORY_SHEET, DATA_SHEET, SETTINGS_SHEET, UNITS_SHEET, WIDE_SHEETS, type SheetSpec, type WideField } from './schema';
import { findHeaderRow, findSheets, looseHeaderKey, origin, refAt } from './table';

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

/**
 * The sheet of a role found by a near name (what a near header may add: `Thực hiện 2024` is
 * `Thực hiện`) among the sheets no role has claimed, with a warning.
 */
function findByNearName(wb: WorkbookGrid, claimed: ReadonlySet<string>, spec: { vi: string; en: string }, diags: DiagnosticList): SheetGrid | undefined {
  const keys = [normalizeKey(spec.vi), normalizeKey(spec.en)];
  const found = wb.sheets.filter((s) => !claimed.has(s.name) && !isOutputName(s.name) && keys.includes(looseHeaderKey(s.name) ?? ''));
  const [first, ...others] = found;
  if (!first) return undefined;
  diags.warning(refAt(first, origin(first).row, origin(first).col), 'sheetNearName', { sheet: first.name, role: spec.vi });
  for (const o of others) diags.error(refAt(o, origin(o).row, origin(o).col), 'sameRoleSheets', { sheet: o.name, first: first.name, role: spec.vi });
  return first;
}

export interface RoleSheets {
  criteria?: SheetGrid;
  data?: SheetGrid;
  wide: Partial<Record<WideField, SheetGrid>>;
  units?: SheetGrid;
  awards?: SheetGrid;
  settings?: SheetGrid;
  /** Found by name only (vote.md): a sheet of ballots has no headers another role could take. */
  ballots?: SheetGrid;
  /** Found by name only (cycle.md §2), like the ballots. */
  history?: SheetGrid;
}

/** Every role's sheet (see the top of this file); two sheets of one role are an error at the second. */
export function findRoles(wb: WorkbookGrid, diags: DiagnosticList): RoleSheets {
  const byName = (spec: { vi: string; en: string }): SheetGrid | undefined => {
    const [first, ...others] = findSheets(wb, spec);
    for (const other of others) diags.error({ sheet: other.name, cell: 'A1' }, 'sameRoleSheets', { sheet: other.name, first: first!.name, role: spec.vi });
    return first;
  };
  const criteria = byName(CRITERIA_SHEET);
  const data = byName(DATA_SHEET);
  const wide: RoleSheets['wide'] = {};
  for (const w of WIDE_SHEETS) {
    const s = byName(w);
    if (s) wide[w.field] = s;
  }
  const roles: RoleSheets = { criteria, data, wide, units: byName(UNITS_SHEET), awards: byName(AWARDS_SHEET), settings: byName(SETTINGS_SHEET), ballots: byName(BALLOTS_SHEET), history: byName(HISTORY_SHEET) };
  const claimed = new Set([roles.criteria, roles.data, ...Object.values(roles.wide), roles.units, roles.awards, roles.settings, roles.ballots, roles.history].filter((s) => s !== undefined).map((s) => s.name));
  const claim = (s: SheetGrid | undefined): SheetGrid | undefined => {
    if (s) claimed.add(s.name);
    return s;
  };
  const near = (spec: { vi: string; en: string }): SheetGrid | undefined => claim(findByNearName(wb, claimed, spec, diags));
  const held = (role: keyof typeof ROLE_HEADERS, spec: { vi: string }): SheetGrid | undefined => claim(findByHeaders(wb, claimed, role, spec, diags));
  roles.criteria ??= near(CRITERIA_SHEET) ?? held('criteria', CRITERIA_SHEET);
  // The data: the long layout by a near name, else the wide sheets by near names (a `Chỉ tiêu giao`
  // kept beside a `Số liệu` is not taken for a wide sheet), else the long layout by its headers.
  if (!roles.data && !roles.wide.actual) {
    roles.data = near(DATA_SHEET);
    if (!roles.data)
      for (const w of WIDE_SHEETS) {
        const s = roles.wide[w.field] ?? near(w);
        if (s) roles.wide[w.field] = s;
      }
    if (!roles.wide.actual) roles.data ??= held('data', DATA_SHEET);
  }
  roles.units ??= near(UNITS_SHEET) ?? held('units', UNITS_SHEET);
  roles.awards ??= near(AWARDS_SHEET) ?? held('awards', AWARDS_SHEET);
  roles.settings ??= near(SETTINGS_SHEET) ?? held('settings', SETTINGS_SHEET);
  return roles;
}

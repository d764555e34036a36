/**
 * Where each output sheet goes. A sheet the add-in made (it carries the add-in's marker) is
 * replaced; a sheet of the same name that the user made is never touched: the output goes to
 * `NAME (2)`, `NAME (3)`, … and a warning says so.
 */
import type { Diagnostic } from '../engine/diagnostics';
import type { OutputKind, OutputSheet } from './output';

export interface ExistingSheet {
  name: string;
  /** The output kind this sheet is marked as, or null for a user's sheet. */
  marker: OutputKind | null;
}

export interface Placement {
  sheet: OutputSheet;
  /** The name to write to. */
  name: string;
  /** True when an own sheet of that name exists and is to be cleared and rewritten. */
  reuse: boolean;
}

/** Excel compares sheet names without case. */
const same = (a: string, b: string): boolean => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

export function placeOutputs(existing: readonly ExistingSheet[], sheets: readonly OutputSheet[]): { placements: Placement[]; notes: Diagnostic[] } {
  const taken = existing.map((s) => s.name);
  const notes: Diagnostic[] = [];
  const place = (sheet: OutputSheet): Placement => {
    const own = existing.find((s) => s.marker === sheet.kind);
    if (own) return { sheet, name: own.name, reuse: true };
    const user = existing.find((s) => same(s.name, sheet.name));
    const name = freeName(taken, sheet.name);
    taken.push(name);
    if (user)
      notes.push({ severity: 'warning', sheet: user.name, cell: 'A1', code: 'userSheetKept', params: { sheet: user.name, written: name } });
    return { sheet, name, reuse: false };
  };
  const placements = sheets.filter((s) => !s.withNotes).map(place);
  // A sheet listing the notes (Warnings) comes after the others, with their notes and its own.
  for (const sheet of sheets.filter((s) => s.withNotes)) {
    const own = existing.some((s) => s.marker === sheet.kind);
    if (!sheet.withNotes!(notes) && !own) continue;
    const p = place(sheet);
    placements.push({ ...p, sheet: sheet.withNotes!(notes) ?? sheet });
  }
  return { placements, notes };
}

/**
 * The name `placeOutputs` gives one output among the sheets that exist (its own sheet's, or the
 * first free `NAME (n)`), for messages that name it before the sheets are written (the command
 * line's warnings line). Outputs of other kinds have other names, so only existing sheets can take it.
 */
export function placedName(existing: readonly ExistingSheet[], kind: OutputKind, name: string): string {
  const own = existing.find((s) => s.marker === kind);
  return own ? own.name : freeName(existing.map((s) => s.name), name);
}

/** `name`, or the first `name (n)` that none of `taken` is (without case). */
function freeName(taken: readonly string[], name: string): string {
  let placed = name;
  for (let n = 2; taken.some((t) => same(t, placed)); n++) placed = `${name} (${n})`;
  return placed;
}

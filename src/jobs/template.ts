/**
 * The template use case (Chèn mẫu; `thidua template`): a preset's sheets, in the user's language,
 * ready to insert or to save as a new workbook. Never over an existing sheet: the sheets whose name
 * the book already has are given apart, for the host to leave out and to say so.
 */
import type { Lang } from '../engine/model';
import { findPreset, presetSheets } from '../presets';
import type { StyledSheet } from '../workbook/output';

export type TemplatePlan =
  | { ok: true; insert: StyledSheet[]; skipped: string[] }
  | { ok: false; reason: 'unknownPreset'; preset: string };

const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The preset's sheets to insert into a book holding `existing` (none for a new workbook). */
export function templateSheets(preset: string, lang: Lang, existing: readonly string[] = []): TemplatePlan {
  const found = findPreset(preset);
  if (!found) return { ok: false, reason: 'unknownPreset', preset };
  const insert: StyledSheet[] = [];
  const skipped: string[] = [];
  for (const s of presetSheets(found, lang)) {
    if (existing.some((n) => sameName(n, s.name))) skipped.push(s.name);
    else insert.push(s);
  }
  return { ok: true, insert, skipped };
}

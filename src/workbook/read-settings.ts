/**
 * The `Cài đặt` sheet: key/value rows, read into the one settings schema shared by every host. The keys,
 * their parsers and hints come from the one settings table (engine/settings-table.ts): no code per key.
 */
import type { DiagnosticList } from '../engine/diagnostics';
import type { CellRef, Settings } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { makeSettings, SettingsSchema, type SettingsInput } from '../engine/settings';
import { SETTING_KEY_ORDER, SETTINGS, type SettingKey } from '../engine/settings-table';
import { parseText } from './cells';
import { take } from './fields';
import { isBlank, type SheetGrid } from './grid';
import { SETTINGS_SHEET } from './schema';
import { parseSettingCell } from './setting-parsers';
import { readTable } from './table';

type Key = (typeof SETTINGS_SHEET.columns)[number]['key'];

/** The setting a key cell names (its Vietnamese or English word or an alias), matched without diacritics. */
export function settingKeyOf(label: string): SettingKey | undefined {
  const want = normalizeKey(label);
  return SETTING_KEY_ORDER.find((k) => {
    const e = SETTINGS[k];
    return [e.vi, e.en, ...(e.aliases ?? [])].some((w) => normalizeKey(w) === want);
  });
}

export function readSettings(sheet: SheetGrid | undefined, fileName: string | undefined, diags: DiagnosticList): Settings {
  const input: Record<string, unknown> = {};
  const at: Partial<Record<SettingKey, CellRef>> = {};
  const raw: Partial<Record<SettingKey, string>> = {};
  const table = sheet ? readTable<Key>(sheet, SETTINGS_SHEET, diags) : null;
  for (const row of table?.rows ?? []) {
    const label = take(parseText(row.get('key')), row.at('key'), diags);
    if (!label) continue;
    const key = settingKeyOf(label);
    if (!key) {
      diags.warning(row.at('key'), 'unknownSetting', { key: label });
      continue;
    }
    if (at[key]) {
      diags.warning(row.at('key'), 'duplicateSetting', { key: label, first: `${at[key]!.sheet}!${at[key]!.cell}` });
      continue;
    }
    at[key] = row.at('value');
    raw[key] = String(row.get('value') ?? '');
    if (isBlank(row.get('value'))) continue; // a key without a value keeps its default
    const entry = SETTINGS[key];
    const value = take(parseSettingCell(entry.parse, { cell: row.get('value'), label, hint: entry.hint }), row.at('value'), diags);
    if (value !== undefined && value !== null) input[key] = value;
  }
  if (input.cluster === undefined && fileName) input.cluster = fileName.replace(/\.[^.]+$/, '');
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as SettingKey;
      const where = at[key] ?? { sheet: sheet?.name ?? SETTINGS_SHEET.vi, cell: 'B1' };
      const entry = SETTINGS[key] as (typeof SETTINGS)[SettingKey] | undefined;
      diags.error(where, 'badSetting', { value: raw[key] ?? '', key: entry?.vi ?? key, hint: entry?.hint ?? '' });
      delete input[key];
    }
  }
  return { ...makeSettings(input as SettingsInput), at };
}

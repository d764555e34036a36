/**
 * Adding a setting is one entry (issue 11, item 3): every entry of engine/settings-table.ts is, with
 * nothing else written, a row of the blank template's `Cài đặt` (its key, its default, its input
 * message and rule, in both languages), a key of the zod schema with its default, and a key the reader
 * reads from a grid under each of its words, with a located diagnostic for a bad value.
 */
import { DiagnosticList } from '../../src/engine/diagnostics';
import { normalizeKey } from '../../src/engine/names';
import { makeSettings, SettingsSchema } from '../../src/engine/settings';
import { SETTING_KEY_ORDER, SETTINGS, settingEntry, settingRule, type SettingKey } from '../../src/engine/settings-table';
import { findPreset, presetSheets } from '../../src/presets';
import type { Cell, SheetGrid } from '../../src/workbook/grid';
import { readSettings, settingKeyOf } from '../../src/workbook/read-settings';
import { SETTING_KEYS } from '../../src/workbook/schema';

const LANGS = ['vi', 'en'] as const;
const grid = (rows: Cell[][]): SheetGrid => ({ name: 'Cài đặt', rows: [['Khóa', 'Giá trị'], ...rows] });
const read = (rows: Cell[][]) => {
  const diags = new DiagnosticList();
  const settings = readSettings(grid(rows), undefined, diags);
  return { settings, diags: diags.items };
};
/** Only the keys a `Cài đặt` grid can set (not where each was read). */
const values = (s: ReturnType<typeof makeSettings>): Record<string, unknown> => {
  const { at: _at, ...rest } = s;
  return rest;
};
const blankSettings = (lang: 'vi' | 'en') => presetSheets(findPreset('blank')!, lang).find((s) => s.name === (lang === 'vi' ? 'Cài đặt' : 'Settings'))!;

describe('the settings table', () => {
  it('is the zod schema: the same keys, in the same order, and each default is what the schema fills in', () => {
    expect(Object.keys(SettingsSchema.shape)).toEqual(SETTING_KEY_ORDER);
    expect(SETTING_KEYS.map((k) => k.key)).toEqual(SETTING_KEY_ORDER);
    const defaults = values(makeSettings());
    for (const key of SETTING_KEY_ORDER) expect(defaults[key]).toEqual(SETTINGS[key].schema.parse(undefined));
  });

  it('has key words that name one setting each, in any case and without diacritics', () => {
    const seen = new Map<string, SettingKey>();
    for (const key of SETTING_KEY_ORDER) {
      const e = SETTINGS[key];
      for (const word of [e.vi, e.en, ...(e.aliases ?? [])]) {
        const n = normalizeKey(word);
        expect([word, seen.get(n) ?? key]).toEqual([word, key]);
        seen.set(n, key);
        expect(settingKeyOf(word)).toBe(key);
        expect(settingKeyOf(word.toUpperCase())).toBe(key);
      }
    }
    expect(settingKeyOf('Không có khóa này')).toBeUndefined();
  });

  it.each(LANGS)('is the blank template’s Cài đặt (%s): one row per entry, its default, its message and rule', (lang) => {
    const sheet = blankSettings(lang);
    const header = sheet.headerRows[0]!;
    const rows = sheet.rows.slice(header + 1);
    expect(rows.map((r) => r[0])).toEqual(SETTING_KEY_ORDER.map((k) => SETTINGS[k][lang]));
    SETTING_KEY_ORDER.forEach((key, i) => {
      const entry = settingEntry(key);
      expect(rows[i]![1] ?? null).toEqual(entry.template[lang]);
      const v = sheet.validations!.find((x) => x.area === `B${header + 2 + i}`);
      const rule = settingRule(entry);
      expect(v).toMatchObject({ kind: rule?.kind ?? 'any', prompt: { title: entry[lang], text: entry.guide[lang] } });
      if (rule?.words) expect(v!.values).toEqual(rule.words[lang]);
      if (rule?.min !== undefined) expect(v!.min).toBe(rule.min);
      if (rule?.max !== undefined) expect(v!.max).toBe(rule.max);
      // The row alone reads back as the schema's default, without a word.
      const alone = read([[entry[lang], rows[i]![1] ?? null]]);
      expect(alone.diags).toEqual([]);
      expect(values(alone.settings)[key]).toEqual(values(makeSettings())[key]);
    });
  });

  it('is the reader: each entry’s example, under each of its key words, reads as the entry says, at its cell', () => {
    const defaults = values(makeSettings());
    for (const key of SETTING_KEY_ORDER) {
      const e = settingEntry(key);
      // The example is not the default, so reading it proves the parser, not the default.
      expect([key, e.example.reads]).not.toEqual([key, defaults[key]]);
      for (const word of [e.vi, e.en, ...(e.aliases ?? [])]) {
        const { settings, diags } = read([[word, e.example.cell]]);
        expect([word, diags]).toEqual([word, []]);
        expect([word, values(settings)[key]]).toEqual([word, e.example.reads]);
        expect(settings.at?.[key]).toEqual({ sheet: 'Cài đặt', cell: 'B2' });
      }
    }
    // All the examples in one sheet, in English: every one of them read.
    const all = read(SETTING_KEY_ORDER.map((k) => [SETTINGS[k].en, SETTINGS[k].example.cell]));
    expect(all.diags).toEqual([]);
    for (const key of SETTING_KEY_ORDER) expect(values(all.settings)[key]).toEqual(settingEntry(key).example.reads);
  });

  it('names a bad value at its cell and keeps the default, for every setting that refuses text', () => {
    const defaults = values(makeSettings());
    const refusing = SETTING_KEY_ORDER.filter((k) => !['text', 'dateText', 'deadline', 'tieBreaks'].includes(SETTINGS[k].parse.kind));
    expect(refusing.length).toBeGreaterThan(10);
    for (const key of refusing) {
      const e = settingEntry(key);
      const { settings, diags } = read([['Kỳ', 'năm'], [e.vi, '??? sai']]);
      expect(diags).toHaveLength(1);
      expect(diags[0]).toMatchObject({ severity: 'error', sheet: 'Cài đặt', cell: 'B3' });
      // A number is told as one (with the key as its header); any other value names the setting's hint.
      if (e.parse.kind === 'number' || e.parse.kind === 'share') expect(diags[0]).toMatchObject({ code: 'notNumber', params: { value: '??? sai', header: e.vi } });
      else expect(diags[0]).toMatchObject({ code: 'badSetting', params: { value: '??? sai', key: e.vi, hint: e.hint } });
      expect(values(settings)[key]).toEqual(defaults[key]);
    }
  });

  it('checks a parsed value against the schema: out of range is a badSetting with the entry’s hint', () => {
    const { settings, diags } = read([['Số chữ số thập phân', 9]]);
    expect(diags).toEqual([{ severity: 'error', sheet: 'Cài đặt', cell: 'B2', code: 'badSetting', params: { value: '9', key: 'Số chữ số thập phân', hint: SETTINGS.decimals.hint } }]);
    expect(settings.decimals).toBe(2);
  });
});

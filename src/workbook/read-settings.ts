/** The `Cài đặt` sheet: key/value rows, read into the one settings schema shared by every host. */
import type { DiagnosticList } from '../engine/diagnostics';
import type { Band, CellRef, Settings, TieBreak } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { makeSettings, SettingsSchema, type SettingsInput } from '../engine/settings';
import { parseChoice, parseNumber, parseNumberText, parseShare, parseText, parseYesNo, shareOf, type Parsed } from './cells';
import { parseDeadline } from './deadline';
import { take } from './fields';
import { isBlank, type Cell, type SheetGrid } from './grid';
import { MISSING_WORDS, RANK_BY_WORDS, RANK_STYLE_WORDS, SETTING_KEYS, SETTINGS_SHEET, TIE_WORDS, type SettingKey } from './schema';
import { readTable } from './table';

type Key = (typeof SETTINGS_SHEET.columns)[number]['key'];

const fail = <T>(value: string, key: string, hint: string): Parsed<T> => ({ ok: false, code: 'badSetting', params: { value, key, hint } });

function parseTieBreaks(cell: Cell | undefined): Parsed<TieBreak[] | null> {
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const list: TieBreak[] = t.value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const word = TIE_WORDS[normalizeKey(s)];
      return word ? { kind: word } : { kind: 'criterion', code: s };
    });
  return { ok: true, value: list };
}

function parseBands(cell: Cell | undefined, key: string): Parsed<Band[] | null> {
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const bands: Band[] = [];
  for (const part of t.value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.*?)[\s:=≥>]*(?:(?:từ|tu|from)\s+)?([-+]?[\d.,]+\s*%?)$/i.exec(part);
    const name = m?.[1]?.replace(/[\s:=≥>]+$/, '').trim();
    const n = m ? parseNumberText(m[2]!) : null;
    if (!m || !name || !n) return fail(t.value, key, 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0');
    bands.push({ name, min: Number((shareOf(n.value, m[2]!.trim().endsWith('%')) * 100).toPrecision(12)) });
  }
  return { ok: true, value: bands };
}

const HINTS: Record<SettingKey, string> = {
  cluster: '',
  year: '2024',
  period: '',
  decimals: '0–6',
  missing: '0, loại trừ, lỗi (zero, exclude, error)',
  rankBy: 'tổng điểm, tỷ lệ (total, percent)',
  rankStyle: 'đồng hạng, liên tục (competition, dense)',
  tieBreaks: 'I; số tiêu chí vượt; điểm trừ',
  classification: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0',
  oneAwardPerUnit: 'có, không',
  selfScoreGap: '5%',
  totalBonusCap: '≥ 0',
  deadline: '31/01/2025',
};

function parseValue(key: SettingKey, cell: Cell | undefined, label: string): Parsed<unknown> {
  const choice = <T extends string>(words: Record<string, T>): Parsed<T | null> => {
    const r = parseChoice(typeof cell === 'number' ? String(cell) : cell, label, words, HINTS[key]);
    return r.ok ? r : fail(String(cell), label, HINTS[key]);
  };
  switch (key) {
    case 'cluster':
    case 'period':
      return parseText(cell);
    case 'year':
    case 'decimals':
    case 'totalBonusCap':
      return parseNumber(cell, label);
    case 'missing':
      return choice(MISSING_WORDS);
    case 'rankBy':
      return choice(RANK_BY_WORDS);
    case 'rankStyle':
      return choice(RANK_STYLE_WORDS);
    case 'tieBreaks':
      return parseTieBreaks(cell);
    case 'classification':
      return parseBands(cell, label);
    case 'oneAwardPerUnit': {
      const r = parseYesNo(cell);
      return r.ok ? r : fail(String(cell), label, HINTS[key]);
    }
    case 'selfScoreGap':
      return parseShare(cell, label);
    case 'deadline':
      return parseDeadline(cell);
  }
}

export function readSettings(sheet: SheetGrid | undefined, fileName: string | undefined, diags: DiagnosticList): Settings {
  const input: Record<string, unknown> = {};
  const at: Partial<Record<SettingKey, CellRef>> = {};
  const raw: Partial<Record<SettingKey, string>> = {};
  const table = sheet ? readTable<Key>(sheet, SETTINGS_SHEET, diags) : null;
  for (const row of table?.rows ?? []) {
    const label = take(parseText(row.get('key')), row.at('key'), diags);
    if (!label) continue;
    const spec = SETTING_KEYS.find((k) => normalizeKey(k.vi) === normalizeKey(label) || normalizeKey(k.en) === normalizeKey(label));
    if (!spec) {
      diags.warning(row.at('key'), 'unknownSetting', { key: label });
      continue;
    }
    if (at[spec.key]) {
      diags.warning(row.at('key'), 'duplicateSetting', { key: label, first: `${at[spec.key]!.sheet}!${at[spec.key]!.cell}` });
      continue;
    }
    at[spec.key] = row.at('value');
    raw[spec.key] = String(row.get('value') ?? '');
    if (isBlank(row.get('value'))) continue; // a key without a value keeps its default
    const value = take(parseValue(spec.key, row.get('value'), label), row.at('value'), diags);
    if (value !== undefined && value !== null) input[spec.key] = value;
  }
  if (input.cluster === undefined && fileName) input.cluster = fileName.replace(/\.[^.]+$/, '');
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as SettingKey;
      const where = at[key] ?? { sheet: sheet?.name ?? SETTINGS_SHEET.vi, cell: 'B1' };
      const label = SETTING_KEYS.find((k) => k.key === key)?.vi ?? key;
      diags.error(where, 'badSetting', { value: raw[key] ?? '', key: label, hint: HINTS[key] });
      delete input[key];
    }
  }
  return { ...makeSettings(input as SettingsInput), at };
}

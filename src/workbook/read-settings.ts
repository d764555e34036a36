/** The `Cài đặt` sheet: key/value rows, read into the one settings schema shared by every host. */
import type { DiagnosticList } from '../engine/diagnostics';
import type { Band, CellRef, PeriodKind, Settings, TieBreak } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { makeSettings, SettingsSchema, type SettingsInput } from '../engine/settings';
import { parseChoice, parseNumberStrict, parseNumberText, parseShare, parseText, parseYesNo, shareOf, type Parsed } from './cells';
import { parseDeadline } from './deadline';
import { take } from './fields';
import { isBlank, type Cell, type SheetGrid } from './grid';
import { parseVoteShare } from './read-ballots';
import { MISSING_WORDS, PERIOD_WORDS, RANK_BY_WORDS, RANK_STYLE_WORDS, SETTING_KEYS, SETTINGS_SHEET, TIE_WORDS, VOTE_BASE_WORDS, VOTE_TIE_WORDS, type SettingKey } from './schema';
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
  managingBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'CỤM THI ĐUA …',
  reference: '12/TTr-CTĐ',
  place: 'Hải Phòng',
  signDate: '15/12/2024',
  authority: 'TM. CỤM THI ĐUA',
  signerTitle: 'CỤM TRƯỞNG',
  signer: 'Nguyễn Văn A',
  recipients: 'Như trên; Lưu: VT',
  voters: '≥ 1',
  voteThreshold: 'quá bán, 70%, 2/3, 0,7 (majority or a share)',
  voteBase: 'số đại biểu, số phiếu hợp lệ (voters, valid)',
  quorum: '2/3, 50%',
  voteTie: 'bỏ phiếu lại, theo thứ hạng (revote, rank)',
  compareWith: '2023; 2024 6 tháng',
  deadline: '31/01/2025',
};

/** `So sánh với`: a year, then optionally a period (`2024 6 tháng`, `2023 năm`). */
function parseCompareWith(cell: Cell | undefined, label: string): Parsed<{ year: number; period: PeriodKind } | null> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? { ok: true, value: { year: cell, period: 'year' } } : fail(String(cell), label, HINTS.compareWith);
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  const m = /^\s*(\d{4})\s*(.*)$/.exec(t.value);
  const rest = m?.[2]?.trim() ?? '';
  const period = rest === '' ? 'year' : PERIOD_WORDS[normalizeKey(rest)];
  if (!m || !period) return fail(t.value, label, HINTS.compareWith);
  return { ok: true, value: { year: Number(m[1]), period } };
}

function parseValue(key: SettingKey, cell: Cell | undefined, label: string): Parsed<unknown> {
  const choice = <T extends string>(words: Record<string, T>): Parsed<T | null> => {
    const r = parseChoice(typeof cell === 'number' ? String(cell) : cell, label, words, HINTS[key]);
    return r.ok ? r : fail(String(cell), label, HINTS[key]);
  };
  switch (key) {
    case 'cluster':
    case 'period':
    case 'managingBody':
    case 'issuingBody':
    case 'reference':
    case 'place':
    case 'authority':
    case 'signerTitle':
    case 'signer':
    case 'recipients':
      return parseText(cell);
    case 'signDate':
      // A date cell comes as its serial number; kept as text, read by the documents.
      return parseText(typeof cell === 'number' ? String(cell) : cell);
    case 'year':
    case 'decimals':
    case 'totalBonusCap':
      return parseNumberStrict(cell, label);
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
    case 'voters':
      return parseNumberStrict(cell, label);
    case 'voteThreshold':
    case 'quorum':
      return parseVoteShare(key, cell, label, HINTS[key]);
    case 'voteBase':
      return choice(VOTE_BASE_WORDS);
    case 'voteTie':
      return choice(VOTE_TIE_WORDS);
    case 'compareWith':
      return parseCompareWith(cell, label);
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
    const spec = SETTING_KEYS.find((k) => [k.vi, k.en, ...(k.aliases ?? [])].some((w) => normalizeKey(w) === normalizeKey(label)));
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

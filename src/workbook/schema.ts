/**
 * The workbook format as tables (workbook-format.md): sheets, their headers with English aliases,
 * which are required, and the words accepted in choice columns. One table, one helper that reads it.
 */
import type { AwardScope, CriterionKind, Direction, Lang, Method, PeriodKind } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { kindWords, methodWords } from '../engine/kinds';
import { choiceWordTable, SETTING_KEY_ORDER, SETTINGS, TIE_BREAK_WORDS, type SettingKey } from '../engine/settings-table';

export interface ColumnSpec<K extends string = string> {
  key: K;
  vi: string;
  en: string;
  required?: boolean;
}

export interface SheetSpec<K extends string = string> {
  key: string;
  vi: string;
  en: string;
  columns: readonly ColumnSpec<K>[];
  /** Columns whose blank cells make a row skippable (with a warning if the row holds anything). */
  keyColumns: readonly K[];
}

const col = <K extends string>(key: K, vi: string, en: string, required = false): ColumnSpec<K> => ({ key, vi, en, required });

export const CRITERIA_SHEET = {
  key: 'criteria',
  vi: 'Tiêu chí',
  en: 'Criteria',
  columns: [
    col('code', 'Mã', 'Code', true),
    col('name', 'Tên tiêu chí', 'Name', true),
    col('parent', 'Thuộc nhóm', 'Parent'),
    col('kind', 'Loại', 'Kind', true),
    col('max', 'Điểm chuẩn', 'Max points', true),
    col('direction', 'Chiều', 'Direction'),
    col('method', 'Cách tính', 'Method'),
    col('bonusPerPercent', 'Thưởng mỗi 1% vượt', 'Bonus per percent'),
    col('bonusCap', 'Thưởng tối đa', 'Bonus cap'),
    col('pointsPerUnit', 'Điểm mỗi đơn vị', 'Points per unit'),
    col('mandatory', 'Bắt buộc', 'Mandatory'),
    col('measure', 'Đơn vị tính', 'Measure'),
  ],
  keyColumns: ['code'],
} as const satisfies SheetSpec;

export const DATA_SHEET = {
  key: 'data',
  vi: 'Số liệu',
  en: 'Data',
  columns: [
    col('unit', 'Đơn vị', 'Unit', true),
    col('criterion', 'Mã tiêu chí', 'Criterion', true),
    col('target', 'Chỉ tiêu', 'Target'),
    col('actual', 'Thực hiện', 'Actual'),
    col('self', 'Tự chấm', 'Self score'),
    col('appraised', 'Điểm thẩm định', 'Appraised score'),
    col('evidence', 'Minh chứng', 'Evidence'),
    col('note', 'Ghi chú', 'Note'),
  ],
  keyColumns: ['unit', 'criterion'],
} as const satisfies SheetSpec;

export const UNITS_SHEET = {
  key: 'units',
  vi: 'Đơn vị',
  en: 'Units',
  columns: [col('unit', 'Đơn vị', 'Unit', true), col('role', 'Vai trò', 'Role'), col('disciplined', 'Kỷ luật', 'Disciplined'), col('note', 'Ghi chú', 'Note'), col('formerNames', 'Tên trước đây', 'Former names')],
  keyColumns: ['unit'],
} as const satisfies SheetSpec;

export const AWARDS_SHEET = {
  key: 'awards',
  vi: 'Khen thưởng',
  en: 'Awards',
  columns: [
    col('order', 'Thứ tự', 'Order', true),
    col('name', 'Hình thức', 'Award', true),
    col('scope', 'Phạm vi', 'Scope'),
    col('quota', 'Số lượng', 'Quota'),
    col('maxShare', 'Tỷ lệ tối đa', 'Max share'),
    col('minScore', 'Điểm tối thiểu', 'Min score'),
    col('minPercent', 'Tỷ lệ điểm tối thiểu', 'Min percent'),
    col('criterion', 'Tiêu chí', 'Criterion'),
    col('leaderOnly', 'Chỉ đơn vị dẫn đầu', 'Leader only'),
    col('consecutiveYears', 'Số năm liên tục', 'Consecutive years'),
    col('requiredResult', 'Kết quả yêu cầu', 'Required result'),
    col('priorAward', 'Đã được tặng', 'Prior award'),
    col('withinYears', 'Trong số năm', 'Within years'),
    col('notAgainWithin', 'Không tặng lại trong', 'Not again within'),
  ],
  keyColumns: ['name'],
} as const satisfies SheetSpec;

export const SETTINGS_SHEET = {
  key: 'settings',
  vi: 'Cài đặt',
  en: 'Settings',
  columns: [col('key', 'Khóa', 'Key', true), col('value', 'Giá trị', 'Value', true)],
  keyColumns: ['key'],
} as const satisfies SheetSpec;

/** `Lịch sử` (cycle.md §2): past periods, typed in from records or appended by *Lưu vào lịch sử*. */
export const HISTORY_SHEET = {
  key: 'history',
  vi: 'Lịch sử',
  en: 'History',
  columns: [
    col('year', 'Năm', 'Year', true),
    col('period', 'Kỳ', 'Period'),
    col('unit', 'Đơn vị', 'Unit', true),
    col('rank', 'Hạng', 'Rank'),
    col('total', 'Tổng điểm', 'Total'),
    col('percent', 'Tỷ lệ %', 'Percent'),
    col('classification', 'Xếp loại', 'Classification'),
    col('taskResult', 'Kết quả nhiệm vụ', 'Task result'),
    col('award', 'Khen thưởng', 'Award'),
    col('decision', 'Số quyết định', 'Decision'),
  ],
  keyColumns: ['year', 'unit'],
} as const satisfies SheetSpec;

/** The wide layout: a sheet per figure, `Đơn vị` then one column per criterion code. */
export const WIDE_SHEETS = [
  { field: 'actual', vi: 'Thực hiện', en: 'Actuals' },
  { field: 'target', vi: 'Chỉ tiêu', en: 'Targets' },
  { field: 'self', vi: 'Tự chấm', en: 'Self scores' },
  { field: 'appraised', vi: 'Điểm thẩm định', en: 'Appraised scores' },
] as const;

export type WideField = (typeof WIDE_SHEETS)[number]['field'];

export const UNIT_HEADER = { vi: 'Đơn vị', en: 'Unit' } as const;

/** Builds a word table from pairs of accepted words, keyed without diacritics, spaces or "/". */
function words<T extends string>(pairs: Record<T, readonly string[]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [value, list] of Object.entries(pairs) as [T, readonly string[]][])
    for (const w of list) out[normalizeKey(w).replace(/\//g, '')] = value;
  return out;
}

/** The kind and method words come from the kinds table (engine/kinds.ts, engine/methods.ts). */
export const KIND_WORDS = words<CriterionKind>(kindWords());
export { KIND_CHOICES, METHOD_CHOICES } from '../engine/kinds';

export const PERIOD_WORDS = words<PeriodKind>({
  half: ['6 tháng', '6 tháng đầu năm', 'sơ kết', 'giữa năm', 'half', 'half-year', 'mid-year', 'H1'],
  year: ['năm', 'cả năm', 'tổng kết', 'year', 'full year', 'annual'],
});
/** The period word of a whole year: a title names the year alone (`năm 2024`) rather than `năm năm 2024`. */
export const YEAR_PERIOD = 'năm';
export const PERIOD_CHOICES = '6 tháng, năm (half, year)';

/** Each choice's words: the Vietnamese one, then the English one (the template's lists and the forms write them). */
const DIRECTION_PAIRS = { higher: ['tăng', 'higher'], lower: ['giảm', 'lower'] } as const satisfies Record<Direction, readonly [string, string]>;
export const DIRECTION_WORDS = words<Direction>(DIRECTION_PAIRS);
/** `tăng` / `higher`: a direction as the template and the forms write it. */
export const directionWord = (d: Direction, lang: Lang): string => DIRECTION_PAIRS[d][lang === 'vi' ? 0 : 1];
export const DIRECTION_CHOICES = 'tăng, giảm (higher, lower)';

export const METHOD_WORDS = words<Method>(methodWords());

const SCOPE_PAIRS = { overall: ['toàn diện', 'overall'], thematic: ['chuyên đề', 'thematic'] } as const satisfies Record<AwardScope, readonly [string, string]>;
export const SCOPE_WORDS = words<AwardScope>(SCOPE_PAIRS);

/** A choice's words per language, in order, as a template's drop-down list shows them. */
function choiceLists(pairs: Readonly<Record<string, readonly [string, string]>>): Record<Lang, string[]> {
  const all = Object.values(pairs);
  return { vi: all.map((p) => p[0]), en: all.map((p) => p[1]) };
}
export const DIRECTION_LIST = choiceLists(DIRECTION_PAIRS);
export const SCOPE_LIST = choiceLists(SCOPE_PAIRS);
export const SCOPE_CHOICES = 'toàn diện, chuyên đề (overall, thematic)';

/** The words accepted for the choice settings: from the one settings table (engine/settings-table.ts). */
export const MISSING_WORDS = choiceWordTable(SETTINGS.missing.parse.words);
export const RANK_BY_WORDS = choiceWordTable(SETTINGS.rankBy.parse.words);
export const RANK_STYLE_WORDS = choiceWordTable(SETTINGS.rankStyle.parse.words);
export const TIE_WORDS = choiceWordTable(TIE_BREAK_WORDS);
export const VOTE_BASE_WORDS = choiceWordTable(SETTINGS.voteBase.parse.words);
export const VOTE_TIE_WORDS = choiceWordTable(SETTINGS.voteTie.parse.words);

export type { SettingKey } from '../engine/settings-table';

/** The `Cài đặt` keys (key column words) and what each sets, in the template's order: from the settings table. */
export const SETTING_KEYS: readonly { key: SettingKey; vi: string; en: string; aliases?: readonly string[] }[] = SETTING_KEY_ORDER.map((key) => {
  const { vi, en, aliases } = SETTINGS[key];
  return aliases ? { key, vi, en, aliases } : { key, vi, en };
});

/** `Phiếu bầu` (vote.md): one row per ballot, award and candidate; its presence turns the vote on. */
export const BALLOTS_SHEET = {
  key: 'ballots',
  vi: 'Phiếu bầu',
  en: 'Ballots',
  columns: [col('ballot', 'Phiếu số', 'Ballot', true), col('award', 'Hình thức', 'Award', true), col('unit', 'Đơn vị', 'Unit', true), col('yes', 'Đồng ý', 'Yes')],
  keyColumns: ['ballot'],
} as const satisfies SheetSpec;

/** `quá bán` and its synonyms; any other value of `Ngưỡng phiếu` is a share. */
export const MAJORITY_WORDS = words<'majority'>({ majority: ['quá bán', 'quá nửa', 'majority', '> 50%'] });

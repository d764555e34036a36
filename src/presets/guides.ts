/**
 * What a template does to guide its user (issue 10, item 8): drop-down lists for the choice
 * columns (Loại, Chiều, Cách tính, Bắt buộc, Kỷ luật, Phạm vi), number ranges where a number is
 * expected, an input message on every guided column in the template's language, the setting keys
 * as a list, and each setting's value cell guided by what its key allows. Mistyped values are
 * warned about, not refused (the reader still names every bad cell). The blank template lists
 * every setting with its default, its hint in the value cell's input message.
 */
import { KIND_NAMES, kindText, methodText } from '../engine/kinds';
import { methodNames } from '../engine/methods';
import type { Lang } from '../engine/model';
import { listFormula, type Validation } from '../workbook/document';
import { columnLetter, type Cell } from '../workbook/grid';
import { SETTING_GUIDES } from './setting-guides';
import { SETTING_KEY_ORDER, SETTINGS, settingEntry, settingRule, type SettingKey } from '../engine/settings-table';

type Words = Record<Lang, readonly string[]>;

/** A choice setting's words as its template list shows them. */
function settingWords(key: SettingKey): Words {
  const words = settingRule(settingEntry(key))?.words;
  if (!words) throw new Error(`The setting ${key} is not a choice`);
  return words;
}

/** The words of each choice, as the reader accepts them (test/presets/guides.test.ts checks it). */
export const CHOICES = {
  kind: { vi: KIND_NAMES.map((k) => kindText(k, 'vi')), en: KIND_NAMES.map((k) => kindText(k, 'en')) },
  direction: { vi: ['tăng', 'giảm'], en: ['higher', 'lower'] },
  method: { vi: methodNames().map((m) => methodText(m, 'vi')), en: methodNames().map((m) => methodText(m, 'en')) },
  yesNo: { vi: ['có', 'không'], en: ['yes', 'no'] },
  scope: { vi: ['toàn diện', 'chuyên đề'], en: ['overall', 'thematic'] },
  // The choice settings' words come from the settings table.
  missing: settingWords('missing'),
  rankBy: settingWords('rankBy'),
  rankStyle: settingWords('rankStyle'),
} satisfies Record<string, Words>;

type Prompt = Record<Lang, { title: string; text: string }>;

const P = (viTitle: string, vi: string, enTitle: string, en: string): Prompt => ({ vi: { title: viTitle, text: vi }, en: { title: enTitle, text: en } });

/** A guided column: its rule and its input message. */
interface ColumnGuide {
  rule: Pick<Validation, 'kind' | 'min' | 'max'> & { words?: Words };
  prompt: Prompt;
}

const COLUMN_GUIDES: Record<string, Record<string, ColumnGuide>> = {
  criteria: {
    kind: {
      rule: { kind: 'list', words: CHOICES.kind },
      prompt: P('Loại', 'nhóm: nhóm tiêu chí; định lượng: có chỉ tiêu và thực hiện; đạt/không đạt; đếm; chấm điểm; thưởng; trừ.', 'Kind', 'group; target: a target and an actual; passfail; count; manual; bonus; penalty.'),
    },
    max: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm chuẩn', 'Điểm tối đa của tiêu chí (số ≥ 0); với nhóm là tổng điểm của nhóm.', 'Max points', 'The most points of the criterion (a number ≥ 0); for a group, its total.') },
    direction: { rule: { kind: 'list', words: CHOICES.direction }, prompt: P('Chiều', 'tăng: càng cao càng tốt; giảm: càng thấp càng tốt (để trống là tăng).', 'Direction', 'higher: more is better; lower: less is better (blank is higher).') },
    method: {
      rule: { kind: 'list', words: CHOICES.method },
      prompt: P('Cách tính', 'tỷ lệ: điểm theo tỷ lệ thực hiện/chỉ tiêu; ngưỡng: đủ điểm khi đạt chỉ tiêu; so với dẫn đầu: theo đơn vị cao nhất.', 'Method', 'proportional: points by actual/target; threshold: full points once the target is met; relative: against the leading unit.'),
    },
    bonusPerPercent: { rule: { kind: 'decimal', min: 0 }, prompt: P('Thưởng mỗi 1% vượt', 'Điểm thưởng cho mỗi 1% vượt chỉ tiêu (số ≥ 0).', 'Bonus per percent', 'Bonus points per 1% over the target (a number ≥ 0).') },
    bonusCap: { rule: { kind: 'decimal', min: 0 }, prompt: P('Thưởng tối đa', 'Điểm thưởng vượt tối đa của tiêu chí (số ≥ 0).', 'Bonus cap', 'The most bonus points of the criterion (a number ≥ 0).') },
    pointsPerUnit: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm mỗi đơn vị', 'Với tiêu chí đếm, thưởng, trừ: điểm cho mỗi lần (số ≥ 0).', 'Points per unit', 'For count, bonus and penalty criteria: points per occurrence (≥ 0).') },
    mandatory: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: P('Bắt buộc', 'có: đơn vị không đạt tiêu chí này không được đề nghị khen thưởng.', 'Mandatory', 'yes: a unit below this criterion is not proposed for an award.') },
  },
  data: {
    target: { rule: { kind: 'any' }, prompt: P('Chỉ tiêu', 'Chỉ tiêu được giao (số); để trống nếu không giao.', 'Target', 'The target set (a number); blank when none was set.') },
    actual: { rule: { kind: 'any' }, prompt: P('Thực hiện', 'Kết quả thực hiện (số, hoặc có/không với tiêu chí đạt/không đạt).', 'Actual', 'The result (a number, or yes/no for a pass/fail criterion).') },
  },
  units: {
    disciplined: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: P('Kỷ luật', 'có: đơn vị bị kỷ luật trong kỳ, không được đề nghị khen thưởng.', 'Disciplined', 'yes: the unit was disciplined in the period and is not proposed.') },
  },
  awards: {
    scope: { rule: { kind: 'list', words: CHOICES.scope }, prompt: P('Phạm vi', 'toàn diện: theo tổng điểm; chuyên đề: theo một tiêu chí (cột Tiêu chí).', 'Scope', 'overall: by the total; thematic: by one criterion (the Criterion column).') },
    quota: { rule: { kind: 'whole', min: 0 }, prompt: P('Số lượng', 'Số đơn vị tối đa được đề nghị (số nguyên ≥ 0).', 'Quota', 'The most units proposed (a whole number ≥ 0).') },
    minScore: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm tối thiểu', 'Tổng điểm tối thiểu để được đề nghị.', 'Min score', 'The least total to be proposed.') },
  },
};

/** Rows a template guides below its header. */
export const GUIDED_ROWS = 500;

function validation(area: string, rule: ColumnGuide['rule'], lang: Lang, prompt?: { title: string; text: string }): Validation {
  const values = rule.words?.[lang];
  return { area, kind: rule.kind, ...(values ? { values: [...values] } : {}), ...(rule.min !== undefined ? { min: rule.min } : {}), ...(rule.max !== undefined ? { max: rule.max } : {}), ...(prompt ? { prompt } : {}) };
}

/**
 * The validations of a template sheet: `keys` are its columns' keys in order, `header` the
 * 0-based header row, `rows` the data rows written below it.
 */
export function sheetGuides(sheetKey: string, keys: readonly string[], header: number, rows: readonly Cell[][], lang: Lang): Validation[] {
  const guides = COLUMN_GUIDES[sheetKey] ?? {};
  const first = header + 2;
  const last = header + 1 + Math.max(GUIDED_ROWS, rows.length + 100);
  const out: Validation[] = [];
  keys.forEach((key, j) => {
    const g = guides[key];
    if (!g) return;
    const letter = columnLetter(j);
    out.push(validation(`${letter}${first}:${letter}${last}`, g.rule, lang, g.prompt[lang]));
  });
  if (sheetKey !== 'settings') return out;
  // The key column: the setting keys; each value cell: what its key allows, with its hint.
  // Excel takes a list of at most 255 characters: past that, the key cells keep only their message
  // (every setting is already a row of the template, with its hint on its value cell).
  const keyWords: string[] = SETTING_KEY_ORDER.map((k) => SETTINGS[k][lang]);
  const keyPrompt = lang === 'vi' ? { title: 'Khóa', text: 'Chọn một khóa cài đặt; khóa nào không ghi thì dùng giá trị mặc định.' } : { title: 'Key', text: 'Pick a setting; a setting not listed keeps its default.' };
  out.push(listFormula(keyWords).length <= 255 ? { area: `A${first}:A${last}`, kind: 'list', values: keyWords, prompt: keyPrompt } : { area: `A${first}:A${last}`, kind: 'any', prompt: keyPrompt });
  rows.forEach((row, i) => {
    const label = typeof row[0] === 'string' ? row[0] : '';
    const key = SETTING_KEY_ORDER.find((k) => SETTINGS[k].vi === label || SETTINGS[k].en === label);
    if (!key) return;
    const entry = settingEntry(key);
    const cell = `B${first + i}`;
    const prompt = { title: entry[lang], text: SETTING_GUIDES[key][lang] };
    out.push(validation(cell, settingRule(entry) ?? { kind: 'any' }, lang, prompt));
  });
  return out;
}

/** The blank template's `Cài đặt` rows: every setting, its default value (blank where it has none). */
export function defaultSettingRows(lang: Lang): Cell[][] {
  return SETTING_KEY_ORDER.map((k) => [SETTINGS[k][lang], SETTINGS[k].template[lang]]);
}

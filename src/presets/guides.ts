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
import { t } from '../engine/i18n';
import '../engine/i18n/template-guides';
import type { GuideKey } from '../engine/i18n/template-guides';
import { listFormula, type Validation } from '../workbook/document';
import { DIRECTION_LIST, SCOPE_LIST } from '../workbook/schema';
import { columnLetter, type Cell } from '../workbook/grid';
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
  direction: DIRECTION_LIST,
  method: { vi: methodNames().map((m) => methodText(m, 'vi')), en: methodNames().map((m) => methodText(m, 'en')) },
  yesNo: settingWords('oneAwardPerUnit'),
  scope: SCOPE_LIST,
  // The choice settings' words come from the settings table.
  missing: settingWords('missing'),
  rankBy: settingWords('rankBy'),
  rankStyle: settingWords('rankStyle'),
} satisfies Record<string, Words>;

/** A guided column's input message in a language: its title and text (`guide.<key>.title`, `guide.<key>`). */
const prompt = (key: GuideKey, lang: Lang): { title: string; text: string } => ({ title: t(lang, `guide.${key}.title`), text: t(lang, `guide.${key}`) });

/** A guided column: its rule and its input message. */
interface ColumnGuide {
  rule: Pick<Validation, 'kind' | 'min' | 'max'> & { words?: Words };
  /** Its input message: an entry of the catalogue's template guides (engine/i18n/template-guides.ts). */
  prompt: GuideKey;
}

const COLUMN_GUIDES: Record<string, Record<string, ColumnGuide>> = {
  criteria: {
    kind: {
      rule: { kind: 'list', words: CHOICES.kind },
      prompt: 'criteria.kind',
    },
    max: { rule: { kind: 'decimal', min: 0 }, prompt: 'criteria.max' },
    direction: { rule: { kind: 'list', words: CHOICES.direction }, prompt: 'criteria.direction' },
    method: {
      rule: { kind: 'list', words: CHOICES.method },
      prompt: 'criteria.method',
    },
    bonusPerPercent: { rule: { kind: 'decimal', min: 0 }, prompt: 'criteria.bonusPerPercent' },
    bonusCap: { rule: { kind: 'decimal', min: 0 }, prompt: 'criteria.bonusCap' },
    pointsPerUnit: { rule: { kind: 'decimal', min: 0 }, prompt: 'criteria.pointsPerUnit' },
    mandatory: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: 'criteria.mandatory' },
  },
  data: {
    target: { rule: { kind: 'any' }, prompt: 'data.target' },
    actual: { rule: { kind: 'any' }, prompt: 'data.actual' },
  },
  units: {
    disciplined: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: 'units.disciplined' },
  },
  awards: {
    scope: { rule: { kind: 'list', words: CHOICES.scope }, prompt: 'awards.scope' },
    quota: { rule: { kind: 'whole', min: 0 }, prompt: 'awards.quota' },
    minScore: { rule: { kind: 'decimal', min: 0 }, prompt: 'awards.minScore' },
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
    out.push(validation(`${letter}${first}:${letter}${last}`, g.rule, lang, prompt(g.prompt, lang)));
  });
  if (sheetKey !== 'settings') return out;
  // The key column: the setting keys; each value cell: what its key allows, with its hint.
  // Excel takes a list of at most 255 characters: past that, the key cells keep only their message
  // (every setting is already a row of the template, with its hint on its value cell).
  const keyWords: string[] = SETTING_KEY_ORDER.map((k) => SETTINGS[k][lang]);
  const keyPrompt = prompt('settings.key', lang);
  out.push(listFormula(keyWords).length <= 255 ? { area: `A${first}:A${last}`, kind: 'list', values: keyWords, prompt: keyPrompt } : { area: `A${first}:A${last}`, kind: 'any', prompt: keyPrompt });
  rows.forEach((row, i) => {
    const label = typeof row[0] === 'string' ? row[0] : '';
    const key = SETTING_KEY_ORDER.find((k) => SETTINGS[k].vi === label || SETTINGS[k].en === label);
    if (!key) return;
    const entry = settingEntry(key);
    const cell = `B${first + i}`;
    const prompt = { title: entry[lang], text: entry.guide[lang] };
    out.push(validation(cell, settingRule(entry) ?? { kind: 'any' }, lang, prompt));
  });
  return out;
}

/** The blank template's `Cài đặt` rows: every setting, its default value (blank where it has none). */
export function defaultSettingRows(lang: Lang): Cell[][] {
  return SETTING_KEY_ORDER.map((k) => [SETTINGS[k][lang], SETTINGS[k].template[lang]]);
}

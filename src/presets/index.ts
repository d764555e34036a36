/**
 * Ready workbooks (`thidua template`, the task pane's *Tạo bảng mẫu*), as styled input sheets in
 * the format of workbook-format.md, Vietnamese or English headers.
 */
import { t, type Lang } from '../engine/i18n';
import { columnLetter, type Cell } from '../workbook/grid';
import type { ColumnFormat, StyledSheet } from '../workbook/output';
import { AWARDS_SHEET, CRITERIA_SHEET, DATA_SHEET, HISTORY_SHEET, SETTINGS_SHEET, UNITS_SHEET, type SheetSpec } from '../workbook/schema';
import { BLANK } from './blank';
import { defaultSettingRows, sheetGuides } from './guides';
import { HAI_PHONG_HUYEN_2024 } from './hai-phong-huyen-2024';
import type { PresetData } from './types';
import '../engine/i18n/sheets';

export type { PresetData } from './types';

export const PRESETS: readonly PresetData[] = [HAI_PHONG_HUYEN_2024, BLANK];
export { DEFAULT_PRESET } from './catalogue';

export function findPreset(name: string): PresetData | undefined {
  return PRESETS.find((p) => p.name === name);
}

const WIDTHS: Record<string, number[]> = {
  criteria: [9, 48, 11, 15, 11, 9, 16, 12, 11, 12, 10, 11],
  data: [20, 12, 11, 11, 10, 12, 48, 22],
  units: [20, 14, 10, 30, 30],
  awards: [8, 60, 12, 10, 12, 13, 18, 10, 12, 10, 30, 34, 10, 12],
  settings: [30, 44],
  history: [8, 10, 28, 8, 11, 9, 12, 30, 36, 16],
};

function sheet(spec: SheetSpec, rows: Cell[][], lang: Lang, title?: string): StyledSheet {
  const header = spec.columns.map((c) => c[lang]);
  const widths = WIDTHS[spec.key] ?? [];
  const columns: ColumnFormat[] = spec.columns.map((_, i) => ({ width: widths[i] ?? 12 }));
  const top: Cell[][] = title ? [[title], []] : [];
  return {
    name: spec[lang],
    rows: [...top, header, ...rows],
    headerRows: [top.length],
    titleRows: title ? [0] : [],
    columns,
    tones: [],
    freeze: { rows: top.length + 1, cols: 0 },
    merges: title ? [`A1:${columnLetter(columns.length - 1)}1`] : [],
    // Drop-down lists, number ranges and input messages (guides.ts); the header repeated on every page.
    validations: sheetGuides(spec.key, spec.columns.map((c) => c.key), top.length, rows, lang),
    printTitles: { first: top.length, last: top.length },
  };
}

function aboutSheet(p: PresetData, lang: Lang): StyledSheet {
  return {
    name: t(lang, 'sheet.about.name'),
    rows: [
      [p.title[lang]],
      [],
      [t(lang, 'sheet.about.source')],
      [p.source[lang]],
      [],
      [t(lang, 'sheet.about.howTo')],
      [t(lang, 'sheet.about.steps')],
      ...(p.notes ? [[], [t(lang, 'sheet.about.conditions')], ...p.notes[lang].map((n) => [n])] : []),
    ],
    headerRows: [],
    titleRows: [0, 2, 5, ...(p.notes ? [8] : [])],
    columns: [{ width: 120 }],
    tones: [],
    freeze: { rows: 0, cols: 0 },
  };
}

/** The input sheets of a preset, ready to write (never over existing sheets: hosts check). */
export function presetSheets(p: PresetData, lang: Lang): StyledSheet[] {
  const title = p.criteria.length ? t(lang, 'sheet.template.criteriaTitle', { title: p.title[lang] }) : undefined;
  const sheets = [
    sheet(CRITERIA_SHEET, p.criteria, lang, title),
    sheet(DATA_SHEET, p.data, lang),
    sheet(UNITS_SHEET, p.units, lang),
    sheet(AWARDS_SHEET, p.awards, lang),
    // A preset without settings lists every setting with its default (the blank template).
    sheet(SETTINGS_SHEET, p.settings.length ? p.settings : defaultSettingRows(lang), lang),
    // Always `Lịch sử`: Excel reserves the sheet name "History" (cycle.md's English alias).
    ...(p.history ? [sheet({ ...HISTORY_SHEET, en: HISTORY_SHEET.vi }, p.history, lang, t(lang, 'sheet.template.historyTitle'))] : []),
  ];
  return p.criteria.length ? [aboutSheet(p, lang), ...sheets] : sheets;
}

/**
 * The units' submission forms (cycle.md §1) as plain documents: which sheets, which cells, which of
 * them are open to the unit and how each open cell is validated, and the marker that lets a returned
 * form be recognised. Hosts write them as they are (exceljs for the CLI and the pane's downloads).
 */
import { t } from '../engine/i18n';
import { hasMethod, hasTarget, isLeaf, kindText, methodText, readsYesNo } from '../engine/kinds';
import type { ClusterModel, Criterion, Entry, Lang } from '../engine/model';
import { normalizeUnitName } from '../engine/names';
import { criteriaFingerprint } from './fingerprint';
import { columnLetter, parseArea, type Cell, type WorkbookGrid } from './grid';
import type { ColumnFormat, StyledSheet } from './output';
import { CRITERIA_SHEET, DATA_SHEET, directionWord } from './schema';
import '../engine/i18n/form-sheet';

/**
 * The workbook-level defined name a form carries. It refers to a cell of the (protected) instructions
 * sheet holding the marker's text: a name that refers to cells survives every program that fills the
 * form (Excel, LibreOffice, openpyxl, exceljs), where a name holding a text constant does not.
 */
export const FORM_MARKER = 'ThiDua_PhieuNhap';

/** What a form's marker holds. */
export interface FormMarker {
  cluster: string;
  unit: string;
  year: number | null;
  period: string | null;
  /** criteriaFingerprint() of the cluster's criteria when the form was made. */
  criteria: string;
}

/** The marker's text (JSON). */
export function markerText(m: FormMarker): string {
  return JSON.stringify({ v: 1, cluster: m.cluster, unit: m.unit, year: m.year, period: m.period, criteria: m.criteria });
}

/** A marker's text back into a marker; null when it is not one. */
export function parseMarkerText(text: string): FormMarker | null {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (v.v !== 1 || typeof v.cluster !== 'string' || typeof v.unit !== 'string' || typeof v.criteria !== 'string') return null;
    const year = typeof v.year === 'number' ? v.year : null;
    const period = typeof v.period === 'string' ? v.period : null;
    return { cluster: v.cluster, unit: v.unit, year, period, criteria: v.criteria };
  } catch {
    return null;
  }
}

/** Whether a marker's cluster is this cluster (names compared as unit names are). */
export function sameCluster(markerCluster: string, cluster: string): boolean {
  return normalizeUnitName(markerCluster) === normalizeUnitName(cluster);
}

/** `'Hướng dẫn'!$B$17`: the reference the marker name holds. */
export function markerReference(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(col)}$${row + 1}`;
}

/** The marker a form's defined name points at, read from the form's grid; null when there is none. */
export function resolveMarker(formula: string | undefined, grid: WorkbookGrid): FormMarker | null {
  if (formula === undefined) return null;
  const m = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)\s*$/i.exec(formula);
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!.trim();
  const sheet = grid.sheets.find((s) => s.name === name);
  const at = parseArea(`${m[3]}${m[4]}`);
  if (!sheet || !at) return null;
  const cell = sheet.rows[at.top - (sheet.originRow ?? 0)]?.[at.left - (sheet.originCol ?? 0)];
  return typeof cell === 'string' ? parseMarkerText(cell) : null;
}

/** The validation of an open cell, with the input message that names the criterion. */
export interface FormValidation {
  type: 'decimal' | 'list';
  /** For decimals: the range allowed (max null: no upper bound). */
  min?: number;
  max?: number | null;
  /** For lists: the choices. */
  list?: readonly string[];
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** A sheet of a form: a styled sheet, protected or not, with the cells left open to the unit. */
export interface FormSheet extends StyledSheet {
  protect: boolean;
  /** 0-based cells left unlocked, each with its validation (null: free text). */
  open: { row: number; col: number; validation: FormValidation | null }[];
  /** 0-based columns whose text wraps. */
  wrap?: number[];
}

export interface FormBook {
  /** `<unit>.xlsx`, safe on Windows. */
  file: string;
  unit: string;
  sheets: FormSheet[];
  /** The marker name, the cell it refers to (0-based, on `sheet`) and what that cell holds. */
  marker: { name: string; sheet: string; row: number; col: number; reference: string; value: FormMarker };
}

export interface FormOptions {
  lang: Lang;
}

/** The pass/fail choices of the form's list (the reader takes both as yes/no). */
export const PASS_FAIL: Record<Lang, readonly [string, string]> = {
  vi: [t('vi', 'sheet.form.pass'), t('vi', 'sheet.form.fail')],
  en: [t('en', 'sheet.form.pass'), t('en', 'sheet.form.fail')],
};

const STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;


/** Cuts a text to Excel's limits on validation titles (32) and messages (255). */
function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** The prompt `{name}: …` with the name shortened so that the whole fits in 255 characters. */
function prompt(text: (name: string) => string, name: string): string {
  const rest = text('').length;
  return cut(text(cut(name, Math.max(20, 250 - rest))), 255);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** A file name for a unit that Windows, macOS and Linux all accept (diacritics kept). */
export function safeFileName(unit: string): string {
  let name = unit
    .normalize('NFC')
    // Characters Windows refuses in a name, and control characters.
    // eslint-disable-next-line no-control-regex -- control characters are what the pattern removes
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || /^_+$/.test(name)) name = 'don-vi';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > 100) name = name.slice(0, 100).trim();
  return `${name}.xlsx`;
}

/** The leaf criteria a unit reports on, in sheet order. */
export function formCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter(isLeaf);
}

function criteriaSheet(model: ClusterModel, lang: Lang): FormSheet {
  const rows: Cell[][] = [CRITERIA_SHEET.columns.map((c) => c[lang])];
  for (const c of model.criteria)
    rows.push([
      c.code,
      c.name,
      c.parent,
      kindText(c.kind, lang),
      c.max,
      hasTarget(c) ? directionWord(c.direction, lang) : null,
      hasMethod(c) ? methodText(c.method, lang) : null,
      c.bonusPerPercent,
      c.bonusCap,
      c.pointsPerUnit,
      c.mandatory ? t(lang, 'sheet.form.yes') : null,
      c.measure || null,
    ]);
  const widths = [9, 48, 11, 15, 11, 9, 16, 12, 11, 12, 10, 11];
  return {
    name: CRITERIA_SHEET[lang],
    rows,
    headerRows: [0],
    titleRows: [],
    columns: widths.map((width) => ({ width })),
    tones: [],
    freeze: { rows: 1, cols: 0 },
    protect: true,
    open: [],
    wrap: [1],
  };
}

function guideSheet(model: ClusterModel, unit: string, marker: FormMarker, lang: Lang): FormSheet {
  const s = model.settings;
  const leader = model.units.find((u) => /^c[uụ]m\s*tr[uư][oở]ng$|^leader$/i.test(u.role.normalize('NFC').trim()));
  const rows: Cell[][] = [
    [`${t(lang, 'sheet.form.title')} — ${unit}`],
    [],
    [t(lang, 'sheet.form.cluster'), marker.cluster],
    [t(lang, 'sheet.form.unit'), unit],
    [t(lang, 'sheet.form.yearPeriod'), [s.year, s.period].filter((v) => v !== null && v !== '').join(' ') || null],
    [t(lang, 'sheet.form.deadline'), s.deadline ?? t(lang, 'sheet.form.noDeadline')],
    [t(lang, 'sheet.form.sendTo'), leader ? t(lang, 'sheet.form.leaderOf', { unit: leader.name }) : t(lang, 'sheet.form.theLeader')],
    [],
    [t(lang, 'sheet.form.how')],
    ...STEPS.map((step) => [t(lang, `sheet.form.${step}`)]),
    [],
    [t(lang, 'sheet.form.fingerprint'), marker.criteria],
    [t(lang, 'sheet.form.markerLabel'), markerText(marker)],
  ];
  return {
    name: t(lang, 'sheet.form.guide'),
    rows,
    headerRows: [],
    titleRows: [0, 8],
    columns: [{ width: 24 }, { width: 70 }],
    tones: [],
    freeze: { rows: 0, cols: 0 },
    protect: true,
    open: [],
  };
}

/** The data sheet's columns: the reader's headers, and the criterion's name between code and target. */
const DATA_COLUMNS = ['unit', 'criterion', 'name', 'target', 'actual', 'self', 'evidence', 'note'] as const;
export type FormColumn = (typeof DATA_COLUMNS)[number];
export const FORM_COLUMN: Record<FormColumn, number> = Object.fromEntries(DATA_COLUMNS.map((k, i) => [k, i] as const)) as Record<FormColumn, number>;

function headerOf(key: FormColumn, lang: Lang): string {
  if (key === 'name') return CRITERIA_SHEET.columns[1][lang];
  return DATA_SHEET.columns.find((c) => c.key === key)![lang];
}

function dataSheet(model: ClusterModel, unit: string, entries: ReadonlyMap<string, Entry>, lang: Lang): FormSheet {
  const rows: Cell[][] = [DATA_COLUMNS.map((k) => headerOf(k, lang))];
  const open: FormSheet['open'] = [];
  const num = (n: number): string => String(n).replace('.', lang === 'vi' ? ',' : '.');
  for (const c of formCriteria(model.criteria)) {
    const entry = entries.get(c.code);
    const target = hasTarget(c) ? (entry?.target ?? null) : null;
    const shown = c.measure ? `${c.name} (${c.measure})` : c.name;
    const r = rows.length;
    rows.push([unit, c.code, shown, target, null, null, null, null]);
    const title = cut(t(lang, 'sheet.form.criterion', { code: c.code }), 32);
    const actual: FormValidation =
      readsYesNo(c)
        ? { type: 'list', list: PASS_FAIL.vi, promptTitle: title, prompt: prompt((name) => t(lang, 'sheet.form.passPrompt', { name }), c.name), errorTitle: t(lang, 'sheet.form.badNumber'), error: t(lang, 'sheet.form.passError') }
        : {
            type: 'decimal',
            min: 0,
            max: null,
            promptTitle: title,
            prompt:
              target !== null
                ? prompt((name) => t(lang, 'sheet.form.targetPrompt', { name, target: num(target) }), c.name)
                : prompt((name) => t(lang, 'sheet.form.numberPrompt', { name }), c.name),
            errorTitle: t(lang, 'sheet.form.badNumber'),
            error: t(lang, 'sheet.form.numberError'),
          };
    const self: FormValidation = {
      type: 'decimal',
      min: 0,
      max: c.max,
      promptTitle: title,
      prompt:
        c.max !== null
          ? prompt((name) => t(lang, 'sheet.form.selfPrompt', { name, max: num(c.max!) }), c.name)
          : prompt((name) => t(lang, 'sheet.form.selfPromptOpen', { name }), c.name),
      errorTitle: t(lang, 'sheet.form.badNumber'),
      error: c.max !== null ? t(lang, 'sheet.form.rangeError', { max: num(c.max) }) : t(lang, 'sheet.form.numberError'),
    };
    open.push({ row: r, col: FORM_COLUMN.actual, validation: actual });
    open.push({ row: r, col: FORM_COLUMN.self, validation: self });
    open.push({ row: r, col: FORM_COLUMN.evidence, validation: null });
    open.push({ row: r, col: FORM_COLUMN.note, validation: null });
  }
  const columns: ColumnFormat[] = [{ width: 22 }, { width: 11 }, { width: 46 }, { width: 13, numFmt: '#,##0.###' }, { width: 14 }, { width: 11 }, { width: 30 }, { width: 30 }];
  return {
    name: DATA_SHEET[lang],
    rows,
    headerRows: [0],
    titleRows: [],
    columns,
    tones: [],
    freeze: { rows: 1, cols: 0 },
    protect: true,
    open,
    wrap: [FORM_COLUMN.name, FORM_COLUMN.evidence, FORM_COLUMN.note],
  };
}

/** One form per unit of the cluster, in the order of its units; file names unique without case. */
export function buildForms(model: ClusterModel, options: FormOptions): FormBook[] {
  const { lang } = options;
  const fingerprint = criteriaFingerprint(model.criteria);
  const byUnit = new Map<string, Map<string, Entry>>();
  for (const e of model.entries) {
    const key = normalizeUnitName(e.unit);
    let m = byUnit.get(key);
    if (!m) byUnit.set(key, (m = new Map()));
    if (!m.has(e.criterion)) m.set(e.criterion, e);
  }
  const taken = new Set<string>();
  return model.units.map((u) => {
    let file = safeFileName(u.name);
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = safeFileName(`${u.name} (${n})`);
    taken.add(file.toLowerCase());
    const marker: FormMarker = {
      cluster: model.settings.cluster ?? '',
      unit: u.name,
      year: model.settings.year,
      period: model.settings.period,
      criteria: fingerprint,
    };
    const guide = guideSheet(model, u.name, marker, lang);
    const sheets = [guide, criteriaSheet(model, lang), dataSheet(model, u.name, byUnit.get(normalizeUnitName(u.name)) ?? new Map(), lang)];
    const row = guide.rows.length - 1;
    return { file, unit: u.name, sheets, marker: { name: FORM_MARKER, sheet: guide.name, row, col: 1, reference: markerReference(guide.name, row, 1), value: marker } };
  });
}

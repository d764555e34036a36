/** The optional sheets: `Đơn vị` (units) and `Khen thưởng` (awards). */
import * as z from 'zod/mini';
import type { DiagnosticList } from '../engine/diagnostics';
import type { Award, AwardConditions, Unit } from '../engine/model';
import { cleanName } from '../engine/names';
import { parseChoice, parseCode, parseNumberStrict as parseNumber, parseShare, parseText, parseYesNo, type Parsed } from './cells';
import { checkRecord, takeAt } from './fields';
import { isBlank, type Cell, type SheetGrid } from './grid';
import { AWARDS_SHEET, SCOPE_CHOICES, SCOPE_WORDS, UNITS_SHEET } from './schema';
import { readTable, type TableRow } from './table';

type UnitKey = (typeof UNITS_SHEET.columns)[number]['key'];
type AwardKey = (typeof AWARDS_SHEET.columns)[number]['key'];

function getter<K extends string>(row: TableRow<K>, diags: DiagnosticList) {
  // The cell's address made only for a diagnostic (a units sheet may have a hundred thousand rows).
  return <T>(k: K, parse: (cell: Cell | undefined) => Parsed<T>): T | undefined => takeAt(parse(row.get(k)), row, k, diags);
}

export function readUnits(sheet: SheetGrid, diags: DiagnosticList): Unit[] {
  const table = readTable<UnitKey>(sheet, UNITS_SHEET, diags);
  if (!table) return [];
  const units: Unit[] = [];
  for (const row of table.rows) {
    const get = getter(row, diags);
    const name = get('unit', parseText);
    if (!name) continue;
    const former = formerNamesOf(get('formerNames', parseText));
    units.push({
      name: cleanName(name),
      role: get('role', parseText) ?? '',
      disciplined: get('disciplined', parseYesNo) ?? false,
      note: get('note', parseText) ?? '',
      at: { name: row.at('unit'), disciplined: row.at('disciplined') },
      ...(former.length ? { formerNames: former } : {}),
    });
  }
  return units;
}

/** `Tên trước đây`: `;`-separated former names. */
function formerNamesOf(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(';')
    .map((n) => cleanName(n))
    .filter((n) => n !== '');
}

const header = (k: string): string => AWARDS_SHEET.columns.find((c) => c.key === k)?.vi ?? k;

const AwardRecord = z.object({
  order: z.number({ error: 'required' }),
  name: z.string().check(z.minLength(1, { error: 'required' })),
  quota: z.nullable(z.int({ error: 'notInteger' }).check(z.minimum(0, { error: 'negative' }))),
  maxShare: z.nullable(z.number().check(z.minimum(0, { error: 'negative' }))),
  minScore: z.nullable(z.number().check(z.minimum(0, { error: 'negative' }))),
  minPercent: z.nullable(z.number().check(z.minimum(0, { error: 'negative' }))),
});

export function readAwards(sheet: SheetGrid, diags: DiagnosticList): Award[] {
  const table = readTable<AwardKey>(sheet, AWARDS_SHEET, diags);
  if (!table) return [];
  const awards: Award[] = [];
  for (const row of table.rows) {
    const get = getter(row, diags);
    const minPercentShare = get('minPercent', (c) => parseShare(c, header('minPercent')));
    const record = {
      order: get('order', (c) => parseNumber(c, header('order'))) ?? undefined,
      name: get('name', parseText) ?? '',
      quota: get('quota', (c) => parseNumber(c, header('quota'))) ?? null,
      maxShare: get('maxShare', (c) => parseShare(c, header('maxShare'))) ?? null,
      minScore: get('minScore', (c) => parseNumber(c, header('minScore'))) ?? null,
      minPercent: minPercentShare === undefined || minPercentShare === null ? null : Number((minPercentShare * 100).toPrecision(12)),
    };
    const scope = get('scope', (c) => parseChoice(c, header('scope'), SCOPE_WORDS, SCOPE_CHOICES)) ?? 'overall';
    const criterion = get('criterion', parseCode) ?? null;
    const checked = checkRecord(
      AwardRecord,
      record,
      (f) => row.at(f as AwardKey),
      header,
      (f) => (record as Record<string, unknown>)[f],
      diags,
    );
    const conditions = readConditions(row, get, diags);
    if (!checked) continue;
    awards.push({
      ...checked,
      scope,
      criterion: scope === 'thematic' ? criterion : null,
      at: { order: row.at('order'), name: row.at('name'), quota: row.at('quota'), maxShare: row.at('maxShare'), criterion: row.at('criterion') },
      ...(conditions ? { conditions } : {}),
    });
  }
  return awards;
}

const CONDITION_KEYS = ['leaderOnly', 'consecutiveYears', 'requiredResult', 'priorAward', 'withinYears', 'notAgainWithin'] as const;

/** A count of years: a whole number from 1. */
function parseYears(cell: Cell | undefined, label: string): Parsed<number | null> {
  const n = parseNumber(cell, label);
  if (!n.ok || n.value === null) return n;
  if (!Number.isInteger(n.value) || n.value < 1) return { ok: false, code: 'badYears', params: { value: n.value, header: label } };
  return n;
}

/** The condition columns of an award row (cycle.md §3); undefined when all are blank. */
function readConditions(
  row: TableRow<AwardKey>,
  get: <T>(k: AwardKey, parse: (cell: Cell | undefined) => Parsed<T>) => T | undefined,
  diags: DiagnosticList,
): AwardConditions | undefined {
  const c: AwardConditions = {
    leaderOnly: get('leaderOnly', parseYesNo) ?? false,
    consecutiveYears: get('consecutiveYears', (x) => parseYears(x, header('consecutiveYears'))) ?? null,
    requiredResult: get('requiredResult', parseText) ?? null,
    priorAward: get('priorAward', parseText) ?? null,
    withinYears: get('withinYears', (x) => parseYears(x, header('withinYears'))) ?? null,
    notAgainWithin: get('notAgainWithin', (x) => parseYears(x, header('notAgainWithin'))) ?? null,
    at: Object.fromEntries(CONDITION_KEYS.map((k) => [k, row.at(k)])),
  };
  // A count of years without the result it counts (or the reverse) cannot be checked. A cell
  // already reported as unreadable is not reported again.
  const blank = (k: AwardKey): boolean => isBlank(row.get(k));
  const pair = (set: AwardKey, missing: AwardKey): void => {
    if (!blank(set) && blank(missing)) diags.error(row.at(missing), 'conditionIncomplete', { header: header(missing), other: header(set) });
  };
  pair('consecutiveYears', 'requiredResult');
  pair('requiredResult', 'consecutiveYears');
  pair('withinYears', 'priorAward');
  const any = c.leaderOnly || c.consecutiveYears !== null || c.requiredResult !== null || c.priorAward !== null || c.withinYears !== null || c.notAgainWithin !== null;
  return any ? c : undefined;
}

/** The optional sheets: `Đơn vị` (units) and `Khen thưởng` (awards). */
import * as z from 'zod/mini';
import type { DiagnosticList } from '../engine/diagnostics';
import type { Award, Unit } from '../engine/model';
import { cleanName } from '../engine/names';
import { parseChoice, parseCode, parseNumberStrict as parseNumber, parseShare, parseText, parseYesNo, type Parsed } from './cells';
import { checkRecord, take } from './fields';
import type { Cell, SheetGrid } from './grid';
import { AWARDS_SHEET, SCOPE_CHOICES, SCOPE_WORDS, UNITS_SHEET } from './schema';
import { readTable, type TableRow } from './table';

type UnitKey = (typeof UNITS_SHEET.columns)[number]['key'];
type AwardKey = (typeof AWARDS_SHEET.columns)[number]['key'];

function getter<K extends string>(row: TableRow<K>, diags: DiagnosticList) {
  return <T>(k: K, parse: (cell: Cell | undefined) => Parsed<T>): T | undefined => take(parse(row.get(k)), row.at(k), diags);
}

export function readUnits(sheet: SheetGrid, diags: DiagnosticList): Unit[] {
  const table = readTable<UnitKey>(sheet, UNITS_SHEET, diags);
  if (!table) return [];
  const units: Unit[] = [];
  for (const row of table.rows) {
    const get = getter(row, diags);
    const name = get('unit', parseText);
    if (!name) continue;
    units.push({
      name: cleanName(name),
      role: get('role', parseText) ?? '',
      disciplined: get('disciplined', parseYesNo) ?? false,
      note: get('note', parseText) ?? '',
      at: { name: row.at('unit'), disciplined: row.at('disciplined') },
    });
  }
  return units;
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
    if (!checked) continue;
    awards.push({
      ...checked,
      scope,
      criterion: scope === 'thematic' ? criterion : null,
      at: { order: row.at('order'), name: row.at('name'), quota: row.at('quota'), maxShare: row.at('maxShare'), criterion: row.at('criterion') },
    });
  }
  return awards;
}

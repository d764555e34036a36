import * as z from 'zod/mini';
import type { DiagnosticList } from '../engine/diagnostics';
import { KIND_NAMES } from '../engine/kinds';
import { DEFAULT_METHOD } from '../engine/methods';
import type { Criterion } from '../engine/model';
import { parseChoice, parseCode, parseNumberStrict as parseNumber, parseText, parseYesNo } from './cells';
import { checkRecord, take } from './fields';
import type { SheetGrid } from './grid';
import {
  CRITERIA_SHEET,
  DIRECTION_CHOICES,
  DIRECTION_WORDS,
  KIND_CHOICES,
  KIND_WORDS,
  METHOD_CHOICES,
  METHOD_WORDS,
} from './schema';
import { readTable } from './table';

const nonNegative = z.nullable(z.number().check(z.minimum(0, { error: 'negative' })));

const CriterionRecord = z.object({
  code: z.string().check(z.minLength(1, { error: 'required' })),
  name: z.string().check(z.minLength(1, { error: 'required' })),
  kind: z.enum(KIND_NAMES, { error: 'required' }),
  max: nonNegative,
  bonusPerPercent: nonNegative,
  bonusCap: nonNegative,
  pointsPerUnit: nonNegative,
});

type Key = (typeof CRITERIA_SHEET.columns)[number]['key'];

export interface CriteriaRead {
  criteria: Criterion[];
  /** Codes whose kind could not be read: their data is not parsed (to avoid a cascade of errors). */
  unreadable: Set<string>;
  /** False when the sheet has no header row: nothing in it could be read. */
  found: boolean;
}

export function readCriteria(sheet: SheetGrid, diags: DiagnosticList): CriteriaRead {
  const table = readTable<Key>(sheet, CRITERIA_SHEET, diags);
  const criteria: Criterion[] = [];
  const unreadable = new Set<string>();
  if (!table) return { criteria, unreadable, found: false };
  const header = (k: string): string => CRITERIA_SHEET.columns.find((c) => c.key === k)?.vi ?? k;
  for (const row of table.rows) {
    const get = <T>(k: Key, parse: (cell: ReturnType<typeof row.get>) => import('./cells').Parsed<T>): T | undefined =>
      take(parse(row.get(k)), row.at(k), diags);
    const code = get('code', parseCode);
    if (!code) continue;
    const kindCell = parseChoice(row.get('kind'), header('kind'), KIND_WORDS, KIND_CHOICES);
    const kind = take(kindCell, row.at('kind'), diags);
    const record = {
      code,
      name: get('name', parseText) ?? '',
      // A kind that could not be read is reported once, by the cell parser, not again by the schema.
      kind: kindCell.ok ? (kind ?? undefined) : 'manual',
      max: get('max', (c) => parseNumber(c, header('max'))) ?? null,
      bonusPerPercent: get('bonusPerPercent', (c) => parseNumber(c, header('bonusPerPercent'))) ?? null,
      bonusCap: get('bonusCap', (c) => parseNumber(c, header('bonusCap'))) ?? null,
      pointsPerUnit: get('pointsPerUnit', (c) => parseNumber(c, header('pointsPerUnit'))) ?? null,
    };
    const direction = get('direction', (c) => parseChoice(c, header('direction'), DIRECTION_WORDS, DIRECTION_CHOICES)) ?? 'higher';
    const method = get('method', (c) => parseChoice(c, header('method'), METHOD_WORDS, METHOD_CHOICES)) ?? DEFAULT_METHOD;
    const mandatory = get('mandatory', parseYesNo) ?? false;
    const parent = get('parent', parseCode) ?? null;
    const measure = get('measure', parseText) ?? '';
    const checked = checkRecord(
      CriterionRecord,
      record,
      (f) => row.at(f as Key),
      header,
      (f) => (record as Record<string, unknown>)[f],
      diags,
    );
    if (!checked || !kindCell.ok) unreadable.add(code);
    criteria.push({
      code,
      name: record.name,
      parent,
      kind: kindCell.ok && checked ? checked.kind : (kind ?? 'manual'),
      max: record.max,
      direction,
      method,
      bonusPerPercent: record.bonusPerPercent,
      bonusCap: record.bonusCap,
      pointsPerUnit: record.pointsPerUnit,
      mandatory,
      measure,
      at: {
        code: row.at('code'),
        max: row.at('max'),
        parent: row.at('parent'),
        bonusPerPercent: row.at('bonusPerPercent'),
        bonusCap: row.at('bonusCap'),
        mandatory: row.at('mandatory'),
      },
    });
  }
  return { criteria, unreadable, found: true };
}

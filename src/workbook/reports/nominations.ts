/**
 * The nomination draft: one row per unit proposed, then one per unit not proposed, one column table
 * from which the sheet `Đề nghị khen thưởng` (its two tables), `THIDUA.NOMINATIONS` and the JSON's
 * `nominations` and `notNominated` (cli.md) are built. The functions put the award first (`at`); a
 * unit not proposed has no award and no status in the JSON (`undefined` leaves the key out).
 */
import { nominationReasonText, nominationStatusLabel, reasonText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult, Nomination, NotNominated, UnitResult } from '../../engine/result';
import { columnsOf, type Column, type ColumnContext, type Entry, type Surface } from './columns';

export type NominationRow = { part: 'proposed'; no: number; n: Nomination } | { part: 'left'; no: number; n: NotNominated };

export interface NominationContext extends ColumnContext {
  result: ClusterResult;
  /** The sheet's table being written: the units proposed, or those not proposed. */
  section: 'proposed' | 'left';
  byUnit: ReadonlyMap<string, UnitResult>;
}

export type NominationColumn = Column<NominationRow, NominationContext>;
export type NominationEntry = Entry<NominationRow, NominationContext>;

const NOT_PROPOSED = { vi: 'Không đề nghị', en: 'Not proposed' };

const bySection = (proposed: { vi: string; en: string }, left: { vi: string; en: string }) => (ctx: NominationContext): string =>
  (ctx.section === 'left' ? left : proposed)[ctx.lang];

export const NOMINATIONS: readonly NominationEntry[] = [
  { key: 'no', header: { vi: 'STT', en: 'No.' }, value: (r) => r.no, format: 'rank', width: 6, show: ['sheet'] },
  {
    key: 'unit',
    header: { vi: 'Đơn vị', en: 'Unit' },
    value: (r) => r.n.unit,
    format: 'text',
    width: 28,
    show: ['sheet', 'function', 'json'],
    at: { function: 1 },
    json: { key: 'unit', at: 1 },
  },
  {
    key: 'award',
    header: bySection({ vi: 'Hình thức đề nghị', en: 'Proposed award' }, { vi: '', en: '' }),
    headers: { function: { vi: 'Hình thức', en: 'Award' } },
    value: (r) => (r.part === 'proposed' ? r.n.award : null),
    format: 'text',
    width: 48,
    show: ['sheet', 'function', 'json'],
    at: { function: 0 },
    json: { key: 'award', at: 0, value: (r) => (r.part === 'proposed' ? r.n.award : undefined) },
  },
  {
    key: 'status',
    header: { vi: 'Trạng thái', en: 'Status' },
    value: (r, { lang }) => (r.part === 'proposed' ? nominationStatusLabel(r.n.status, lang) : NOT_PROPOSED[lang]),
    format: 'text',
    width: 14,
    show: ['function', 'json'],
    at: { function: 2 },
    json: { key: 'status', at: 2, value: (r) => (r.part === 'proposed' ? r.n.status : undefined) },
  },
  {
    key: 'total',
    header: { vi: 'Tổng điểm', en: 'Total' },
    value: (r, { byUnit }) => byUnit.get(r.n.unit)?.total ?? null,
    format: 'points',
    width: 11,
    show: ['sheet'],
  },
  { key: 'rank', header: { vi: 'Hạng', en: 'Rank' }, value: (r, { byUnit }) => byUnit.get(r.n.unit)?.rank ?? null, format: 'rank', width: 7, show: ['sheet'] },
  {
    key: 'basis',
    header: bySection({ vi: 'Căn cứ', en: 'Basis' }, { vi: 'Lý do', en: 'Reason' }),
    headers: { function: { vi: 'Căn cứ / Lý do', en: 'Basis / reason' } },
    value: (r, { lang, decimals }) => (r.part === 'proposed' ? nominationReasonText(r.n, lang, decimals) : reasonText(r.n.reason, lang)),
    format: 'text',
    width: 50,
    show: ['sheet', 'function', 'json'],
    // A unit tied at the quota boundary (`Cần bình xét`) stands out.
    tone: (r) => (r.part === 'proposed' && r.n.status === 'vote' ? 'neutral' : null),
    at: { function: 3 },
    json: { key: 'reason', at: 3 },
  },
];

export function nominationColumns(
  result: ClusterResult,
  lang: Lang,
  surface: Surface,
  table: readonly NominationEntry[] = NOMINATIONS,
  section: NominationContext['section'] = 'proposed',
): { ctx: NominationContext; columns: NominationColumn[] } {
  // Filled in a loop: no pair array per unit (100,000 of them).
  const byUnit = new Map<string, UnitResult>();
  for (const u of result.units) byUnit.set(u.unit, u);
  const ctx: NominationContext = { result, lang, decimals: result.settings.decimals, section, byUnit };
  return { ctx, columns: columnsOf(table, ctx, surface) };
}

/** The units proposed, numbered from 1. */
export function proposedRows(result: ClusterResult): NominationRow[] {
  return result.nominations.map((n, i) => ({ part: 'proposed', no: i + 1, n }));
}

/** The units not proposed, numbered from 1. */
export function leftRows(result: ClusterResult): NominationRow[] {
  return result.notNominated.map((n, i) => ({ part: 'left', no: i + 1, n }));
}

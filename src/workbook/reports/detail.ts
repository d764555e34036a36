/**
 * The score detail: one row per unit and criterion, one column table from which the sheet
 * `Chi tiết điểm` and each unit's `criteria` in the result JSON (cli.md) are built. The JSON holds the
 * columns that have a `json` field, for the criteria the unit is scored on (extras excluded, as
 * cli.md says); the sheet every leaf and extra, in the criteria's order.
 */
import type { LeafFigures } from '../../engine/columns';
import { SharedExplanations } from '../../engine/explain-shared';
import { hasTarget, isLeaf, readsScores } from '../../engine/kinds';
import { resultStatusLabel } from '../../engine/labels';
import type { Criterion, Lang } from '../../engine/model';
import type { ClusterResult, CriterionResult, UnitResult } from '../../engine/result';
import { leafDetail, ResultCursor, ScoredUnit } from '../../engine/scored-units';
import type { Cell } from '../grid';
import { STATUS_TONES } from '../output-kinds';
import { columnsOf, jsonMaker, type Column, type ColumnContext, type Entry, type Surface } from './columns';

export interface DetailRow {
  unit: UnitResult;
  criterion: Criterion;
  outcome: CriterionResult;
  /** The figures the outcome was scored from, when at hand (the sheet's rows); else its `entry`. */
  figures?: LeafFigures | null;
}

/** The row's figures without making the outcome's `entry` when the row has them. */
const figuresOf = (r: DetailRow): LeafFigures | null => (r.figures !== undefined ? r.figures : r.outcome.entry);

export interface DetailContext extends ColumnContext {
  result: ClusterResult;
  /**
   * The table's explanations, each written once where rows explain the same way (outside the target
   * criteria: `Đạt → 10`, `Tự chấm 9`, `2 × 2,5 = 5`): a sheet of a million rows then makes and holds
   * one string per distinct text instead of one per row (src/engine/explain-shared.ts).
   */
  explanations: SharedExplanations;
}

/** The explanation of a row (shared with the rows that explain the same way). */
const explanationOf = (r: DetailRow, ctx: DetailContext): string => ctx.explanations.of(r.outcome, r.criterion, figuresOf(r));

export type DetailColumn = Column<DetailRow, DetailContext>;
export type DetailEntry = Entry<DetailRow, DetailContext>;

const YES_NO = { yes: { vi: 'Đạt', en: 'Yes' }, no: { vi: 'Không đạt', en: 'No' } };

/** The actual figure as shown: a yes/no in words, nothing for a manual score. */
function actualShown(r: DetailRow, lang: Lang): Cell {
  const a = figuresOf(r)?.actual ?? null;
  if (typeof a === 'boolean') return (a ? YES_NO.yes : YES_NO.no)[lang];
  return readsScores(r.criterion) ? null : a;
}

export const DETAIL: readonly DetailEntry[] = [
  { key: 'unit', header: { vi: 'Đơn vị', en: 'Unit' }, value: (r) => r.unit.unit, format: 'text', width: 24, show: ['sheet'] },
  { key: 'code', header: { vi: 'Mã tiêu chí', en: 'Criterion' }, value: (r) => r.criterion.code, format: 'text', width: 10, show: ['sheet'] },
  { key: 'name', header: { vi: 'Tên tiêu chí', en: 'Name' }, value: (r) => r.criterion.name, format: 'text', width: 40, show: ['sheet'] },
  {
    key: 'target',
    header: { vi: 'Chỉ tiêu', en: 'Target' },
    value: (r) => (hasTarget(r.criterion) ? (figuresOf(r)?.target ?? null) : null),
    format: 'figure',
    width: 11,
    show: ['sheet'],
  },
  { key: 'actual', header: { vi: 'Thực hiện', en: 'Actual' }, value: (r, { lang }) => actualShown(r, lang), format: 'figure', width: 11, show: ['sheet'] },
  {
    key: 'rate',
    header: { vi: 'Tỷ lệ %', en: 'Rate %' },
    value: (r) => r.outcome.rate,
    format: 'ratio',
    width: 10,
    show: ['sheet', 'json'],
    json: { key: 'rate', at: 3 },
  },
  {
    key: 'status',
    header: { vi: 'Trạng thái', en: 'Status' },
    value: (r, { lang }) => resultStatusLabel(r.outcome, lang),
    format: 'text',
    width: 16,
    show: ['sheet', 'json'],
    tone: (r) => STATUS_TONES[r.outcome.status] ?? null,
    json: { key: 'status', at: 2, value: (r) => r.outcome.status },
  },
  {
    key: 'points',
    header: { vi: 'Điểm', en: 'Points' },
    value: (r) => r.outcome.points,
    format: 'points',
    width: 9,
    show: ['sheet', 'json'],
    json: { key: 'points', at: 0 },
  },
  {
    key: 'max',
    header: { vi: 'Điểm tối đa', en: 'Maximum' },
    value: (r) => r.outcome.max,
    format: 'points',
    width: 9,
    show: ['sheet', 'json'],
    json: { key: 'max', at: 1 },
  },
  { key: 'evidence', header: { vi: 'Minh chứng', en: 'Evidence' }, value: (r) => figuresOf(r)?.evidence || null, format: 'text', width: 18, show: ['sheet'] },
  {
    key: 'explanation',
    header: { vi: 'Giải thích', en: 'Explanation' },
    value: explanationOf,
    format: 'text',
    width: 60,
    show: ['sheet'],
  },
];

export function detailColumns(result: ClusterResult, lang: Lang, surface: Surface, table: readonly DetailEntry[] = DETAIL): { ctx: DetailContext; columns: DetailColumn[] } {
  const ctx: DetailContext = { result, lang, decimals: result.settings.decimals, explanations: new SharedExplanations(lang, result.settings.decimals) };
  return { ctx, columns: columnsOf(table, ctx, surface) };
}

/** The sheet's rows: each unit in rank order, each leaf (extras included) it has a result for. */
export function detailRows(result: ClusterResult): DetailRow[] {
  const leaves = result.criteria.filter(isLeaf);
  const rows: DetailRow[] = [];
  for (const unit of result.units)
    for (const criterion of leaves) {
      // From the result's columns: no record kept on the unit, no figures' record with locations.
      const d = leafDetail(unit, criterion.code);
      if (d) rows.push({ unit, criterion, outcome: d.outcome, figures: d.figures });
    }
  return rows;
}

/** A unit's `criteria` in the JSON: each criterion it is scored on, by code, with the table's JSON fields. */
export function criteriaJson(result: ClusterResult, lang: Lang, table: readonly DetailEntry[] = DETAIL): (unit: UnitResult) => Record<string, Record<string, unknown>> {
  const { ctx, columns } = detailColumns(result, lang, 'json', table);
  const fields = jsonMaker(columns);
  const byCode = new Map(result.criteria.map((c) => [c.code, c] as const));
  return (unit) =>
    Object.fromEntries(
      Object.values(unit.criteria).map((outcome) => {
        // A unit is scored on the result's criteria only (engine/evaluate.ts).
        const criterion = byCode.get(outcome.code)!;
        return [outcome.code, fields({ unit, criterion, outcome }, ctx)];
      }),
    );
}

/**
 * The sheet's rows as `detailRows` gives them, one at a time into one reused row: a ScoredUnit's
 * results are read through a cursor, so a sheet of a million rows makes no record, figures' record
 * or row object per row. `visit` reads the row there and then (the next one overwrites it).
 */
export function forEachDetailRow(result: ClusterResult, visit: (row: DetailRow) => void): void {
  const rows = new DetailRows(result);
  for (let row = rows.next(); row !== null; row = rows.next()) visit(row);
}

/** forEachDetailRow as a generator: the same reused row, read before the next step. */
export function* eachDetailRow(result: ClusterResult): Generator<DetailRow, void, void> {
  const rows = new DetailRows(result);
  for (let row = rows.next(); row !== null; row = rows.next()) yield row;
}

/**
 * The detail's rows pulled one at a time (`next`, null after the last), each into the same row
 * object: what the sliced sheet reads (issue 16) without a generator's result object per row
 * (issue 17); a unit's results are looked at only when its rows are reached.
 */
export class DetailRows {
  private readonly leaves: Criterion[];
  private readonly cursor = new ResultCursor();
  // Every field is set before the first row is given.
  private readonly row = { figures: null } as DetailRow;
  private unit = 0;
  private leaf = 0;

  constructor(private readonly result: ClusterResult) {
    this.leaves = result.criteria.filter(isLeaf);
  }

  next(): DetailRow | null {
    const { units } = this.result;
    const { leaves, row, cursor } = this;
    while (this.unit < units.length) {
      const unit = units[this.unit]!;
      while (this.leaf < leaves.length) {
        const criterion = leaves[this.leaf++]!;
        if (unit instanceof ScoredUnit) {
          if (!unit.readLeaf(criterion.code, cursor)) continue;
          row.outcome = cursor;
          row.figures = cursor.figures();
        } else {
          const outcome = unit.criteria[criterion.code] ?? unit.extras[criterion.code];
          if (!outcome) continue;
          row.outcome = outcome;
          row.figures = outcome.entry;
        }
        row.unit = unit;
        row.criterion = criterion;
        return row;
      }
      this.unit++;
      this.leaf = 0;
    }
    return null;
  }
}

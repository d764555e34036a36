/**
 * THE ranking: one column table from which the results sheet `Kết quả`, `THIDUA.RESULTS`, the CLI's
 * ranking, the `units` of the result JSON (cli.md) and the pane's ranking table are built. A column
 * added here shows on every surface its `show` names; see docs/architecture.md, "Adding an output
 * column". The order of the entries is the order of the columns on every surface; the JSON keeps
 * its own order (cli.md) through `json.at`.
 */
import { groupHeading } from '../../engine/format';
import { rankChangeText } from '../../engine/compare';
import { periodLabel, periodWord } from '../../engine/history';
import { tieNoteText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult, UnitResult } from '../../engine/result';
import type { Tone } from '../output-kinds';
import { criteriaJson, type DetailEntry } from './detail';
import { columnsOf, type Column, type ColumnContext, type Entry, type Surface } from './columns';

export interface RankingContext extends ColumnContext {
  result: ClusterResult;
  /** The detail's table for each unit's `criteria` in the JSON (tests pass a copy). */
  detail?: readonly DetailEntry[];
}

export type RankingColumn = Column<UnitResult, RankingContext>;
export type RankingEntry = Entry<UnitResult, RankingContext>;

export function rankingContext(result: ClusterResult, lang: Lang): RankingContext {
  return { result, lang, decimals: result.settings.decimals };
}

const ALL: readonly Surface[] = ['sheet', 'function', 'cli', 'json', 'pane'];

/** There is an earlier period to compare with (cycle.md §2). */
const compared = (ctx: RankingContext): boolean => Boolean(ctx.result.comparison?.previous);
const comparisonOf = (u: UnitResult, ctx: RankingContext) => ctx.result.comparison?.units[u.unit];
const previousOf = (u: UnitResult, ctx: RankingContext) => comparisonOf(u, ctx)?.previous ?? null;
const earlier = (ctx: RankingContext): string => periodLabel(ctx.result.comparison!.previous!, ctx.lang);
/** Each unit's `criteria` in the JSON, from the detail's column table (worked out once per run). */
const criteriaMakers = new WeakMap<RankingContext, ReturnType<typeof criteriaJson>>();
function criteriaOf(ctx: RankingContext): ReturnType<typeof criteriaJson> {
  let make = criteriaMakers.get(ctx);
  if (!make) criteriaMakers.set(ctx, (make = criteriaJson(ctx.result, ctx.lang, ctx.detail)));
  return make;
}
const withEarlier = (w: { vi: string; en: string }) => (ctx: RankingContext): string => `${w[ctx.lang]} ${earlier(ctx)}`;

function changeTone(change: number | null | undefined): Tone | null {
  if (change === null || change === undefined || change === 0) return null;
  return change > 0 ? 'good' : 'bad';
}

/** One column per top-level group (`I. Kinh tế`), its points. */
function groupColumns(ctx: RankingContext): RankingColumn[] {
  const { result } = ctx;
  return result.topGroups.map((code) => {
    const name = result.criteria.find((c) => c.code === code)?.name;
    return {
      key: `group:${code}`,
      header: () => groupHeading(code, name),
      headers: { cli: () => code },
      value: (u) => u.groups[code] ?? 0,
      format: 'points',
      width: 14,
      show: ['sheet', 'function', 'cli'],
    };
  });
}

export const RANKING: readonly RankingEntry[] = [
  {
    key: 'rank',
    header: { vi: 'Hạng', en: 'Rank' },
    value: (u) => u.rank,
    format: 'rank',
    width: 7,
    show: ALL,
    json: { key: 'rank', at: 1 },
  },
  {
    key: 'unit',
    header: { vi: 'Đơn vị', en: 'Unit' },
    value: (u) => u.unit,
    format: 'text',
    width: 28,
    show: ALL,
    json: { key: 'unit', at: 0 },
  },
  { key: 'group', expand: groupColumns },
  {
    key: 'groups',
    header: { vi: 'Điểm theo nhóm', en: 'Points by group' },
    value: () => null,
    format: 'text',
    width: 0,
    show: ['json'],
    json: { key: 'groups', at: 6, value: (u, { result }) => Object.fromEntries(result.topGroups.map((g) => [g, u.groups[g] ?? 0])) },
  },
  {
    key: 'bonus',
    header: { vi: 'Điểm thưởng', en: 'Bonus' },
    headers: { cli: { vi: 'Thưởng', en: 'Bonus' } },
    value: (u) => u.bonus,
    format: 'points',
    width: 11,
    show: ['sheet', 'function', 'cli', 'json'],
    json: { key: 'bonus', at: 7 },
  },
  {
    key: 'penalty',
    header: { vi: 'Điểm trừ', en: 'Deductions' },
    headers: { cli: { vi: 'Trừ', en: 'Ded.' } },
    value: (u) => u.penalty,
    format: 'points',
    width: 10,
    show: ['sheet', 'function', 'cli', 'json'],
    json: { key: 'penalty', at: 8 },
  },
  {
    key: 'total',
    header: { vi: 'Tổng điểm', en: 'Total' },
    headers: { cli: { vi: 'Tổng', en: 'Total' } },
    value: (u) => u.total,
    format: 'points',
    width: 11,
    show: ALL,
    json: { key: 'total', at: 2 },
  },
  {
    key: 'max',
    header: { vi: 'Điểm tối đa', en: 'Maximum' },
    headers: { cli: { vi: 'Tối đa', en: 'Max' } },
    value: (u) => u.max,
    format: 'points',
    width: 11,
    show: ['sheet', 'cli', 'json'],
    json: { key: 'max', at: 3 },
  },
  {
    key: 'percent',
    header: { vi: 'Tỷ lệ %', en: 'Percent' },
    headers: { cli: { vi: 'Tỷ lệ %', en: '%' }, pane: { vi: 'Tỷ lệ %', en: '%' } },
    value: (u) => u.percent,
    format: 'percent',
    width: 9,
    show: ALL,
    json: { key: 'percent', at: 4 },
  },
  {
    key: 'classification',
    header: { vi: 'Xếp loại', en: 'Classification' },
    headers: { cli: { vi: 'Xếp loại', en: 'Class' }, pane: { vi: 'Xếp loại', en: 'Class' } },
    value: (u) => u.classification,
    format: 'text',
    width: 12,
    show: ALL,
    json: { key: 'classification', at: 5 },
  },
  {
    key: 'exceeded',
    header: { vi: 'Vượt', en: 'Exceeded' },
    value: (u) => u.exceeded,
    format: 'count',
    width: 7,
    show: ['sheet', 'json'],
    json: { key: 'exceeded', at: 9 },
  },
  {
    key: 'met',
    header: { vi: 'Đạt', en: 'Met' },
    value: (u) => u.met,
    format: 'count',
    width: 7,
    show: ['sheet', 'json'],
    json: { key: 'met', at: 10 },
  },
  {
    key: 'below',
    header: { vi: 'Chưa đạt', en: 'Below' },
    value: (u) => u.below,
    format: 'count',
    width: 9,
    show: ['sheet', 'json'],
    json: { key: 'below', at: 11 },
  },
  {
    // The pane shows the note under the unit's name.
    key: 'tieNote',
    header: { vi: 'Ghi chú xếp hạng', en: 'Ranking note' },
    headers: { cli: { vi: 'Ghi chú', en: 'Note' } },
    value: (u, { lang }) => tieNoteText(u.tie, lang),
    format: 'text',
    width: 30,
    show: ['sheet', 'cli', 'json'],
    json: { key: 'tieBreak', at: 12, value: (u, { lang }) => (u.tie ? tieNoteText(u.tie, lang) : null) },
  },
  {
    key: 'criteria',
    header: { vi: 'Điểm theo tiêu chí', en: 'Points by criterion' },
    value: () => null,
    format: 'text',
    width: 0,
    show: ['json'],
    json: { key: 'criteria', at: 13, value: (u, ctx) => criteriaOf(ctx)(u) },
  },
  // The comparison with the earlier period (cycle.md §2), only when the history holds one.
  {
    key: 'previousRank',
    header: withEarlier({ vi: 'Hạng', en: 'Rank' }),
    value: (u, ctx) => previousOf(u, ctx)?.rank ?? null,
    format: 'rank',
    width: 11,
    show: ['sheet', 'cli'],
    when: compared,
    appendix: true,
  },
  {
    key: 'rankChange',
    header: { vi: 'Thay đổi hạng', en: 'Rank change' },
    headers: { cli: { vi: 'Thay đổi', en: 'Change' }, pane: { vi: 'Thay đổi', en: 'Change' } },
    value: (u, ctx) => rankChangeText(comparisonOf(u, ctx), ctx.lang),
    format: 'text',
    align: 'right',
    width: 10,
    show: ['sheet', 'cli', 'pane'],
    when: compared,
    tone: (u, ctx) => changeTone(comparisonOf(u, ctx)?.rankChange),
    appendix: true,
  },
  {
    key: 'previousTotal',
    header: withEarlier({ vi: 'Tổng điểm', en: 'Total' }),
    value: (u, ctx) => previousOf(u, ctx)?.total ?? null,
    format: 'points',
    width: 13,
    show: ['sheet'],
    when: compared,
    appendix: true,
  },
  {
    key: 'totalChange',
    header: { vi: 'Chênh lệch điểm', en: 'Total change' },
    value: (u, ctx) => comparisonOf(u, ctx)?.totalChange ?? null,
    format: 'signedPoints',
    width: 12,
    show: ['sheet'],
    when: compared,
    appendix: true,
  },
  {
    key: 'previousPercent',
    header: withEarlier({ vi: 'Tỷ lệ %', en: 'Percent' }),
    value: (u, ctx) => previousOf(u, ctx)?.percent ?? null,
    format: 'percent',
    width: 12,
    show: ['sheet'],
    when: compared,
    appendix: true,
  },
  {
    key: 'percentChange',
    header: { vi: 'Chênh lệch tỷ lệ', en: 'Percent change' },
    value: (u, ctx) => comparisonOf(u, ctx)?.percentChange ?? null,
    format: 'signedPercent',
    width: 12,
    show: ['sheet'],
    when: compared,
    appendix: true,
  },
  {
    // `period` is `năm` or `6 tháng` in either language (cli.md).
    key: 'previous',
    header: { vi: 'Kỳ trước', en: 'Earlier period' },
    value: () => null,
    format: 'text',
    width: 0,
    show: ['json'],
    when: compared,
    json: {
      key: 'previous',
      at: 14,
      value: (u, ctx) => {
        const p = previousOf(u, ctx);
        return p && { year: p.year, period: periodWord(p.period, 'vi'), rank: p.rank, total: p.total, percent: p.percent };
      },
    },
  },
  {
    key: 'rankChangeNumber',
    header: { vi: 'Thay đổi hạng', en: 'Rank change' },
    value: (u, ctx) => comparisonOf(u, ctx)?.rankChange ?? null,
    format: 'count',
    width: 0,
    show: ['json'],
    when: compared,
    json: { key: 'rankChange', at: 15 },
  },
];

/** The ranking's columns for a run and a surface. */
export function rankingColumns(result: ClusterResult, lang: Lang, surface: Surface, table: readonly RankingEntry[] = RANKING): { ctx: RankingContext; columns: RankingColumn[] } {
  const ctx = rankingContext(result, lang);
  return { ctx, columns: columnsOf(table, ctx, surface) };
}

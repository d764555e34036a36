/**
 * The result JSON of cli.md: what `thidua score --json` prints and the fixtures' expected files hold.
 * A unit's fields are the ranking's column table's JSON fields (./ranking.ts), in cli.md's order.
 */
import { diagnosticText } from '../../engine/diagnostics';
import type { Lang } from '../../engine/model';
import type { ClusterResult, Status } from '../../engine/result';
import { voteJson, type VoteJson } from '../../engine/vote-json';
import { jsonMaker } from './columns';
import { DETAIL, type DetailEntry } from './detail';
import { NOMINATIONS, leftRows, nominationColumns, proposedRows, type NominationEntry } from './nominations';
import { RANKING, rankingColumns, type RankingEntry } from './ranking';

export interface ResultJson {
  cluster: string | null;
  year: number | null;
  period: string | null;
  units: {
    unit: string;
    rank: number;
    total: number;
    max: number;
    percent: number;
    classification: string;
    groups: Record<string, number>;
    bonus: number;
    penalty: number;
    exceeded: number;
    met: number;
    below: number;
    tieBreak: string | null;
    criteria: Record<string, { points: number | null; max: number | null; status: Status; rate: number | null }>;
    /** Only when the history holds an earlier period (cycle.md §2); `period` is `năm` or `6 tháng`. */
    previous?: { year: number; period: string; rank: number | null; total: number | null; percent: number | null } | null;
    rankChange?: number | null;
  }[];
  nominations: { award: string; unit: string; status: 'nominated' | 'vote'; reason: string }[];
  notNominated: { unit: string; reason: string }[];
  diagnostics: { severity: 'error' | 'warning'; sheet: string; cell: string; message: string }[];
  /** Only when the workbook has ballots (vote.md). */
  vote?: VoteJson;
}

/** The result JSON; the tables are parameters so that a test can add a column to a copy. */
export function toResultJson(
  result: ClusterResult,
  lang: Lang,
  table: readonly RankingEntry[] = RANKING,
  detail: readonly DetailEntry[] = DETAIL,
  nominations: readonly NominationEntry[] = NOMINATIONS,
): ResultJson {
  const { ctx: run, columns } = rankingColumns(result, lang, 'json', table);
  const ctx = { ...run, detail };
  const unitJson = jsonMaker(columns);
  const { ctx: nctx, columns: ncolumns } = nominationColumns(result, lang, 'json', nominations);
  const nominationJson = jsonMaker(ncolumns);
  return {
    cluster: result.cluster,
    year: result.year,
    period: result.period,
    // The fields are the table's; ResultJson names them for the readers of the JSON (cli.md).
    units: result.units.map((u) => unitJson(u, ctx) as unknown as ResultJson['units'][number]),
    nominations: proposedRows(result).map((r) => nominationJson(r, nctx) as unknown as ResultJson['nominations'][number]),
    notNominated: leftRows(result).map((r) => nominationJson(r, nctx) as unknown as ResultJson['notNominated'][number]),
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, message: diagnosticText(d, lang) })),
    ...(result.vote ? { vote: voteJson(result.vote) } : {}),
  };
}

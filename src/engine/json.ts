/** The result JSON of cli.md: what `thidua score --json` prints and the fixtures' expected files hold. */
import { diagnosticText } from './diagnostics';
import { periodWord } from './history';
import { nominationReasonText, reasonText, tieNoteText } from './labels';
import type { Lang } from './model';
import type { ClusterResult, Status } from './result';
import { voteJson, type VoteJson } from './vote-json';

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

export function toResultJson(result: ClusterResult, lang: Lang): ResultJson {
  return {
    cluster: result.cluster,
    year: result.year,
    period: result.period,
    units: result.units.map((u) => ({
      unit: u.unit,
      rank: u.rank,
      total: u.total,
      max: u.max,
      percent: u.percent,
      classification: u.classification,
      groups: Object.fromEntries(result.topGroups.map((g) => [g, u.groups[g] ?? 0])),
      bonus: u.bonus,
      penalty: u.penalty,
      exceeded: u.exceeded,
      met: u.met,
      below: u.below,
      tieBreak: u.tie ? tieNoteText(u.tie, lang) : null,
      criteria: Object.fromEntries(
        Object.values(u.criteria).map((c) => [c.code, { points: c.points, max: c.max, status: c.status, rate: c.rate }]),
      ),
      ...previousJson(result, u.unit),
    })),
    nominations: result.nominations.map((n) => ({
      award: n.award,
      unit: n.unit,
      status: n.status,
      reason: nominationReasonText(n, lang, result.settings.decimals),
    })),
    notNominated: result.notNominated.map((n) => ({ unit: n.unit, reason: reasonText(n.reason, lang) })),
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, message: diagnosticText(d, lang) })),
    ...(result.vote ? { vote: voteJson(result.vote) } : {}),
  };
}

/** `previous` and `rankChange` of a unit, only when there is an earlier period to compare with. */
function previousJson(result: ClusterResult, unit: string): Pick<ResultJson['units'][number], 'previous' | 'rankChange'> {
  if (!result.comparison?.previous) return {};
  const c = result.comparison.units[unit];
  const p = c?.previous ?? null;
  return {
    previous: p && { year: p.year, period: periodWord(p.period, 'vi'), rank: p.rank, total: p.total, percent: p.percent },
    rankChange: c?.rankChange ?? null,
  };
}

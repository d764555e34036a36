/**
 * The ballots use case (vote.md, "Ballot forms"): from the current draft, the printable ballot
 * `Mẫu phiếu bầu` and the `Phiếu bầu` entry sheet prefilled for every voter. Grid in, sheets out:
 * the CLI (`thidua ballots`) and the task pane (*Tạo phiếu bầu*) only write what comes back.
 */
import type { Diagnostic } from '../engine/diagnostics';
import type { Lang } from '../engine/model';
import { voteAwardsOf, type VoteAward } from '../engine/vote';
import type { WorkbookGrid } from '../workbook/grid';
import type { OutputSheet } from '../workbook/output';
import { scoreGrid } from '../workbook/pipeline';
import type { ReadOptions } from '../workbook/read';
import { BALLOTS_SHEET } from '../workbook/schema';
import { findSheets } from '../workbook/table';
import { ballotFormSheet, ballotsInputSheet } from '../workbook/vote-sheets';

export type BallotsOutcome =
  | { ok: true; sheets: OutputSheet[]; voters: number; awards: VoteAward[]; diagnostics: Diagnostic[] }
  /** The workbook already has a `Phiếu bầu` sheet: it is never written over. */
  | { ok: false; reason: 'exists'; sheet: string; diagnostics: Diagnostic[] }
  /** The workbook has errors: no draft, no ballots. */
  | { ok: false; reason: 'errors'; diagnostics: Diagnostic[] }
  /** The draft has no candidate for any award. */
  | { ok: false; reason: 'noCandidates'; diagnostics: Diagnostic[] };

export function makeBallots(grid: WorkbookGrid, lang: Lang, options: ReadOptions = {}): BallotsOutcome {
  const existing = findSheets({ ...grid, sheets: grid.sheets.filter((s) => !options.ignore?.has(s.name)) }, BALLOTS_SHEET)[0];
  if (existing) return { ok: false, reason: 'exists', sheet: existing.name, diagnostics: [] };
  const { result } = scoreGrid(grid, lang, options);
  if (!result.ok) return { ok: false, reason: 'errors', diagnostics: result.diagnostics };
  const awards = voteAwardsOf(result);
  if (awards.length === 0) return { ok: false, reason: 'noCandidates', diagnostics: result.diagnostics };
  const voters = result.settings.voters ?? result.units.length;
  return {
    ok: true,
    sheets: [ballotFormSheet(result, lang, awards), ballotsInputSheet(awards, voters, lang)],
    voters,
    awards,
    diagnostics: result.diagnostics,
  };
}

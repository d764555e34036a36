/**
 * The whole job on a model: validate → score → rank → nominate. Errors never stop at the first;
 * while any remain, nothing is ranked (R6).
 */
import { DiagnosticList, type Diagnostic } from './diagnostics';
import type { MessageCode } from './messages';
import type { ClusterModel } from './model';
import { indexEntries } from './entries';
import { isGroup } from './kinds';
import { compareWithHistory } from './compare';
import { checkConditionBasis } from './eligibility';
import { nominate } from './nominate';
import { defaultTieBreaks, rankUnits } from './rank';
import type { ClusterResult } from './result';
import { scoreUnitsSliced } from './score';
import { runSliced, type Sliced } from './sliced';
import { buildTree } from './tree';
import { validateModel, warnUnequalMaxima } from './validate';

const NO_ACTUALS: ReadonlySet<MessageCode> = new Set<MessageCode>(['noActualColumn', 'noActualForTarget']);
const MISSING_WARNINGS: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'missingZero',
  'missingExcluded',
  'rowsAbsentZero',
  'rowsAbsentExcluded',
  'rowsAbsentBothZero',
  'rowsAbsentBothExcluded',
  'leafWithoutRowsZero',
  'leafWithoutRowsExcluded',
]);

import { countVotes, voteAwardsOf, voteRulesOf } from './vote';

export function evaluate(model: ClusterModel, prior: readonly Diagnostic[] = []): ClusterResult {
  return runSliced(evaluateSliced(model, prior));
}

/** evaluate with pauses while scoring the units and before ranking (the task pane's score, ./sliced.ts). */
export function* evaluateSliced(model: ClusterModel, prior: readonly Diagnostic[] = []): Sliced<ClusterResult> {
  const diags = new DiagnosticList();
  diags.items.push(...prior);
  const tree = buildTree(model.criteria);
  const index = indexEntries(model, tree);
  // A cell already reported as an error (a figure that was not a number, a maximum that was text) is
  // not reported again by what follows from it (a missing maximum, a negative target, a blank…).
  const errorCells = new Set(prior.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.cell}`));
  // A data sheet without its actuals column is one error: its blanks are not also missing data, cell by cell.
  const noActuals = prior.some((d) => d.severity === 'error' && NO_ACTUALS.has(d.code));
  const keep = (found: DiagnosticList): void => {
    for (const d of found.items)
      if (!errorCells.has(`${d.sheet}!${d.cell}`) && !(noActuals && d.severity === 'warning' && MISSING_WARNINGS.has(d.code))) diags.items.push(d);
  };
  const validation = new DiagnosticList();
  validateModel(model, index, validation);
  checkConditionBasis(model, validation);
  keep(validation);
  const tieBreaks = model.settings.tieBreaks ?? defaultTieBreaks(tree);
  const base = {
    cluster: model.settings.cluster,
    year: model.settings.year,
    period: model.settings.period,
    settings: model.settings,
    criteria: model.criteria,
    awards: model.awards,
    tieBreaks,
    topGroups: tree.topLevel.filter(isGroup).map((c) => c.code),
  };
  const failed = (): ClusterResult => ({ ...base, ok: false, units: [], nominations: [], notNominated: [], diagnostics: diags.items });
  // Scoring finds problems of its own (a negative target, missing data under `lỗi`): look for them
  // even when the model already has errors, so that every problem is reported at once. A unit
  // listed twice is scored once (the index keeps the first).
  const scoring = new DiagnosticList();
  const scored = yield* scoreUnitsSliced(model, tree, index, scoring);
  yield;
  keep(scoring);
  if (diags.hasErrors) return failed();
  warnUnequalMaxima(scored, model, diags);
  const ranked = rankUnits(scored, model.settings, tieBreaks);
  const draft = nominate(ranked, model, tree);
  const comparison = compareWithHistory(ranked, model, diags);
  const drafted = { ...base, ok: true, units: ranked, ...draft, ...(comparison ? { comparison } : {}), diagnostics: diags.items };
  if (!model.ballots) return drafted;
  // The vote on the draft (vote.md); a ballot row in error stops the result like any other error.
  const counting = new DiagnosticList();
  const vote = countVotes(voteAwardsOf(drafted), model.ballots, voteRulesOf(model.settings, ranked.length), counting, model.sheets?.ballots ?? 'Phiếu bầu');
  keep(counting);
  return diags.hasErrors ? failed() : { ...drafted, vote };
}

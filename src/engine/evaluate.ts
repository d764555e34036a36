/**
 * The whole job on a model: validate → score → rank → nominate. Errors never stop at the first;
 * while any remain, nothing is ranked (R6).
 */
import { DiagnosticList, type Diagnostic } from './diagnostics';
import type { ClusterModel } from './model';
import { nominate } from './nominate';
import { defaultTieBreaks, rankUnits } from './rank';
import type { ClusterResult } from './result';
import { scoreUnits } from './score';
import { buildTree } from './tree';
import { validateModel } from './validate';

export function evaluate(model: ClusterModel, prior: readonly Diagnostic[] = []): ClusterResult {
  const diags = new DiagnosticList();
  diags.items.push(...prior);
  validateModel(model, diags);
  const tree = buildTree(model.criteria);
  const tieBreaks = model.settings.tieBreaks ?? defaultTieBreaks(tree);
  const base = {
    cluster: model.settings.cluster,
    year: model.settings.year,
    period: model.settings.period,
    settings: model.settings,
    criteria: model.criteria,
    awards: model.awards,
    tieBreaks,
    topGroups: tree.topLevel.filter((c) => c.kind === 'group').map((c) => c.code),
  };
  const failed = (): ClusterResult => ({ ...base, ok: false, units: [], nominations: [], notNominated: [], diagnostics: diags.items });
  if (diags.hasErrors) return failed();
  const scored = scoreUnits(model, tree, diags);
  if (diags.hasErrors) return failed();
  const units = rankUnits(scored, model.settings, tieBreaks);
  const draft = nominate(units, model, tree);
  return { ...base, ok: true, units, ...draft, diagnostics: diags.items };
}

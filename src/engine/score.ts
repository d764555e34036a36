/**
 * R3, R4 and R6: each unit's points per leaf criterion, its groups, bonus, deductions, total,
 * maximum, percent and classification. Ranking and nominations come after (rank.ts, nominate.ts).
 */
import { EPSILON, roundHalfUp, scaleOf, unitsOfRounded } from './decimal';
import type { DiagnosticList } from './diagnostics';
import type { ClusterModel, Criterion, Entry, Settings, Unit } from './model';
import { normalizeUnitName } from './names';
import type { CriterionResult, UnitResult } from './result';
import { completionRatio, countPoints, flagOf, targetPoints } from './rules';
import { groupsBottomUp, type CriteriaTree } from './tree';
import { SHEET, where } from './validate';

type EntryIndex = Map<string, Map<string, Entry>>;

export function indexEntries(entries: readonly Entry[]): EntryIndex {
  const index: EntryIndex = new Map();
  for (const e of entries) {
    const key = normalizeUnitName(e.unit);
    let row = index.get(key);
    if (!row) index.set(key, (row = new Map()));
    if (!row.has(e.criterion)) row.set(e.criterion, e);
  }
  return index;
}

/** L of the relative method: the largest r of each relative criterion among units that have one. */
function leaderRatios(tree: CriteriaTree, units: readonly Unit[], index: EntryIndex): Map<string, number> {
  const leaders = new Map<string, number>();
  for (const c of tree.scoredLeaves) {
    if (c.kind !== 'target' || c.method !== 'relative') continue;
    let best = -Infinity;
    for (const u of units) {
      const e = index.get(normalizeUnitName(u.name))?.get(c.code);
      const actual = typeof e?.actual === 'number' ? e.actual : null;
      const o = completionRatio(actual, e?.target ?? null, c.direction);
      if (o.kind === 'ratio' && o.r > best) best = o.r;
    }
    if (best > -Infinity) leaders.set(c.code, best);
  }
  return leaders;
}

interface Scoring {
  settings: Settings;
  leaders: Map<string, number>;
  diags: DiagnosticList;
}

function missing(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const policy = s.settings.missing;
  if (policy === 'error') {
    const at = entry?.at?.actual ?? entry?.at?.unit ?? unit.at?.name ?? c.at?.code;
    s.diags.error(where(at, SHEET.data), 'missingData', { code: c.code, unit: unit.name });
  }
  if (policy === 'exclude') return { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: { kind: 'missing', policy }, entry };
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: { kind: 'missing', policy }, entry };
}

function invalid(c: Criterion, entry: Entry | null): CriterionResult {
  return { code: c.code, status: 'missing', points: 0, max: c.max ?? 0, rate: null, basis: { kind: 'invalid' }, entry };
}

function scoreTarget(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const ms = c.max ?? 0;
  const actual = typeof entry?.actual === 'number' ? entry.actual : null;
  const o = completionRatio(actual, entry?.target ?? null, c.direction);
  switch (o.kind) {
    case 'noTarget':
      if (o.zero) s.diags.warning(where(entry?.at?.target, SHEET.data), 'zeroTarget', { code: c.code, unit: unit.name });
      return { code: c.code, status: 'excluded', points: null, max: null, rate: null, basis: { kind: 'noTarget', zero: o.zero }, entry };
    case 'negativeTarget':
      s.diags.error(where(entry?.at?.target, SHEET.data), 'negativeTarget', { code: c.code, unit: unit.name, value: entry?.target ?? 0 });
      return invalid(c, entry);
    case 'missing':
      return missing(c, unit, entry, s);
    case 'ratio': {
      const leader = c.method === 'relative' ? (s.leaders.get(c.code) ?? o.r) : null;
      const tp = targetPoints(o.r, {
        method: c.method,
        max: ms,
        bonusPerPercent: c.bonusPerPercent,
        bonusCap: c.bonusCap,
        leaderRatio: leader,
      });
      return {
        code: c.code,
        status: flagOf(o.r),
        points: roundHalfUp(tp.raw, s.settings.decimals),
        max: ms,
        rate: o.r,
        basis: { kind: 'target', target: entry?.target ?? 0, actual: actual ?? 0, r: o.r, branch: tp.branch, bonus: tp.bonus, leader },
        entry,
      };
    }
  }
}

function scoreLeaf(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const ms = c.max ?? 0;
  const d = s.settings.decimals;
  switch (c.kind) {
    case 'target':
      return scoreTarget(c, unit, entry, s);
    case 'passfail': {
      if (!entry || typeof entry.actual !== 'boolean') return missing(c, unit, entry, s);
      const yes = entry.actual;
      return { code: c.code, status: yes ? 'met' : 'below', points: yes ? roundHalfUp(ms, d) : 0, max: ms, rate: null, basis: { kind: 'passfail', yes }, entry };
    }
    case 'count':
    case 'bonus':
    case 'penalty': {
      const extra = c.kind !== 'count';
      const a = typeof entry?.actual === 'number' ? entry.actual : null;
      if (a === null) {
        if (extra) return { code: c.code, status: 'scored', points: 0, max: ms, rate: null, basis: { kind: 'count', actual: 0, perUnit: c.pointsPerUnit ?? 1, capped: false }, entry };
        return missing(c, unit, entry, s);
      }
      if (a < 0) {
        s.diags.error(where(entry?.at?.actual, SHEET.data), 'negative', { header: c.code, value: a });
        return invalid(c, entry);
      }
      const raw = countPoints(a, c.pointsPerUnit, ms);
      const perUnit = c.pointsPerUnit ?? 1;
      return {
        code: c.code,
        status: 'scored',
        points: roundHalfUp(raw, d),
        max: ms,
        rate: null,
        basis: { kind: 'count', actual: a, perUnit, capped: a * perUnit > ms + EPSILON },
        entry,
      };
    }
    case 'manual':
      return scoreManual(c, unit, entry, s);
    case 'group':
      throw new Error(`scoreLeaf called on the group ${c.code}`);
  }
}

function scoreManual(c: Criterion, unit: Unit, entry: Entry | null, s: Scoring): CriterionResult {
  const ms = c.max ?? 0;
  const self = entry?.self ?? null;
  const appraised = entry?.appraised ?? null;
  const value = appraised ?? self;
  if (value === null) return missing(c, unit, entry, s);
  const source = appraised !== null ? 'appraised' : 'self';
  const at = source === 'appraised' ? entry?.at?.appraised : entry?.at?.self;
  if (value < 0) {
    s.diags.error(where(at, SHEET.data), 'negative', { header: c.code, value });
    return invalid(c, entry);
  }
  // Above the maximum: reported at its cell, but counted as entered. The peer system's real data
  // (fixture cong-an-cum-347) has such a score and its expected result counts it (docs/decisions.md).
  if (value > ms + EPSILON) s.diags.warning(where(at, SHEET.data), 'scoreOverMax', { value, unit: unit.name, code: c.code, max: ms });
  if (self !== null && appraised !== null && Math.abs(self - appraised) > s.settings.selfScoreGap * ms + EPSILON)
    s.diags.warning(where(entry?.at?.appraised, SHEET.data), 'selfScoreGap', {
      self,
      appraised,
      unit: unit.name,
      code: c.code,
      gap: roundHalfUp(s.settings.selfScoreGap * 100, 4),
    });
  return {
    code: c.code,
    status: 'scored',
    points: roundHalfUp(value, s.settings.decimals),
    max: ms,
    rate: null,
    basis: { kind: 'manual', source, self, appraised },
    entry,
  };
}

function classify(percent: number, settings: Settings): string {
  for (const band of settings.classification) if (percent >= band.min - EPSILON) return band.name;
  return settings.classification[settings.classification.length - 1]?.name ?? '';
}

/** Scores every unit of the model (unranked: rank 0, no tie notes). */
export function scoreUnits(model: ClusterModel, tree: CriteriaTree, diags: DiagnosticList): UnitResult[] {
  const index = indexEntries(model.entries);
  const s: Scoring = { settings: model.settings, leaders: leaderRatios(tree, model.units, index), diags };
  const d = model.settings.decimals;
  const f = scaleOf(d);
  const bottomUp = groupsBottomUp(tree);
  const top = tree.topLevel.filter((c) => c.kind !== 'bonus' && c.kind !== 'penalty');
  const flagged = new Set(['target', 'passfail']);

  return model.units.map((unit) => {
    const row = index.get(normalizeUnitName(unit.name));
    const criteria: Record<string, CriterionResult> = {};
    const units = new Map<string, number>(); // points × 10^d of every leaf and group
    let maxUnits = 0;
    let exceeded = 0;
    let met = 0;
    let below = 0;
    for (const c of tree.scoredLeaves) {
      const r = scoreLeaf(c, unit, row?.get(c.code) ?? null, s);
      criteria[c.code] = r;
      if (r.points !== null) units.set(c.code, unitsOfRounded(r.points, d));
      if (r.max !== null) maxUnits += unitsOfRounded(r.max, d);
      if (flagged.has(c.kind)) {
        if (r.status === 'exceeded') exceeded++;
        else if (r.status === 'met') met++;
        else if (r.status === 'below' || r.status === 'missing') below++;
      }
    }
    const groups: Record<string, number> = {};
    for (const g of bottomUp) {
      let sum = 0;
      for (const child of tree.children.get(g.code) ?? []) sum += units.get(child.code) ?? 0;
      units.set(g.code, sum);
      groups[g.code] = sum / f;
    }
    const extras: Record<string, CriterionResult> = {};
    let bonusUnits = 0;
    let penaltyUnits = 0;
    for (const c of tree.bonusLeaves) {
      const r = scoreLeaf(c, unit, row?.get(c.code) ?? null, s);
      extras[c.code] = r;
      bonusUnits += unitsOfRounded(r.points ?? 0, d);
    }
    for (const c of tree.penaltyLeaves) {
      const r = scoreLeaf(c, unit, row?.get(c.code) ?? null, s);
      extras[c.code] = r;
      penaltyUnits += unitsOfRounded(r.points ?? 0, d);
    }
    if (model.settings.totalBonusCap !== null) bonusUnits = Math.min(bonusUnits, unitsOfRounded(roundHalfUp(model.settings.totalBonusCap, d), d));
    let baseUnits = 0;
    for (const c of top) baseUnits += units.get(c.code) ?? 0;
    const totalUnits = Math.max(0, baseUnits + bonusUnits - penaltyUnits);
    const total = totalUnits / f;
    const max = maxUnits / f;
    const percent = maxUnits > 0 ? roundHalfUp((totalUnits / maxUnits) * 100, 2) : 0;
    return {
      unit: unit.name,
      role: unit.role,
      disciplined: unit.disciplined,
      rank: 0,
      total,
      max,
      percent,
      classification: classify(percent, model.settings),
      groups,
      bonus: bonusUnits / f,
      penalty: penaltyUnits / f,
      exceeded,
      met,
      below,
      tie: null,
      criteria,
      extras,
    };
  });
}

/**
 * Properties of the engine (`evaluate`) on models fast-check generates (support/models.ts):
 * - permuting the units, the data rows or the awards changes nothing;
 * - raising an actual never lowers the points of a higher-is-better criterion (nor the unit's
 *   total), and never raises them for a lower-is-better one;
 * - every total is the exact sum of rounded points: groups + bonus (capped) − penalty, floored at 0;
 * - ranks are a valid competition or dense ranking of the sort key (total or percent, then the
 *   tie-breaks), and units are listed in that order;
 * - nominations never exceed an award's quota, never name a vetoed unit (disciplined, or a
 *   mandatory criterion not met or missing), and respect the minimums and one award per unit.
 * Each property is checked against its own reading of the rules, not the engine's helpers.
 */
import fc from 'fast-check';
import { compareNames } from '../../src/engine/collate';
import { evaluate } from '../../src/engine/evaluate';
import type { Award, ClusterModel, Criterion, TieBreak } from '../../src/engine/model';
import { normalizeUnitName } from '../../src/engine/names';
import type { ClusterResult, UnitResult } from '../../src/engine/result';
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { modelArb, shuffled } from './support/models';

/** Raise with THIDUA_PROPERTY_RUNS=5000 to search harder. */
const RUNS = { numRuns: Number(process.env.THIDUA_PROPERTY_RUNS ?? 150) };

function scored(model: ClusterModel): ClusterResult {
  const result = evaluate(model);
  if (!result.ok) throw new Error(`the model does not score:\n${result.diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n')}`);
  return result;
}

/** A value in units of 10^-d, checking that it has no more than d decimals. */
function unitsOf(value: number, d: number): number {
  const u = Math.round(value * 10 ** d);
  expect(Math.abs(value * 10 ** d - u)).toBeLessThan(1e-6);
  return u;
}

const isExtra = (c: Criterion): boolean => c.kind === 'bonus' || c.kind === 'penalty';

describe('permutations', () => {
  it('of the units, the data rows and the awards change no result', () => {
    fc.assert(
      fc.property(modelArb, fc.integer(), fc.integer(), fc.integer(), (model, s1, s2, s3) => {
        const a = scored(model);
        const b = scored({ ...model, units: shuffled(model.units, s1), entries: shuffled(model.entries, s2), awards: shuffled(model.awards, s3) });
        // The units' criteria are made on first read (accessors): compare them as plain data too.
        const plain = (r: ClusterResult): unknown[] => r.units.map((u) => ({ ...u, criteria: u.criteria, extras: u.extras }));
        expect(plain(b)).toEqual(plain(a));
        expect(b.nominations).toEqual(a.nominations);
        expect(b.notNominated).toEqual(a.notNominated);
        const diags = (r: ClusterResult): string[] => r.diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d, 'vi')}`).sort();
        expect(diags(b)).toEqual(diags(a));
      }),
      RUNS,
    );
  });
});

describe('monotonicity', () => {
  it('raising an actual never lowers a higher-is-better criterion’s points, and never raises a lower-is-better one’s', () => {
    fc.assert(
      fc.property(modelArb, fc.nat(), fc.integer({ min: 1, max: 50_000 }), (model, pick, cents) => {
        const byCode = new Map(model.criteria.map((c) => [c.code, c] as const));
        const candidates = model.entries
          .map((e, i) => ({ e, i, c: byCode.get(e.criterion)! }))
          .filter(({ e, c }) => c.kind === 'target' && typeof e.actual === 'number' && e.target !== null && e.target >= 0 && (e.target > 0 || c.direction === 'lower'));
        fc.pre(candidates.length > 0);
        const { e, i, c } = candidates[pick % candidates.length]!;
        const raised = { ...e, actual: (e.actual as number) + cents / 100 };
        const entries = model.entries.map((x, j) => (j === i ? raised : x));
        const before = scored(model).units.find((u) => u.unit === e.unit)!;
        const after = scored({ ...model, entries }).units.find((u) => u.unit === e.unit)!;
        const p0 = before.criteria[c.code]!.points!;
        const p1 = after.criteria[c.code]!.points!;
        if (c.direction === 'higher') {
          expect(p1).toBeGreaterThanOrEqual(p0);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
        } else {
          expect(p1).toBeLessThanOrEqual(p0);
          expect(after.total).toBeLessThanOrEqual(before.total);
        }
      }),
      RUNS,
    );
  });
});

describe('totals', () => {
  it('are the exact sums of the rounded points: groups + bonus (capped) − penalty, never below 0', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = scored(model);
        const d = model.settings.decimals;
        const children = (code: string): Criterion[] => model.criteria.filter((c) => c.parent === code && !isExtra(c));
        const top = model.criteria.filter((c) => c.parent === null && !isExtra(c));
        for (const u of result.units) {
          const leafUnits = (code: string): number => unitsOf(u.criteria[code]?.points ?? 0, d);
          const nodeUnits = (c: Criterion): number => (c.kind === 'group' ? unitsOf(u.groups[c.code]!, d) : leafUnits(c.code));
          for (const g of model.criteria.filter((c) => c.kind === 'group'))
            expect(unitsOf(u.groups[g.code]!, d)).toBe(children(g.code).reduce((n, c) => n + nodeUnits(c), 0));
          const extras = (kind: 'bonus' | 'penalty'): number =>
            model.criteria.filter((c) => c.kind === kind).reduce((n, c) => n + unitsOf(u.extras[c.code]?.points ?? 0, d), 0);
          const cap = model.settings.totalBonusCap;
          const bonus = cap === null ? extras('bonus') : Math.min(extras('bonus'), Math.round(cap * 10 ** d));
          const penalty = extras('penalty');
          const total = Math.max(0, top.reduce((n, c) => n + nodeUnits(c), 0) + bonus - penalty);
          expect({ unit: u.unit, total: u.total, bonus: u.bonus, penalty: u.penalty }).toEqual({ unit: u.unit, total: total / 10 ** d, bonus: bonus / 10 ** d, penalty: penalty / 10 ** d });
          // The maximum is counted in the same rounded units as the points (a unit meeting every
          // criterion scores 100 % even when a maximum has more decimals than the setting).
          const max = Object.values(u.criteria).reduce((n, r) => n + (r.max === null ? 0 : Math.round(r.max * 10 ** d)), 0);
          expect(unitsOf(u.max, d)).toBe(max);
          unitsOf(u.percent, 2);
          if (max === 0) expect(u.percent).toBe(0);
          else expect(Math.abs(u.percent - (total / max) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      RUNS,
    );
  });
});

/** A unit's value for a tie-break, more is better. */
function tieValue(u: UnitResult, t: TieBreak): number {
  if (t.kind === 'exceeded') return u.exceeded;
  if (t.kind === 'penalty') return -u.penalty;
  if (t.kind === 'bonus') return u.bonus;
  return u.groups[t.code] ?? (u.criteria[t.code] ?? u.extras[t.code])?.points ?? -Infinity;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? 1 : -1;
  return 0;
}

describe('ranks', () => {
  it('are a valid competition or dense ranking of the sort key, in order', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = scored(model);
        expect(result.units.map((u) => u.unit).sort()).toEqual(model.units.map((u) => u.name).sort());
        const key = (u: UnitResult): number[] => [model.settings.rankBy === 'percent' ? u.percent : u.total, ...result.tieBreaks.map((t) => tieValue(u, t))];
        const keys = result.units.map(key);
        const distinct = keys.filter((k, i) => keys.findIndex((other) => compareKeys(other, k) === 0) === i);
        result.units.forEach((u, i) => {
          if (i > 0) {
            const c = compareKeys(keys[i - 1]!, keys[i]!);
            expect(c).toBeGreaterThanOrEqual(0);
            if (c === 0) {
              expect(u.rank).toBe(result.units[i - 1]!.rank);
              expect(compareNames(result.units[i - 1]!.unit, u.unit)).toBeLessThan(0);
            } else expect(u.rank).toBeGreaterThan(result.units[i - 1]!.rank);
          }
          const better = keys.filter((k) => compareKeys(k, keys[i]!) > 0).length;
          const betterDistinct = distinct.filter((k) => compareKeys(k, keys[i]!) > 0).length;
          expect(u.rank).toBe(model.settings.rankStyle === 'dense' ? betterDistinct + 1 : better + 1);
          const tied = keys.some((k, j) => j !== i && compareKeys(k, keys[i]!) === 0);
          expect(u.tie?.relation === 'tied').toBe(tied);
        });
      }),
      RUNS,
    );
  });
});

/** The seats of an award (workbook-format.md): the smaller quota, 1 with neither. */
function seats(a: Award, units: number): number {
  const share = a.maxShare === null ? null : Math.floor(a.maxShare * units + 1e-9);
  if (a.quota !== null && share !== null) return Math.min(a.quota, share);
  return a.quota ?? share ?? 1;
}

/** Vetoed (R7): disciplined, or a mandatory criterion not met, or its data missing. */
function vetoed(model: ClusterModel, u: UnitResult): boolean {
  if (u.disciplined) return true;
  const key = normalizeUnitName(u.unit);
  return model.criteria.some((c) => {
    if (!c.mandatory || c.kind === 'group' || isExtra(c)) return false;
    const r = u.criteria[c.code]!;
    if (r.status === 'below' || r.status === 'missing') return true;
    if (r.status !== 'excluded') return false;
    // Excluded: a target that was not given does not veto; missing data (policy `loại trừ`) does.
    const e = model.entries.find((x) => normalizeUnitName(x.unit) === key && x.criterion === c.code);
    return c.kind !== 'target' || (e !== undefined && e.target !== null && !(e.target === 0 && c.direction === 'higher'));
  });
}

describe('nominations', () => {
  it('never exceed quotas, never name a vetoed unit, respect minimums and one award per unit', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const result = scored(model);
        const byUnit = new Map(result.units.map((u) => [u.unit, u] as const));
        for (const a of model.awards) {
          const mine = result.nominations.filter((n) => n.award === a.name);
          const nominated = mine.filter((n) => n.status === 'nominated');
          const votes = mine.filter((n) => n.status === 'vote');
          const open = votes.length ? (votes[0]!.basis as { seats: number }).seats : 0;
          expect(nominated.length + open).toBeLessThanOrEqual(seats(a, model.units.length));
          if (votes.length) expect(votes.length).toBeGreaterThan(open);
          for (const n of mine) {
            const u = byUnit.get(n.unit)!;
            expect({ unit: n.unit, vetoed: vetoed(model, u) }).toEqual({ unit: n.unit, vetoed: false });
            if (a.minScore !== null) expect(u.total).toBeGreaterThanOrEqual(a.minScore - 1e-9);
            if (a.minPercent !== null) expect(u.percent).toBeGreaterThanOrEqual(a.minPercent - 1e-9);
            if (a.scope === 'thematic') expect(u.groups[a.criterion!] ?? u.criteria[a.criterion!]?.points ?? u.extras[a.criterion!]?.points ?? null).not.toBeNull();
          }
        }
        const named = result.nominations.map((n) => n.unit);
        if (model.settings.oneAwardPerUnit) expect(new Set(named).size).toBe(named.length);
        // Every unit is either placed or given its reason, never both.
        expect([...new Set(named), ...result.notNominated.map((n) => n.unit)].sort()).toEqual(model.units.map((u) => u.name).sort());
        for (const n of result.notNominated) if (vetoed(model, byUnit.get(n.unit)!)) expect(['disciplined', 'mandatory']).toContain(n.reason.kind);
      }),
      RUNS,
    );
  });
});

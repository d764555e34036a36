/**
 * Issue 17: the fast way of scoring a target figure (src/engine/score-fast.ts) gives exactly what the
 * kinds' way gives (target.ts scoreTargetFigures: methods.ts targetRawPoints, decimal.ts roundHalfUp),
 * on random figures with and without the over-target bonus, negative and zero targets, blank figures,
 * lower-is-better, every method and every decimals setting; and the results it does not store read
 * back the same (scored-units.ts ResultColumns) through every reader.
 */
import { roundHalfUp, scaleOf, unitsOfRounded } from '../../src/engine/decimal';
import { DiagnosticList } from '../../src/engine/diagnostics';
import { indexEntries } from '../../src/engine/entries';
import { scoreUnits, scoreUnitsSliced } from '../../src/engine/score';
import { buildTree } from '../../src/engine/tree';
import { evaluate } from '../../src/engine/evaluate';
import type { Method } from '../../src/engine/model';
import { targetRawPoints, type TargetScoring } from '../../src/engine/methods';
import type { CriterionResult, UnitResult } from '../../src/engine/result';
import { flagAt, pointsOfUnits, proportionalUnits } from '../../src/engine/score-fast';
import { ResultCursor, ScoredUnit } from '../../src/engine/scored-units';
import { scoreTargetFigures, targetPlan } from '../../src/engine/target';
import { flagOf } from '../../src/engine/rules';
import { seededRandom } from '../support/generate-cluster';
import { cluster, type Figures } from './builder';

const STATUS = ['exceeded', 'met', 'below'];

/** A random ratio with the awkward ones often: 0, 1, just around 1, negative, large, on a rounding half. */
function randomRatio(rnd: () => number): number {
  const k = rnd();
  if (k < 0.05) return 0;
  if (k < 0.1) return 1;
  if (k < 0.15) return 1 + (rnd() - 0.5) * 2e-9;
  if (k < 0.2) return -rnd() * 3;
  if (k < 0.25) return 1 + rnd() * 50;
  // A figure whose points land on x.xx5 (the half-up rounding's edge): actual / target of round numbers.
  if (k < 0.4) return Math.round(rnd() * 2000) / Math.round(400 + rnd() * 600);
  return rnd() * 2;
}

function randomScoring(rnd: () => number, method: Method): TargetScoring {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return {
    method,
    max: pick([-3, 0, 1, 2.5, 5, 7.25, 10, 13, 20, 33.3, 100]),
    bonusPerPercent: pick([null, 0, -0.1, 0.01, 0.05, 0.1, 0.25, 1]),
    bonusCap: pick([null, 0, -1, 0.5, 1, 2, 3.3, 10]),
  };
}

describe('the proportional fast path against methods.ts (random figures)', () => {
  it('gives the same units of points, points and flag for 50,000 figures', () => {
    const rnd = seededRandom(17);
    let disagreements = 0;
    let checked = 0;
    for (let i = 0; i < 50_000; i++) {
      const s = randomScoring(rnd, 'proportional');
      const d = [0, 1, 2, 3, 4][Math.floor(rnd() * 5)]!;
      const r = randomRatio(rnd);
      const expected = roundHalfUp(targetRawPoints(r, s), d);
      const perPercent = s.bonusPerPercent ?? 0;
      const cap = s.bonusCap ?? 0;
      const bonus = perPercent <= 0 || cap <= 0 ? 0 : 1;
      const units = proportionalUnits(r, s.max, bonus, perPercent, cap, scaleOf(d));
      if (units !== unitsOfRounded(expected, d) || !Object.is(pointsOfUnits(units, d), expected) || STATUS[flagAt(r)] !== flagOf(r)) disagreements++;
      checked++;
    }
    expect(checked).toBe(50_000);
    expect(disagreements).toBe(0);
  });

  it('rounds half up as R3 says (9.325 → 9.33, not the 9.32 of the binary double)', () => {
    // 10 × 447.6 / 480 is 9.324999999999999 in binary: the fast path must round it as the decimal 9.325.
    const r = 447.6 / 480;
    expect(pointsOfUnits(proportionalUnits(r, 10, 0, 0, 0, 100), 2)).toBe(9.33);
    // Bonus over the cap: 20 + min(30 × 0.1, 2) = 22.
    expect(pointsOfUnits(proportionalUnits(1.3, 20, 1, 0.1, 2, 100), 2)).toBe(22);
  });
});

/** The figures of one unit on one leaf in the random cluster, and what the kinds' way gives them. */
interface Case {
  unit: string;
  code: string;
  figures: Figures | null;
}

/** A random cluster of target leaves of every method and direction, with every other kind beside them. */
function randomCluster(seed: number, units: number, withErrors: boolean, decimals = 2): { result: ReturnType<typeof evaluate>; cases: Case[]; codes: string[] } {
  const rnd = seededRandom(seed);
  const b = cluster().settings({ missing: 'zero', decimals });
  b.group('I', null, null);
  const methods: Method[] = ['proportional', 'proportional', 'threshold', 'relative'];
  const codes: string[] = [];
  for (let c = 0; c < 12; c++) {
    const code = `1.${c + 1}`;
    codes.push(code);
    const s = randomScoring(rnd, methods[c % methods.length]!);
    b.target(code, s.max, { parent: 'I', method: s.method, direction: c % 5 === 4 ? 'lower' : 'higher', bonusPerPercent: s.bonusPerPercent, bonusCap: s.bonusCap });
  }
  b.passfail('2.1', 5).manual('2.2', 10).count('2.3', 4, { pointsPerUnit: 0.5 }).bonus('3.1', 3).penalty('4.1', 2);
  const cases: Case[] = [];
  for (let u = 0; u < units; u++) {
    const name = `Đơn vị ${u + 1}`;
    b.unit(name);
    for (const code of codes) {
      const k = rnd();
      let figures: Figures | null;
      if (k < 0.04) figures = null; // no data row
      else if (k < 0.08) figures = { target: null, actual: 10 };
      else if (k < 0.11) figures = { target: 0, actual: rnd() < 0.5 ? 0 : 5 };
      else if (k < 0.14) figures = { target: 100, actual: null };
      else if (k < 0.17) figures = { target: 50, actual: true };
      else if (withErrors && k < 0.19) figures = { target: -10, actual: 5 };
      else if (withErrors && k < 0.22) figures = { target: 1e-320, actual: 5 };
      else {
        const target = Math.round(1 + rnd() * 999);
        figures = { target, actual: Math.round(target * randomRatio(rnd) * 10) / 10 };
      }
      cases.push({ unit: name, code, figures });
      if (figures) b.data(name, code, figures);
    }
    b.data(name, '2.1', rnd() < 0.7).data(name, '2.2', { self: Math.round(rnd() * 100) / 10 }).data(name, '2.3', Math.floor(rnd() * 12)).data(name, '3.1', Math.floor(rnd() * 4));
    b.data(name, '4.1', Math.floor(rnd() * 3));
  }
  return { result: evaluate(b.build()), cases, codes };
}

/** L of the relative method per code: the best ratio among the units that have one (null: none). */
function leadersOf(units: readonly UnitResult[], codes: readonly string[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const code of codes) {
    let leader: number | null = null;
    for (const u of units) {
      const rate = u.criteria[code]?.rate;
      if (rate != null && (leader === null || rate > leader)) leader = rate;
    }
    out.set(code, leader);
  }
  return out;
}

/** What the kinds' way gives a target figure (status, points, max, rate), independently of score.ts. */
function expectedOf(result: ReturnType<typeof evaluate>, c: Case, leaders: Map<string, number | null>): Omit<CriterionResult, 'entry' | 'basis' | 'code'> | null {
  const criterion = result.criteria.find((x) => x.code === c.code)!;
  const target = c.figures?.target ?? null;
  const actual = typeof c.figures?.actual === 'number' ? c.figures.actual : null;
  const o = scoreTargetFigures(criterion, actual, target, targetPlan(criterion, leaders.get(c.code) ?? null), result.settings.decimals);
  return o.kind === 'scored' || o.kind === 'zeroTarget' ? o.result : null;
}

describe('the engine scores target figures as the kinds’ way does (random clusters)', () => {
  it.each([
    [1, 7, 2],
    [2, 150, 2],
    [3, 230, 2],
    [5, 120, 0],
    [6, 120, 1],
    [7, 120, 3],
    [8, 120, 4],
  ])('seed %i, %i units, %i decimals: every figure, its record, its cursor and the unit totals', (seed, n, decimals) => {
    const { result, cases, codes } = randomCluster(seed, n, false, decimals);
    expect(result.settings.decimals).toBe(decimals);
    expect(result.ok).toBe(true);
    expect(result.units).toHaveLength(n);
    const byName = new Map(result.units.map((u) => [u.unit, u] as const));
    const cursor = new ResultCursor();
    const leaders = leadersOf(result.units, codes);
    let compared = 0;
    for (const c of cases) {
      const u = byName.get(c.unit)!;
      const got = u.criteria[c.code]!;
      const want = expectedOf(result, c, leaders);
      if (want) {
        expect({ status: got.status, points: got.points, max: got.max, rate: got.rate }).toEqual({ status: want.status, points: want.points, max: want.max, rate: want.rate });
        compared++;
      }
      // The three readers of a result agree: the record, one leaf, and the cursor.
      expect(u).toBeInstanceOf(ScoredUnit);
      const one = (u as ScoredUnit).leaf(c.code)!;
      expect((u as ScoredUnit).readLeaf(c.code, cursor)).toBe(true);
      for (const r of [one, cursor])
        expect({ status: r.status, points: r.points, max: r.max, rate: r.rate, basis: r.basis }).toEqual({
          status: got.status,
          points: got.points,
          max: got.max,
          rate: got.rate,
          basis: got.basis,
        });
      expect(cursor.figures()?.target ?? null).toBe(c.figures?.target ?? null);
    }
    expect(compared).toBeGreaterThan(cases.length / 2);
    // Each unit's group, maximum and total are the exact sums (over integer units) of its leaves' rounded points.
    const d = result.settings.decimals;
    const f = scaleOf(d);
    const units = (x: number | null): number => (x === null ? 0 : unitsOfRounded(x, d));
    for (const u of result.units) {
      const inGroup = codes.reduce((s, code) => s + units(u.criteria[code]!.points), 0);
      const outside = ['2.1', '2.2', '2.3'].reduce((s, code) => s + units(u.criteria[code]!.points), 0);
      const max = Object.values(u.criteria).reduce((s, r) => s + units(r.max), 0);
      expect(u.groups.I).toBe(inGroup / f);
      expect(u.max).toBe(max / f);
      expect(u.total).toBe(Math.max(0, inGroup + outside + units(u.extras['3.1']!.points) - units(u.extras['4.1']!.points)) / f);
      // Target and pass/fail leaves are flagged: exceeded, met, or below (missing counts as below).
      const flagged = [...codes, '2.1'].map((code) => u.criteria[code]!.status).filter((st) => st !== 'excluded');
      expect([u.exceeded, u.met, u.below]).toEqual([
        flagged.filter((st) => st === 'exceeded').length,
        flagged.filter((st) => st === 'met').length,
        flagged.filter((st) => st === 'below' || st === 'missing').length,
      ]);
    }
  });

  it('reports the figures the fast path leaves to the kinds’ way, at their cells', () => {
    const { result } = randomCluster(4, 40, true);
    const codes = new Set(result.diagnostics.map((x) => x.code));
    // A negative target and a target so small that A / T overflows are errors; a zero target a warning.
    expect(codes.has('negativeTarget')).toBe(true);
    expect(codes.has('tinyTarget')).toBe(true);
    expect(codes.has('zeroTarget')).toBe(true);
    expect(result.diagnostics.find((x) => x.code === 'negativeTarget')?.cell).toMatch(/^C\d+$/);
  });
});

describe('the scoring still pauses every 100 units (sliced.ts)', () => {
  it.each([
    [99, 0],
    [100, 1],
    [250, 2],
    [300, 3],
  ])('%i units: %i pauses, and the same units as straight through', (n, pauses) => {
    const b = cluster().target('1', 10, { bonusPerPercent: 0.1, bonusCap: 1 }).passfail('2', 5);
    for (let u = 0; u < n; u++) b.unit(`Đơn vị ${u + 1}`).data(`Đơn vị ${u + 1}`, '1', { target: 100, actual: 50 + u }).data(`Đơn vị ${u + 1}`, '2', u % 2 === 0);
    const model = b.build();
    const tree = buildTree(model.criteria);
    const index = indexEntries(model, tree);
    const work = scoreUnitsSliced(model, tree, index, new DiagnosticList());
    let seen = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) seen++;
    expect(seen).toBe(pauses);
    const straight = scoreUnits(model, tree, indexEntries(model, tree), new DiagnosticList());
    expect(step.value.map((u) => [u.unit, u.total, u.exceeded, u.met, u.below])).toEqual(straight.map((u) => [u.unit, u.total, u.exceeded, u.met, u.below]));
    // The last unit is 48 % or more over target: MS 10 + the bonus capped at 1, and 5 when it passed.
    expect(step.value[n - 1]!.total).toBe(11 + ((n - 1) % 2 === 0 ? 5 : 0));
  });
});

/**
 * Issue 17: the fast way of scoring a target figure (src/engine/score-fast.ts) gives exactly what the
 * kinds' way gives (target.ts scoreTargetFigures: methods.ts targetRawPoints, decimal.ts roundHalfUp),
 * on random figures with and without the over-target bonus, negative and zero targets, blank figures,
 * lower-is-better, every method and every decimals setting; and the results it does not store read
 * back the same (scored-units.ts ResultColumns) through every reader; and the other kinds (pass/fail,
 * count, manual, bonus, deduction) score the same on the fast way as through the kinds’ table, with
 * the same diagnostics.
 */
import { roundHalfUp, scaleOf, unitsOfRounded } from '../../src/engine/decimal';
import { DiagnosticList } from '../../src/engine/diagnostics';
import { indexEntries } from '../../src/engine/entries';
import { scoreUnits, scoreUnitsSliced } from '../../src/engine/score';
import { buildTree } from '../../src/engine/tree';
import { evaluate } from '../../src/engine/evaluate';
import { kindOf } from '../../src/engine/kinds';
import type { Method } from '../../src/engine/model';
import { targetRawPoints, type TargetScoring } from '../../src/engine/methods';
import type { CriterionResult, UnitResult } from '../../src/engine/result';
import { flagAt, leafTable, pointsOfUnits, proportionalUnits, quietFigure } from '../../src/engine/score-fast';
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

/** A random figure for a leaf of another kind, with the awkward ones often (blank, negative, over MS, wrong type). */
function otherFigures(rnd: () => number, kind: 'passfail' | 'count' | 'manual' | 'bonus' | 'penalty'): Figures | null {
  const k = rnd();
  if (k < 0.04) return null; // no data row
  if (k < 0.08) return { actual: null };
  if (kind === 'passfail') {
    if (k < 0.12) return { actual: 1 };
    return { actual: rnd() < 0.7 };
  }
  if (kind === 'manual') {
    const score = (): number | null => {
      const j = rnd();
      if (j < 0.25) return null;
      if (j < 0.3) return -Math.round(rnd() * 50) / 10;
      if (j < 0.35) return 10 + Math.round(rnd() * 30) / 10;
      if (j < 0.4) return 10 + (rnd() - 0.5) * 2e-9;
      // Often on a rounding half at 0 to 4 decimals.
      return j < 0.6 ? Math.round(rnd() * 20000) / 2000 : Math.round(rnd() * 1000) / 100;
    };
    return { self: score(), appraised: score() };
  }
  if (k < 0.12) return { actual: true };
  if (k < 0.16) return { actual: -Math.floor(rnd() * 5) };
  return { actual: k < 0.5 ? Math.floor(rnd() * 12) : Math.round(rnd() * 10000) / 1000 };
}

describe('the engine scores the other kinds as the kinds’ table does (random clusters)', () => {
  const KINDS_OF = ['passfail', 'count', 'manual', 'bonus', 'penalty'] as const;
  it.each([
    [11, 60, 2, 'zero', 0.2],
    [12, 90, 0, 'exclude', 0.5],
    [13, 90, 1, 'error', 0.1],
    [14, 90, 3, 'zero', 0],
    [15, 90, 4, 'exclude', 1],
  ] as const)('seed %i, %i units, %i decimals, missing %s, gap %d: every figure, its diagnostics and the unit sums', (seed, n, decimals, missing, gap) => {
    const rnd = seededRandom(seed);
    const b = cluster().settings({ missing, decimals, selfScoreGap: gap });
    b.group('I', null, null);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const leaves: { code: string; kind: (typeof KINDS_OF)[number] }[] = [];
    for (let c = 0; c < 15; c++) {
      const kind = KINDS_OF[c % KINDS_OF.length]!;
      const code = `${c + 1}`;
      leaves.push({ code, kind });
      const max = pick([0, 1, 2.5, 3.33, 5, 7.125, 10]);
      const pointsPerUnit = pick([null, 0.5, 1, 1.25, 0.333]);
      if (kind === 'passfail') b.passfail(code, max, { parent: 'I' });
      else if (kind === 'count') b.count(code, max, { parent: 'I', pointsPerUnit });
      else if (kind === 'manual') b.manual(code, 10, { parent: 'I' });
      else if (kind === 'bonus') b.bonus(code, max, { pointsPerUnit });
      else b.penalty(code, max, { pointsPerUnit });
    }
    b.target('T', 10, { parent: 'I' });
    for (let u = 0; u < n; u++) {
      const name = `Đơn vị ${u + 1}`;
      b.unit(name).data(name, 'T', { target: 100, actual: Math.round(rnd() * 1500) / 10 });
      for (const leaf of leaves) {
        const f = otherFigures(rnd, leaf.kind);
        if (f) b.data(name, leaf.code, f);
      }
    }
    const model = b.build();
    const tree = buildTree(model.criteria);
    const index = indexEntries(model, tree);
    const diags = new DiagnosticList();
    const units = scoreUnits(model, tree, index, diags);
    // The kinds' way, leaf by leaf in the order the engine scores them, on the same columns.
    const kindsDiags = new DiagnosticList();
    const s = { settings: model.settings, targets: new Map(), diags: kindsDiags };
    const cursor = new ResultCursor();
    const L = index.leaves.length;
    const table = leafTable(index.leaves, [], decimals, gap);
    let fastWay = 0;
    let compared = 0;
    for (let u = 0; u < units.length; u++) {
      const got = units[u] as ScoredUnit;
      for (let l = 0; l < L; l++) {
        const c = index.leaves[l]!;
        if (c.kind === 'target') continue;
        const row = index.rows[u * L + l]!;
        const said = kindsDiags.items.length;
        const want = kindOf(c).score!(c, index.units[u]!, { cols: index.columns, row }, s);
        if (quietFigure(table, index.columns, l, row) === quietFigure(table, index.columns, l, row)) {
          // The fast way takes it: the kinds' way says nothing about it.
          expect(kindsDiags.items.length).toBe(said);
          fastWay++;
        }
        const one = got.leaf(c.code)!;
        expect(got.readLeaf(c.code, cursor)).toBe(true);
        for (const r of [one, cursor]) {
          expect({ status: r.status, points: r.points, max: r.max, rate: r.rate, basis: r.basis }).toEqual({ status: want.status, points: want.points, max: want.max, rate: want.rate, basis: want.basis });
          expect(Object.is(r.points, want.points)).toBe(true);
        }
        compared++;
      }
      // The unit's sums are the exact sums of its leaves' rounded points (groups, extras) and flags.
      const f = scaleOf(decimals);
      const unitsOf = (x: number | null): number => (x === null ? 0 : unitsOfRounded(x, decimals));
      const inGroup = Object.values(got.criteria).reduce((sum, r) => sum + unitsOf(r.points), 0);
      const max = Object.values(got.criteria).reduce((sum, r) => sum + unitsOf(r.max), 0);
      const extras = Object.values(got.extras);
      const bonus = extras.filter((r) => kindOf(index.leaves[index.leafIndex.get(r.code)!]!).role === 'bonus').reduce((sum, r) => sum + unitsOf(r.points), 0);
      const penalty = extras.filter((r) => kindOf(index.leaves[index.leafIndex.get(r.code)!]!).role === 'deduction').reduce((sum, r) => sum + unitsOf(r.points), 0);
      expect(got.groups.I).toBe(inGroup / f);
      expect(got.max).toBe(max / f);
      expect(got.bonus).toBe(bonus / f);
      expect(got.penalty).toBe(penalty / f);
      const flagged = Object.values(got.criteria)
        .filter((r) => r.code === 'T' || index.leaves[index.leafIndex.get(r.code)!]!.kind === 'passfail')
        .map((r) => r.status)
        .filter((st) => st !== 'excluded');
      expect([got.exceeded, got.met, got.below]).toEqual([
        flagged.filter((st) => st === 'exceeded').length,
        flagged.filter((st) => st === 'met').length,
        flagged.filter((st) => st === 'below' || st === 'missing').length,
      ]);
    }
    expect(compared).toBe(n * 15);
    expect(fastWay).toBeGreaterThan(compared / 2);
    expect(fastWay).toBeLessThan(compared);
    // The same diagnostics, in the same order, at the same cells: the fast way takes only figures nothing is said about.
    expect(diags.items).toEqual(kindsDiags.items);
    // The random figures reach both ways: some said about (the kinds' way), most not.
    expect(kindsDiags.items.length).toBeGreaterThan(0);
  });
});

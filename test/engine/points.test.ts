/** R3: the points of one leaf criterion, every kind and method, through the engine. */
import { countPoints, overTargetBonus } from '../../src/engine/rules';
import { targetPoints } from '../../src/engine/methods';
import { cluster, detailFor, diagList, leafOf, oneTarget, pointsOf, unitOf } from './builder';

describe('R3 định lượng, proportional (default)', () => {
  it('MS × clamp(r, 0, 1)', () => {
    const r = oneTarget({ max: 20 }, { A: { target: 100, actual: 50 }, B: { target: 100, actual: 100 }, C: { target: 100, actual: 150 } });
    expect(pointsOf(r, 'A', '1.1')).toBe(10);
    expect(pointsOf(r, 'B', '1.1')).toBe(20);
    expect(pointsOf(r, 'C', '1.1')).toBe(20); // no bonus set: clamped at MS
    expect(leafOf(r, 'C', '1.1').rate).toBeCloseTo(1.5, 12);
  });

  it('a negative actual gives 0, never negative points', () => {
    const r = oneTarget({ max: 20 }, { A: { target: 100, actual: -30 } });
    expect(pointsOf(r, 'A', '1.1')).toBe(0);
    expect(leafOf(r, 'A', '1.1').status).toBe('below');
  });

  it('adds the over-target bonus: per percent over, up to its cap', () => {
    const r = oneTarget(
      { max: 20, bonusPerPercent: 0.1, bonusCap: 2 },
      {
        A: { target: 100, actual: 105 }, // 5 % over → +0.5
        B: { target: 100, actual: 120 }, // 20 % over → +2 (exactly the cap)
        C: { target: 100, actual: 180 }, // 80 % over → capped at +2
        D: { target: 100, actual: 90 }, // under: no bonus, no negative bonus
      },
    );
    expect(pointsOf(r, 'A', '1.1')).toBe(20.5);
    expect(pointsOf(r, 'B', '1.1')).toBe(22);
    expect(pointsOf(r, 'C', '1.1')).toBe(22);
    expect(pointsOf(r, 'D', '1.1')).toBe(18);
    // The bonus stays inside the criterion's points and its group; the unit's bonus is untouched.
    expect(unitOf(r, 'C').groups.I).toBe(22);
    expect(unitOf(r, 'C').bonus).toBe(0);
    expect(unitOf(r, 'C').max).toBe(20);
  });

  it('no bonus when both settings are blank, or when only one is set (with a warning at the blank cap cell)', () => {
    expect(overTargetBonus(1.5, null, null)).toBe(0);
    expect(overTargetBonus(1.5, null, 5)).toBe(0);
    expect(overTargetBonus(1.5, 0.1, null)).toBe(0);
    const r = oneTarget({ max: 20, bonusPerPercent: 0.1 }, { A: { target: 100, actual: 150 } });
    expect(pointsOf(r, 'A', '1.1')).toBe(20);
    expect(diagList(r)).toEqual(['warning Tiêu chí!I3 bonusWithoutCap']);
  });
});

describe('R3 định lượng, threshold', () => {
  it('MS when r ≥ 1 − ε, else 0; plus the over-target bonus', () => {
    const r = oneTarget(
      { max: 15, method: 'threshold', bonusPerPercent: 0.2, bonusCap: 1.5 },
      {
        A: { target: 100, actual: 95 },
        B: { target: 100, actual: 100 },
        C: { target: 100, actual: 104 },
        D: { target: 100, actual: 100 - 1e-8 }, // r = 1 − 1e-10: within ε → met
        E: { target: 100, actual: 99.99 },
      },
    );
    expect(pointsOf(r, 'A', '1.1')).toBe(0);
    expect(pointsOf(r, 'B', '1.1')).toBe(15);
    expect(pointsOf(r, 'C', '1.1')).toBe(15.8);
    expect(pointsOf(r, 'D', '1.1')).toBe(15);
    expect(leafOf(r, 'D', '1.1').status).toBe('met');
    expect(pointsOf(r, 'E', '1.1')).toBe(0);
    expect(targetPoints(1.5, { method: 'threshold', max: 15, bonusPerPercent: 0.2, bonusCap: 1.5 }).raw).toBe(16.5);
  });
});

describe('R3 định lượng, relative to the leader', () => {
  const relative = { max: 10, method: 'relative' as const };

  it('the best unit gets MS; met gets half; between is interpolated; below is half × r', () => {
    const r = oneTarget(relative, {
      Best: { target: 4, actual: 8 }, // r = 2 = L
      Mid: { target: 4, actual: 6 }, // r = 1.5 → 5 + 5 × 0.5 / 1
      Met: { target: 4, actual: 4 }, // r = 1 → 5
      Low: { target: 5, actual: 4 }, // r = 0.8 → 5 × 0.8
      Zero: { target: 5, actual: 0 }, // r = 0 → 0
      None: { target: null, actual: 100 }, // no target: not a candidate for L
    });
    expect(pointsOf(r, 'Best', '1.1')).toBe(10);
    expect(pointsOf(r, 'Mid', '1.1')).toBe(7.5);
    expect(pointsOf(r, 'Met', '1.1')).toBe(5);
    expect(pointsOf(r, 'Low', '1.1')).toBe(4);
    expect(pointsOf(r, 'Zero', '1.1')).toBe(0);
    expect(leafOf(r, 'None', '1.1').status).toBe('excluded');
    expect(detailFor(r, 'Best', '1.1')).toMatchObject({ leader: 2, branch: 'relativeLeader' });
  });

  it('ties for the best both get MS', () => {
    const r = oneTarget(relative, {
      A: { target: 5, actual: 10 },
      B: { target: 3, actual: 6 },
      C: { target: 4, actual: 7 }, // r = 1.75 → 5 + 5 × 0.75 = 8.75
    });
    expect(pointsOf(r, 'A', '1.1')).toBe(10);
    expect(pointsOf(r, 'B', '1.1')).toBe(10);
    expect(pointsOf(r, 'C', '1.1')).toBe(8.75);
  });

  it('exactly met is half, even when it is the best', () => {
    const r = oneTarget(relative, { A: { target: 5, actual: 5 }, B: { target: 5, actual: 4 } });
    expect(pointsOf(r, 'A', '1.1')).toBe(5);
    expect(pointsOf(r, 'B', '1.1')).toBe(4);
  });

  it('never adds an over-target bonus', () => {
    const r = oneTarget({ ...relative, bonusPerPercent: 1, bonusCap: 5 }, { A: { target: 5, actual: 10 }, B: { target: 5, actual: 5 } });
    expect(pointsOf(r, 'A', '1.1')).toBe(10);
    expect(pointsOf(r, 'B', '1.1')).toBe(5);
  });

  it('rounds the worked example’s C on 1.4 half up: 13.125 → 13.13', () => {
    const r = oneTarget(
      { ...relative, max: 15 },
      { A: { target: 5, actual: 10 }, B: { target: 5, actual: 5 }, C: { target: 4, actual: 7 }, D: { target: 3, actual: 1 } },
    );
    expect(pointsOf(r, 'C', '1.1')).toBe(13.13);
    expect(pointsOf(r, 'D', '1.1')).toBe(2.5);
    expect(pointsOf(r, 'B', '1.1')).toBe(7.5);
    expect(pointsOf(r, 'A', '1.1')).toBe(15);
  });
});

describe('R3 pass/fail', () => {
  it('MS for a yes, 0 for a no, missing without a value', () => {
    const r = cluster()
      .group('I')
      .passfail('2.2', 10, { parent: 'I' })
      .units('Yes', 'No', 'Blank')
      .data('Yes', '2.2', true)
      .data('No', '2.2', false)
      .evaluate();
    expect(leafOf(r, 'Yes', '2.2')).toMatchObject({ points: 10, status: 'met', max: 10 });
    expect(leafOf(r, 'No', '2.2')).toMatchObject({ points: 0, status: 'below', max: 10 });
    expect(leafOf(r, 'Blank', '2.2')).toMatchObject({ points: 0, status: 'missing', max: 10 });
  });
});

describe('R3 count', () => {
  it('min(A × k, MS), k = 1 by default, with the cap', () => {
    expect(countPoints(3, 2, 10)).toBe(6);
    expect(countPoints(6, 2, 10)).toBe(10);
    expect(countPoints(4, null, 10)).toBe(4);
    const r = cluster()
      .group('II')
      .count('2.3', 10, { parent: 'II', pointsPerUnit: 2 })
      .count('2.4', 5, { parent: 'II' })
      .units('A', 'B', 'C')
      .data('A', '2.3', 3)
      .data('B', '2.3', 6)
      .data('C', '2.3', 0)
      .data('A', '2.4', 7)
      .data('B', '2.4', 2.5)
      .data('C', '2.4', 0)
      .evaluate();
    expect(pointsOf(r, 'A', '2.3')).toBe(6);
    expect(pointsOf(r, 'B', '2.3')).toBe(10);
    expect(pointsOf(r, 'C', '2.3')).toBe(0);
    expect(pointsOf(r, 'A', '2.4')).toBe(5);
    expect(pointsOf(r, 'B', '2.4')).toBe(2.5);
    expect(leafOf(r, 'B', '2.3')).toMatchObject({ status: 'scored', rate: null, max: 10 });
    expect(detailFor(r, 'B', '2.3')).toMatchObject({ kind: 'count', capped: true });
    expect(detailFor(r, 'A', '2.3')).toMatchObject({ kind: 'count', capped: false });
  });

  it('a negative count is an error at its cell', () => {
    const r = cluster().group('II').count('2.3', 10, { parent: 'II' }).units('A').data('A', '2.3', -1).evaluate();
    expect(r.ok).toBe(false);
    expect(diagList(r)).toEqual(['error Số liệu!D2 negative']);
  });
});

describe('R3 manual', () => {
  const manual = () => cluster().group('II').manual('2.1', 20, { parent: 'II' });

  it('the appraised score wins over the self score; the self score counts when alone', () => {
    const r = manual()
      .units('A', 'B', 'C')
      .data('A', '2.1', { self: 18, appraised: 17 })
      .data('B', '2.1', { self: 20 })
      .data('C', '2.1', { self: 1, appraised: 0 }) // an appraised 0 is a score, not a blank
      .evaluate();
    expect(pointsOf(r, 'A', '2.1')).toBe(17);
    expect(pointsOf(r, 'B', '2.1')).toBe(20);
    expect(pointsOf(r, 'C', '2.1')).toBe(0);
    expect(detailFor(r, 'A', '2.1')).toMatchObject({ kind: 'manual', source: 'appraised' });
    expect(detailFor(r, 'B', '2.1')).toMatchObject({ kind: 'manual', source: 'self' });
    expect(leafOf(r, 'A', '2.1')).toMatchObject({ status: 'scored', rate: null });
  });

  it('warns at the appraised cell when self and appraised differ by more than the gap share of MS', () => {
    const r = manual()
      .units('Within', 'Beyond')
      .data('Within', '2.1', { self: 18, appraised: 17 }) // 1 = 5 % of 20: not more
      .data('Beyond', '2.1', { self: 18, appraised: 16.9 }) // 1.1 > 1
      .evaluate();
    expect(r.ok).toBe(true);
    expect(diagList(r)).toEqual(['warning Số liệu!F3 selfScoreGap']);
    const wide = manual().settings({ selfScoreGap: 0.1 }).units('A').data('A', '2.1', { self: 18, appraised: 16.5 }).evaluate();
    expect(wide.diagnostics).toEqual([]);
    const tight = manual().settings({ selfScoreGap: 0.01 }).units('A').data('A', '2.1', { self: 18, appraised: 17.7 }).evaluate();
    expect(diagList(tight)).toEqual(['warning Số liệu!F2 selfScoreGap']);
  });

  it('a score above its maximum is a warning at its cell and counts as entered', () => {
    const r = manual().units('A', 'B').data('A', '2.1', { self: 25 }).data('B', '2.1', { self: 10, appraised: 21 }).evaluate();
    expect(r.ok).toBe(true);
    expect(pointsOf(r, 'A', '2.1')).toBe(25);
    expect(pointsOf(r, 'B', '2.1')).toBe(21);
    expect(diagList(r)).toEqual([
      'warning Số liệu!E2 scoreOverMax',
      'warning Số liệu!F3 scoreOverMax',
      'warning Số liệu!F3 selfScoreGap',
    ]);
  });

  it('a negative score is an error at its cell', () => {
    const r = manual().units('A').data('A', '2.1', { self: 5, appraised: -1 }).evaluate();
    expect(r.ok).toBe(false);
    expect(diagList(r)).toEqual(['error Số liệu!F2 negative']);
  });

  it('no score at all is missing data', () => {
    const r = manual().units('A', 'B').data('A', '2.1', {}).data('B', '2.1', { self: 3 }).evaluate();
    expect(leafOf(r, 'A', '2.1')).toMatchObject({ status: 'missing', points: 0, max: 20 });
  });
});

describe('R3 bonus and penalty', () => {
  const extras = () =>
    cluster()
      .group('I')
      .manual('1', 10, { parent: 'I' })
      .bonus('T1', 5, { pointsPerUnit: 2.5 })
      .penalty('T2', 10, { pointsPerUnit: 2 });

  it('min(A × k, MS), added to the bonus and the deductions, in no group', () => {
    const r = extras()
      .units('A', 'B', 'C')
      .data('A', '1', { self: 8 })
      .data('A', 'T1', 1)
      .data('A', 'T2', 1)
      .data('B', '1', { self: 8 })
      .data('B', 'T1', 3) // 7.5 → capped at 5
      .data('B', 'T2', 7) // 14 → capped at 10
      .data('C', '1', { self: 8 }) // no bonus/penalty rows: 0 points, not missing
      .evaluate();
    const a = unitOf(r, 'A');
    expect([a.groups.I, a.bonus, a.penalty, a.total, a.max]).toEqual([8, 2.5, 2, 8.5, 10]);
    const b = unitOf(r, 'B');
    expect([b.bonus, b.penalty, b.total]).toEqual([5, 10, 3]);
    const c = unitOf(r, 'C');
    expect([c.bonus, c.penalty, c.total, c.below]).toEqual([0, 0, 8, 0]);
    expect(c.extras.T1).toMatchObject({ points: 0, status: 'scored' });
    // Bonus and penalty criteria are not in `criteria` (nor in the JSON's criteria).
    expect(Object.keys(a.criteria)).toEqual(['1']);
  });

  it('k blank: min(A, MS)', () => {
    const r = cluster().manual('1', 10).bonus('T1', 3).penalty('T2', 4).units('A').data('A', '1', { self: 5 }).data('A', 'T1', 2).data('A', 'T2', 9).evaluate();
    const a = unitOf(r, 'A');
    expect([a.bonus, a.penalty, a.total]).toEqual([2, 4, 3]);
  });

  it('count in no group wherever they stand in the tree', () => {
    const r = cluster()
      .group('I')
      .manual('1', 10, { parent: 'I' })
      .bonus('T1', 5, { parent: 'I' })
      .penalty('T2', 5, { parent: 'I' })
      .units('A')
      .data('A', '1', { self: 6 })
      .data('A', 'T1', 2)
      .data('A', 'T2', 1)
      .evaluate();
    const a = unitOf(r, 'A');
    expect([a.groups.I, a.bonus, a.penalty, a.total, a.max]).toEqual([6, 2, 1, 7, 10]);
  });

  it('the total bonus cap setting caps the sum of bonus criteria', () => {
    const b = () =>
      cluster()
        .manual('1', 10)
        .bonus('T1', 5)
        .bonus('T3', 5)
        .units('A')
        .data('A', '1', { self: 5 })
        .data('A', 'T1', 4)
        .data('A', 'T3', 3);
    expect(unitOf(b().evaluate(), 'A').bonus).toBe(7);
    const capped = b().settings({ totalBonusCap: 5 }).evaluate();
    expect(unitOf(capped, 'A').bonus).toBe(5);
    expect(unitOf(capped, 'A').total).toBe(10);
  });

  it('the total never goes below 0', () => {
    const r = extras().units('A').data('A', '1', { self: 3 }).data('A', 'T2', 5).evaluate();
    const a = unitOf(r, 'A');
    expect(a.penalty).toBe(10);
    expect(a.total).toBe(0);
    expect(a.percent).toBe(0);
  });
});

describe('R3 rounding half up before summing, exact sums', () => {
  it('rounds each criterion before it is summed: three thirds make 9.99, not 10', () => {
    const b = cluster().group('I');
    for (const code of ['1', '2', '3']) b.target(code, 10, { parent: 'I' });
    b.unit('A');
    for (const code of ['1', '2', '3']) b.data('A', code, { target: 3, actual: 1 });
    const r = b.evaluate();
    expect(pointsOf(r, 'A', '1')).toBe(3.33);
    expect(unitOf(r, 'A').groups.I).toBe(9.99);
    expect(unitOf(r, 'A').total).toBe(9.99);
    expect(unitOf(r, 'A').percent).toBe(33.3);
  });

  it('rounds to the decimals setting', () => {
    const r = oneTarget({ max: 10 }, { A: { target: 3, actual: 1 }, B: { target: 8, actual: 7 } });
    expect(pointsOf(r, 'B', '1.1')).toBe(8.75);
    const one = cluster().group('I').target('1.1', 10, { parent: 'I' }).units('A', 'B').data('A', '1.1', { target: 3, actual: 1 }).data('B', '1.1', { target: 8, actual: 7 }).settings({ decimals: 1 }).evaluate();
    expect(pointsOf(one, 'A', '1.1')).toBe(3.3);
    expect(pointsOf(one, 'B', '1.1')).toBe(8.8); // 8.75 → 8.8, half up
    const none = cluster().group('I').target('1.1', 10, { parent: 'I' }).units('B').data('B', '1.1', { target: 8, actual: 7 }).settings({ decimals: 0 }).evaluate();
    expect(pointsOf(none, 'B', '1.1')).toBe(9);
  });

  it('0.1 + 0.2 totals 0.3 through the whole engine', () => {
    const r = cluster()
      .group('I')
      .manual('1', 1, { parent: 'I' })
      .manual('2', 1, { parent: 'I' })
      .unit('A')
      .data('A', '1', { self: 0.1 })
      .data('A', '2', { self: 0.2 })
      .evaluate();
    const a = unitOf(r, 'A');
    expect(a.groups.I).toBe(0.3);
    expect(a.total).toBe(0.3);
    expect(a.percent).toBe(15);
  });

  it('sums many binary-unfriendly values exactly, bonus and penalty included', () => {
    const b = cluster().group('I');
    for (let i = 1; i <= 10; i++) b.manual(String(i), 1, { parent: 'I' });
    b.bonus('T1', 1).penalty('T2', 1).unit('A');
    for (let i = 1; i <= 10; i++) b.data('A', String(i), { self: 0.1 });
    b.data('A', 'T1', 0.7).data('A', 'T2', 0.1);
    const a = unitOf(b.evaluate(), 'A');
    expect(a.groups.I).toBe(1);
    expect(a.bonus).toBe(0.7);
    expect(a.total).toBe(1.6);
  });
});

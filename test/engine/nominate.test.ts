/** R7: the nomination draft. */
import { toResultJson } from '../../src/engine/json';
import { reasonText } from '../../src/engine/labels';
import type { Award } from '../../src/engine/model';
import { quotaOf } from '../../src/engine/nominate';
import type { ClusterResult } from '../../src/engine/result';
import type { SettingsInput } from '../../src/engine/settings';
import { cluster, ranks, unitOf, type AwardInput } from './builder';

interface Row {
  /** Points on 1 (group I, max 80). */
  I: number;
  /** Points on 3 (group II, max 20); the thematic criterion. */
  th?: number;
  disciplined?: boolean;
  /** The mandatory pass/fail 2 (max 0): true by default; null = no row. */
  pass?: boolean | null;
}

function draft(rows: Record<string, Row>, awards: AwardInput[], s: SettingsInput = {}): ClusterResult {
  const b = cluster()
    .group('I')
    .manual('1', 80, { parent: 'I' })
    .passfail('2', 0, { parent: 'I', mandatory: true })
    .group('II')
    .manual('3', 20, { parent: 'II' })
    .settings({ tieBreaks: [], ...s });
  for (const [u, r] of Object.entries(rows)) {
    b.unit(u, { disciplined: r.disciplined ?? false }).data(u, '1', { self: r.I }).data(u, '3', { self: r.th ?? 0 });
    if (r.pass !== null) b.data(u, '2', r.pass ?? true);
  }
  for (const a of awards) b.award(a);
  const result = b.evaluate();
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

/** `award: unit status` lines in draft order. */
function noms(r: ClusterResult): string[] {
  return r.nominations.map((n) => `${n.award}: ${n.unit}${n.status === 'vote' ? ' (vote)' : ''}`);
}

function reasons(r: ClusterResult): Record<string, string> {
  return Object.fromEntries(r.notNominated.map((n) => [n.unit, reasonText(n.reason, 'vi')]));
}

/** Every unit is either placed or given a reason, never both. */
function expectEveryUnitAccounted(r: ClusterResult): void {
  const placed = new Set(r.nominations.map((n) => n.unit));
  const left = r.notNominated.map((n) => n.unit);
  expect(left.filter((u) => placed.has(u))).toEqual([]);
  expect(new Set([...placed, ...left])).toEqual(new Set(r.units.map((u) => u.unit)));
  expect(new Set(left).size).toBe(left.length);
}

const FLAG: AwardInput = { name: 'Cờ', quota: 1 };
const CERT: AwardInput = { name: 'Bằng khen', quota: 2 };

describe('R7 vetoes', () => {
  it('a disciplined unit is ineligible for every award', () => {
    const r = draft({ A: { I: 80, disciplined: true }, B: { I: 70 }, C: { I: 60 } }, [FLAG, CERT]);
    expect(noms(r)).toEqual(['Cờ: B', 'Bằng khen: C']);
    expect(reasons(r)).toEqual({ A: 'Bị kỷ luật' });
  });

  it('a mandatory criterion below or missing vetoes every award', () => {
    const r = draft({ A: { I: 80, pass: false }, B: { I: 70, pass: null }, C: { I: 60 }, D: { I: 50 } }, [FLAG, CERT]);
    expect(noms(r)).toEqual(['Cờ: C', 'Bằng khen: D']);
    expect(reasons(r)).toEqual({ A: 'Chưa đạt tiêu chí bắt buộc 2', B: 'Chưa đạt tiêu chí bắt buộc 2' });
  });

  it('a mandatory target criterion below its target vetoes too; exceeding it does not', () => {
    const r = cluster()
      .target('1', 10, { mandatory: true })
      .units('Under', 'Over')
      .data('Under', '1', { target: 10, actual: 9.99 })
      .data('Over', '1', { target: 10, actual: 11 })
      .award({ name: 'Cờ', quota: 2 })
      .evaluate();
    expect(noms(r)).toEqual(['Cờ: Over']);
    expect(reasons(r)).toEqual({ Under: 'Chưa đạt tiêu chí bắt buộc 1' });
  });

  it('missing data on a mandatory criterion vetoes even when the policy excludes missing data', () => {
    const r = cluster()
      .settings({ missing: 'exclude' })
      .target('1', 10, { mandatory: true })
      .manual('2', 10)
      .units('Missing', 'Complete')
      .data('Missing', '2', { self: 10 })
      .data('Missing', '1', { target: 10, actual: null })
      .data('Complete', '1', { target: 10, actual: 10 })
      .data('Complete', '2', { self: 5 })
      .award({ name: 'Cờ', quota: 2 })
      .evaluate();
    expect(r.units.find((u) => u.unit === 'Missing')!.criteria['1']!.status).toBe('excluded');
    expect(noms(r)).toEqual(['Cờ: Complete']);
    expect(reasons(r)).toEqual({ Missing: 'Chưa đạt tiêu chí bắt buộc 1' });
  });

  it('disciplined comes before a failed mandatory criterion in the reason', () => {
    const r = draft({ A: { I: 80, disciplined: true, pass: false }, B: { I: 10 } }, [FLAG]);
    expect(reasons(r)).toEqual({ A: 'Bị kỷ luật' });
  });
});

describe('R7 minimums', () => {
  it('min score: a total under the award’s minimum is ineligible for it; exactly the minimum is enough', () => {
    const r = draft({ A: { I: 70 }, B: { I: 69.99 } }, [{ name: 'Cờ', quota: 2, minScore: 70 }]);
    expect(noms(r)).toEqual(['Cờ: A']);
    expect(reasons(r)).toEqual({ B: 'Dưới điểm tối thiểu của Cờ' });
  });

  it('min percent: of the applicable maximum', () => {
    const r = draft({ A: { I: 85 - 20, th: 20 }, B: { I: 84.99 - 20, th: 20 } }, [{ name: 'Cờ', quota: 2, minPercent: 85 }]);
    expect(r.units.map((u) => u.percent)).toEqual([85, 84.99]);
    expect(noms(r)).toEqual(['Cờ: A']);
    expect(reasons(r)).toEqual({ B: 'Dưới điểm tối thiểu của Cờ' });
  });

  it('a unit under the flag’s minimum can still take the certificate', () => {
    const r = draft({ A: { I: 80 }, B: { I: 70 } }, [
      { name: 'Cờ', quota: 2, minPercent: 90 },
      { name: 'Bằng khen', quota: 2, minPercent: 60 },
    ]);
    expect(noms(r)).toEqual(['Bằng khen: A', 'Bằng khen: B']);
  });
});

describe('R7 one award per unit', () => {
  const rows = { A: { I: 80 }, B: { I: 70 }, C: { I: 60 } };

  it('on (default): a unit placed earlier is skipped', () => {
    const r = draft(rows, [FLAG, CERT]);
    expect(noms(r)).toEqual(['Cờ: A', 'Bằng khen: B', 'Bằng khen: C']);
    expect(r.notNominated).toEqual([]);
  });

  it('off: the same unit may take several awards', () => {
    const r = draft(rows, [FLAG, CERT], { oneAwardPerUnit: false });
    expect(noms(r)).toEqual(['Cờ: A', 'Bằng khen: A', 'Bằng khen: B']);
    expect(reasons(r)).toEqual({ C: 'Hết số lượng' });
  });

  it('awards are processed in Thứ tự order, not sheet order', () => {
    const r = draft(rows, [{ name: 'Bằng khen', quota: 1, order: 2 }, { name: 'Cờ', quota: 1, order: 1 }]);
    expect(noms(r)).toEqual(['Cờ: A', 'Bằng khen: B']);
  });
});

describe('R7 thematic awards', () => {
  it('by a criterion: more points first, whatever the overall rank', () => {
    const r = draft({ A: { I: 80, th: 5 }, B: { I: 60, th: 15 }, C: { I: 50, th: 19 } }, [
      FLAG,
      { name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 1 },
    ]);
    expect(noms(r)).toEqual(['Cờ: A', 'Chuyên đề: C']);
    expect(r.nominations[1]!.basis).toEqual({ kind: 'thematic', code: '3', points: 19, rank: 3 });
  });

  it('by a group code', () => {
    const r = draft({ A: { I: 80, th: 5 }, B: { I: 60, th: 15 }, C: { I: 50, th: 12 } }, [{ name: 'Chuyên đề', scope: 'thematic', criterion: 'II', quota: 1 }]);
    expect(noms(r)).toEqual(['Chuyên đề: B']);
  });

  it('equal points: the better overall rank first, no vote', () => {
    const r = draft({ A: { I: 70, th: 10 }, B: { I: 60, th: 10 }, C: { I: 80, th: 2 } }, [{ name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 1 }]);
    expect(noms(r)).toEqual(['Chuyên đề: A']);
    expect(reasons(r)).toEqual({ B: 'Hết số lượng', C: 'Hết số lượng' });
  });

  it('equal points and equal rank: tied, a vote when the seats are fewer', () => {
    const r = draft({ A: { I: 60, th: 10 }, B: { I: 60, th: 10 }, C: { I: 80, th: 2 } }, [{ name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 1 }]);
    expect(ranks(r)).toEqual({ C: 1, A: 2, B: 2 });
    expect(noms(r)).toEqual(['Chuyên đề: A (vote)', 'Chuyên đề: B (vote)']);
    expect(reasons(r)).toEqual({ C: 'Hết số lượng' });
  });

  it('the thematic award respects one award per unit and the minimums', () => {
    const r = draft({ A: { I: 70, th: 20 }, B: { I: 50, th: 15 }, C: { I: 20, th: 18 } }, [
      FLAG,
      { name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 1, minScore: 60 },
    ]);
    expect(noms(r)).toEqual(['Cờ: A', 'Chuyên đề: B']);
    // C was eligible for the flag (no minimum there), so its reason is the filled quota.
    expect(reasons(r)).toEqual({ C: 'Hết số lượng' });
  });
});

describe('R7 thematic awards on a criterion that does not apply to every unit', () => {
  it('units without points on it are not candidates', () => {
    const r = cluster()
      .manual('1', 50)
      .target('2', 50)
      .units('A', 'B', 'C')
      .data('A', '1', { self: 50 })
      .data('A', '2', { target: null, actual: 99 }) // not assigned: no points on 2
      .data('B', '1', { self: 10 })
      .data('B', '2', { target: 10, actual: 5 })
      .data('C', '1', { self: 10 })
      .data('C', '2', { target: 10, actual: 4 })
      .award({ name: 'Chuyên đề', scope: 'thematic', criterion: '2', quota: 2 })
      .evaluate();
    expect(noms(r)).toEqual(['Chuyên đề: B', 'Chuyên đề: C']);
    expect(reasons(r)).toEqual({ A: 'Không có hình thức khen thưởng nào xét đơn vị này' });
  });

  it('nor units to which no criterion of the award’s group applies (0 points there is not “some points”)', () => {
    const r = cluster()
      .group('I')
      .manual('1', 50, { parent: 'I' })
      .group('II')
      .target('2', 50, { parent: 'II' })
      .units('A', 'B')
      .data('A', '1', { self: 50 })
      .data('A', '2', { target: null, actual: 99 })
      .data('B', '1', { self: 10 })
      .data('B', '2', { target: 10, actual: 1 })
      .award({ name: 'CĐ II', scope: 'thematic', criterion: 'II', quota: 2 })
      .evaluate();
    expect(unitOf(r, 'A').groups['II']).toBe(0);
    expect(noms(r)).toEqual(['CĐ II: B']);
    expect(reasons(r)).toEqual({ A: 'Không có hình thức khen thưởng nào xét đơn vị này' });
  });
});

describe('R7 quotas', () => {
  const award = (quota: number | null, maxShare: number | null): Award => ({
    order: 1,
    name: 'X',
    scope: 'overall',
    quota,
    maxShare,
    minScore: null,
    minPercent: null,
    criterion: null,
  });

  it('by count, by share (floor), both (the smaller wins), neither (1)', () => {
    expect(quotaOf(award(3, null), 10)).toBe(3);
    expect(quotaOf(award(null, 0.3), 7)).toBe(2); // 2.1 → 2
    expect(quotaOf(award(null, 0.2), 4)).toBe(0); // 0.8 → 0
    expect(quotaOf(award(null, 0.29), 100)).toBe(29); // 28.999999999999996 in binary
    expect(quotaOf(award(null, 0.7), 10)).toBe(7);
    expect(quotaOf(award(5, 0.2), 7)).toBe(1);
    expect(quotaOf(award(1, 0.5), 10)).toBe(1);
    expect(quotaOf(award(null, null), 10)).toBe(1);
    expect(quotaOf(award(0, null), 10)).toBe(0);
  });

  it('applies the share to all the cluster’s units', () => {
    const rows = { A: { I: 80 }, B: { I: 70 }, C: { I: 60 }, D: { I: 50 }, E: { I: 40, disciplined: true } };
    expect(noms(draft(rows, [{ name: 'Bằng khen', quota: null, maxShare: 0.4 }]))).toEqual(['Bằng khen: A', 'Bằng khen: B']);
    expect(noms(draft(rows, [{ name: 'Bằng khen', quota: 3, maxShare: 0.8 }]))).toEqual(['Bằng khen: A', 'Bằng khen: B', 'Bằng khen: C']);
    expect(noms(draft(rows, [{ name: 'Bằng khen', quota: null, maxShare: null }]))).toEqual(['Bằng khen: A']);
    const none = draft(rows, [{ name: 'Bằng khen', quota: null, maxShare: 0.1 }]); // 0.5 seat → 0
    expect(none.nominations).toEqual([]);
    expect(reasons(none)).toEqual({ A: 'Hết số lượng', B: 'Hết số lượng', C: 'Hết số lượng', D: 'Hết số lượng', E: 'Bị kỷ luật' });
  });
});

describe('R7 the quota boundary', () => {
  it('a full tie larger than the seats left: all of them need a vote, and no lower unit takes the seat', () => {
    const r = draft({ A: { I: 80 }, B: { I: 70 }, C: { I: 70 }, D: { I: 60 } }, [CERT]);
    expect(ranks(r)).toEqual({ A: 1, B: 2, C: 2, D: 4 });
    expect(noms(r)).toEqual(['Bằng khen: A', 'Bằng khen: B (vote)', 'Bằng khen: C (vote)']);
    expect(r.nominations[1]!.basis).toEqual({ kind: 'vote', seats: 1, units: 2, rank: 2 });
    expect(reasons(r)).toEqual({ D: 'Hết số lượng' });
    const json = toResultJson(r, 'vi');
    expect(json.nominations.map((n) => n.status)).toEqual(['nominated', 'vote', 'vote']);
    expect(json.nominations[1]!.reason).toBe('Cần bình xét: 2 đơn vị đồng hạng 2 cho 1 suất còn lại');
  });

  it('a tie that fits the seats is nominated outright', () => {
    const r = draft({ A: { I: 80 }, B: { I: 70 }, C: { I: 70 }, D: { I: 60 } }, [{ name: 'Bằng khen', quota: 3 }]);
    expect(noms(r)).toEqual(['Bằng khen: A', 'Bằng khen: B', 'Bằng khen: C']);
  });

  it('a tie for the first place and one seat: everyone tied is a vote', () => {
    const r = draft({ A: { I: 80 }, B: { I: 80 }, C: { I: 60 } }, [FLAG, { name: 'Bằng khen', quota: 1 }]);
    expect(noms(r)).toEqual(['Cờ: A (vote)', 'Cờ: B (vote)', 'Bằng khen: C']);
  });

  it('units marked vote count as placed: later awards skip them', () => {
    const r = draft({ A: { I: 80 }, B: { I: 70 }, C: { I: 70 }, D: { I: 60 }, E: { I: 50 } }, [CERT, { name: 'Chuyên đề', quota: 1 }]);
    expect(noms(r)).toEqual(['Bằng khen: A', 'Bằng khen: B (vote)', 'Bằng khen: C (vote)', 'Chuyên đề: D']);
    expect(reasons(r)).toEqual({ E: 'Hết số lượng' });
    expectEveryUnitAccounted(r);
  });

  it('ties are decided by the tie-breaks first: only a full tie is a vote', () => {
    const rows = { A: { I: 60, th: 20 }, B: { I: 70, th: 10 }, C: { I: 50 } };
    const r = draft(rows, [FLAG], { tieBreaks: [{ kind: 'criterion', code: 'II' }] });
    expect(noms(r)).toEqual(['Cờ: A']);
  });
});

describe('R7 a reason for every unit not proposed', () => {
  it('disciplined > failed mandatory > (eligible for some award → Hết số lượng) > under the minimum of the last award it missed', () => {
    const r = draft(
      {
        Kl: { I: 80, disciplined: true, pass: false },
        Bb: { I: 80, pass: false },
        Top: { I: 79 },
        Full: { I: 76 }, // meets the flag’s minimum (75), misses the certificate’s (77): quota filled
        Low: { I: 60 }, // misses both minimums: the last one it missed
        Cert: { I: 78 },
      },
      [
        { name: 'Cờ', quota: 1, minScore: 75 },
        { name: 'Bằng khen', quota: 1, minScore: 77 },
        { name: 'Bằng khen cao', quota: 1, minScore: 90, order: 3 },
      ],
    );
    expect(noms(r)).toEqual(['Cờ: Top', 'Bằng khen: Cert']);
    expect(reasons(r)).toEqual({
      Kl: 'Bị kỷ luật',
      Bb: 'Chưa đạt tiêu chí bắt buộc 2',
      Full: 'Hết số lượng',
      Low: 'Dưới điểm tối thiểu của Bằng khen cao',
    });
    expectEveryUnitAccounted(r);
  });

  it('with no award at all, no unit was considered: that is the reason, unless vetoed', () => {
    const r = draft({ A: { I: 80 }, B: { I: 70, disciplined: true } }, []);
    expect(r.nominations).toEqual([]);
    expect(reasons(r)).toEqual({ A: 'Không có hình thức khen thưởng nào xét đơn vị này', B: 'Bị kỷ luật' });
  });
});

describe('R7 thematic awards among many candidates (a few seats picked out, not every candidate sorted)', () => {
  /** 60 units: U01…U57 with high totals and few thematic points, then the three named ones. */
  function many(named: Record<string, Row>): Record<string, Row> {
    const rows: Record<string, Row> = {};
    for (let i = 1; i <= 57; i++) rows[`U${String(i).padStart(2, '0')}`] = { I: 20 + i, th: i % 5 };
    return { ...rows, ...named };
  }

  it('the most points first, then the better rank, whatever their place in the ranking', () => {
    const r = draft(many({ X: { I: 1, th: 19 }, Y: { I: 3, th: 19 }, Z: { I: 2, th: 18 } }), [{ name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 2 }]);
    expect(noms(r)).toEqual(['Chuyên đề: Y', 'Chuyên đề: X']);
    expect(reasons(r)['Z']).toBe('Hết số lượng');
    expectEveryUnitAccounted(r);
  });

  it('units tied (points and rank) at the last seat: a vote for all of them, listed by name', () => {
    const r = draft(many({ Z: { I: 2, th: 20 }, Y: { I: 1, th: 19 }, X: { I: 1, th: 19 } }), [{ name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 2 }]);
    expect(ranks(r)['X']).toBe(ranks(r)['Y']);
    expect(noms(r)).toEqual(['Chuyên đề: Z', 'Chuyên đề: X (vote)', 'Chuyên đề: Y (vote)']);
    expectEveryUnitAccounted(r);
  });

  it('units tied at the last seats, as many as the seats: all nominated, no vote', () => {
    const r = draft(many({ Z: { I: 2, th: 20 }, Y: { I: 1, th: 19 }, X: { I: 1, th: 19 } }), [{ name: 'Chuyên đề', scope: 'thematic', criterion: '3', quota: 3 }]);
    expect(noms(r)).toEqual(['Chuyên đề: Z', 'Chuyên đề: X', 'Chuyên đề: Y']);
    expectEveryUnitAccounted(r);
  });
});

describe('the reasons’ texts (the last one kept for the next row)', () => {
  it('each reason in its language, whatever was asked before', () => {
    const belowA = { kind: 'belowMin', award: 'A' } as const;
    const belowB = { kind: 'belowMin', award: 'B' } as const;
    const seq = [belowA, belowA, belowB, { kind: 'quotaFilled' } as const, belowA, { kind: 'mandatory', code: '2' } as const, { kind: 'mandatory', code: '3' } as const];
    const vi = seq.map((r) => reasonText(r, 'vi'));
    const en = seq.map((r) => reasonText(r, 'en'));
    const alternating = seq.flatMap((r) => [reasonText(r, 'en'), reasonText(r, 'vi')]);
    expect(alternating).toEqual(seq.flatMap((_, i) => [en[i], vi[i]]));
    expect(vi[0]).toContain('A');
    expect(vi[2]).toContain('B');
    expect(vi[5]).toContain('2');
    expect(vi[6]).toContain('3');
    expect(vi[3]).toBe('Hết số lượng');
    expect(en[3]).not.toBe(vi[3]);
  });
});

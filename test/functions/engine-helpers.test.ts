/** The engine entry points added for the functions: one target figure (figure.ts) and one rank (rank-value.ts). */
import { explain, rankOfKeys, scoreTargetFigure } from '../../src/engine';

describe('scoreTargetFigure', () => {
  it('scores a figure as the cluster scoring scores a target criterion', () => {
    const s = scoreTargetFigure({ actual: 7, target: 4, max: 15, method: 'relative', leaderRatio: 2 });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.result).toMatchObject({ status: 'exceeded', points: 13.13, max: 15, rate: 1.75 });
    expect(s.criterion).toMatchObject({ kind: 'target', method: 'relative', direction: 'higher', max: 15 });
    expect(explain(s.result, s.criterion, 'en')).toBe('Ratio 7/4 = 175%, leader 200% → 7.5 + 7.5 × (175% − 100%)/(200% − 100%) = 13.13');
  });

  it('rounds to the places asked for', () => {
    const s = scoreTargetFigure({ actual: 2, target: 3, max: 10, decimals: 1 });
    expect(s.ok && s.result.points).toBe(6.7);
  });

  it('tells no target, missing data and a negative target apart', () => {
    const none = scoreTargetFigure({ actual: 5, target: null, max: 10 });
    expect(none.ok && [none.result.status, none.result.points, none.result.max]).toEqual(['excluded', null, null]);
    const zero = scoreTargetFigure({ actual: 5, target: 0, max: 10 });
    expect(zero.ok && zero.result.basis).toEqual({ kind: 'noTarget', zero: true });
    const missing = scoreTargetFigure({ actual: null, target: 5, max: 10 });
    expect(missing.ok && [missing.result.status, missing.result.points, missing.result.max]).toEqual(['missing', 0, 10]);
    expect(scoreTargetFigure({ actual: 5, target: -1, max: 10 })).toEqual({ ok: false, problem: 'negativeTarget' });
  });
});

describe('rankOfKeys', () => {
  const rows = [[90.5, 52.5], [83.5, 50.5], [83.5, 48], [76.13, 53.13], [67, 45]];

  it('ranks by the first key, then the next ones, more first', () => {
    expect(rows.map((r) => rankOfKeys(r, rows))).toEqual([1, 2, 3, 4, 5]);
    expect(rankOfKeys([83.5], rows.map((r) => [r[0]!]))).toBe(2);
    expect(rankOfKeys([76.13], rows.map((r) => [r[0]!]))).toBe(4);
    expect(rankOfKeys([76.13], rows.map((r) => [r[0]!]), 'dense')).toBe(3);
  });

  it('is null for keys no row has, and refuses rows of another shape', () => {
    expect(rankOfKeys([83.5, 49], rows)).toBeNull();
    expect(() => rankOfKeys([83.5], rows)).toThrow(RangeError);
    expect(() => rankOfKeys([], [])).toThrow(RangeError);
  });
});

describe('explanations show the figures as entered and never a misleading 100%', () => {
  it('small figures keep their decimals (1,2% against 1,5%: 2 − 0,012/0,015 = 120%)', () => {
    const s = scoreTargetFigure({ actual: 0.012, target: 0.015, max: 20, direction: 'lower' });
    expect(s.ok && explain(s.result, s.criterion, 'vi')).toBe('Giảm là tốt: tỷ lệ 2 − 0,012/0,015 = 120% → 20 × 100% = 20');
  });
  it('a ratio just under 100% is shown with the decimals that tell it from 100%', () => {
    const s = scoreTargetFigure({ actual: 99.999, target: 100, max: 20, method: 'threshold' });
    expect(s.ok && s.result.points).toBe(0);
    expect(s.ok && explain(s.result, s.criterion, 'vi')).toBe('Tỷ lệ 99,999/100 = 99,999% < 100% → 0');
  });
});

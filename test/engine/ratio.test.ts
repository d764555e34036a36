/** R1 (completion ratio) and R2 (status), as formulas and through the whole engine. */
import { completionRatio, flagOf, percentOver } from '../../src/engine/rules';
import { EPSILON } from '../../src/engine/decimal';
import { cluster, diagList, leafOf, oneTarget, unitOf } from './builder';

describe('R1: completion ratio', () => {
  describe('higher is better', () => {
    it('is A / T when T > 0', () => {
      expect(completionRatio(120, 100, 'higher')).toEqual({ kind: 'ratio', r: 1.2 });
      expect(completionRatio(0, 100, 'higher')).toEqual({ kind: 'ratio', r: 0 });
    });

    it('T = 0 means no target: not applicable, with a warning at the target cell', () => {
      expect(completionRatio(5, 0, 'higher')).toEqual({ kind: 'noTarget', zero: true });
      const r = oneTarget({}, { A: { target: 0, actual: 5 }, B: { target: 10, actual: 5 } });
      expect(r.ok).toBe(true);
      const a = leafOf(r, 'A', '1.1');
      expect(a).toMatchObject({ status: 'excluded', points: null, max: null, rate: null });
      // The maximum of A does not count the criterion: nothing applies to it.
      expect(unitOf(r, 'A').max).toBe(0);
      expect(unitOf(r, 'B').max).toBe(10);
      // …and the maxima differ while the ranking is by total (R5): a warning names `Xếp hạng theo`.
      expect(diagList(r)).toEqual(['warning Số liệu!C2 zeroTarget', 'warning Đơn vị!A2 unequalMaxima']);
    });

    it('T < 0 is an error located at the target cell, and nothing is ranked', () => {
      expect(completionRatio(5, -1, 'higher')).toEqual({ kind: 'negativeTarget' });
      const r = oneTarget({}, { A: { target: 10, actual: 5 }, B: { target: -3, actual: 5 } });
      expect(r.ok).toBe(false);
      expect(r.units).toEqual([]);
      expect(r.nominations).toEqual([]);
      expect(diagList(r)).toEqual(['error Số liệu!C3 negativeTarget']);
    });

    it('a blank target means the criterion does not apply (no warning at the cell)', () => {
      const r = oneTarget({}, { A: { target: null, actual: 5 }, B: { target: 10, actual: 10 } });
      expect(leafOf(r, 'A', '1.1')).toMatchObject({ status: 'excluded', points: null, max: null, rate: null });
      expect(diagList(r)).toEqual(['warning Đơn vị!A2 unequalMaxima']);
      const byPercent = cluster().target('1.1', 10).units('A', 'B').data('A', '1.1', { target: null, actual: 5 }).data('B', '1.1', { target: 10, actual: 10 });
      expect(diagList(byPercent.settings({ rankBy: 'percent' }).evaluate())).toEqual([]);
    });
  });

  describe('lower is better', () => {
    it('T > 0: r = max(0, 2 − A / T)', () => {
      const r = (a: number, t: number): number => {
        const o = completionRatio(a, t, 'lower');
        if (o.kind !== 'ratio') throw new Error(o.kind);
        return o.r;
      };
      expect(r(4, 5)).toBeCloseTo(1.2, 12); // 20 % under the target counts as 20 % over
      expect(r(5, 5)).toBe(1);
      expect(r(7.5, 5)).toBeCloseTo(0.5, 12);
      expect(r(10, 5)).toBe(0);
      expect(r(15, 5)).toBe(0); // never negative
    });

    it('T = 0: r = 1 when A ≤ 0, else r = 0', () => {
      expect(completionRatio(0, 0, 'lower')).toEqual({ kind: 'ratio', r: 1 });
      expect(completionRatio(-1, 0, 'lower')).toEqual({ kind: 'ratio', r: 1 });
      expect(completionRatio(0.5, 0, 'lower')).toEqual({ kind: 'ratio', r: 0 });
      const res = oneTarget({ direction: 'lower', max: 6 }, { A: { target: 0, actual: 0 }, B: { target: 0, actual: 2 } });
      expect(leafOf(res, 'A', '1.1')).toMatchObject({ status: 'met', points: 6, max: 6, rate: 1 });
      expect(leafOf(res, 'B', '1.1')).toMatchObject({ status: 'below', points: 0, max: 6, rate: 0 });
      expect(res.diagnostics).toEqual([]); // T = 0 is a real target when lower is better
    });

    it('T < 0 is an error too', () => {
      const res = oneTarget({ direction: 'lower' }, { A: { target: -1, actual: 0 } });
      expect(res.ok).toBe(false);
      expect(diagList(res)).toEqual(['error Số liệu!C2 negativeTarget']);
    });

    it('scores the worked example’s poverty rate (1.3): 4 against 5 is 120 %', () => {
      const res = oneTarget(
        { direction: 'lower', max: 10, bonusPerPercent: 0.05, bonusCap: 1 },
        { A: { target: 5, actual: 4 }, C: { target: 4, actual: 6 }, E: { target: 5, actual: 5 } },
      );
      expect(leafOf(res, 'A', '1.1').points).toBe(11);
      expect(leafOf(res, 'C', '1.1').points).toBe(5);
      expect(leafOf(res, 'E', '1.1').points).toBe(10);
    });
  });

  it('target given, actual blank: missing data (R6)', () => {
    expect(completionRatio(null, 10, 'higher')).toEqual({ kind: 'missing' });
    expect(completionRatio(null, 0, 'lower')).toEqual({ kind: 'missing' });
    const res = oneTarget({}, { A: { target: 10, actual: null } });
    expect(leafOf(res, 'A', '1.1')).toMatchObject({ status: 'missing', points: 0, max: 10 });
  });

  it('percent over target is (r − 1) × 100', () => {
    expect(percentOver(1.25)).toBeCloseTo(25, 12);
    expect(percentOver(0.9)).toBeCloseTo(-10, 12);
  });
});

describe('R2: status with ε', () => {
  it('flags around 1 within ε = 1e-9', () => {
    expect(EPSILON).toBe(1e-9);
    expect(flagOf(1)).toBe('met');
    expect(flagOf(1 + 0.5e-9)).toBe('met');
    expect(flagOf(1 - 0.5e-9)).toBe('met');
    expect(flagOf(1 + 2e-9)).toBe('exceeded');
    expect(flagOf(1 - 2e-9)).toBe('below');
    expect(flagOf(0)).toBe('below');
  });

  it('a ratio that is 1 but for binary noise is met, not exceeded or below', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in binary: target 0.1 ×3 against actual 0.3.
    const res = oneTarget({}, { A: { target: 0.1 * 3, actual: 0.3 }, B: { target: 0.3, actual: 0.1 * 3 } });
    expect(leafOf(res, 'A', '1.1').status).toBe('met');
    expect(leafOf(res, 'B', '1.1').status).toBe('met');
    expect(leafOf(res, 'A', '1.1').points).toBe(10);
  });

  it('counts exceeded / met / below over target and pass/fail criteria only; missing counts as below', () => {
    const res = cluster()
      .group('I')
      .target('1', 10, { parent: 'I' })
      .target('2', 10, { parent: 'I' })
      .target('3', 10, { parent: 'I' })
      .target('4', 10, { parent: 'I' })
      .target('5', 10, { parent: 'I' })
      .passfail('6', 5, { parent: 'I' })
      .passfail('7', 5, { parent: 'I' })
      .count('8', 5, { parent: 'I' })
      .manual('9', 5, { parent: 'I' })
      .unit('A')
      .data('A', '1', { target: 10, actual: 12 }) // exceeded
      .data('A', '2', { target: 10, actual: 10 }) // met
      .data('A', '3', { target: 10, actual: 9 }) // below
      .data('A', '4', { target: 10, actual: null }) // missing → below
      .data('A', '5', { target: null, actual: 3 }) // excluded: counted nowhere
      .data('A', '6', true) // met
      .data('A', '7', false) // below
      .data('A', '8', 3) // scored: no flag
      .data('A', '9', { self: 5 }) // scored: no flag
      .evaluate();
    const a = unitOf(res, 'A');
    expect([a.exceeded, a.met, a.below]).toEqual([1, 2, 3]);
    expect(a.criteria['6']).toMatchObject({ status: 'met', points: 5, rate: null });
    expect(a.criteria['7']).toMatchObject({ status: 'below', points: 0, rate: null });
    expect(a.criteria['8']?.status).toBe('scored');
    expect(a.criteria['9']?.status).toBe('scored');
    expect(a.criteria['5']?.status).toBe('excluded');
  });
});

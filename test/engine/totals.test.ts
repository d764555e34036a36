/** R4: groups nested to any depth, maximum over applicable leaves, percent, classification. */
import { toResultJson } from '../../src/engine/json';
import { cluster, diagList, unitOf } from './builder';

describe('R4 groups', () => {
  const nested = () =>
    cluster()
      .group('I')
      .group('I.1', 'I')
      .group('I.1.a', 'I.1')
      .group('I.1.a.x', 'I.1.a')
      .manual('1', 10, { parent: 'I.1.a.x' })
      .manual('2', 10, { parent: 'I.1.a.x' })
      .manual('3', 10, { parent: 'I.1.a' })
      .manual('4', 10, { parent: 'I.1' })
      .manual('5', 10, { parent: 'I' })
      .group('II')
      .manual('6', 10, { parent: 'II' })
      .manual('7', 10) // a top-level leaf counts in the total
      .units('A')
      .data('A', '1', { self: 1.25 })
      .data('A', '2', { self: 2 })
      .data('A', '3', { self: 3 })
      .data('A', '4', { self: 4 })
      .data('A', '5', { self: 5 })
      .data('A', '6', { self: 6 })
      .data('A', '7', { self: 7 });

  it('sums children at every level', () => {
    const r = nested().evaluate();
    const a = unitOf(r, 'A');
    expect(a.groups).toEqual({ 'I.1.a.x': 3.25, 'I.1.a': 6.25, 'I.1': 10.25, I: 15.25, II: 6 });
    expect(a.total).toBe(28.25);
    expect(a.max).toBe(70);
    expect(a.percent).toBe(40.36);
  });

  it('the result JSON holds the top-level groups only', () => {
    const json = toResultJson(nested().evaluate(), 'vi');
    expect(json.units[0]?.groups).toEqual({ I: 15.25, II: 6 });
    expect(Object.keys(json.units[0]!.criteria)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('warns when a group’s maximum is not the sum of its children, and still scores', () => {
    const r = cluster().group('I', null, 25).manual('1', 10, { parent: 'I' }).manual('2', 10, { parent: 'I' }).units('A').data('A', '1', { self: 1 }).data('A', '2', { self: 1 }).evaluate();
    expect(r.ok).toBe(true);
    expect(diagList(r)).toEqual(['warning Tiêu chí!E2 groupMaxMismatch']);
  });

  it('bonus and penalty leaves are left out of the group maximum check', () => {
    const r = cluster().group('I', null, 10).manual('1', 10, { parent: 'I' }).bonus('T', 5, { parent: 'I' }).units('A').data('A', '1', { self: 1 }).evaluate();
    expect(r.diagnostics).toEqual([]);
  });
});

describe('R4 maximum and percent', () => {
  it('the maximum is the sum over applicable leaves only (not bonus/penalty, not excluded ones)', () => {
    const r = cluster()
      .group('I')
      .target('1', 20, { parent: 'I' })
      .target('2', 30, { parent: 'I' })
      .passfail('3', 10, { parent: 'I' })
      .bonus('T1', 5)
      .penalty('T2', 5)
      .units('All', 'Some')
      .data('All', '1', { target: 10, actual: 10 })
      .data('All', '2', { target: 10, actual: 5 })
      .data('All', '3', true)
      .data('Some', '1', { target: 10, actual: 10 })
      .data('Some', '2', { target: null, actual: 5 }) // not assigned
      .data('Some', '3', true)
      .data('Some', 'T1', 2)
      .evaluate();
    const all = unitOf(r, 'All');
    expect([all.total, all.max, all.percent]).toEqual([45, 60, 75]);
    const some = unitOf(r, 'Some');
    expect([some.total, some.max, some.percent]).toEqual([32, 30, 106.67]); // a total can exceed the maximum
  });

  it('the percent is rounded to 2 places half up', () => {
    const r = cluster().manual('1', 3).manual('2', 8).units('A', 'B').data('A', '1', { self: 2 }).data('B', '2', { self: 1 }).evaluate();
    expect(unitOf(r, 'A').percent).toBe(18.18); // 2 / 11
    const down = cluster().manual('1', 8).units('A').data('A', '1', { self: 1.0001 }).settings({ decimals: 4 }).evaluate();
    expect(unitOf(down, 'A').percent).toBe(12.5); // 12.50125 → 12.5
    const half = cluster().manual('1', 200).units('A').data('A', '1', { self: 0.01 }).evaluate();
    expect(unitOf(half, 'A').percent).toBe(0.01); // 0.005 → 0.01, half up
  });

  it('a unit with no applicable criterion has maximum 0 and percent 0', () => {
    const r = cluster().group('I').target('1', 10, { parent: 'I' }).units('A', 'B').data('A', '1', { target: null, actual: 5 }).data('B', '1', { target: 5, actual: 5 }).evaluate();
    expect(r.ok).toBe(true);
    expect([unitOf(r, 'A').max, unitOf(r, 'A').percent]).toEqual([0, 0]);
  });
});

describe('R4 classification', () => {
  const scores = (self: Record<string, number>) => {
    const b = cluster().manual('1', 100);
    for (const [u, s] of Object.entries(self)) b.unit(u).data(u, '1', { self: s });
    return b;
  };

  it('default bands: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, else Yếu; a threshold reached counts', () => {
    const r = scores({ A: 90, B: 89.99, C: 80, D: 65, E: 64.99, F: 50, G: 49.99, H: 0 }).evaluate();
    const cls = Object.fromEntries(r.units.map((u) => [u.unit, u.classification]));
    expect(cls).toEqual({ A: 'Xuất sắc', B: 'Tốt', C: 'Tốt', D: 'Khá', E: 'Trung bình', F: 'Trung bình', G: 'Yếu', H: 'Yếu' });
  });

  it('custom bands, in any order', () => {
    const r = scores({ A: 95, B: 75, C: 70, D: 10 })
      .settings({ classification: [{ name: 'Đạt', min: 50 }, { name: 'Hoàn thành xuất sắc', min: 75 }, { name: 'Không đạt', min: 0 }] })
      .evaluate();
    const cls = Object.fromEntries(r.units.map((u) => [u.unit, u.classification]));
    expect(cls).toEqual({ A: 'Hoàn thành xuất sắc', B: 'Hoàn thành xuất sắc', C: 'Đạt', D: 'Không đạt' });
  });

  it('with no band reached, no classification, and a warning that no band starts at 0', () => {
    const r = scores({ A: 10, B: 30 }).settings({ classification: [{ name: 'Cao', min: 50 }, { name: 'Thấp', min: 20 }] }).evaluate();
    expect(unitOf(r, 'A').classification).toBe('');
    expect(unitOf(r, 'B').classification).toBe('Thấp');
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.params.min])).toContainEqual(['warning', 'bandsNotFromZero', 20]);
  });
});

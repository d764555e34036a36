/** Engine edge cases found by the robustness work (formerly test/robustness/engine-bugs.pending.ts). */
import { evaluate } from '../../src/engine/evaluate';
import type { ClusterModel } from '../../src/engine/model';
import { makeSettings } from '../../src/engine/settings';
import { outputSheets } from '../../src/workbook/output';

/** Two units, one criterion, equal figures: a tie on everything, so the order is by name alone. */
function tiedPair(names: [string, string]): ClusterModel {
  return {
    criteria: [
      { code: 'I', name: 'Nhóm', parent: null, kind: 'group', max: null, direction: 'higher', method: 'proportional', bonusPerPercent: null, bonusCap: null, pointsPerUnit: null, mandatory: false, measure: '' },
      { code: '1.1', name: 'Tiêu chí', parent: 'I', kind: 'count', max: 10, direction: 'higher', method: 'proportional', bonusPerPercent: null, bonusCap: null, pointsPerUnit: 1, mandatory: false, measure: '' },
    ],
    units: names.map((name) => ({ name, role: '', disciplined: false, note: '' })),
    entries: names.map((unit) => ({ unit, criterion: '1.1', target: null, actual: 5, self: null, appraised: null, evidence: '', note: '' })),
    awards: [{ order: 1, name: 'Cờ thi đua', scope: 'overall', quota: 1, maxShare: null, minScore: null, minPercent: null, criterion: null }],
    settings: makeSettings({}),
    unitsFromSheet: true,
  };
}

describe('units the collator finds equal are still ordered the same whatever the row order', () => {
  it.each([
    ['Đơn vị 01', 'Đơn vị 1'],
    ['Xã A\u00ad', 'Xã A'],
  ] as [string, string][])('%s / %s', (a, b) => {
    const one = evaluate(tiedPair([a, b]));
    const other = evaluate(tiedPair([b, a]));
    expect(one.ok && other.ok).toBe(true);
    expect(one.units.map((u) => u.rank)).toEqual([1, 1]);
    expect(other.units.map((u) => u.unit)).toEqual(one.units.map((u) => u.unit));
  });
});

describe('a target so small that A / T overflows', () => {
  function tinyTarget(): ClusterModel {
    const model = tiedPair(['A', 'B']);
    model.criteria[1] = { ...model.criteria[1]!, kind: 'target', max: 20, bonusPerPercent: 0.1, bonusCap: 2, pointsPerUnit: null };
    model.entries[0] = { ...model.entries[0]!, target: 1e-320, actual: 410, at: { target: { sheet: 'Số liệu', cell: 'C2' } } };
    model.entries[1] = { ...model.entries[1]!, target: 400, actual: 410 };
    return model;
  }

  it('is an error at the target cell, and nothing shows Infinity', () => {
    const result = evaluate(tinyTarget());
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.severity, `${d.sheet}!${d.cell}`, d.code])).toEqual([['error', 'Số liệu!C2', 'tinyTarget']]);
    expect(outputSheets(result, 'vi').flatMap((s) => s.rows.flat()).filter((c) => typeof c === 'string' && /Infinity|NaN/.test(c))).toEqual([]);
  });

  it('lower is better: 2 − A/T is −∞, so r is 0 (below), with no error', () => {
    const model = tinyTarget();
    model.criteria[1] = { ...model.criteria[1]!, direction: 'lower' };
    const result = evaluate(model);
    expect(result.ok).toBe(true);
    expect(result.units.find((u) => u.unit === 'A')!.criteria['1.1']).toMatchObject({ rate: 0, status: 'below', points: 0 });
  });
});

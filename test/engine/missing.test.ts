/** R6: missing data policies, and errors that never stop at the first; model-level validation. */
import { formatDiagnostic } from '../../src/engine/diagnostics';
import { cluster, diagList, leafOf, unitOf } from './builder';

const base = () =>
  cluster()
    .group('I')
    .target('1', 20, { parent: 'I' })
    .manual('2', 10, { parent: 'I' })
    .count('3', 10, { parent: 'I' })
    .passfail('4', 10, { parent: 'I' })
    .units('A', 'B')
    .data('A', '1', { target: 10, actual: 10 })
    .data('A', '2', { self: 10 })
    .data('A', '3', 10)
    .data('A', '4', true)
    .data('B', '1', { target: 10, actual: null }) // target given, actual blank
    .data('B', '2', {}); // no score; 3 and 4 have no row at all

describe('R6 missing data', () => {
  it('`0` (default): 0 points, the maximum kept, status missing, counted as below', () => {
    const r = base().evaluate();
    expect(r.ok).toBe(true);
    const b = unitOf(r, 'B');
    for (const code of ['1', '2', '3', '4']) expect(b.criteria[code]).toMatchObject({ status: 'missing', points: 0 });
    expect([b.total, b.max, b.percent, b.below]).toEqual([0, 50, 0, 2]);
    // Every blank that scores 0 is a warning at its cell; the absent rows one warning at the unit.
    expect(diagList(r)).toEqual(['warning Đơn vị!A3 rowsAbsentZero', 'warning Số liệu!D6 missingZero', 'warning Số liệu!E7 missingZero']);
    expect(r.diagnostics.map((d) => formatDiagnostic(d, 'vi'))).toEqual([
      'Đơn vị!A3: Đơn vị “B” không có dòng số liệu cho 3, 4 trong trang “Số liệu”: các tiêu chí này được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
      'Số liệu!D6: Thiếu số liệu (ô để trống): “1” của B được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
      'Số liệu!E7: Thiếu số liệu (ô để trống): “2” của B được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
    ]);
    expect(formatDiagnostic(r.diagnostics[1]!, 'en')).toBe('Số liệu!D6: Missing data (blank cell): “1” of B scores 0 points under the setting “Thiếu số liệu” (Missing data) = 0.');
  });

  it('`loại trừ`: the criterion does not apply to that unit', () => {
    const r = base().settings({ missing: 'exclude' }).evaluate();
    const b = unitOf(r, 'B');
    for (const code of ['1', '2', '3', '4']) expect(b.criteria[code]).toMatchObject({ status: 'excluded', points: null, max: null });
    expect([b.max, b.below]).toEqual([0, 0]);
    expect(unitOf(r, 'A').max).toBe(50);
    // Left out is visible too: at each blank cell, at the unit for its absent rows; and the maxima
    // now differ while the ranking is by total.
    expect(diagList(r)).toEqual([
      'warning Đơn vị!A3 rowsAbsentExcluded',
      'warning Số liệu!D6 missingExcluded',
      'warning Số liệu!E7 missingExcluded',
      'warning Đơn vị!A3 unequalMaxima',
    ]);
  });

  it('`lỗi`: each missing figure is an error at its cell (or the unit’s cell when there is no row)', () => {
    const r = base().settings({ missing: 'error' }).evaluate();
    expect(r.ok).toBe(false);
    expect(r.units).toEqual([]);
    expect(diagList(r)).toEqual([
      'error Số liệu!D6 missingData', // 1: the actual cell of B's row
      'error Số liệu!D7 missingData', // 2: the row exists, the scores are blank
      'error Đơn vị!A3 missingData', // 3: no row: B's cell in Đơn vị
      'error Đơn vị!A3 missingData', // 4
    ]);
    expect(formatDiagnostic(r.diagnostics[0]!, 'vi')).toBe('Số liệu!D6: Thiếu số liệu “1” của B.');
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toBe('Số liệu!D6: Missing data for “1” of B.');
  });

  it('a target criterion with no data row does not apply (excluded), as with a blank target', () => {
    const r = cluster().group('I').target('1', 10, { parent: 'I' }).manual('2', 10, { parent: 'I' }).units('A', 'B').data('A', '1', { target: 5, actual: 5 }).data('A', '2', { self: 5 }).data('B', '2', { self: 5 }).settings({ missing: 'error' }).evaluate();
    expect(r.ok).toBe(true);
    expect(leafOf(r, 'B', '1')).toMatchObject({ status: 'excluded', points: null, max: null });
    expect(unitOf(r, 'B').max).toBe(10);
  });

  it('bonus and penalty with no row give 0 points even under `lỗi`', () => {
    const r = cluster().manual('1', 10).bonus('T1', 5).penalty('T2', 5).units('A').data('A', '1', { self: 5 }).settings({ missing: 'error' }).evaluate();
    expect(r.ok).toBe(true);
    expect(unitOf(r, 'A').total).toBe(5);
  });
});

describe('R6 every problem is reported, then nothing is ranked', () => {
  it('collects errors from the tree, the units, the data and the awards together', () => {
    const r = cluster()
      .group('I')
      .manual('1', 10, { parent: 'I' })
      .manual('1', 10, { parent: 'I' }) // duplicate code
      .manual('2', 10, { parent: 'X' }) // unknown parent
      .target('3', null, { parent: 'I' }) // leaf without max
      .units('A', 'A') // duplicate unit
      .data('A', '9', 1) // unknown criterion
      .data('A', 'I', 1) // data for a group
      .data('Z', '1', { self: 1 }) // unit not listed
      .data('A', '1', { self: 1 })
      .data('A', '1', { self: 2 }) // duplicate entry
      .award({ name: 'Chuyên đề', scope: 'thematic', criterion: '42' })
      .award({ name: 'Chuyên đề 2', scope: 'thematic', criterion: null, order: 1 }) // duplicate order, no criterion
      .settings({ tieBreaks: [{ kind: 'criterion', code: 'nope' }] })
      .evaluate();
    expect(r.ok).toBe(false);
    expect(r.units).toEqual([]);
    expect(diagList(r)).toEqual([
      'error Tiêu chí!A4 duplicateCode',
      'error Tiêu chí!C5 unknownParent',
      'error Tiêu chí!E6 leafMaxRequired',
      'error Đơn vị!A3 duplicateUnit',
      'error Số liệu!B2 unknownCriterion',
      'error Số liệu!B3 dataForGroup',
      'error Số liệu!A4 unitNotListed',
      'error Số liệu!A6 duplicateEntry',
      'warning Tiêu chí!A5 leafWithoutRowsZero', // no unit has a row for 2: one warning at its code
      'warning Tiêu chí!A6 targetWithoutRows', // no unit has a row for 3
      'error Khen thưởng!H2 unknownAwardCriterion',
      'error Khen thưởng!A3 duplicateAwardOrder',
      'error Khen thưởng!H3 thematicWithoutCriterion',
      'error Cài đặt!A1 unknownTieBreak',
    ]);
  });

  it('reports the problems scoring finds too, along with the model’s errors, each once', () => {
    const r = cluster()
      .group('I')
      .target('1', 10, { parent: 'I' })
      .count('2', 10, { parent: 'I' })
      .units('A', 'B', 'a') // "a" is "A" listed twice
      .data('A', '1', { target: -5, actual: 1 }) // found while scoring
      .data('B', '2', -3) // found while scoring
      .data('B', '9', 1) // found by validation
      .evaluate();
    expect(r.ok).toBe(false);
    expect(diagList(r)).toEqual([
      'error Đơn vị!A4 duplicateUnit',
      'error Số liệu!B4 unknownCriterion',
      'warning Đơn vị!A2 rowsAbsentZero', // A has no row for the count 2: 0 points
      'warning Đơn vị!A3 targetRowsAbsent', // B has no row for the target criterion 1
      'error Số liệu!C2 negativeTarget',
      'error Số liệu!D3 negative',
    ]);
  });

  it('reports a cycle in the tree once, at a parent cell of the loop', () => {
    const r = cluster()
      .group('I')
      .manual('1', 10, { parent: 'I' })
      .group('G1', 'G2')
      .group('G2', 'G1')
      .manual('3', 10, { parent: 'G1' })
      .units('A')
      .data('A', '1', { self: 1 })
      .evaluate();
    expect(r.ok).toBe(false);
    expect(diagList(r)).toEqual(['error Tiêu chí!C4 cycle', 'warning Tiêu chí!A6 leafWithoutRowsZero']);
    expect(formatDiagnostic(r.diagnostics[0]!, 'vi')).toBe('Tiêu chí!C4: Cây tiêu chí bị vòng lặp: G1 → G2 → G1.');
  });

  it('a parent that is a leaf is an error', () => {
    const r = cluster().manual('1', 10).manual('1.1', 5, { parent: '1' }).units('A').data('A', '1', { self: 1 }).evaluate();
    expect(diagList(r)).toEqual(['error Tiêu chí!C3 parentNotGroup', 'warning Tiêu chí!A3 leafWithoutRowsZero']);
  });

  it('no unit, no leaf: errors', () => {
    expect(diagList(cluster().group('I').manual('1', 5, { parent: 'I' }).evaluate())).toEqual(['error Đơn vị!A1 noUnits']);
    expect(diagList(cluster().group('I').units('A').evaluate())).toEqual(['error Tiêu chí!A2 noLeaves', 'warning Tiêu chí!A2 emptyGroup']);
  });

  it('without a Đơn vị sheet the units are those named in the data, never "not listed"', () => {
    const r = cluster().manual('1', 10).noUnitsSheet().data('X', '1', { self: 3 }).data('Y', '1', { self: 4 }).evaluate();
    expect(r.ok).toBe(true);
    expect(r.units.map((u) => u.unit)).toEqual(['Y', 'X']);
  });

  it('warnings alone do not stop the ranking', () => {
    const r = cluster().group('I', null, 99).manual('1', 10, { parent: 'I', mandatory: false }).units('A').data('A', '1', { self: 11 }).evaluate();
    expect(r.ok).toBe(true);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.diagnostics.length).toBe(2);
    expect(unitOf(r, 'A').rank).toBe(1);
  });
});

/**
 * THIDUA.RESULTS and NOMINATIONS recalculated with inputs whose values have not changed reuse the
 * cluster already scored (src/functions/recalc-cache.ts); any change of a value, of the language
 * or of the addresses scores again, and so does a range holding anything but plain values.
 */
import { fixtureRanges, installCustomFunctions } from './excel-runtime';
import { nominations, results } from '../../src/functions/functions';
import { forgetScored, scoredOnce } from '../../src/functions/recalc-cache';
import type { ClusterRanges } from '../../src/functions/ranges';
import type { ClusterResult } from '../../src/engine/result';

let sheets: Map<string, unknown[][]>;
const fresh = (): ClusterRanges => ({
  criteria: structuredClone(sheets.get('Tiêu chí')!),
  data: structuredClone(sheets.get('Số liệu')!),
  units: structuredClone(sheets.get('Đơn vị')!),
  awards: null,
  settings: null,
});

beforeAll(async () => {
  installCustomFunctions();
  sheets = await fixtureRanges('example-a.xlsx');
});
beforeEach(() => forgetScored());

/** A stand-in score that counts its calls and gives a distinct object each time. */
function counter(): { score: () => ClusterResult; calls: () => number } {
  let n = 0;
  return { score: () => ({ n: ++n }) as unknown as ClusterResult, calls: () => n };
}

describe('scoredOnce', () => {
  test('the same values in new arrays: scored once, the same result given back', () => {
    const c = counter();
    const first = scoredOnce('vi', fresh(), ['A!A1'], c.score);
    const again = scoredOnce('vi', fresh(), ['A!A1'], c.score);
    expect(again).toBe(first);
    expect(c.calls()).toBe(1);
  });

  test('a value changed in place in the very arrays scored: scored again (a copy was compared)', () => {
    const c = counter();
    const r = fresh();
    scoredOnce('vi', r, undefined, c.score);
    (r.data as unknown[][])[3]![3] = 12345;
    scoredOnce('vi', r, undefined, c.score);
    expect(c.calls()).toBe(2);
  });

  test('another language, other addresses, a row more or a blank where a value was: scored again', () => {
    const c = counter();
    scoredOnce('vi', fresh(), ['A!A1'], c.score);
    scoredOnce('en', fresh(), ['A!A1'], c.score);
    scoredOnce('en', fresh(), ['B!A1'], c.score);
    const longer = fresh();
    (longer.data as unknown[][]).push(['', '', '', '']);
    scoredOnce('en', longer, ['B!A1'], c.score);
    const blank = fresh();
    (blank.units as unknown[][])[1]![0] = '';
    scoredOnce('en', blank, ['B!A1'], c.score);
    expect(c.calls()).toBe(5);
  });

  test('a failed score is not kept, nor a range holding an error value', () => {
    let n = 0;
    const failing = (): ClusterResult => {
      n++;
      throw new Error('#VALUE!');
    };
    expect(() => scoredOnce('vi', fresh(), undefined, failing)).toThrow();
    expect(() => scoredOnce('vi', fresh(), undefined, failing)).toThrow();
    expect(n).toBe(2);
    const c = counter();
    const withError = (): ClusterRanges => {
      const r = fresh();
      (r.data as unknown[][])[2]![3] = { code: '#N/A' };
      return r;
    };
    scoredOnce('vi', withError(), undefined, c.score);
    scoredOnce('vi', withError(), undefined, c.score);
    expect(c.calls()).toBe(2);
    // Not even the very same error object, in a row or as a whole row, is taken as unchanged.
    const error = { code: '#N/A' };
    const sameError = (asRow: boolean): ClusterRanges => {
      const r = fresh();
      if (asRow) (r.data as unknown[])[2] = error;
      else (r.data as unknown[][])[2]![3] = error;
      return r;
    };
    for (const asRow of [false, true]) {
      const d = counter();
      scoredOnce('vi', sameError(asRow), undefined, d.score);
      scoredOnce('vi', sameError(asRow), undefined, d.score);
      expect(d.calls()).toBe(2);
    }
  });

  test('two clusters kept: RESULTS and NOMINATIONS over two clusters alternate without scoring again', () => {
    const c = counter();
    const other = (): ClusterRanges => ({ ...fresh(), awards: [['x']] });
    const a = scoredOnce('vi', fresh(), undefined, c.score);
    const b = scoredOnce('vi', other(), undefined, c.score);
    expect(scoredOnce('vi', fresh(), undefined, c.score)).toBe(a);
    expect(scoredOnce('vi', other(), undefined, c.score)).toBe(b);
    expect(c.calls()).toBe(2);
  });
});

describe('through the functions', () => {
  const args = (r: ClusterRanges) => [r.criteria, r.data, r.units, r.awards, r.settings] as [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]];

  test('RESULTS and NOMINATIONS recalculated give exactly what a first calculation gives', () => {
    const cold = results(...args(fresh()));
    const coldNominations = nominations(...args(fresh()));
    forgetScored();
    const firstNominations = nominations(...args(fresh()));
    expect(results(...args(fresh()))).toEqual(cold);
    expect(results(...args(fresh()))).toEqual(cold);
    expect(firstNominations).toEqual(coldNominations);
    expect(nominations(...args(fresh()))).toEqual(coldNominations);
  });

  test('a figure changed between two recalculations changes the table', () => {
    const before = results(...args(fresh()));
    const r = fresh();
    const data = r.data as unknown[][];
    // Every actual figure set to 0: the totals fall.
    let changed = 0;
    for (const cells of data)
      cells.forEach((v, j) => {
        if (j >= 2 && typeof v === 'number' && v > 0) {
          cells[j] = 0;
          changed++;
        }
      });
    expect(changed).toBeGreaterThan(0);
    expect(results(...args(r))).not.toEqual(before);
  });
});

describe('an edited input is never served a stale result (the copy)', () => {
  test('every kind of edit in place, in every range, after a score: scored again', () => {
    const edits: ((r: ClusterRanges) => void)[] = [
      (r) => ((r.data as unknown[][])[5]![0] = 'Đơn vị khác'),
      (r) => ((r.data as unknown[][])[5]![3] = null),
      (r) => ((r.data as unknown[][])[4]!.length = 2),
      (r) => (r.data as unknown[][]).pop(),
      (r) => ((r.data as unknown[])[2] = 'một ô'),
      (r) => ((r.criteria as unknown[][])[1]![4] = 99),
      (r) => ((r.units as unknown[][])[1]![0] = true),
      (r) => ((r.data as unknown[][])[6]![3] = NaN),
    ];
    for (const edit of edits) {
      forgetScored();
      const c = counter();
      const r = fresh();
      const first = scoredOnce('vi', r, undefined, c.score);
      edit(r);
      expect(scoredOnce('vi', r, undefined, c.score)).not.toBe(first);
      // A new copy of the edited values is served the edited score, not the first.
      const second = scoredOnce('vi', r, undefined, c.score);
      expect(c.calls()).toBe(2);
      expect(second).not.toBe(first);
    }
  });

  test('NaN equals NaN and −0 is not 0 (Object.is), as the score tells them apart', () => {
    const c = counter();
    const withNaN = (x: number): ClusterRanges => {
      const r = fresh();
      (r.data as unknown[][])[3]![3] = x;
      return r;
    };
    scoredOnce('vi', withNaN(NaN), undefined, c.score);
    scoredOnce('vi', withNaN(NaN), undefined, c.score);
    expect(c.calls()).toBe(1);
    scoredOnce('vi', withNaN(0), undefined, c.score);
    scoredOnce('vi', withNaN(-0), undefined, c.score);
    expect(c.calls()).toBe(3);
  });
});

/**
 * THIDUA.SCORE's and EXPLAIN's `bestRatio` (L of the relative method, a ratio: 2 for 200 %) is weighed
 * against the unit's own ratio as the actual and target are weighed against each other (read-figures.ts
 * readLeaderRatio, through jobs/weigh-figures.ts): 200 typed for 200 % and a date's serial are refused
 * with #VALUE! naming the argument; a percent cell's value (2) and "200%" are the ratio.
 */
import { excelError, installCustomFunctions, officeLanguage } from './excel-runtime';
import { explanation, score } from '../../src/functions/functions';

beforeAll(() => {
  installCustomFunctions();
});
afterEach(() => officeLanguage(undefined));

const RELATIVE = 'so với dẫn đầu';
type Call = (actual: unknown, target: unknown, method: unknown, bestRatio: unknown) => unknown;
const FUNCTIONS: [string, Call][] = [
  ['SCORE', (a, t, m, l) => score(a, t, 15, m, undefined, undefined, undefined, l)],
  ['EXPLAIN', (a, t, m, l) => explanation(a, t, 15, m, undefined, undefined, undefined, l)],
];

describe.each(FUNCTIONS)('THIDUA.%s’s best ratio', (_name, call) => {
  it('takes the ratio as given when plausible: 2, a percent cell’s value, and "200%" alike (r = 175 %)', () => {
    const two = call(7, 4, RELATIVE, 2);
    expect(call(7, 4, RELATIVE, '200%')).toEqual(two);
    expect(call(7, 4, RELATIVE, [[2]])).toEqual(two);
    expect(call(7, 4, RELATIVE, 35)).not.toBeUndefined(); // 20 × 1,75: still plausible
  });

  it('refuses 200 (a percent’s number typed for 200 %), naming the argument and what to enter (vi)', () => {
    const e = excelError(() => call(7, 4, RELATIVE, 200));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^“tỷ_lệ_dẫn_đầu” là 200, tức 20\.000% nếu là tỷ lệ; tỷ lệ của đơn vị là 175%/);
    expect(e.message).toContain('hãy nhập 200% hoặc 2 (một tỷ lệ, như THIDUA.TYLE trả về)');
  });

  it('refuses it in English, as a 1×1 range and as number text too', () => {
    officeLanguage('en-US');
    for (const l of [200, [[200]], '200']) {
      const e = excelError(() => call(7, 4, RELATIVE, l));
      expect(e.message).toMatch(/^“bestRatio” is 200, that is 20,000% as a ratio; the unit’s own ratio is 175%/);
      expect(e.message).toContain('enter 200% or 2 (a ratio, as THIDUA.RATE returns it)');
    }
  });

  it('refuses a date’s serial, naming the date (vi and en)', () => {
    const vi = excelError(() => call(7, 4, RELATIVE, 45413));
    expect(vi.code).toBe('#VALUE!');
    expect(vi.message).toBe(
      '“tỷ_lệ_dẫn_đầu” là 45413, có thể là ngày 01/05/2024: Excel lưu ngày 01/05/2024 là số 45413, và hàm không thấy định dạng ô. Tỷ lệ cao nhất của cụm là một tỷ lệ không thấp hơn tỷ lệ của đơn vị (175%), ví dụ 2 hoặc 200%: hãy kiểm tra lại ô này.',
    );
    officeLanguage('en');
    expect(excelError(() => call(7, 4, RELATIVE, 45413)).message).toMatch(/^“bestRatio” is 45413, which may be the date 01\/05\/2024: .* no lower than the unit’s own \(175%\)/);
  });

  it('keeps its located refusals of a negative number and of text', () => {
    expect(excelError(() => call(7, 4, RELATIVE, -2)).message).toBe('“tỷ_lệ_dẫn_đầu” không được âm (-2).');
    expect(excelError(() => call(7, 4, RELATIVE, 'nhiều')).message).toBe('“tỷ_lệ_dẫn_đầu”: “nhiều” không phải là số.');
    officeLanguage('en-US');
    expect(excelError(() => call(7, 4, RELATIVE, 'lots')).message).toMatch(/^“bestRatio”: “lots” is not a number/);
  });

  it('weighs it against the ratio of either direction, shown to 2 places (lower is better: 4 against 7 is 142,86 %; 7 against 3 is 233,33 %)', () => {
    const lower = (l: unknown): unknown => (_name === 'SCORE' ? score : explanation)(4, 7, 15, RELATIVE, undefined, undefined, 'giảm', l);
    expect(excelError(() => lower(200)).message).toMatch(/tỷ lệ của đơn vị là 142,86%/);
    expect(() => lower(2)).not.toThrow();
    expect(excelError(() => call(7, 3, RELATIVE, 300)).message).toMatch(/tỷ lệ của đơn vị là 233,33%/);
  });

  it('weighs it only when it counts: the relative method with a ratio over 100 %', () => {
    expect(() => call(3, 4, RELATIVE, 45413)).not.toThrow(); // r = 75 %: L plays no part
    expect(() => call(4, 4, RELATIVE, 200)).not.toThrow(); // r = 100 %
    expect(() => call(7, 4, 'tỷ lệ', 45413)).not.toThrow(); // proportional: no L
    expect(() => call(7, 4, 'ngưỡng', 200)).not.toThrow();
  });

  it('takes as given what it cannot say better: an L under the unit’s own ratio (the unit leads), a large non-date', () => {
    expect(call(7, 4, RELATIVE, 1.5)).toEqual(call(7, 4, RELATIVE, 1.75));
    expect(() => call(7, 4, RELATIVE, 50)).not.toThrow(); // 5000 %: neither reading plausible, no date
    expect(() => call(7, 4, RELATIVE, '45413')).not.toThrow(); // typed as text: read as typed
  });
});

describe('the points with a best ratio, as before', () => {
  it('gives the README’s example and the same points for 2 and "200%"', () => {
    expect(score(7, 4, 15, RELATIVE, undefined, undefined, undefined, 2)).toBe(13.13);
    expect(score(7, 4, 15, RELATIVE, undefined, undefined, undefined, '200%')).toBe(13.13);
  });

  it('fuzz: never refuses a best ratio from the unit’s own ratio to 20 times it', () => {
    let seed = 5;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 500; i++) {
      const target = Number((10 ** (random() * 6 - 2)).toPrecision(4));
      const r = 1.01 + random() * 10;
      const actual = Number((target * r).toPrecision(6));
      const ratio = actual / target;
      const best = Number((ratio * 20 ** random()).toPrecision(6));
      if (best < ratio || best > ratio * 20) continue;
      expect(() => score(actual, target, 10, RELATIVE, undefined, undefined, undefined, best)).not.toThrow();
    }
  });
});

/**
 * THIDUA.RATE, STATUS, SCORE and EXPLAIN get bare values: a percent cell's value (0,879 for 87,9 %)
 * or a date's serial (45413 for 01/05/2024) is refused with #VALUE! naming the argument, by the rule
 * THIDUA.RESULTS uses (read-figures.ts); plausible pairs read exactly as before.
 */
import { excelError, installCustomFunctions, officeLanguage } from './excel-runtime';
import { explanation, rate, score, status } from '../../src/functions/functions';

beforeAll(() => {
  installCustomFunctions();
});
afterEach(() => officeLanguage(undefined));

type Call = (actual: unknown, target: unknown) => unknown;
const FUNCTIONS: [string, Call][] = [
  ['RATE', (a, t) => rate(a, t)],
  ['STATUS', (a, t) => status(a, t)],
  ['SCORE', (a, t) => score(a, t, 10)],
  ['EXPLAIN', (a, t) => explanation(a, t, 10)],
];

describe.each(FUNCTIONS)('THIDUA.%s with a figure whose format it cannot see', (_name, call) => {
  it('refuses an actual that is a percent cell’s value (0,879 against 100), naming the argument (vi)', () => {
    const e = excelError(() => call(0.879, 100));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^“thực_hiện” là 0,879, tức 87,9% nếu ô định dạng phần trăm/);
    expect(e.message).toContain('hãy nhập 87,9 thay cho 87,9%');
    expect(e.message).toContain('(87,9/100)');
    expect(e.message).toContain('“chỉ_tiêu”');
  });

  it('refuses it in English too, and a 1×1 range alike', () => {
    officeLanguage('en-US');
    const e = excelError(() => call([[0.879]], [[100]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^“actual” is 0\.879, that is 87\.9% if its cell is formatted as a percent/);
    expect(e.message).toContain('enter 87.9 instead of 87.9%');
  });

  it('refuses a target that is a percent cell’s value (95 against 0,9), naming the target', () => {
    const vi = excelError(() => call(95, 0.9));
    expect(vi.message).toMatch(/^“chỉ_tiêu” là 0,9, tức 90% nếu ô/);
    expect(vi.message).toContain('hãy nhập 90 thay cho 90%');
    officeLanguage('en-GB');
    expect(excelError(() => call(95, 0.9)).message).toMatch(/^“target” is 0\.9, that is 90% if its cell/);
  });

  it('refuses a date’s serial over 20 times the other figure, naming the argument and the date', () => {
    const vi = excelError(() => call(45413, 100));
    expect(vi.code).toBe('#VALUE!');
    expect(vi.message).toMatch(/^“thực_hiện” là 45413, có thể là ngày 01\/05\/2024/);
    expect(vi.message).toContain('Excel lưu ngày 01/05/2024 là số 45413');
    expect(vi.message).toContain('lớn hơn 20 lần “chỉ_tiêu” (100)');
    officeLanguage('en-US');
    const en = excelError(() => call(100, 45413));
    expect(en.message).toMatch(/^“target” is 45413, which may be the date 01\/05\/2024/);
    expect(en.message).toContain('over 20 times “actual” (100)');
    expect(en.message).toContain("if both are right, enter the number in its cell as text (type '45413)");
    expect(vi.message).toContain("nếu cả hai đều đúng, hãy nhập số này vào ô dưới dạng chữ (gõ '45413)");
  });

  it('has no year to narrow the date window by: 50 000 against 1 500 is refused, and the escape it names (text) scores', () => {
    expect(excelError(() => call(1500, 50000)).message).toMatch(/^“chỉ_tiêu” là 50000, có thể là ngày 21\/11\/2036/);
    expect(() => call(1500, '50000')).not.toThrow();
  });

  it('takes plausible pairs, zeros, blanks and large figures exactly as before', () => {
    for (const [a, t] of [
      [95, 100],
      [0.9, 1],
      [45413, 40000],
      [0, 100],
      [0, 0.5],
      [1868, 5],
      ['87,9%', '80%'],
      [0.001, 100], // no reading is plausible, and no date: taken as given
    ] as const) {
      expect(() => call(a, t)).not.toThrow();
    }
  });
});

describe('the same pair as before the check', () => {
  it('gives the same ratio and points for plausible pairs', () => {
    expect(rate(0.9, 1)).toBeCloseTo(0.9, 12);
    expect(rate(45413, 40000)).toBeCloseTo(45413 / 40000, 12);
    expect(rate(1868, 5)).toBeCloseTo(373.6, 12);
    expect(rate(0.001, 100)).toBeCloseTo(0.00001, 12);
    expect(score(95, 100, 10)).toBeCloseTo(9.5, 12);
  });

  it('reads number text as typed: "0,879" against 100 is not a cell whose format is unseen', () => {
    expect(rate('0,879', '100')).toBeCloseTo(0.00879, 12);
  });

  it('still weighs a bare number against number text', () => {
    expect(excelError(() => rate(0.879, '100')).message).toMatch(/^“thực_hiện” là 0,879/);
  });
});

describe('errors that come first', () => {
  it('says a negative target is negative, not a percent', () => {
    expect(excelError(() => score(50, -1, 10)).message).toBe('“chỉ_tiêu” không được âm (-1).');
  });

  it('weighs a negative actual as RESULTS does (-0,5 against 100 is -50%)', () => {
    expect(excelError(() => rate(-0.5, 100)).message).toMatch(/^“thực_hiện” là -0,5, tức -50% nếu ô/);
    expect(rate(-50, 100)).toBe(-0.5); // plausible as given: as before
  });
});

describe('percent text against a plain number, as THIDUA.RESULTS', () => {
  it.each(FUNCTIONS)('THIDUA.%s refuses "87,9%" against 100 (only 87,9 is plausible), naming the argument', (_name, call) => {
    const vi = excelError(() => call('87,9%', 100));
    expect(vi.code).toBe('#VALUE!');
    expect(vi.message).toMatch(/^“thực_hiện” là “87,9%”, có thể là 0,879 hoặc 87,9/);
    expect(vi.message).toContain('hãy nhập 87,9 (một số, không kèm %');
    officeLanguage('en-US');
    const en = excelError(() => call(95, '90%'));
    expect(en.message).toMatch(/^“target” is “90%”, which could be 0\.9 or 90/);
    expect(en.message).toContain('enter 90 (a number, no %');
  });

  it('takes percent text plausible as given, and percent against percent, as before', () => {
    expect(rate('50%', 1)).toBe(0.5);
    expect(rate('87,9%', '80%')).toBeCloseTo(1.09875, 12);
    expect(rate(0.95, '90%')).toBeCloseTo(0.95 / 0.9, 12);
    expect(score('120%', '100%', 20)).toBe(20);
  });
});

describe('any direction, any plausible pair', () => {
  it('refuses a percent cell’s value when lower is better too', () => {
    expect(excelError(() => rate(0.04, 5, 'giảm')).message).toMatch(/^“thực_hiện” là 0,04, tức 4% nếu ô/);
    expect(excelError(() => score(0.04, 5, 10, 'tỷ lệ', 0, 0, 'giảm')).code).toBe('#VALUE!');
  });

  it('never refuses a pair whose ratio is within 1/20..20, bare or as text', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 500; i++) {
      const target = Number((10 ** (random() * 10 - 4)).toPrecision(4));
      const actual = Number((target * 20 ** (random() * 2 - 1)).toPrecision(4));
      if (Math.abs(actual / target) < 1 / 20 || Math.abs(actual / target) > 20) continue;
      expect(rate(actual, target)).toBeCloseTo(actual / target, 9);
      expect(rate([[actual]], [[target]])).toBeCloseTo(actual / target, 9);
    }
  });
});

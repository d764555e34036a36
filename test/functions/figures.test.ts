/** THIDUA.RATE, STATUS, SCORE and EXPLAIN: one figure at a time, with good and bad arguments. */
import { errorCell, excelError, installCustomFunctions } from './excel-runtime';
import { explanation, rate, score, status } from '../../src/functions/functions';

beforeAll(() => {
  installCustomFunctions();
});

describe('THIDUA.RATE (R1)', () => {
  it('divides the actual by the target when higher is better', () => {
    expect(rate(120, 100)).toBeCloseTo(1.2, 12);
    expect(rate(95, 100, 'tăng')).toBeCloseTo(0.95, 12);
    expect(rate(55, 50, 'higher')).toBeCloseTo(1.1, 12);
  });

  it('reads Vietnamese and plain number text, percents, and 1×1 ranges', () => {
    expect(rate('1.868,257', 1000)).toBeCloseTo(1.868257, 12);
    expect(rate('1868.257', '1.000,0')).toBeCloseTo(1.868257, 12);
    expect(rate('87,9%', '80%')).toBeCloseTo(1.09875, 12);
    expect(rate([[5]], [[10]])).toBe(0.5);
  });

  it('counts being under the target as being over it when lower is better', () => {
    expect(rate(4, 5, 'giảm')).toBeCloseTo(1.2, 12);
    expect(rate(6, 4, 'GIAM')).toBe(0.5);
    expect(rate(30, 10, 'lower')).toBe(0);
    expect(rate(0, 0, 'giảm')).toBe(1);
    expect(rate(1, 0, 'giảm')).toBe(0);
  });

  it('has no ratio without a target (blank, or 0 when higher is better) or without an actual', () => {
    for (const target of [null, undefined, '', '   ', 0]) {
      const e = excelError(() => rate(5, target));
      expect(e.code).toBe('#N/A');
      expect(e.message).toMatch(/Không giao chỉ tiêu/);
    }
    const missing = excelError(() => rate('', 100));
    expect(missing.code).toBe('#N/A');
    expect(missing.message).toMatch(/Thiếu số liệu/);
  });

  it('refuses a negative target, text that is not a number, an unknown direction, an error value and a range', () => {
    const negative = excelError(() => rate(5, -1));
    expect([negative.code, negative.message]).toEqual(['#VALUE!', '“chỉ_tiêu” không được âm (-1).']);
    const text = excelError(() => rate('mười', 5));
    expect([text.code, text.message]).toEqual(['#VALUE!', '“thực_hiện”: “mười” không phải là số.']);
    const direction = excelError(() => rate(5, 10, 'ngang'));
    expect(direction.code).toBe('#VALUE!');
    expect(direction.message).toContain('“ngang” không hợp lệ cho “chiều”; dùng: tăng, giảm');
    const error = excelError(() => rate(errorCell('#N/A'), 5));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('#N/A');
    const range = excelError(() => rate([[1, 2]], 5));
    expect(range.message).toBe('“thực_hiện” phải là một ô, không phải một vùng 2 ô.');
  });

  it('refuses to guess an ambiguous "1.800" (1,8 or 1800), which the pane only warns about', () => {
    const e = excelError(() => rate('1.868,257', '1.800'));
    expect([e.code, e.message]).toEqual([
      '#VALUE!',
      '“chỉ_tiêu”: “1.800” có thể là 1800 hoặc 1,8; công thức không tự đoán: hãy nhập 1800 nếu là số hàng nghìn, hoặc 1,8 nếu là số thập phân.',
    ]);
    expect(rate('1.868,257', '1800')).toBeCloseTo(1.0379, 4);
    expect(rate('1.868,257', 1800)).toBeCloseTo(1.0379, 4);
  });
});

describe('THIDUA.STATUS (R2)', () => {
  it('says Vượt, Đạt or Chưa đạt, with ε around 100 %', () => {
    expect(status(120, 100)).toBe('Vượt');
    expect(status(100, 100)).toBe('Đạt');
    expect(status(100.0000000001, 100)).toBe('Đạt');
    expect(status(95, 100)).toBe('Chưa đạt');
    expect(status(4, 5, 'giảm')).toBe('Vượt');
    expect(status('5', '5,0', 'lower')).toBe('Đạt');
  });

  it('names a figure without a target or without an actual', () => {
    expect(status(5, '')).toBe('Không giao chỉ tiêu');
    expect(status(5, 0)).toBe('Không giao chỉ tiêu');
    expect(status(null, 100)).toBe('Thiếu số liệu');
  });

  it('refuses bad arguments', () => {
    expect(excelError(() => status(5, -2)).code).toBe('#VALUE!');
    expect(excelError(() => status(true, 5)).code).toBe('#VALUE!');
    expect(excelError(() => status(5, errorCell('#DIV/0!'))).message).toContain('#DIV/0!');
  });
});

describe('THIDUA.SCORE (R3) on the figures of worked example A', () => {
  it('proportional, with the over-target bonus and its cap', () => {
    expect(score(120, 100, 20, 'tỷ lệ', 0.1, 2)).toBe(22); // A, 1.1
    expect(score(180, 180, 20, 'tỷ lệ', 0.1, 2)).toBe(20); // B, 1.1
    expect(score(100, 50, 20, 'proportional', '0,1', '2')).toBe(22); // D, 1.1
    expect(score(50, 100, 20)).toBe(10);
    expect(score(120, 100, 20, '', 0.1)).toBe(20); // a blank cap is 0: no bonus
  });

  it('threshold', () => {
    expect(score(95, 100, 15, 'ngưỡng')).toBe(0); // A, 1.2
    expect(score(55, 50, 15, 'threshold')).toBe(15); // B, 1.2
  });

  it('lower is better', () => {
    expect(score(4, 5, 10, null, 0.05, 1, 'giảm')).toBe(11); // A, 1.3
    expect(score(6, 4, 10, null, 0.05, 1, 'giảm')).toBe(5); // C, 1.3
  });

  it('relative to the leader (L = 2), rounded half up before anything else', () => {
    expect(score(7, 4, 15, 'so với dẫn đầu', null, null, null, 2)).toBe(13.13); // C, 1.4: 13.125
    expect(score(1, 3, 15, 'relative', null, null, null, '200%')).toBe(2.5); // D, 1.4
    expect(score(5, 5, 15, 'relative')).toBe(7.5); // B, 1.4: met, no L needed
    expect(score(10, 5, 15, 'relative', null, null, null, 2)).toBe(15); // A, 1.4: the leader
  });

  it('scores missing data 0 and has no points without a target', () => {
    expect(score('', 100, 20)).toBe(0);
    const e = excelError(() => score(5, '', 20));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/Không giao chỉ tiêu/);
  });

  it('reads number text the Vietnamese way', () => {
    expect(score('1.868,257', '1.868,257', '20')).toBe(20);
    expect(score('934,1285', '1.868,257', '20,0')).toBe(10);
  });

  it('refuses a missing or negative maximum, unknown words, a negative bonus and an error value', () => {
    expect(excelError(() => score(5, 10, '')).message).toBe('Thiếu “điểm_chuẩn”.');
    expect(excelError(() => score(5, 10, -5)).message).toBe('“điểm_chuẩn” không được âm (-5).');
    expect(excelError(() => score(5, 10, 20, 'bình quân')).message).toContain('“bình quân” không hợp lệ cho “cách_tính”');
    expect(excelError(() => score(5, 10, 20, null, -0.1, 1)).code).toBe('#VALUE!');
    expect(excelError(() => score(5, 10, errorCell('#REF!'))).message).toContain('#REF!');
  });

  it('asks for the best ratio when a relative figure is over its target', () => {
    const e = excelError(() => score(10, 5, 15, 'relative'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('tỷ_lệ_dẫn_đầu');
  });
});

describe('THIDUA.EXPLAIN', () => {
  it('explains the points with the engine’s own sentence', () => {
    expect(explanation(120, 100, 20, 'tỷ lệ', 0.1, 2)).toBe('Tỷ lệ 120/100 = 120% → 20 × 100% + thưởng vượt 2 (tối đa 2) = 22');
    expect(explanation(95, 100, 15, 'ngưỡng')).toBe('Tỷ lệ 95/100 = 95% < 100% → 0');
    expect(explanation(7, 4, 15, 'so với dẫn đầu', null, null, null, 2)).toBe(
      'Tỷ lệ 7/4 = 175%, dẫn đầu 200% → 7,5 + 7,5 × (175% − 100%)/(200% − 100%) = 13,13',
    );
    expect(explanation(4, 5, 10, null, 0.05, 1, 'giảm')).toBe(
      'Giảm là tốt: tỷ lệ 2 − 4/5 = 120% → 10 × 100% + thưởng vượt 1 (tối đa 1) = 11',
    );
  });

  it('explains a figure without a target or without an actual', () => {
    expect(explanation(5, '', 20)).toBe('Không giao chỉ tiêu → không tính');
    expect(explanation(5, 0, 20)).toBe('Chỉ tiêu bằng 0 = không giao chỉ tiêu → không tính');
    expect(explanation(null, 100, 20)).toBe('Thiếu số liệu → 0 điểm (vẫn tính điểm chuẩn)');
  });

  it('refuses the arguments SCORE refuses', () => {
    expect(excelError(() => explanation(5, -10, 20)).code).toBe('#VALUE!');
    expect(excelError(() => explanation('x', 10, 20)).message).toBe('“thực_hiện”: “x” không phải là số.');
    expect(excelError(() => explanation(10, 5, 15, 'relative')).code).toBe('#N/A');
  });
});

/** THIDUA.RANK (R5): one value against a column, with tie-break columns, as Excel passes the ranges. */
import { errorCell, excelError, installCustomFunctions } from './excel-runtime';
import { rank } from '../../src/functions/functions';

beforeAll(() => {
  installCustomFunctions();
});

/** A column as Excel passes a range: rows of one cell. */
const column = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
/** The repeating tie-break arguments as Excel passes them: one matrix per argument. */
const repeat = (...args: unknown[]): unknown[][][] => args.map((a) => (Array.isArray(a) ? (a as unknown[][]) : [[a]]));

// Worked example A: totals of B, D, A, C, E and their group I points.
const totals = column(90.5, 83.5, 83.5, 76.13, 67);
const groupI = column(52.5, 50.5, 48, 53.13, 45);

describe('THIDUA.RANK', () => {
  it('ranks more first and shares ranks in competition style by default', () => {
    expect(rank(90.5, totals)).toBe(1);
    expect(rank(83.5, totals)).toBe(2);
    expect(rank(76.13, totals)).toBe(4);
    expect(rank(67, totals)).toBe(5);
  });

  it('uses dense style when asked, in Vietnamese or English', () => {
    expect(rank(76.13, totals, repeat('liên tục'))).toBe(3);
    expect(rank(67, totals, repeat('dense'))).toBe(4);
    expect(rank(76.13, totals, repeat('đồng hạng'))).toBe(4);
  });

  it('breaks a tie with a tie-break column (D before A on group I, as in example A)', () => {
    expect(rank(83.5, totals, repeat(50.5, groupI))).toBe(2);
    expect(rank(83.5, totals, repeat(48, groupI))).toBe(3);
    expect(rank(76.13, totals, repeat(53.13, groupI))).toBe(4);
    expect(rank(83.5, totals, repeat(48, groupI, 'liên tục'))).toBe(3);
  });

  it('takes a tie-break where less is better when a direction word says so', () => {
    const t = column(10, 10, 5);
    const penalty = column(1, 0, 0);
    expect(rank(10, t, repeat(1, penalty))).toBe(1);
    expect(rank(10, t, repeat(1, penalty, 'giảm'))).toBe(2);
    expect(rank(10, t, repeat(0, penalty, 'lower'))).toBe(1);
    expect(rank(10, t, repeat(0, penalty, 'liên tục; giảm'))).toBe(1);
    const exceeded = column(3, 3, 1);
    expect(rank(10, t, repeat(3, exceeded, 1, penalty, 'tăng; giảm'))).toBe(2);
    expect(rank(10, t, repeat(3, exceeded, 0, penalty, 'dense; higher; lower'))).toBe(1);
  });

  it('shares the rank when every tie-break is equal too', () => {
    const t = column(10, 10, 10, 5);
    const tb = column(2, 2, 1, 9);
    expect(rank(10, t, repeat(2, tb))).toBe(1);
    expect(rank(10, t, repeat(1, tb))).toBe(3);
    expect(rank(5, t, repeat(9, tb))).toBe(4);
    expect(rank(5, t, repeat(9, tb, 'liên tục'))).toBe(3);
  });

  it('leaves blank cells out, reads number text, and accepts a row or a block', () => {
    expect(rank(8, column(10, '', 8, null, 9))).toBe(3);
    expect(rank('83,5', column('90,5', '83,5', '1.000,25'))).toBe(3);
    expect(rank(7, [[9, 7, 8]])).toBe(3);
    expect(rank(7, [[9, 7], [8, 6]])).toBe(3);
  });

  it('takes a blank tie-break value as the worst', () => {
    const t = column(10, 10);
    expect(rank(10, t, repeat('', column('', 1)))).toBe(2);
    expect(rank(10, t, repeat(1, column('', 1)))).toBe(1);
  });

  it('is #N/A for a value that is not in the column', () => {
    const e = excelError(() => rank(100, totals));
    expect(e.code).toBe('#N/A');
    expect(excelError(() => rank(83.5, totals, repeat(49, groupI))).code).toBe('#N/A');
  });

  it('names the cell of a bad value in the column', () => {
    const text = excelError(() => rank(10, column(10, 'mười', 8)));
    expect([text.code, text.message]).toEqual(['#VALUE!', '“cột_giá_trị, ô thứ 2”: “mười” không phải là số.']);
    const error = excelError(() => rank(10, column(10, 9, errorCell('#N/A'))));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('ô thứ 3');
    expect(error.message).toContain('#N/A');
    expect(excelError(() => rank(10, column(10, 9), repeat(1, column(1, 'x')))).message).toContain('tiêu_chí_phụ 1 (cột), ô thứ 2');
  });

  it('refuses a blank value, columns of different sizes and words it does not know', () => {
    expect(excelError(() => rank('', totals)).message).toBe('Thiếu “giá_trị”.');
    expect(excelError(() => rank(83.5, totals, repeat(50.5, column(1, 2)))).message).toContain('phải có cùng số ô');
    expect(excelError(() => rank(83.5, totals, repeat('ngẫu nhiên'))).message).toContain('“ngẫu nhiên” không hợp lệ');
    expect(excelError(() => rank(83.5, totals, repeat('giảm'))).message).toBe('Có 1 chữ chỉ chiều nhưng chỉ có 0 tiêu chí phụ.');
    expect(excelError(() => rank(83.5, totals, repeat(5))).code).toBe('#VALUE!');
  });
});

describe('THIDUA.RANK over a whole column (the rows are indexed once per distinct column)', () => {
  it('gives every cell the rank the engine gives, and follows a column whose cells change', () => {
    const values = Array.from({ length: 200 }, (_, i) => [Math.round(((i * 7919) % 997) / 10) / 10]);
    const expectedRank = (v: number, col: unknown[][]): number => 1 + col.filter((r) => (r[0] as number) > v).length;
    for (const [v] of values) expect(rank(v, values)).toBe(expectedRank(v as number, values));
    const changed = values.map((r) => [...r]);
    changed[0] = [1000];
    expect(rank(values[1]![0], changed)).toBe(expectedRank(values[1]![0] as number, changed));
    expect(rank(1000, changed)).toBe(1);
    expect(() => rank(1000, values)).toThrow('Không tìm thấy');
  });

  it('reads the column again when only the options change', () => {
    const col = column(10, 20, 20, 30);
    const tie = column(1, 2, 3, 4);
    expect(rank(20, col, repeat(2, tie))).toBe(3);
    expect(rank(20, col, repeat(2, tie, 'giảm'))).toBe(2);
    expect(rank(10, col, repeat(1, tie, 'liên tục'))).toBe(4);
  });
});

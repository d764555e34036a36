/** THIDUA.VOTE: the threshold of vote.md in a cell, answered in Office's display language. */
import { excelError, installCustomFunctions } from './excel-runtime';
import { vote } from '../../src/functions/functions';

const setDisplayLanguage = (lang: string | undefined): void => {
  (globalThis as Record<string, unknown>).Office = lang === undefined ? undefined : { context: { displayLanguage: lang } };
};

beforeAll(() => {
  installCustomFunctions();
});
afterEach(() => setDisplayLanguage(undefined));

describe('THIDUA.VOTE', () => {
  it('`quá bán` (the default): more than half; exactly half is not enough (worked example V)', () => {
    expect(vote(7, 8)).toBe('Trúng');
    expect(vote(5, 8)).toBe('Trúng');
    expect(vote(4, 8)).toBe('Không đủ tỷ lệ');
    expect(vote(4, 8, 'quá bán')).toBe('Không đủ tỷ lệ');
    expect(vote(5, 9, 'majority')).toBe('Trúng');
  });

  it('a share threshold is "at least", compared exactly', () => {
    expect(vote(4, 8, '50%')).toBe('Trúng');
    expect(vote(6, 9, '2/3')).toBe('Trúng');
    expect(vote(5, 9, '2/3')).toBe('Không đủ tỷ lệ');
    expect(vote(7, 10, '0,7')).toBe('Trúng');
    expect(vote(7, 10, 0.7)).toBe('Trúng');
    expect(vote(6, 9, '66,67%')).toBe('Không đủ tỷ lệ');
    expect(vote('7', [[10]], [['70%']])).toBe('Trúng');
  });

  it('answers in English when Office is in English, in Vietnamese for vi-VN', () => {
    setDisplayLanguage('en-US');
    expect(vote(7, 8)).toBe('Elected');
    expect(vote(4, 8)).toBe('Below the threshold');
    setDisplayLanguage('vi-VN');
    expect(vote(7, 8)).toBe('Trúng');
  });

  it('refuses bad arguments with #VALUE! naming the parameter', () => {
    expect(excelError(() => vote(9, 8))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('số_phiếu') });
    expect(excelError(() => vote(1, 0))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('tính_trên') });
    expect(excelError(() => vote(2.5, 8))).toMatchObject({ code: '#VALUE!' });
    expect(excelError(() => vote(-1, 8))).toMatchObject({ code: '#VALUE!' });
    expect(excelError(() => vote(null, 8))).toMatchObject({ code: '#VALUE!' });
    expect(excelError(() => vote(4, 8, 'nhiều'))).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('ngưỡng') });
    expect(excelError(() => vote(4, 8, '150%'))).toMatchObject({ code: '#VALUE!' });
  });
});

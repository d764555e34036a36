/** Cell values as users type them: numbers in both styles, percents, yes/no words, shares, errors. */
import { parseChoice, parseCode, parseNumber, parseShare, parseText, parseYesNo } from '../../src/workbook/cells';
import { KIND_CHOICES, KIND_WORDS, METHOD_CHOICES, METHOD_WORDS } from '../../src/workbook/schema';

function num(cell: string | number): number | null {
  const p = parseNumber(cell, 'Thực hiện');
  if (!p.ok) throw new Error(`${cell}: ${p.code}`);
  return p.value;
}

describe('numbers', () => {
  it.each([
    ['1.868,257', 1868.257],
    ['6.968,195', 6968.195],
    ['173.186,2', 173186.2],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['87,9', 87.9],
    ['87,9%', 0.879],
    ['504,2 %', 5.042],
    ['50,72%', 0.5072],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5], // a no-break space, as Excel's vi-VN format writes it
    ['12 345 678', 12345678],
    ['1868.257', 1868.257],
    ['87.9%', 0.879],
    ['87.9 %', 0.879],
    ['1,868.257', 1868.257], // both separators: the last one is the decimal mark
    ['1,234,567', 1234567],
    ['0.234', 0.234],
    ['0,5', 0.5],
    [',5', 0.5],
    ['12.5', 12.5],
    ['12,50', 12.5],
    ['1234.5678', 1234.5678],
    ['-3,5', -3.5],
    ['−2', -2], // a real minus sign
    ['+7', 7],
    ['  42  ', 42],
    ['100%', 1],
    ['1e3', 1000],
  ])('reads %j as %p', (text, value) => {
    expect(num(text)).toBeCloseTo(value, 12);
    const p = parseNumber(text, 'Thực hiện');
    expect(p.ok && p.warning).toBeFalsy();
  });

  it('keeps real numbers as they are and blanks as null', () => {
    expect(num(1868.257)).toBe(1868.257);
    expect(num(0)).toBe(0);
    expect(parseNumber(null, 'x')).toEqual({ ok: true, value: null });
    expect(parseNumber('   ', 'x')).toEqual({ ok: true, value: null });
    expect(parseNumber(undefined, 'x')).toEqual({ ok: true, value: null });
  });

  it.each([
    // `other` is shown as the user should type it: no separator.
    ['1.234', '.', 1.234, '1234'],
    ['1,234', ',', 1.234, '1234'],
    ['383,182', ',', 383.182, '383182'],
    ['12.500', '.', 12.5, '12500'],
    ['-1.234', '.', -1.234, '-1234'],
  ])('reads the ambiguous %j with the separator as the decimal mark, with a warning', (text, sep, value, other) => {
    const p = parseNumber(text, 'Thực hiện');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value).toBeCloseTo(value, 12);
    expect(p.warning?.code).toBe('ambiguousNumber');
    expect(p.warning?.params).toMatchObject({ value: text, sep, read: value, other });
  });

  it.each(['abc', '12abc', '1.2.3', '1,2,3', '12,5.3', '1.23,4.5', '--1', '%', '1 2', 'x1', '1.2.3,4', 'mười'])(
    'rejects %j with a message naming the value and the column',
    (text) => {
      const p = parseNumber(text, 'Thực hiện');
      expect(p).toEqual({ ok: false, code: 'notNumber', params: { value: text.trim(), header: 'Thực hiện' } });
    },
  );

  it('an Excel error cell is an error, whatever the column', () => {
    for (const error of ['#N/A', '#VALUE!', '#DIV/0!', '#REF!']) {
      expect(parseNumber({ error }, 'Chỉ tiêu')).toEqual({ ok: false, code: 'excelError', params: { error } });
      expect(parseText({ error })).toEqual({ ok: false, code: 'excelError', params: { error } });
      expect(parseYesNo({ error })).toEqual({ ok: false, code: 'excelError', params: { error } });
    }
  });

  it('a boolean in a numeric column is not a number; huge numbers are refused', () => {
    expect(parseNumber(true, 'x').ok).toBe(false);
    expect(parseNumber(1e16, 'x')).toMatchObject({ ok: false, code: 'notFinite' });
    expect(parseNumber(Infinity, 'x')).toMatchObject({ ok: false, code: 'notFinite' });
  });
});

describe('yes/no', () => {
  it.each(['có', 'Có', 'CÓ', 'x', 'X', 'đạt', 'Đạt', 'ĐẠT', '1', 'true', 'TRUE', 'yes', 'Yes', 'pass', ' có '])('%j is a yes', (w) => {
    expect(parseYesNo(w)).toEqual({ ok: true, value: true });
  });
  it.each(['không', 'Không', 'KHÔNG', '', '   ', 'không đạt', 'Không đạt', 'khong dat', '0', 'false', 'FALSE', 'no', 'No', 'fail'])('%j is a no', (w) => {
    expect(parseYesNo(w)).toEqual({ ok: true, value: false });
  });
  it('real booleans, 1 and 0, and a blank cell', () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
    expect(parseYesNo(1)).toEqual({ ok: true, value: true });
    expect(parseYesNo(0)).toEqual({ ok: true, value: false });
    expect(parseYesNo(null)).toEqual({ ok: true, value: false });
    expect(parseYesNo(undefined)).toEqual({ ok: true, value: false });
  });
  it.each(['có lẽ', 'maybe', '2', 'y', 'đ'])('%j is an error', (w) => {
    expect(parseYesNo(w)).toEqual({ ok: false, code: 'notYesNo', params: { value: w } });
  });
  it('numbers other than 1 and 0 are errors', () => {
    expect(parseYesNo(2)).toMatchObject({ ok: false, code: 'notYesNo' });
    expect(parseYesNo(0.5)).toMatchObject({ ok: false, code: 'notYesNo' });
  });
});

describe('shares and percents (`20`, `20%`, `0,2` alike)', () => {
  it.each([
    [20, 0.2],
    ['20', 0.2],
    ['20%', 0.2],
    ['20 %', 0.2],
    ['0,2', 0.2],
    ['0.2', 0.2],
    [0.2, 0.2],
    [1, 1],
    ['100%', 1],
    ['0,5%', 0.005],
    [85, 0.85],
    ['85,5', 0.855],
  ])('%j is the fraction %p', (cell, fraction) => {
    const p = parseShare(cell, 'Tỷ lệ tối đa');
    expect(p.ok && p.value).toBe(fraction);
  });
  it('rejects text that is not a number', () => {
    expect(parseShare('hai mươi', 'Tỷ lệ tối đa')).toMatchObject({ ok: false, code: 'notNumber' });
  });
});

describe('codes and choices', () => {
  it('codes: text, or numbers written as their shortest form', () => {
    expect(parseCode(1.1)).toEqual({ ok: true, value: '1.1' });
    expect(parseCode(3)).toEqual({ ok: true, value: '3' });
    expect(parseCode(' 2.3.a ')).toEqual({ ok: true, value: '2.3.a' });
    expect(parseCode(null)).toEqual({ ok: true, value: null });
  });

  it('kind words in Vietnamese, without diacritics, and in English', () => {
    const kind = (w: string) => parseChoice(w, 'Loại', KIND_WORDS, KIND_CHOICES);
    expect(kind('định lượng')).toEqual({ ok: true, value: 'target' });
    expect(kind('DINH LUONG')).toEqual({ ok: true, value: 'target' });
    expect(kind('Đạt/Không đạt')).toEqual({ ok: true, value: 'passfail' });
    expect(kind('passfail')).toEqual({ ok: true, value: 'passfail' });
    expect(kind('Nhóm')).toEqual({ ok: true, value: 'group' });
    expect(kind('penalty')).toEqual({ ok: true, value: 'penalty' });
    expect(kind('lung tung')).toEqual({ ok: false, code: 'badChoice', params: { value: 'lung tung', header: 'Loại', choices: KIND_CHOICES } });
    expect(parseChoice('So với dẫn đầu', 'Cách tính', METHOD_WORDS, METHOD_CHOICES)).toEqual({ ok: true, value: 'relative' });
    expect(parseChoice('tỉ lệ', 'Cách tính', METHOD_WORDS, METHOD_CHOICES)).toEqual({ ok: true, value: 'proportional' });
  });

  it('text is NFC-normalised and trimmed', () => {
    const decomposed = 'Thu\u0309y Nguye\u0302n';
    expect(parseText(`  ${decomposed} `)).toEqual({ ok: true, value: 'Thủy Nguyên' });
  });
});

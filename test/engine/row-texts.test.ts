/** RowTexts (engine/row-texts.ts): the evidence and notes of the rows that have some, by row. */
import { RowTexts } from '../../src/engine/row-texts';

describe('RowTexts', () => {
  it('finds each row’s text, none for the others, past the size it was made for', () => {
    const texts = new RowTexts(4);
    texts.set(0, 'QĐ số 1', '');
    texts.set(3, '', 'ghi chú');
    texts.set(1000, 'BC 12', 'x');
    expect(texts.get(0)).toEqual({ evidence: 'QĐ số 1', note: '' });
    expect(texts.get(1)).toBeUndefined();
    expect(texts.get(3)?.note).toBe('ghi chú');
    expect(texts.get(999)).toBeUndefined();
    expect(texts.get(1000)?.evidence).toBe('BC 12');
    expect(texts.evidenceOf(1000)).toBe('BC 12');
    expect(texts.noteOf(1000)).toBe('x');
    expect(texts.noteOf(1)).toBe('');
    expect(texts.evidenceOf(-1)).toBe('');
    expect(texts.get(5000)).toBeUndefined();
    expect(texts.get(-1)).toBeUndefined();
    expect(texts.size).toBe(3);
    texts.set(3, 'thay', '');
    expect(texts.get(3)?.evidence).toBe('thay');
    expect(texts.size).toBe(3);
  });
});

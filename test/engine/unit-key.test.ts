/**
 * normalizeUnitName takes a shortcut for names whose tone marks already end their words (issue 17:
 * 100,000 unit names): it must give exactly the key the word-by-word way gives, for every name.
 */
import { normalizeUnitName } from '../../src/engine/names';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The key as it was always computed: word by word, each word's tone marks moved to its end. */
function wordByWord(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((word) => {
      const tones = word.match(TONES) ?? [];
      return word.replace(TONES, '') + tones.join('');
    })
    .join(' ')
    .normalize('NFC');
}

const NAMES = [
  'Đơn vị 47592',
  'Thủy Nguyên',
  'Thuỷ Nguyên',
  'Hòa Bình',
  'Hoà Bình',
  'Phường Đặng Giang',
  'Xã Quảng Ngãi',
  'Tân Mỹ',
  'Tân My',
  '  Kiến   Thụy ',
  'Kiến\tThụy',
  'An\u00a0Lão',
  'Vĩnh\u2003Bảo',
  'Cát\nHải',
  '',
  '   ',
  'ặ',
  'ẶNG',
  'a\u0323\u0306b',
  'x\u0301\u0323y z',
  '\u0301a b',
  'Lê Chân 2024',
  'Ngô Quyền (cũ)',
  'ĐỒ SƠN',
  'Hồng Bàng\u200a',
  'Bình Định 😀 Quy Nhơn',
];

describe('normalizeUnitName', () => {
  it.each(NAMES.map((n) => [JSON.stringify(n), n]))('%s: the word-by-word key', (_shown, name) => {
    expect(normalizeUnitName(name)).toBe(wordByWord(name));
  });

  it('old and new tone placement, case and spaces give one key', () => {
    expect(normalizeUnitName('Thuỷ  Nguyên')).toBe(normalizeUnitName('thủy nguyên'));
    expect(normalizeUnitName('Tân Mỹ')).not.toBe(normalizeUnitName('Tân My'));
  });
});

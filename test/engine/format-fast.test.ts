/**
 * formatNumber and fill are written for speed (a detail sheet formats millions of numbers): they
 * must give exactly what the plain versions (toFixed and a regular expression, the earlier code)
 * gave, for every sign, size and number of decimals.
 */
import { roundHalfUp } from '../../src/engine/decimal';
import { fill, formatNumber } from '../../src/engine/format';
import type { Lang } from '../../src/engine/model';

const SEP = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

function plainFormat(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundHalfUp(value, maxDecimals);
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  const { group, decimal } = SEP[lang];
  let text = Math.abs(rounded).toFixed(maxDecimals);
  if (maxDecimals > 0) text = text.replace(/\.?0+$/, '');
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  let grouped = int;
  if (int.length > 3) {
    grouped = '';
    for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? group + grouped : '');
  }
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

function plainFill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? plainFormat(v, lang, 6) : v;
  });
}

/** A small deterministic generator (no Math.random: a failure must repeat). */
function numbers(): number[] {
  let x = 12345;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const out = [0, -0, 1, -1, 999_999_999_999.995, 1e15 + 0.5, 9_007_199_254_740_991, -123_456_789_012.3457, 0.5, 0.005, 0.015, 9.325, 999, 999.995, 1000, -1000, 1234.5, 1e6, 123456789.123, 1e20, 1e21, -1e22, 0.1 + 0.2, 100, 99.999999, NaN, Infinity, -Infinity];
  for (let i = 0; i < 3000; i++) {
    const scale = 10 ** Math.floor(next() * 19 - 3);
    const v = (next() - 0.3) * scale;
    out.push(v, Math.round(v), Math.round(v * 100) / 100);
  }
  return out;
}

describe('formatNumber and fill, written for speed', () => {
  it('give exactly what toFixed and a regular expression gave', () => {
    const differ: string[] = [];
    let checked = 0;
    for (const v of numbers())
      for (const lang of ['vi', 'en'] as const)
        for (const d of [0, 1, 2, 3, 4, 6, 9]) {
          checked++;
          const fast = formatNumber(v, lang, d);
          const plain = plainFormat(v, lang, d);
          if (fast !== plain) differ.push(`${v} ${lang} ${d}: ${fast} ≠ ${plain}`);
        }
    expect(checked).toBeGreaterThan(120_000);
    expect(differ).toEqual([]);
  });

  it('give every whole number under a thousand (their shortcut) as toFixed did, −0 as 0', () => {
    const differ: string[] = [];
    for (let v = -1001; v <= 1001; v++)
      for (const lang of ['vi', 'en'] as const)
        for (const d of [0, 2, 6, 7]) if (formatNumber(v, lang, d) !== plainFormat(v, lang, d)) differ.push(`${v} ${lang} ${d}`);
    expect(differ).toEqual([]);
    expect(formatNumber(-0, 'vi', 2)).toBe('0');
    expect(formatNumber(-7, 'en', 0)).toBe('-7');
    expect(formatNumber(1000, 'vi', 2)).toBe('1.000');
  });

  it('fill placeholders as the regular expression did, unknown ones kept', () => {
    const templates = ['{a} và {b}', 'không có', '{a}{a}{missing} cuối', '{x_1}: {b} – {{a}}', '', '{a}'];
    const params = { a: 1234.5678, b: 'chữ', x_1: -0.0000004 };
    for (const tpl of templates) for (const lang of ['vi', 'en'] as const) expect(fill(tpl, params, lang)).toBe(plainFill(tpl, params, lang));
    // The second call takes the cached split.
    expect(fill('{a} và {b}', { a: 2, b: 'x' }, 'vi')).toBe('2 và x');
  });
});

import type { Lang } from './model';

import { roundHalfUp } from './decimal';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Numbers the way the reader writes them: 1.234,5 in Vietnamese, 1,234.5 in English; at most
 * `maxDecimals` places, rounded half up, no trailing zeros. (Written out by hand: Intl.NumberFormat
 * costs a microsecond a call, and a results sheet formats hundreds of thousands of numbers.)
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundHalfUp(value, maxDecimals);
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  const { group, decimal } = SEPARATORS[lang];
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

/** A ratio r as a percent: 1.205 → "120,5%". */
export function formatPercent(ratio: number, lang: Lang, maxDecimals = 2): string {
  return `${formatNumber(ratio * 100, lang, maxDecimals)}%`;
}

/** Fills `{name}` placeholders; numbers are formatted for the language. */
export function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, lang, 6) : v;
  });
}

/**
 * A group's heading from its code and name: `I. Kinh tế`. A code that already ends in a dot or a
 * bracket (`I.`, `1)`, as many clusters write them) gets no second one: `I. Nhiệm vụ`, never `I.. Nhiệm vụ`.
 */
export function groupHeading(code: string, name: string | undefined): string {
  if (!name) return code;
  return /[.)]$/.test(code) ? `${code} ${name}` : `${code}. ${name}`;
}

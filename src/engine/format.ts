import type { Lang } from './model';

import { roundHalfUp, scaleOf, toUnits } from './decimal';

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
  // A whole number under a thousand is its digits in every language (a target, a maximum, most points).
  if (value % 1 === 0 && value < 1000 && value > -1000 && maxDecimals >= 0 && maxDecimals <= 6 && maxDecimals % 1 === 0) return value === 0 ? '0' : String(value);
  if (!Number.isFinite(value)) return String(value);
  const units = toUnits(value, maxDecimals);
  const absUnits = units < 0 ? -units : units;
  // Up to 10^15 units the digits come from the integer itself: toFixed of units / 10^d would give
  // the same ones (the double is within a tenth of a unit of the decimal), at a fraction of the cost.
  if (absUnits > 1e15 || maxDecimals > 15 || maxDecimals < 0 || maxDecimals % 1 !== 0) return formatRounded(roundHalfUp(value, maxDecimals), lang, maxDecimals);
  const scale = scaleOf(maxDecimals);
  const fracUnits = absUnits % scale;
  const int = String((absUnits - fracUnits) / scale);
  let frac = '';
  if (fracUnits !== 0) {
    frac = String(fracUnits).padStart(maxDecimals, '0');
    let end = frac.length;
    while (frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
  }
  const sign = units < 0 ? '-' : '';
  if (int.length <= 3 && frac === '') return sign + int;
  return sign + grouped(int, lang) + (frac ? SEPARATORS[lang].decimal + frac : '');
}

/** The integer digits with the language's group separator every three digits. */
function grouped(int: string, lang: Lang): string {
  if (int.length <= 3) return int;
  const group = SEPARATORS[lang].group;
  let out = '';
  for (let i = int.length; i > 0; i -= 3) out = int.slice(Math.max(0, i - 3), i) + (out ? group + out : '');
  return out;
}

/** A number already rounded, through toFixed (huge magnitudes and unusual decimals). */
function formatRounded(rounded: number, lang: Lang, maxDecimals: number): string {
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  let text = Math.abs(rounded).toFixed(maxDecimals);
  if (maxDecimals > 0) {
    // Trailing zeros, then the point itself (toFixed always wrote one): 1.50 → 1.5, 100.00 → 100.
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48) end--;
    if (text.charCodeAt(end - 1) === 46) end--;
    text = text.slice(0, end);
  }
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  return `${rounded < 0 ? '-' : ''}${grouped(int, lang)}${frac ? SEPARATORS[lang].decimal + frac : ''}`;
}

/** A ratio r as a percent: 1.205 → "120,5%". */
export function formatPercent(ratio: number, lang: Lang, maxDecimals = 2): string {
  return `${formatNumber(ratio * 100, lang, maxDecimals)}%`;
}

/** Templates split once at their placeholders: literal, name, literal, … (a million explanations reuse a few). */
const PARTS = new Map<string, readonly string[]>();

/** Fills `{name}` placeholders; numbers are formatted for the language. */
export function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  let parts = PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    // Texts built at run time could be many: the cache is for the catalogue's templates.
    if (PARTS.size < 4096) PARTS.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = params[name];
    out += v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(v, lang, 6) : v;
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * A group's heading from its code and name: `I. Kinh tế`. A code that already ends in a dot or a
 * bracket (`I.`, `1)`, as many clusters write them) gets no second one: `I. Nhiệm vụ`, never `I.. Nhiệm vụ`.
 */
export function groupHeading(code: string, name: string | undefined): string {
  if (!name) return code;
  return /[.)]$/.test(code) ? `${code} ${name}` : `${code}. ${name}`;
}

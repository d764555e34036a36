import type { Lang } from './model';

const formatters = new Map<string, Intl.NumberFormat>();

/** Numbers the way the reader writes them: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  const key = `${lang}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f.format(value === 0 ? 0 : value);
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

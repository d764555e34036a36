/**
 * The one-line explanation of how a criterion's points were computed. Built on demand from the
 * result's basis (never eagerly: a 10,000-unit cluster has a million of them).
 */
import { detailOf } from './detail';
import { EPSILON, roundHalfUp } from './decimal';
import { formatNumber } from './format';
import { t } from './i18n';
import { explainDetail, type ExplainTools } from './kinds';
import type { LeafFigures } from './columns';
import type { Criterion, Lang } from './model';
import type { CriterionResult } from './result';
import './i18n/result-explain';

/** The number formats of a language and a number of decimals, made once (a detail sheet explains a million rows). */
type Formats = Pick<ExplainTools, 'n' | 'fig' | 'pct'>;
const FORMATS: Record<Lang, Formats[]> = { vi: [], en: [] };

function formatsOf(lang: Lang, decimals: number): Formats {
  let f = FORMATS[lang][decimals];
  if (f === undefined) {
    // The last numbers formatted, kept: a target's explanation writes its ratio twice (the ratio,
    // then the points' share of MS) and MS beside the points (a million-row detail sheet).
    let lastRatio = NaN;
    let lastPercent = '';
    let points0 = NaN;
    let text0 = '';
    let points1 = NaN;
    let text1 = '';
    /** The slot used last (hit or stored): a miss replaces the other one. */
    let recent = 1;
    f = {
      /** Points, to the cluster's decimals. */
      n: (x) => {
        if (x === points0) {
          recent = 0;
          return text0;
        }
        if (x === points1) {
          recent = 1;
          return text1;
        }
        const text = formatNumber(x, lang, decimals);
        if (recent === 1) {
          points0 = x;
          text0 = text;
          recent = 0;
        } else {
          points1 = x;
          text1 = text;
          recent = 1;
        }
        return text;
      },
      /** Figures as entered (0,012 stays 0,012; up to six decimals). */
      fig: (x) => formatNumber(x, lang, 6),
      /** A ratio as a percent, with the decimals it needs never to read 100% when it is not (99,999%). */
      pct: (r) => {
        if (r === lastRatio) return lastPercent;
        let d = 2;
        while (d < 6 && Math.abs(r - 1) > EPSILON && roundHalfUp(r * 100, d) === 100) d++;
        const text = `${formatNumber(r * 100, lang, d)}%`;
        lastRatio = r;
        lastPercent = text;
        return text;
      },
    };
    FORMATS[lang][decimals] = f;
  }
  return f;
}

/** `figures`: what the result was scored from (its `entry` unless the caller has them at hand). */
export function explain(result: CriterionResult, criterion: Criterion, lang: Lang, decimals = 2, figures: LeafFigures | null = result.entry): string {
  const { n, fig, pct } = formatsOf(lang, decimals);
  const ms = criterion.max ?? 0;
  const pts = result.points ?? 0;
  const b = detailOf(result, criterion, figures);
  return flat(text(b, lang, n, fig, pct, ms, pts, criterion));
}

/**
 * The text as one flat string. Built by concatenation it is a tree of pieces (in V8), a dozen
 * objects per explanation that a sheet of a million rows keeps alive and the collector copies;
 * reading a character in the middle makes V8 flatten it in place, once (about a third less time
 * and memory for the detail sheet's explanations).
 */
function flat(s: string): string {
  s.charCodeAt(s.length >> 1);
  return s;
}

function text(b: ReturnType<typeof detailOf>, lang: Lang, n: Formats['n'], fig: Formats['fig'], pct: Formats['pct'], ms: number, pts: number, criterion: Criterion): string {
  switch (b.kind) {
    case 'noTarget':
      return t(lang, b.zero ? 'result.explain.zeroTarget' : 'result.explain.noTarget');
    case 'missing':
      return t(lang, b.policy === 'exclude' ? 'result.explain.missingExcluded' : 'result.explain.missingZero');
    case 'invalid':
      return t(lang, 'result.explain.invalid');
    default:
      return explainDetail(b, { lang, n, fig, pct, ms, pts }, criterion);
  }
}

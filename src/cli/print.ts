/** The ranking and the nomination draft as text for the terminal. */
import { failureText } from '../engine/eligibility';
import { nominationReasonText, reasonText } from '../engine/labels';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { alignedRight, headerOf, textOf } from '../workbook/reports/columns';
import { RANKING, rankingColumns, type RankingEntry } from '../workbook/reports/ranking';
import { t } from './text';

function width(s: string): number {
  return [...s.normalize('NFC').replace(/[\u0300-\u036f]/g, '')].length;
}

function pad(s: string, w: number, right: boolean): string {
  const fillLen = Math.max(0, w - width(s));
  return right ? ' '.repeat(fillLen) + s : s + ' '.repeat(fillLen);
}

/** Lays out rows as aligned columns; numeric columns right-aligned. */
export function columns(rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!, rightAligned.has(i))).join('  ').trimEnd()).join('\n');
}

/** The ranking's columns that the terminal shows (src/workbook/reports/ranking.ts), under a title. */
export function rankingText(result: ClusterResult, lang: Lang, table: readonly RankingEntry[] = RANKING): string {
  const { ctx, columns: cols } = rankingColumns(result, lang, 'cli', table);
  const head = cols.map((c) => headerOf(c, ctx, 'cli'));
  const rows = result.units.map((u) => cols.map((c) => textOf(c.format, c.value(u, ctx), ctx)));
  const right = new Set(cols.flatMap((c, i) => (alignedRight(c) ? [i] : [])));
  const when = [result.period, result.year].filter((x) => x !== null && x !== '').join(' ');
  const title = [result.cluster, when].filter((x) => x).join(' — ');
  return `${title}\n\n${columns([head, ...rows], right)}`;
}

export function nominationsText(result: ClusterResult, lang: Lang): string {
  const lines = [`${t('nominations', lang)}:`];
  const d = result.settings.decimals;
  if (result.nominations.length === 0) lines.push(`  ${t('none', lang)}`);
  for (const nm of result.nominations) lines.push(`  ${nm.award}: ${nm.unit} — ${nominationReasonText(nm, lang, d)}`);
  lines.push('', `${t('notNominated', lang)}:`);
  if (result.notNominated.length === 0) lines.push(`  ${t('none', lang)}`);
  for (const nn of result.notNominated) lines.push(`  ${nn.unit} — ${reasonText(nn.reason, lang)}`);
  // Units an award's conditions left out (cycle.md §3), only when there are some.
  if (result.ineligible?.length) {
    lines.push('', `${t('ineligible', lang)}:`);
    for (const x of result.ineligible) lines.push(`  ${x.award}: ${x.unit} — ${x.failures.map((f) => failureText(f, lang)).join('; ')}`);
  }
  return lines.join('\n');
}

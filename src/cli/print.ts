/** The ranking and the nomination draft as text for the terminal. */
import { formatNumber } from '../engine/format';
import { rankChangeText } from '../engine/compare';
import { failureText } from '../engine/eligibility';
import { periodLabel } from '../engine/history';
import { nominationReasonText, reasonText, tieNoteText } from '../engine/labels';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
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

export function rankingText(result: ClusterResult, lang: Lang): string {
  const vi = lang === 'vi';
  const d = result.settings.decimals;
  const n = (x: number): string => formatNumber(x, lang, d);
  const head = [
    vi ? 'Hạng' : 'Rank',
    vi ? 'Đơn vị' : 'Unit',
    ...result.topGroups,
    vi ? 'Thưởng' : 'Bonus',
    vi ? 'Trừ' : 'Ded.',
    vi ? 'Tổng' : 'Total',
    vi ? 'Tối đa' : 'Max',
    vi ? 'Tỷ lệ %' : '%',
    vi ? 'Xếp loại' : 'Class',
    vi ? 'Ghi chú' : 'Note',
  ];
  const rows = result.units.map((u) => [
    String(u.rank),
    u.unit,
    ...result.topGroups.map((g) => n(u.groups[g] ?? 0)),
    n(u.bonus),
    n(u.penalty),
    n(u.total),
    n(u.max),
    formatNumber(u.percent, lang, 2),
    u.classification,
    tieNoteText(u.tie, lang),
  ]);
  const right = new Set([0, ...result.topGroups.map((_, i) => i + 2), ...[0, 1, 2, 3, 4].map((i) => i + 2 + result.topGroups.length)]);
  const previous = result.comparison?.previous;
  if (previous) {
    // The earlier rank and the change (cycle.md §2), after the columns of every run.
    head.push(`${vi ? 'Hạng' : 'Rank'} ${periodLabel(previous, lang)}`, vi ? 'Thay đổi' : 'Change');
    result.units.forEach((u, i) => {
      const c = result.comparison!.units[u.unit];
      rows[i]!.push(c?.previous?.rank != null ? String(c.previous.rank) : '', rankChangeText(c, lang));
    });
    right.add(head.length - 2).add(head.length - 1);
  }
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

/**
 * The spilled tables of THIDUA.RESULTS and NOMINATIONS: a header row, then one row per unit (or per
 * nomination), with the same words as the output sheets `Kết quả` and `Đề nghị khen thưởng`, in the
 * language the functions answer in.
 */
import { t, type Lang } from '../engine/i18n';
import { nominationReasonText, nominationStatusLabel, reasonText } from '../engine/labels';
import type { ClusterResult } from '../engine/result';
import '../engine/i18n/functions';

export type Table = Array<Array<string | number>>;

/** The headers before and after the top-level groups. */
export function resultsHeader(lang: Lang): { before: string[]; after: string[] } {
  return {
    before: [t(lang, 'fn.header.rank'), t(lang, 'fn.header.unit')],
    after: (['bonus', 'penalty', 'total', 'percent', 'classification'] as const).map((k) => t(lang, `fn.header.${k}`)),
  };
}

export function nominationsHeader(lang: Lang): string[] {
  return (['award', 'unit', 'status', 'basis'] as const).map((k) => t(lang, `fn.header.${k}`));
}

/** Rank, unit, each top-level group (`I. Kinh tế`), bonus, deductions, total, percent, classification. */
export function resultsTable(result: ClusterResult, lang: Lang): Table {
  const groups = result.topGroups.map((code) => {
    const name = result.criteria.find((c) => c.code === code)?.name;
    return { code, label: name ? `${code}. ${name}` : code };
  });
  const { before, after } = resultsHeader(lang);
  const header = [...before, ...groups.map((g) => g.label), ...after];
  const rows = result.units.map((u) => [
    u.rank,
    u.unit,
    ...groups.map((g) => u.groups[g.code] ?? 0),
    u.bonus,
    u.penalty,
    u.total,
    u.percent,
    u.classification,
  ]);
  return [header, ...rows];
}

/** Award, unit, `Đề nghị` / `Cần bình xét`, basis; then each unit not proposed, `Không đề nghị`, reason. */
export function nominationsTable(result: ClusterResult, lang: Lang): Table {
  const d = result.settings.decimals;
  const proposed = result.nominations.map((n) => [n.award, n.unit, nominationStatusLabel(n.status, lang), nominationReasonText(n, lang, d)]);
  const notProposed = t(lang, 'fn.notProposed');
  const left = result.notNominated.map((n) => ['', n.unit, notProposed, reasonText(n.reason, lang)]);
  return [nominationsHeader(lang), ...proposed, ...left];
}

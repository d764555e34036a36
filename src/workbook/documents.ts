/**
 * The official documents (documents.md §1): `Danh sách đề nghị khen thưởng` in the administrative
 * layout of Nghị định 30/2020/NĐ-CP (paper.ts) — the header block, the document type and summary,
 * the table grouped by award in `Thứ tự` order with each group's count, `Nơi nhận` and the
 * signature block. A sheet document like every output: the writers print it from its fields.
 */
import { formatNumber } from '../engine/format';
import { t } from '../engine/i18n';
import '../engine/i18n/document-sheet';
import '../engine/i18n/paper-sheet';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { OUTPUT_NAMES, pointsFormat, type ColumnFormat, type OutputSheet } from './output';
import { BODY_SIZE, lineHeight, Paper, wrappedLines } from './paper';
import { YEAR_PERIOD } from './schema';
import { minutesSheet } from './vote-sheets';

export { BODY_SIZE, dateLine, ND30_MARGINS, parseSignDate } from './paper';

/** An official document: an output sheet with its font, cell styles, page and print titles set. */
export type DocumentSheet = OutputSheet & Required<Pick<OutputSheet, 'font' | 'cellStyles' | 'page' | 'pageNumbersFrom'>>;

/** The official list's columns, in order (`sheet.doc.head.*`). */
const HEAD = ['no', 'unit', 'award', 'total', 'rank'] as const;

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let left = n;
  for (const [v, s] of ROMAN)
    while (left >= v) {
      out += s;
      left -= v;
    }
  return out;
}

/** `năm 2024`, `6 tháng đầu năm 2024`: the period and year of a result for a summary line. */
export function periodText(result: Pick<ClusterResult, 'settings' | 'year'>, lang: Lang): string {
  const s = result.settings;
  return [s.period && s.period !== YEAR_PERIOD ? s.period : null, result.year === null ? null : t(lang, 'sheet.paper.year', { year: String(result.year) })].filter((p) => p).join(' ');
}

/**
 * `Danh sách đề nghị khen thưởng` of a ranked result: the nominations grouped by award in `Thứ tự`
 * order (units marked `Cần bình xét` listed in their award's group, marked so).
 */
export function officialListSheet(result: ClusterResult, lang: Lang): DocumentSheet {
  const s = result.settings;
  const columns: ColumnFormat[] = [{ width: 6 }, { width: 32 }, { width: 32 }, { width: 10, numFmt: pointsFormat(s.decimals) }, { width: 8, numFmt: '0' }];
  const paper = new Paper(columns, 2);
  const cluster = result.cluster?.trim() || t(lang, 'sheet.paper.cluster');
  paper.header(s, cluster, lang);
  const period = periodText(result, lang);
  paper.title(t(lang, 'sheet.doc.list'), t(lang, 'sheet.doc.summary', { period: period ? ` ${period}` : '', cluster }));

  // The table.
  const headerRow = paper.rows.length;
  paper.rows.push(HEAD.map((k) => t(lang, `sheet.doc.head.${k}`)));
  for (let j = 0; j < 5; j++) paper.style(headerRow, j, { bold: true, align: 'center', middle: true, wrap: true, border: true });
  paper.height(headerRow, lineHeight(BODY_SIZE) * 2);
  const byUnit = new Map(result.units.map((u) => [u.unit, u] as const));
  const awards = [...new Set(result.nominations.map((n) => n.order))].sort((a, b) => a - b);
  let stt = 0;
  awards.forEach((order, gi) => {
    const group = result.nominations.filter((n) => n.order === order);
    const award = group[0]!.award;
    const text = t(lang, 'sheet.doc.group', { n: roman(gi + 1), award, count: formatNumber(group.length, lang, 0).padStart(2, '0') });
    // Merged: the first cell carries the style (a host styling the others would restyle the merge).
    const r = paper.line(text, { bold: true, wrap: true, border: true, middle: true });
    paper.height(r, lineHeight(BODY_SIZE) * wrappedLines(text, paper.width()) + 4);
    for (const n of group) {
      const u = byUnit.get(n.unit);
      const awardText = n.status === 'vote' ? t(lang, 'sheet.doc.vote', { award: n.award }) : n.award;
      const row = paper.rows.length;
      // The total as the paper writes it (`103,07` in Vietnamese): a document, not a figure to compute with.
      paper.rows.push([++stt, n.unit, awardText, u ? formatNumber(u.total, lang, s.decimals) : null, u?.rank ?? null]);
      paper.style(row, 0, { align: 'center', middle: true, border: true });
      paper.style(row, 1, { wrap: true, middle: true, border: true });
      paper.style(row, 2, { wrap: true, middle: true, border: true });
      paper.style(row, 3, { align: 'center', middle: true, border: true });
      paper.style(row, 4, { align: 'center', middle: true, border: true });
      const lines = Math.max(wrappedLines(n.unit, columns[1]!.width), wrappedLines(awardText, columns[2]!.width));
      paper.height(row, lineHeight(BODY_SIZE) * lines + 4);
    }
  });
  if (awards.length === 0) paper.line(t(lang, 'sheet.doc.none'), { italic: true, align: 'center' });
  paper.blank();
  paper.line(t(lang, 'sheet.doc.total', { count: String(stt) }), { italic: true, align: 'left' });
  paper.blank();
  paper.signature(s, lang);
  return paper.sheet('officialList', OUTPUT_NAMES.officialList[lang], headerRow) as DocumentSheet;
}

/** The official documents of a ranked result, as printed by `--pdf`: the list, and the vote's minutes when there was a vote. */
export function documentSheets(result: ClusterResult, lang: Lang): OutputSheet[] {
  return [officialListSheet(result, lang), ...(result.vote ? [minutesSheet(result, result.vote, lang)] : [])];
}

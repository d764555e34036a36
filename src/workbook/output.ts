/**
 * The output sheets (workbook-format.md) as grids with the formats they need. Hosts write them as
 * they are: values, then number formats, header style, widths and status colours.
 */
import type { Diagnostic } from '../engine/diagnostics';
import { explain } from '../engine/explain';
import { nominationReasonText, reasonText, resultStatusLabel, tieNoteText } from '../engine/labels';
import { hasTarget, isLeaf, readsScores } from '../engine/kinds';
import type { Criterion, Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { CHART_TITLES, resultsChart } from './chart';
import type { SheetLayout } from './document';
import { comparisonSheet, withComparison, withIneligible } from './compare-sheets';
import type { Cell } from './grid';
import { printable } from './print';

import { voteSheets } from './vote-sheets';

import { OUTPUT_NAMES, STATUS_TONES, type OutputKind, type Tone } from './output-kinds';

export { OUTPUT_NAMES, OWN_MARKERS, STATUS_TONES, TONE_COLORS, type OutputKind, type Tone } from './output-kinds';

export interface ColumnFormat {
  width: number;
  /** Excel number format code; absent for text. */
  numFmt?: string;
  /** Data cells wrap their text (a column capped narrower than its longest text). */
  wrap?: boolean;
}

/**
 * A sheet to write, with what it needs to look right: header and title rows, widths, colours; and
 * (SheetLayout, src/workbook/document.ts) page setup, print titles, borders, validations, links.
 */
export interface StyledSheet extends SheetLayout {
  name: string;
  rows: Cell[][];
  /** Row indexes (0-based) styled as headers. */
  headerRows: number[];
  /** Row indexes styled as titles (bold, larger). */
  titleRows: number[];
  columns: ColumnFormat[];
  /** Cells to colour: row index, column index, tone. */
  tones: { row: number; col: number; tone: Tone }[];
  /** Rows and columns to freeze (below the header, right of the unit column). */
  freeze: { rows: number; cols: number };
  /** Areas to merge (titles only, never data), as A1 ranges. */
  merges?: string[];
  /** An input sheet written for the user to fill (`Phiếu bầu`): no marker, never replaced. */
  input?: boolean;
  /** How a document prints (the vote's minutes and ballot form: A4 portrait, Times New Roman); absent: A4 landscape. */
  print?: { paper: 'A4'; orientation: 'portrait' | 'landscape'; font: string };
}

export interface OutputSheet extends StyledSheet {
  kind: OutputKind;
  /**
   * The sheet again with the notes of the writing (placement) added; set on the Warnings sheet,
   * which lists every diagnostic of the run (src/workbook/warnings.ts).
   */
  withNotes?: (notes: readonly Diagnostic[]) => OutputSheet | null;
}

const T = {
  title: { vi: 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA', en: 'EMULATION SCORES AND RANKING' },
  detailTitle: { vi: 'CHI TIẾT ĐIỂM THEO TIÊU CHÍ', en: 'SCORE DETAIL BY CRITERION' },
  nomTitle: { vi: 'DỰ KIẾN DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', en: 'DRAFT LIST OF AWARD NOMINATIONS' },
  notNominated: { vi: 'ĐƠN VỊ KHÔNG ĐƯỢC ĐỀ NGHỊ', en: 'UNITS NOT PROPOSED' },
  results: {
    vi: ['Hạng', 'Đơn vị', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Điểm tối đa', 'Tỷ lệ %', 'Xếp loại', 'Vượt', 'Đạt', 'Chưa đạt', 'Ghi chú xếp hạng'],
    en: ['Rank', 'Unit', 'Bonus', 'Deductions', 'Total', 'Maximum', 'Percent', 'Classification', 'Exceeded', 'Met', 'Below', 'Ranking note'],
  },
  detail: {
    vi: ['Đơn vị', 'Mã tiêu chí', 'Tên tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tỷ lệ %', 'Trạng thái', 'Điểm', 'Điểm tối đa', 'Minh chứng', 'Giải thích'],
    en: ['Unit', 'Criterion', 'Name', 'Target', 'Actual', 'Rate %', 'Status', 'Points', 'Maximum', 'Evidence', 'Explanation'],
  },
  nominations: {
    vi: ['STT', 'Đơn vị', 'Hình thức đề nghị', 'Tổng điểm', 'Hạng', 'Căn cứ'],
    en: ['No.', 'Unit', 'Proposed award', 'Total', 'Rank', 'Basis'],
  },
  notNominatedHeader: { vi: ['STT', 'Đơn vị', '', 'Tổng điểm', 'Hạng', 'Lý do'], en: ['No.', 'Unit', '', 'Total', 'Rank', 'Reason'] },
  yes: { vi: 'Đạt', en: 'Yes' },
  no: { vi: 'Không đạt', en: 'No' },
};

/** A sheet's title naming the cluster, the period and the year: `KẾT QUẢ … — Cụm 3 — 6 tháng đầu năm 2024`. */
export function titleOf(result: Pick<ClusterResult, 'cluster' | 'period' | 'year'>, title: string, lang: Lang = 'vi'): string {
  const year = result.year === null ? null : String(result.year);
  // "năm" + 2024 reads "năm 2024"; a year alone is named as one.
  const when = result.period ? [result.period, year].filter((p) => p).join(' ') : year && `${lang === 'vi' ? 'năm' : 'year'} ${year}`;
  const parts = [result.cluster, when].filter((p) => p);
  return parts.length ? `${title} — ${parts.join(' — ')}` : title;
}

export function pointsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function resultsSheet(result: ClusterResult, lang: Lang): OutputSheet {
  const groups = result.topGroups.map((code) => result.criteria.find((c) => c.code === code)!);
  const [rank, unit, ...rest] = T.results[lang];
  const header: Cell[] = [rank!, unit!, ...groups.map((g) => `${g.code}. ${g.name}`), ...rest];
  const pts = pointsFormat(result.settings.decimals);
  const rows: Cell[][] = [[titleOf(result, T.title[lang], lang)], [], header];
  for (const u of result.units)
    rows.push([
      u.rank,
      u.unit,
      ...groups.map((g) => u.groups[g.code] ?? 0),
      u.bonus,
      u.penalty,
      u.total,
      u.max,
      u.percent,
      u.classification,
      u.exceeded,
      u.met,
      u.below,
      tieNoteText(u.tie, lang),
    ]);
  const columns: ColumnFormat[] = [
    { width: 7, numFmt: '0' },
    { width: 28 },
    ...groups.map(() => ({ width: 14, numFmt: pts })),
    { width: 11, numFmt: pts },
    { width: 10, numFmt: pts },
    { width: 11, numFmt: pts },
    { width: 11, numFmt: pts },
    { width: 9, numFmt: '0.00' },
    { width: 12 },
    { width: 7, numFmt: '0' },
    { width: 7, numFmt: '0' },
    { width: 9, numFmt: '0' },
    { width: 30 },
  ];
  const sheet: OutputSheet = printable<OutputSheet>({ kind: 'results', name: OUTPUT_NAMES.results[lang], rows, headerRows: [2], titleRows: [0], columns, tones: [], freeze: { rows: 3, cols: 2 } }, { max: 50 });
  const bonusCol = 2 + groups.length;
  const chart = resultsChart({
    title: titleOf(result, CHART_TITLES[lang], lang),
    firstRow: 3,
    units: result.units.length,
    headerRow: 2,
    unitCol: 1,
    groupCols: groups.map((_, i) => 2 + i),
    bonusCol: result.units.some((u) => u.bonus !== 0) ? bonusCol : null,
    width: header.length,
  });
  return chart ? { ...sheet, chart } : sheet;
}

function actualShown(c: Criterion, a: number | boolean | null, lang: Lang): Cell {
  if (typeof a === 'boolean') return a ? T.yes[lang] : T.no[lang];
  return readsScores(c) ? null : a;
}

export function detailSheet(result: ClusterResult, lang: Lang): OutputSheet {
  const rows: Cell[][] = [[titleOf(result, T.detailTitle[lang], lang)], [], T.detail[lang]];
  const tones: OutputSheet['tones'] = [];
  const leaves = result.criteria.filter(isLeaf);
  const d = result.settings.decimals;
  for (const u of result.units) {
    for (const c of leaves) {
      const r = u.criteria[c.code] ?? u.extras[c.code];
      if (!r) continue;
      const tone = STATUS_TONES[r.status];
      if (tone) tones.push({ row: rows.length, col: 6, tone });
      rows.push([
        u.unit,
        c.code,
        c.name,
        hasTarget(c) ? (r.entry?.target ?? null) : null,
        actualShown(c, r.entry?.actual ?? null, lang),
        r.rate,
        resultStatusLabel(r, lang),
        r.points,
        r.max,
        r.entry?.evidence || null,
        explain(r, c, lang, d),
      ]);
    }
  }
  const pts = pointsFormat(d);
  const columns: ColumnFormat[] = [
    { width: 24 },
    { width: 10 },
    { width: 40 },
    { width: 11, numFmt: '#,##0.###' },
    { width: 11, numFmt: '#,##0.###' },
    { width: 10, numFmt: '0.00%' },
    { width: 16 },
    { width: 9, numFmt: pts },
    { width: 9, numFmt: pts },
    { width: 18 },
    { width: 60 },
  ];
  return printable({ kind: 'detail', name: OUTPUT_NAMES.detail[lang], rows, headerRows: [2], titleRows: [0], columns, tones, freeze: { rows: 3, cols: 2 } }, { max: 60 });
}

export function nominationsSheet(result: ClusterResult, lang: Lang): OutputSheet {
  const rows: Cell[][] = [[titleOf(result, T.nomTitle[lang], lang)], [], T.nominations[lang]];
  const tones: OutputSheet['tones'] = [];
  const byUnit = new Map(result.units.map((u) => [u.unit, u] as const));
  const d = result.settings.decimals;
  result.nominations.forEach((n, i) => {
    const u = byUnit.get(n.unit);
    if (n.status === 'vote') tones.push({ row: rows.length, col: 5, tone: 'neutral' });
    rows.push([i + 1, n.unit, n.award, u?.total ?? null, u?.rank ?? null, nominationReasonText(n, lang, d)]);
  });
  const headerRows = [2];
  const titleRows = [0];
  if (result.notNominated.length > 0) {
    rows.push([]);
    titleRows.push(rows.length);
    rows.push([T.notNominated[lang]]);
    headerRows.push(rows.length);
    rows.push(T.notNominatedHeader[lang]);
    result.notNominated.forEach((n, i) => {
      const u = byUnit.get(n.unit);
      rows.push([i + 1, n.unit, null, u?.total ?? null, u?.rank ?? null, reasonText(n.reason, lang)]);
    });
  }
  const columns: ColumnFormat[] = [
    { width: 6, numFmt: '0' },
    { width: 28 },
    { width: 48 },
    { width: 11, numFmt: pointsFormat(d) },
    { width: 7, numFmt: '0' },
    { width: 50 },
  ];
  return printable({ kind: 'nominations', name: OUTPUT_NAMES.nominations[lang], rows, headerRows, titleRows, columns, tones, freeze: { rows: 3, cols: 0 } }, { max: 60 });
}

/** The output sheets of a ranked result (with the comparison's columns and sheet when there is history). */
export function outputSheets(result: ClusterResult, lang: Lang): OutputSheet[] {
  const sheets = [withComparison(resultsSheet(result, lang), result, lang), detailSheet(result, lang), withIneligible(nominationsSheet(result, lang), result, lang), ...voteSheets(result, lang)];
  const compare = comparisonSheet(result, lang);
  return compare ? [...sheets, compare] : sheets;
}

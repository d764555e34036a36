/**
 * The official documents (documents.md §1) as sheet descriptions: `Danh sách đề nghị khen thưởng`
 * in the administrative layout of Nghị định 30/2020/NĐ-CP — the header block (managing body over
 * issuing body and `Số:`, quốc hiệu and tiêu ngữ, place and date), the document type and summary,
 * the table grouped by award in `Thứ tự` order with each group's count, `Nơi nhận` and the
 * signature block; A4 portrait with ND 30's margins, Times New Roman, no gridlines, the table's
 * header repeated on every page, page numbers from page 2. Pure: hosts write the layout as given.
 */
import { formatNumber } from '../engine/format';
import type { Lang, Settings } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import type { Cell } from './grid';
import { OUTPUT_NAMES, pointsFormat, type ColumnFormat, type OutputSheet, type StyledSheet } from './output';

export type Align = 'left' | 'center' | 'right';

/** How one cell prints (fonts are Times New Roman throughout). */
export interface DocumentCellStyle {
  row: number;
  col: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the document's body size when absent. */
  size?: number;
  align?: Align;
  /** Vertical alignment (top when absent). */
  middle?: boolean;
  wrap?: boolean;
  /** A thin border on every side (the table). */
  border?: boolean;
}

/** How a document sheet prints: what `StyledSheet` carries for an official paper. */
export interface DocumentLayout {
  paper: 'A4';
  orientation: 'portrait';
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  font: { name: 'Times New Roman'; size: number };
  gridlines: false;
  /** The table's header row, repeated at the top of every printed page (1-based, Excel's `9:9`). */
  printTitleRow: number | null;
  /** Page numbers centred in the header from page 2 (`&P`, a different first page). */
  pageNumbersFrom: 2;
  cells: DocumentCellStyle[];
  /** Row heights in points, where text wraps over several lines. */
  rowHeights: { row: number; height: number }[];
}

export interface DocumentSheet extends OutputSheet {
  document: DocumentLayout;
}

export function isDocumentSheet(s: StyledSheet): s is DocumentSheet {
  return 'document' in s && (s as DocumentSheet).document !== undefined;
}

/** ND 30's margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm): the smallest of each. */
export const ND30_MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
export const BODY_SIZE = 13;

const T = {
  nation: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  number: { vi: 'Số: {ref}', en: 'No.: {ref}' },
  list: { vi: 'DANH SÁCH', en: 'LIST' },
  summary: { vi: 'Đề nghị khen thưởng{period} của {cluster}', en: 'Award proposals{period} of {cluster}' },
  head: {
    vi: ['STT', 'Tên tập thể', 'Hình thức khen thưởng đề nghị', 'Tổng điểm', 'Xếp hạng'],
    en: ['No.', 'Collective', 'Proposed award', 'Total', 'Rank'],
  },
  group: { vi: '{n}. {award} ({count} tập thể)', en: '{n}. {award} ({count} collective(s))' },
  vote: { vi: '{award} (cần bình xét)', en: '{award} (vote needed)' },
  total: { vi: 'Tổng cộng: {count} tập thể', en: 'In all: {count} collective(s)' },
  recipients: { vi: 'Nơi nhận:', en: 'Recipients:' },
  defaultRecipients: { vi: 'Như trên; Lưu: VT', en: 'As above; Archive' },
  authority: { vi: 'TM. CỤM THI ĐUA', en: 'FOR THE EMULATION CLUSTER' },
  signerTitle: { vi: 'CỤM TRƯỞNG', en: 'CLUSTER LEADER' },
  none: { vi: 'Không có tập thể nào được đề nghị.', en: 'No collective is proposed.' },
  cluster: { vi: 'Cụm thi đua', en: 'the emulation cluster' },
};


const fill = (s: string, p: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

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

/** ND 30: days under 10 and months under 3 are written with a leading 0 (`ngày 05 tháng 02`). */
const pad = (n: number, below: number): string => (n < below ? `0${n}` : String(n));

/** The date line: `Hải Phòng, ngày 15 tháng 12 năm 2024`; blank date: `ngày … tháng … năm …` to fill by hand. */
export function dateLine(settings: Pick<Settings, 'place' | 'signDate'>, lang: Lang): string {
  const place = settings.place?.trim() || '…';
  const d = parseSignDate(settings.signDate);
  if (lang === 'en') return d ? `${place}, ${d.day}/${d.month}/${d.year}` : `${place}, … / … / …`;
  if (!d) return settings.signDate?.trim() && !/^\d+$/.test(settings.signDate.trim()) ? `${place}, ${settings.signDate.trim()}` : `${place}, ngày … tháng … năm …`;
  return `${place}, ngày ${pad(d.day, 10)} tháng ${pad(d.month, 3)} năm ${d.year}`;
}

/** `15/12/2024`, `15-12-2024`, `2024-12-15` or an Excel date serial; null otherwise. */
export function parseSignDate(text: string | null): { day: number; month: number; year: number } | null {
  const s = text?.trim() ?? '';
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86_400_000);
    return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
  }
  return null;
}

function valid(day: number, month: number, year: number): { day: number; month: number; year: number } | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { day, month, year } : null;
}

/** Lines a text wraps to in a column of `width` characters (Times New Roman 13 is about one character of the width unit). */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= width - 1 || used === 0) used = need;
    else {
      lines++;
      used = word.length;
    }
  }
  return lines;
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** Characters across the page (A4 portrait inside ND 30's margins) and across the header's left block, in Times New Roman 13. */
const WIDE = 96;
const LEFT = 40;

/** Line height in points of Times New Roman at a size (Excel's single spacing, a little air). */
const lineHeight = (size: number): number => Math.round(size * 1.35 * 4) / 4;

/**
 * `Danh sách đề nghị khen thưởng` of a ranked result: the nominations grouped by award in `Thứ tự`
 * order (units marked `Cần bình xét` listed in their award's group, marked so).
 */
export function officialListSheet(result: ClusterResult, lang: Lang): DocumentSheet {
  const s = result.settings;
  const cells: DocumentCellStyle[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const merges: string[] = [];
  const rows: Cell[][] = [];
  const style = (row: number, col: number, st: Omit<DocumentCellStyle, 'row' | 'col'>): void => void cells.push({ row, col, ...st });
  const columns: ColumnFormat[] = [{ width: 6 }, { width: 32 }, { width: 32 }, { width: 10, numFmt: pointsFormat(s.decimals) }, { width: 8, numFmt: '0' }];
  const last = 'E';
  /** A line across `from`…`to` (letters), merged, with a style. */
  const line = (text: string, st: Omit<DocumentCellStyle, 'row' | 'col'>, from = 'A', to = last): number => {
    const r = rows.length;
    const row: Cell[] = [];
    row[from.charCodeAt(0) - 65] = text;
    rows.push(row);
    if (from !== to) merges.push(`${from}${r + 1}:${to}${r + 1}`);
    style(r, from.charCodeAt(0) - 65, st);
    return r;
  };
  /** Two blocks side by side: left over A:B, right over C:E. */
  const pair = (left: string | null, leftSt: Omit<DocumentCellStyle, 'row' | 'col'>, right: string | null, rightSt: Omit<DocumentCellStyle, 'row' | 'col'>): number => {
    const r = rows.length;
    rows.push([left, null, right]);
    merges.push(`A${r + 1}:B${r + 1}`, `C${r + 1}:${last}${r + 1}`);
    if (left !== null) style(r, 0, { align: 'center', ...leftSt });
    if (right !== null) style(r, 2, { align: 'center', ...rightSt });
    return r;
  };

  // The header block.
  const cluster = result.cluster?.trim() || T.cluster[lang];
  const managing = s.managingBody?.trim() ? upper(s.managingBody.trim()) : null;
  const issuing = upper(s.issuingBody?.trim() || cluster);
  pair(managing, { size: BODY_SIZE }, T.nation[lang], { bold: true, size: 12 });
  const ir = pair(issuing, { bold: true, size: BODY_SIZE, wrap: true }, T.motto[lang], { bold: true, underline: true, size: BODY_SIZE });
  rowHeights.push({ row: ir, height: lineHeight(BODY_SIZE) * wrappedLines(issuing, LEFT) });
  pair(fill(T.number[lang], { ref: s.reference?.trim() || '…' }), { size: BODY_SIZE }, dateLine(s, lang), { italic: true, size: BODY_SIZE });
  rows.push([]);
  // The document type and the summary.
  line(T.list[lang], { bold: true, size: 14, align: 'center' });
  const period = [s.period && s.period !== 'năm' ? s.period : null, result.year === null ? null : lang === 'vi' ? `năm ${result.year}` : `${result.year}`]
    .filter((p) => p)
    .join(' ');
  const summary = fill(T.summary[lang], { period: period ? ` ${period}` : '', cluster });
  const sr = line(summary, { bold: true, size: BODY_SIZE, align: 'center', wrap: true });
  rowHeights.push({ row: sr, height: lineHeight(BODY_SIZE) * wrappedLines(summary, WIDE) });
  rows.push([]);

  // The table.
  const headerRow = rows.length;
  rows.push([...T.head[lang]]);
  for (let j = 0; j < 5; j++) style(headerRow, j, { bold: true, align: 'center', middle: true, wrap: true, border: true });
  rowHeights.push({ row: headerRow, height: lineHeight(BODY_SIZE) * 2 });
  const byUnit = new Map(result.units.map((u) => [u.unit, u] as const));
  const awards = [...new Set(result.nominations.map((n) => n.order))].sort((a, b) => a - b);
  let stt = 0;
  awards.forEach((order, gi) => {
    const group = result.nominations.filter((n) => n.order === order);
    const award = group[0]!.award;
    const r = rows.length;
    const text = fill(T.group[lang], { n: roman(gi + 1), award, count: formatNumber(group.length, lang, 0).padStart(2, '0') });
    rows.push([text]);
    merges.push(`A${r + 1}:${last}${r + 1}`);
    // Merged: the first cell carries the style (a host styling the others would restyle the merge).
    style(r, 0, { bold: true, wrap: true, border: true, middle: true });
    rowHeights.push({ row: r, height: lineHeight(BODY_SIZE) * wrappedLines(text, WIDE) + 4 });
    for (const n of group) {
      const u = byUnit.get(n.unit);
      const awardText = n.status === 'vote' ? fill(T.vote[lang], { award: n.award }) : n.award;
      const row = rows.length;
      // The total as the paper writes it (`103,07` in Vietnamese): a document, not a figure to compute with.
      rows.push([++stt, n.unit, awardText, u ? formatNumber(u.total, lang, s.decimals) : null, u?.rank ?? null]);
      style(row, 0, { align: 'center', middle: true, border: true });
      style(row, 1, { wrap: true, middle: true, border: true });
      style(row, 2, { wrap: true, middle: true, border: true });
      style(row, 3, { align: 'center', middle: true, border: true });
      style(row, 4, { align: 'center', middle: true, border: true });
      const lines = Math.max(wrappedLines(n.unit, columns[1]!.width), wrappedLines(awardText, columns[2]!.width));
      rowHeights.push({ row, height: lineHeight(BODY_SIZE) * lines + 4 });
    }
  });
  if (awards.length === 0) line(T.none[lang], { italic: true, align: 'center' });
  rows.push([]);
  line(fill(T.total[lang], { count: stt }), { italic: true, align: 'left' });
  rows.push([]);

  // Nơi nhận (left) and the signature block (right).
  const recipients = (s.recipients?.trim() || T.defaultRecipients[lang])
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const rightLines: { text: string; st: Omit<DocumentCellStyle, 'row' | 'col'> }[] = [
    { text: upper(s.authority?.trim() || T.authority[lang]), st: { bold: true, size: BODY_SIZE } },
    { text: upper(s.signerTitle?.trim() || T.signerTitle[lang]), st: { bold: true, size: BODY_SIZE } },
    { text: '', st: {} },
    { text: '', st: {} },
    { text: '', st: {} },
    { text: s.signer?.trim() || '', st: { bold: true, size: BODY_SIZE } },
  ];
  const leftLines: { text: string; st: Omit<DocumentCellStyle, 'row' | 'col'> }[] = [
    { text: T.recipients[lang], st: { bold: true, italic: true, size: 12, align: 'left' } },
    ...recipients.map((p, i) => ({ text: `- ${p}${i === recipients.length - 1 ? '.' : ';'}`, st: { size: 11, align: 'left' as Align } })),
  ];
  for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
    const l = leftLines[i];
    const rt = rightLines[i];
    pair(l ? l.text : null, l?.st ?? {}, rt && rt.text ? rt.text : null, rt?.st ?? {});
  }

  return {
    kind: 'officialList',
    name: OUTPUT_NAMES.officialList[lang],
    rows,
    headerRows: [],
    titleRows: [],
    columns,
    tones: [],
    freeze: { rows: 0, cols: 0 },
    merges,
    document: {
      paper: 'A4',
      orientation: 'portrait',
      margins: { ...ND30_MARGINS },
      font: { name: 'Times New Roman', size: BODY_SIZE },
      gridlines: false,
      printTitleRow: headerRow + 1,
      pageNumbersFrom: 2,
      cells,
      rowHeights,
    },
  };
}

/** The official documents of a ranked result (the vote's minutes come with the vote). */
export function documentSheets(result: ClusterResult, lang: Lang): DocumentSheet[] {
  return [officialListSheet(result, lang)];
}

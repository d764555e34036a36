/**
 * An official paper in the layout of Nghị định 30/2020/NĐ-CP (documents.md §1), as a sheet
 * document: the header block (managing body over issuing body and `Số:`, quốc hiệu over tiêu ngữ
 * and `<place>, ngày … tháng … năm …`), the document type and summary, the body, `Nơi nhận` and
 * the signature block; A4 portrait inside ND 30's margins, Times New Roman 13, no gridlines, a
 * table header repeated on every page and page numbers from page 2. Every writer (exceljs, the
 * surgical .xlsx writer, the Office host) prints it from the sheet document's fields alone.
 * Shared by `Danh sách đề nghị khen thưởng` (documents.ts) and `Biên bản kiểm phiếu` (vote-sheets.ts).
 */
import { t } from '../engine/i18n';
import '../engine/i18n/paper-sheet';
import type { Lang, Settings } from '../engine/model';
import { mm, type CellStyle, type SheetLayout } from './document';
import { columnLetter, type Cell } from './grid';
import type { ColumnFormat, OutputKind, OutputSheet } from './output';

/** ND 30's margins in millimetres (top and bottom 20–25, left 30–35, right 15–20): the smallest of each. */
export const ND30_MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
export const BODY_SIZE = 13;
export const PAPER_FONT = 'Times New Roman';

export type PaperStyle = Omit<CellStyle, 'row' | 'col'>;

export const fillText = (s: string, p: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

export const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** ND 30: days under 10 and months under 3 are written with a leading 0 (`ngày 05 tháng 02`). */
const pad = (n: number, below: number): string => (n < below ? `0${n}` : String(n));

/** The date line: `Hải Phòng, ngày 15 tháng 12 năm 2024`; blank date: `ngày … tháng … năm …` to fill by hand. */
export function dateLine(settings: Pick<Settings, 'place' | 'signDate'>, lang: Lang): string {
  const place = settings.place?.trim() || '…';
  const d = parseSignDate(settings.signDate);
  if (lang === 'en') return d ? t(lang, 'sheet.paper.date', { place, day: String(d.day), month: String(d.month), year: String(d.year) }) : t(lang, 'sheet.paper.blankDate', { place });
  if (!d) return settings.signDate?.trim() && !/^\d+$/.test(settings.signDate.trim()) ? `${place}, ${settings.signDate.trim()}` : t(lang, 'sheet.paper.blankDate', { place });
  return t(lang, 'sheet.paper.date', { place, day: pad(d.day, 10), month: pad(d.month, 3), year: String(d.year) });
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
export function wrappedLines(text: string, width: number): number {
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

/** Line height in points of Times New Roman at a size (Excel's single spacing, a little air). */
export const lineHeight = (size: number = BODY_SIZE): number => Math.round(size * 1.35 * 4) / 4;

/** The page every official paper prints on. */
export function paperLayout(): Required<Pick<SheetLayout, 'page' | 'gridlines' | 'font' | 'pageNumbersFrom'>> {
  const m = ND30_MARGINS;
  return {
    page: {
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), header: mm(m.header), footer: mm(m.footer) },
      fitToWidth: true,
    },
    gridlines: false,
    font: { name: PAPER_FONT, size: BODY_SIZE },
    pageNumbersFrom: 2,
  };
}

/** The settings an official paper's header and signature come from (`Cài đặt`). */
export type PaperSettings = Pick<Settings, 'managingBody' | 'issuingBody' | 'reference' | 'place' | 'signDate' | 'authority' | 'signerTitle' | 'signer' | 'recipients'>;

/**
 * Builds an official paper row by row over fixed columns: lines merged across the page, the two
 * blocks side by side (header, signature), cell styles and row heights.
 */
export class Paper {
  readonly rows: Cell[][] = [];
  readonly merges: string[] = [];
  readonly styles: CellStyle[] = [];
  readonly heights: { row: number; points: number }[] = [];
  private readonly last: number;

  /** `split`: the first column of the right-hand block (the quốc hiệu, the signature). */
  constructor(
    readonly columns: ColumnFormat[],
    private readonly split: number,
  ) {
    this.last = columns.length - 1;
  }

  /** Characters across columns `from`…`to`. */
  width(from = 0, to = this.last): number {
    let w = 0;
    for (let j = from; j <= to; j++) w += this.columns[j]!.width;
    return w;
  }

  style(row: number, col: number, st: PaperStyle): void {
    this.styles.push({ row, col, ...st });
  }

  height(row: number, points: number): void {
    this.heights.push({ row, points });
  }

  blank(): void {
    this.rows.push([]);
  }

  private merge(r: number, from: number, to: number): void {
    if (from !== to) this.merges.push(`${columnLetter(from)}${r + 1}:${columnLetter(to)}${r + 1}`);
  }

  /** A line across the page (or `from`…`to`), merged; wrapped text gets the height its lines need. */
  line(text: string, st: PaperStyle = {}, from = 0, to = this.last): number {
    const r = this.rows.length;
    const row: Cell[] = [...Array<Cell>(from).fill(null), text];
    this.rows.push(row);
    this.merge(r, from, to);
    this.style(r, from, st);
    const lines = wrappedLines(text, this.width(from, to));
    if (st.wrap && lines > 1) this.height(r, lineHeight(st.size) * lines);
    return r;
  }

  /** Two blocks side by side: the left over the columns before `split`, the right over the rest; centred. */
  pair(left: string | null, leftSt: PaperStyle, right: string | null, rightSt: PaperStyle): number {
    const r = this.rows.length;
    const row: Cell[] = [left, ...Array<Cell>(this.split - 1).fill(null), right];
    this.rows.push(row);
    this.merge(r, 0, this.split - 1);
    this.merge(r, this.split, this.last);
    if (left !== null) this.style(r, 0, { align: 'center', ...leftSt });
    if (right !== null) this.style(r, this.split, { align: 'center', ...rightSt });
    const lines = Math.max(left && leftSt.wrap ? wrappedLines(left, this.width(0, this.split - 1)) : 1, right && rightSt.wrap ? wrappedLines(right, this.width(this.split)) : 1);
    if (lines > 1) this.height(r, lineHeight(BODY_SIZE) * lines);
    return r;
  }

  /** The header block: managing body over issuing body and `Số:`; quốc hiệu over tiêu ngữ and the date line. */
  header(s: PaperSettings, cluster: string | null, lang: Lang, reference = true): void {
    const managing = s.managingBody?.trim() ? upper(s.managingBody.trim()) : null;
    const issuing = upper(s.issuingBody?.trim() || cluster?.trim() || t(lang, 'sheet.paper.cluster'));
    // Without a managing body the issuing body heads the block, level with the quốc hiệu.
    const first = managing ?? issuing;
    const second = managing === null ? null : issuing;
    this.pair(first, managing === null ? { bold: true, size: BODY_SIZE, wrap: true } : { size: BODY_SIZE }, t(lang, 'sheet.paper.nation'), { bold: true, size: 12 });
    this.pair(second, { bold: true, size: BODY_SIZE, wrap: true }, t(lang, 'sheet.paper.motto'), { bold: true, underline: true, size: BODY_SIZE });
    this.pair(reference ? t(lang, 'sheet.paper.number', { ref: s.reference?.trim() || '…' }) : null, { size: BODY_SIZE }, dateLine(s, lang), { italic: true, size: BODY_SIZE });
    this.blank();
  }

  /** The document type (`DANH SÁCH`, `BIÊN BẢN`) and its summary line, centred. */
  title(type: string, summary: string): void {
    this.line(type, { bold: true, size: 14, align: 'center' });
    this.line(summary, { bold: true, size: BODY_SIZE, align: 'center', wrap: true });
    this.blank();
  }

  /** `Nơi nhận:` and its list on the left, the signature block on the right (authority, title, room to sign, name). */
  signature(s: PaperSettings, lang: Lang, recipients = true): void {
    const list = (s.recipients?.trim() || t(lang, 'sheet.paper.defaultRecipients'))
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean);
    const right: { text: string; st: PaperStyle }[] = [
      { text: upper(s.authority?.trim() || t(lang, 'sheet.paper.authority')), st: { bold: true, size: BODY_SIZE } },
      { text: upper(s.signerTitle?.trim() || t(lang, 'sheet.paper.signerTitle')), st: { bold: true, size: BODY_SIZE } },
      { text: '', st: {} },
      { text: '', st: {} },
      { text: '', st: {} },
      { text: s.signer?.trim() || '', st: { bold: true, size: BODY_SIZE } },
    ];
    const left: { text: string; st: PaperStyle }[] = recipients
      ? [
          { text: t(lang, 'sheet.paper.recipients'), st: { bold: true, italic: true, size: 12, align: 'left' } },
          ...list.map((p, i) => ({ text: `- ${p}${i === list.length - 1 ? '.' : ';'}`, st: { size: 11, align: 'left' as const } })),
        ]
      : [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const l = left[i];
      const rt = right[i];
      this.pair(l ? l.text : null, l?.st ?? {}, rt && rt.text ? rt.text : null, rt?.st ?? {});
    }
  }

  /** The paper as an output sheet; `tableHeader`: the row repeated at the top of every printed page. */
  sheet(kind: OutputKind, name: string, tableHeader: number | null, extra: Partial<OutputSheet> = {}): OutputSheet {
    return {
      kind,
      name,
      rows: this.rows,
      headerRows: [],
      titleRows: [],
      columns: this.columns,
      tones: [],
      freeze: { rows: 0, cols: 0 },
      merges: this.merges,
      rowHeights: this.heights,
      cellStyles: this.styles,
      ...paperLayout(),
      ...(tableHeader !== null ? { printTitles: { first: tableHeader, last: tableHeader } } : {}),
      ...extra,
    };
  }
}

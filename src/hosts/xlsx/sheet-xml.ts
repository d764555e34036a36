/**
 * A worksheet part for an output sheet, built as text (fast: a 52,000-row sheet in a fraction of a
 * second): numbers as `<v>` (finite only; anything else is left blank), text as inline strings,
 * booleans as `t="b"`, never a formula — text starting with `=`, `+`, `-` or `@` stays text. With
 * the column widths, the header and title formats, the tone colours, frozen panes, merged titles,
 * wrapped header rows and an A4 landscape page fitted to its width.
 */
import { isCellError, type Cell } from '../../workbook/grid';
import type { StyledSheet, Tone } from '../../workbook/output';
import { headerRowHeight, PAGE_SETUP } from './layout';
import type { StyleBook } from './styles';
import { escapeAttr, NS, stripInvalid } from './xml';

/** Excel's limit on the characters of one cell. */
const MAX_TEXT = 32_767;

export function columnName(j: number): string {
  let s = '';
  for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Text that needs more than copying: markup, control or invalid characters, `_xHHHH_`, edge spaces. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern looks for
const SPECIAL = /[&<>\x00-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_|^\s|\s$/;

/** Cell text as XML: invalid characters dropped, markup escaped, and Excel's `_xHHHH_` escape kept literal. */
export function cellText(s: string): string {
  return stripInvalid(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** An inline-string cell's `<is>`. */
function inline(s: string): string {
  const text = s.length > MAX_TEXT ? s.slice(0, /[\uD800-\uDBFF]/.test(s[MAX_TEXT - 1]!) ? MAX_TEXT - 1 : MAX_TEXT) : s;
  if (!SPECIAL.test(text)) return `<is><t>${text}</t></is>`;
  const t = cellText(text);
  return /^\s|\s$|[\n\t]/.test(t) ? `<is><t xml:space="preserve">${t}</t></is>` : `<is><t>${t}</t></is>`;
}

function cellXml(ref: string, c: Cell | undefined, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (typeof c === 'number') return Number.isFinite(c) ? `<c r="${ref}"${style}><v>${c}</v></c>` : style ? `<c r="${ref}"${style}/>` : '';
  if (typeof c === 'string' && c) return `<c r="${ref}"${style} t="inlineStr">${inline(c)}</c>`;
  if (typeof c === 'boolean') return `<c r="${ref}"${style} t="b"><v>${c ? 1 : 0}</v></c>`;
  if (isCellError(c)) return `<c r="${ref}"${style} t="inlineStr">${inline(String(c.error))}</c>`;
  return style ? `<c r="${ref}"${style}/>` : '';
}

/** UTF-8 bytes written row by row into one growing buffer (no giant string, no second copy). */
class Utf8Sink {
  private buf = new Uint8Array(1 << 16);
  private at = 0;
  private readonly encoder = new TextEncoder();
  write(s: string): void {
    if (this.buf.length - this.at < s.length * 3) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + s.length * 3));
      next.set(this.buf.subarray(0, this.at));
      this.buf = next;
    }
    this.at += this.encoder.encodeInto(s, this.buf.subarray(this.at)).written;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

function sheetViews(freeze: StyledSheet['freeze']): string {
  const { rows, cols } = freeze;
  if (rows <= 0 && cols <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = `${columnName(Math.max(cols, 0))}${Math.max(rows, 0) + 1}`;
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** The worksheet part of a sheet, as UTF-8 bytes; formats come from (and are added to) `book`. */
export function sheetXml(sheet: StyledSheet, book: StyleBook): Uint8Array {
  let width = sheet.columns.length;
  for (const r of sheet.rows) width = Math.max(width, r.length);
  const letters = Array.from({ length: width }, (_, j) => columnName(j));
  const numFmt = (j: number): string | undefined => sheet.columns[j]?.numFmt;
  const family = sheet.print?.font;
  const data = letters.map((_, j) => book.xf({ numFmt: numFmt(j), font: 'base', fill: 'none', family }));
  const headers = new Set(sheet.headerRows);
  const titles = new Set(sheet.titleRows);
  const header = headers.size ? book.xf({ numFmt: '@', font: 'bold', fill: 'header', wrap: true, family }) : 0;
  const title = titles.size ? letters.map((_, j) => book.xf({ numFmt: numFmt(j), font: 'title', fill: 'none', family })) : [];
  const tones = new Map<number, Tone>();
  for (const t of sheet.tones) tones.set(t.row * width + t.col, t.tone);
  const toneXf = new Map<string, number>();
  const toneOf = (j: number, tone: Tone): number => {
    const key = `${j}|${tone}`;
    let s = toneXf.get(key);
    if (s === undefined) toneXf.set(key, (s = book.xf({ numFmt: numFmt(j), font: tone, fill: tone, family })));
    return s;
  };

  const out = new Utf8Sink();
  let text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;
  text += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  text += `<dimension ref="${width && sheet.rows.length ? `A1:${letters[width - 1]}${sheet.rows.length}` : 'A1'}"/>`;
  text += sheetViews(sheet.freeze);
  const cols = sheet.columns.map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${c.width}" customWidth="1"${data[j] ? ` style="${data[j]}"` : ''}/>`);
  if (cols.length) text += `<cols>${cols.join('')}</cols>`;
  out.write(`${text}<sheetData>`);
  sheet.rows.forEach((cells, i) => {
    const n = i + 1;
    const isHeader = headers.has(i);
    const style = isHeader ? null : titles.has(i) ? title : data;
    let row = '';
    const end = isHeader ? width : cells.length;
    for (let j = 0; j < end; j++) {
      const c = cells[j];
      const tone = tones.size ? tones.get(i * width + j) : undefined;
      if (!isHeader && !tone && (c === null || c === undefined)) continue;
      const s = style === null ? header : tone ? toneOf(j, tone) : style[j]!;
      row += cellXml(letters[j]! + n, c, s);
    }
    const ht = isHeader ? headerRowHeight(sheet, i) : null;
    if (row || ht) out.write(`<row r="${n}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${row}</row>`);
  });
  text = '</sheetData>';
  const merges = sheet.merges ?? [];
  if (merges.length) text += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`;
  text += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  text += `<pageSetup paperSize="${PAGE_SETUP.paperSize}" orientation="${sheet.print?.orientation ?? PAGE_SETUP.orientation}" fitToWidth="${PAGE_SETUP.fitToWidth}" fitToHeight="${PAGE_SETUP.fitToHeight}"/>`;
  text += '</worksheet>';
  out.write(text);
  return out.bytes();
}

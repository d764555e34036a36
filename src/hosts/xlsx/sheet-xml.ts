/**
 * A worksheet part for an output sheet, built as text (fast: a 52,000-row sheet in a fraction of a
 * second): numbers as `<v>` (finite only; anything else is left blank), text as inline strings,
 * booleans as `t="b"`, never a formula — text starting with `=`, `+`, `-` or `@` stays text. With
 * the column widths, the header and title formats, the tone colours, frozen panes, merged titles,
 * wrapped header rows and an A4 landscape page fitted to its width; and the `<drawing>` of its
 * chart when the writer gives one (chart-write.ts).
 */
import { isCellError, isFormula, type Cell } from '../../workbook/grid';
import { fileFormula } from '../../workbook/formula';
import type { StyledSheet, Tone } from '../../workbook/output';
import { borderAreas, fullStyle, linkLocation, listFormula, numberRule, pageNumberHeader, promptOf, type Validation } from '../../workbook/document';
import { sheetRows, sheetWidth, tonesByCell } from '../../workbook/row-block';
import { pageSetupOf, rowHeights } from './layout';
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

/**
 * A cell's XML. `open` is `<c r="` and its column's letters, `n` its row number, `style` its
 * ` s="…"` attribute (or ''): the first and last made once per column and per format by the caller.
 */
function cellXml(open: string, n: number, c: Cell | undefined, style: string): string {
  if (typeof c === 'number') return Number.isFinite(c) ? `${open}${n}"${style}><v>${c}</v></c>` : style ? `${open}${n}"${style}/>` : '';
  if (typeof c === 'string' && c) return `${open}${n}"${style} t="inlineStr">${inline(c)}</c>`;
  if (typeof c === 'boolean') return `${open}${n}"${style} t="b"><v>${c ? 1 : 0}</v></c>`;
  if (isCellError(c)) return `${open}${n}"${style} t="inlineStr">${inline(String(c.error))}</c>`;
  // The add-in's own formulas (never user text), without a cached value: computed on opening.
  if (isFormula(c)) return `${open}${n}"${style}><f>${cellText(fileFormula(c.formula))}</f></c>`;
  return style ? `${open}${n}"${style}/>` : '';
}

/** ` s="N"` by format index, made once each ('' for format 0). */
const styleAttrs: string[] = [''];
function styleAttr(s: number): string {
  return (styleAttrs[s] ??= s ? ` s="${s}"` : '');
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

function sheetViews(freeze: StyledSheet['freeze'], gridlines = true): string {
  const { rows, cols } = freeze;
  const grid = gridlines ? '' : ' showGridLines="0"';
  if (rows <= 0 && cols <= 0) return `<sheetViews><sheetView${grid} workbookViewId="0"/></sheetViews>`;
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = `${columnName(Math.max(cols, 0))}${Math.max(rows, 0) + 1}`;
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<sheetViews><sheetView${grid} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** `<dataValidation>`: a list or a number range, with its input message; a warning unless strict. */
function validationXml(v: Validation): string {
  const prompt = promptOf(v);
  const rule = numberRule(v);
  const attrs = [
    ...(v.kind === 'any' ? [] : [`type="${v.kind}"`]),
    ...(rule ? [`operator="${rule.operator}"`] : []),
    ...(v.strict ? [] : ['errorStyle="warning"']),
    'allowBlank="1"',
    'showInputMessage="1"',
    'showErrorMessage="1"',
    ...(prompt ? [`promptTitle="${escapeAttr(prompt.title)}"`, `prompt="${escapeAttr(prompt.text)}"`] : []),
    `sqref="${escapeAttr(v.area)}"`,
  ].join(' ');
  const formulas =
    v.kind === 'any'
      ? ''
      : rule
        ? `<formula1>${rule.formula1}</formula1>${rule.formula2 !== undefined ? `<formula2>${rule.formula2}</formula2>` : ''}`
        : `<formula1>${cellText(listFormula(v.values ?? []))}</formula1>`;
  return `<dataValidation ${attrs}>${formulas}</dataValidation>`;
}

/** The worksheet part of a sheet, as UTF-8 bytes; formats come from (and are added to) `book`. */
export function sheetXml(sheet: StyledSheet, book: StyleBook, drawingRelId?: string): Uint8Array {
  const out = new Utf8Sink();
  writeSheet(sheet, book, out, drawingRelId);
  return out.bytes();
}

/** Writes the worksheet part of a sheet into `out` (a UTF-8 sink: sheetXml's, or packed.ts's for the package writer). */
export function writeSheet(sheet: StyledSheet, book: StyleBook, out: { write(s: string): void }, drawingRelId?: string): void {
  // By index (sheetRows): a sheet in the compact form (src/workbook/row-block.ts) is read as it is kept.
  const all = sheetRows(sheet);
  const width = sheetWidth(sheet, sheet.columns.length);
  const letters = Array.from({ length: width }, (_, j) => columnName(j));
  const opens = letters.map((l) => `<c r="${l}`);
  const numFmt = (j: number): string | undefined => sheet.columns[j]?.numFmt;
  const family = sheet.print?.font;
  const wrap = (j: number): boolean => sheet.columns[j]?.wrap === true;
  const data = letters.map((_, j) => book.xf({ numFmt: numFmt(j), font: 'base', fill: 'none', wrap: wrap(j), family }));
  const borders = borderAreas(sheet);
  // Formats of cells inside a ruled table, made on first use.
  const ruled = new Map<string, number>();
  const ruledXf = (key: string, make: () => number): number => {
    let s = ruled.get(key);
    if (s === undefined) ruled.set(key, (s = make()));
    return s;
  };
  // The ruled formats by column once found: no key text and map lookup per cell of a ruled table.
  const ruledData: number[] = [];
  const ruledTitle: number[] = [];
  const headers = new Set(sheet.headerRows);
  const titles = new Set(sheet.titleRows);
  const header = headers.size ? book.xf({ numFmt: '@', font: 'bold', fill: 'header', wrap: true, family }) : 0;
  const title = titles.size ? letters.map((_, j) => book.xf({ numFmt: numFmt(j), font: 'title', fill: 'none', wrap: sheet.wrapTitles === true, family })) : [];
  // Tones by cell (row-block.ts: an array index per cell, not a map of a million keys).
  const toneAt = tonesByCell(sheet, width);
  // A toned cell's format, by tone, then column and border (no key text made per cell).
  const toneXfs = new Map<Tone, number[]>();
  const toneOf = (j: number, tone: Tone, border: boolean): number => {
    let byColumn = toneXfs.get(tone);
    if (!byColumn) toneXfs.set(tone, (byColumn = []));
    const k = j * 2 + (border ? 1 : 0);
    return (byColumn[k] ??= ruledXf(`t|${j}|${tone}|${border ? 1 : 0}`, () => book.xf({ numFmt: numFmt(j), font: tone, fill: tone, wrap: wrap(j), border, family })));
  };
  const heights = rowHeights(sheet);
  const page = pageSetupOf(sheet);
  // A document (sheet.font, sheet.cellStyles): every cell in its font, the styled cells as given.
  const paper = sheet.font ?? null;
  const plain = paper ? letters.map((_, j) => book.paperXf({ numFmt: numFmt(j), family: paper.name, ...fullStyle({ row: 0, col: j }, sheet) })) : null;
  const styled = new Map<number, number>();
  for (const c of sheet.cellStyles ?? [])
    styled.set(c.row * width + c.col, book.paperXf({ numFmt: numFmt(c.col), family: paper?.name ?? family ?? 'Calibri', ...fullStyle(c, sheet) }));

  let text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;
  if (page.fit) text += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  text += `<dimension ref="${width && all.length ? `A1:${letters[width - 1]}${all.length}` : 'A1'}"/>`;
  text += sheetViews(sheet.freeze, sheet.gridlines !== false);
  const cols = sheet.columns.map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${c.width}" customWidth="1"${data[j] ? ` style="${data[j]}"` : ''}/>`);
  if (cols.length) text += `<cols>${cols.join('')}</cols>`;
  out.write(`${text}<sheetData>`);
  const rows = Math.max(all.length, ...borders.map((a) => a.bottom + 1));
  for (let i = 0; i < rows; i++) {
    const cells = all.at(i) ?? [];
    const n = i + 1;
    const isHeader = headers.has(i);
    const isTitle = titles.has(i);
    const style = isHeader ? null : isTitle ? title : data;
    const inRow = borders.length ? borders.filter((a) => i >= a.top && i <= a.bottom) : borders;
    const boxed = (j: number): boolean => inRow.some((a) => j >= a.left && j <= a.right);
    let row = '';
    const end = isHeader || inRow.length || styled.size ? width : cells.length;
    for (let j = 0; j < end; j++) {
      const c = cells[j];
      const tone = toneAt(i, j);
      const border = inRow.length > 0 && boxed(j);
      const own = styled.size ? styled.get(i * width + j) : undefined;
      if (!isHeader && !tone && !border && own === undefined && (c === null || c === undefined)) continue;
      let s: number;
      if (own !== undefined) s = own;
      else if (plain && !isHeader && !isTitle && !tone && !border) s = plain[j]!;
      else if (tone) s = toneOf(j, tone, border);
      else if (style === null) s = border ? ruledXf('h', () => book.xf({ numFmt: '@', font: 'bold', fill: 'header', wrap: true, border: true })) : header;
      else if (!border) s = style[j]!;
      else if (isTitle) s = ruledTitle[j] ??= ruledXf(`T|${j}`, () => book.xf({ numFmt: numFmt(j), font: 'title', fill: 'none', wrap: sheet.wrapTitles === true, border: true }));
      else s = ruledData[j] ??= ruledXf(`d|${j}`, () => book.xf({ numFmt: numFmt(j), font: 'base', fill: 'none', wrap: wrap(j), border: true }));
      row += cellXml(opens[j]!, n, c, styleAttr(s));
    }
    const ht = heights.get(i);
    if (row || ht) out.write(`<row r="${n}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${row}</row>`);
  }
  text = '</sheetData>';
  const merges = sheet.merges ?? [];
  if (merges.length) text += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`;
  const validations = sheet.validations ?? [];
  if (validations.length) text += `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
  const links = sheet.links ?? [];
  if (links.length)
    text += `<hyperlinks>${links.map((l) => `<hyperlink ref="${letters[l.col] ?? columnName(l.col)}${l.row + 1}" location="${escapeAttr(linkLocation(l))}" display="${escapeAttr(String(all.at(l.row)?.[l.col] ?? l.cell))}"/>`).join('')}</hyperlinks>`;
  const m = page.margins;
  text += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  text += `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}"${page.fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  // Page numbers in the page header; from page 2: a first page of its own with an empty header.
  if (sheet.pageNumbersFrom !== undefined)
    text += `<headerFooter${sheet.pageNumbersFrom === 2 ? ' differentFirst="1"' : ''}><oddHeader>${cellText(pageNumberHeader(sheet))}</oddHeader></headerFooter>`;
  // CT_Worksheet: <drawing> follows pageSetup and headerFooter (breaks… are not written).
  if (drawingRelId) text += `<drawing r:id="${escapeAttr(drawingRelId)}"/>`;
  text += '</worksheet>';
  out.write(text);
}

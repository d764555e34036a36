/**
 * The cell formats the output sheets need, appended to the package's styles part: number formats
 * (built-in ids where Excel has one, else custom ids above every existing one), fonts derived
 * from the workbook's default font (bold, bold 13 pt, the tone colours), the header and tone
 * fills, and the cell formats (xf) combining them. Everything is appended, so every `s` index of
 * the input sheets keeps its meaning. Formats are made on demand: only those a sheet uses.
 */
import { TONE_COLORS, type Tone } from '../../workbook/output';
import { Unsupported } from './unsupported';
import { appendChildren, escapeAttr, findElement, findElements, qname, setAttr, splice, type XmlElement } from './xml';

export type FontKind = 'base' | 'bold' | 'title' | Tone;
export type FillKind = 'none' | 'header' | Tone;

export interface XfSpec {
  /** Number format code; undefined for General. */
  numFmt?: string;
  font: FontKind;
  fill: FillKind;
  /** Wrapped text, centred vertically (header cells). */
  wrap?: boolean;
  /** A thin border all round (table cells). */
  border?: boolean;
  /** A font name instead of the workbook's default (documents print in Times New Roman). */
  family?: string;
}

/** A document cell's format (sheet-document `font` and `cellStyles`, src/workbook/document.ts). */
export interface PaperXf {
  numFmt?: string;
  family: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  align: 'left' | 'center' | 'right';
  middle: boolean;
  wrap: boolean;
  border: boolean;
}

/** Excel's built-in number formats that the output uses (ECMA-376 §18.8.30). */
const BUILT_IN = new Map<string, number>(Object.entries({ General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 }));

export const HEADER_FILL = 'FFD9E1F2';
const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** The top-level child elements of an element's content, as written. */
function children(inner: string): { local: string; xml: string }[] {
  const re = /<((?:[\w.-]+:)?([\w.-]+))(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/\1\s*>)/g;
  return [...inner.matchAll(re)].map((m) => ({ local: m[2]!, xml: m[0] }));
}

function count(xml: string, el: XmlElement, local: string): number {
  return el.selfClosing ? 0 : findElements(xml, local, el.openEnd, el.closeStart).length;
}

export class StyleBook {
  private readonly numFmts = new Map<string, number>();
  /** Number formats the part declares, by id (a writer may redefine a built-in id). */
  private readonly declared = new Map<number, string>();
  private maxNumFmt = 163;
  private readonly newNumFmts: string[] = [];
  /** Font ids by `kind|family` (family blank: the workbook's default font). */
  private readonly fonts = new Map<string, number>([['base|', 0]]);
  private readonly newFonts: string[] = [];
  private readonly fills = new Map<FillKind, number>([['none', 0]]);
  private readonly newFills: string[] = [];
  private borderIdCache: number | null = null;
  private readonly newBorders: string[] = [];
  private readonly borderCount: number;
  private readonly xfs = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly fontCount: number;
  private readonly fillCount: number;
  private readonly xfCount: number;
  private readonly baseFont: { local: string; xml: string }[];
  private readonly hasStyleXf: boolean;
  private readonly p: string;
  /** The part's fonts, fills and cell formats as written: one identical to a new one is reused (a re-run adds nothing). */
  private readonly existing: Record<'font' | 'fill' | 'xf' | 'border', string[]>;

  constructor(private readonly xml: string) {
    const fonts = findElement(xml, 'fonts');
    const fills = findElement(xml, 'fills');
    const borders = findElement(xml, 'borders');
    const cellXfs = findElement(xml, 'cellXfs');
    if (!fonts || !fills || !borders || !cellXfs) throw new Unsupported('styles part without fonts, fills, borders or cellXfs');
    const font0 = fonts.selfClosing ? null : findElement(xml, 'font', fonts.openEnd, fonts.closeStart);
    if (!font0 || count(xml, borders, 'border') === 0 || count(xml, cellXfs, 'xf') === 0) throw new Unsupported('styles part without a default font, border or cell format');
    this.p = cellXfs.prefix;
    const items = (el: XmlElement, local: string): string[] => (el.selfClosing ? [] : findElements(xml, local, el.openEnd, el.closeStart).map((e) => xml.slice(e.start, e.end)));
    this.existing = { font: items(fonts, 'font'), fill: items(fills, 'fill'), xf: items(cellXfs, 'xf'), border: items(borders, 'border') };
    this.borderCount = this.existing.border.length;
    this.fontCount = this.existing.font.length;
    this.fillCount = this.existing.fill.length;
    this.xfCount = this.existing.xf.length;
    this.baseFont = font0.selfClosing ? [] : children(xml.slice(font0.openEnd, font0.closeStart));
    const styleXfs = findElement(xml, 'cellStyleXfs');
    this.hasStyleXf = !!styleXfs && count(xml, styleXfs, 'xf') > 0;
    // Ids in use anywhere (differential formats too) are never given out again; codes are reused
    // only from the cell formats' list.
    for (const n of findElements(xml, 'numFmt')) {
      const id = Number(n.attrs.get('numFmtId'));
      if (Number.isInteger(id)) this.maxNumFmt = Math.max(this.maxNumFmt, id);
    }
    const list = findElement(xml, 'numFmts');
    for (const n of list && !list.selfClosing ? findElements(xml, 'numFmt', list.openEnd, list.closeStart) : []) {
      const id = Number(n.attrs.get('numFmtId'));
      const code = n.attrs.get('formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      this.declared.set(id, code);
      if (!this.numFmts.has(code)) this.numFmts.set(code, id);
    }
  }

  private el(local: string): string {
    return qname(this.p, local);
  }

  /** The index of an identical existing item, or of the item appended. */
  private add(kind: 'font' | 'fill' | 'xf' | 'border', added: string[], xml: string): number {
    const old = this.existing[kind].indexOf(xml);
    if (old >= 0) return old;
    added.push(xml);
    return this.existing[kind].length + added.length - 1;
  }

  numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN.get(code);
    if (builtIn !== undefined && (this.declared.get(builtIn) ?? code) === code) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = ++this.maxNumFmt;
      this.numFmts.set(code, id);
      this.newNumFmts.push(`<${this.el('numFmt')} numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fontId(kind: FontKind, family = ''): number {
    let id = this.fonts.get(`${kind}|${family}`);
    if (id !== undefined) return id;
    const bold = kind === 'bold' || kind === 'title';
    const tone = kind === 'bold' || kind === 'title' || kind === 'base' ? null : kind;
    const base = (local: string): string => this.baseFont.find((c) => c.local === local)?.xml ?? '';
    const sz = kind === 'title' ? `<${this.el('sz')} val="13"/>` : base('sz');
    const color = tone ? `<${this.el('color')} rgb="${argb(TONE_COLORS[tone].font)}"/>` : base('color');
    let rest = this.baseFont.filter((c) => !['b', 'sz', 'color'].includes(c.local)).map((c) => c.xml);
    // Another font: its name replaces the default's, and the theme scheme (which Excel would prefer) goes.
    if (family)
      rest = [
        `<${this.el('name')} val="${escapeAttr(family)}"/>`,
        ...this.baseFont.filter((c) => !['b', 'sz', 'color', 'name', 'family', 'scheme'].includes(c.local)).map((c) => c.xml),
      ];
    id = this.add('font', this.newFonts, `<${this.el('font')}>${bold ? `<${this.el('b')}/>` : ''}${sz}${color}${rest.join('')}</${this.el('font')}>`);
    this.fonts.set(`${kind}|${family}`, id);
    return id;
  }

  private fillId(kind: FillKind): number {
    let id = this.fills.get(kind);
    if (id !== undefined) return id;
    const rgb = kind === 'header' ? HEADER_FILL : argb(TONE_COLORS[kind as Tone].fill);
    const e = (l: string) => this.el(l);
    id = this.add('fill', this.newFills, `<${e('fill')}><${e('patternFill')} patternType="solid"><${e('fgColor')} rgb="${rgb}"/><${e('bgColor')} indexed="64"/></${e('patternFill')}></${e('fill')}>`);
    this.fills.set(kind, id);
    return id;
  }

  /** A thin black border on the four sides. */
  private borderId(): number {
    if (this.borderIdCache !== null) return this.borderIdCache;
    const e = (l: string): string => this.el(l);
    const side = (l: string): string => `<${e(l)} style="thin"><${e('color')} indexed="64"/></${e(l)}>`;
    this.borderIdCache = this.add('border', this.newBorders, `<${e('border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${e('diagonal')}/></${e('border')}>`);
    return this.borderIdCache;
  }

  /** The index of a cell format; 0 (the workbook's default) when nothing is asked for. */
  xf(spec: XfSpec): number {
    const numFmtId = this.numFmtId(spec.numFmt);
    if (numFmtId === 0 && spec.font === 'base' && spec.fill === 'none' && !spec.wrap && !spec.border && !spec.family) return 0;
    const key = `${numFmtId}|${spec.font}|${spec.fill}|${spec.wrap ? 1 : 0}|${spec.border ? 1 : 0}|${spec.family ?? ''}`;
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    const fontId = this.fontId(spec.font, spec.family);
    const fillId = this.fillId(spec.fill);
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}"`,
      `borderId="${spec.border ? this.borderId() : 0}"`,
      ...(this.hasStyleXf ? ['xfId="0"'] : []),
      ...(numFmtId ? ['applyNumberFormat="1"'] : []),
      ...(fontId ? ['applyFont="1"'] : []),
      ...(fillId ? ['applyFill="1"'] : []),
      ...(spec.border ? ['applyBorder="1"'] : []),
      ...(spec.wrap ? ['applyAlignment="1"'] : []),
    ].join(' ');
    const align = spec.wrap ? `<${this.el('alignment')} vertical="center" wrapText="1"/>` : '';
    id = this.add('xf', this.newXfs, align ? `<${this.el('xf')} ${attrs}>${align}</${this.el('xf')}>` : `<${this.el('xf')} ${attrs}/>`);
    this.xfs.set(key, id);
    return id;
  }

  /** The font of a document's cell: the workbook's default font with this name, size, weight and slant. */
  private paperFontId(p: PaperXf): number {
    const key = `paper|${p.family}|${p.size}|${p.bold ? 1 : 0}${p.italic ? 1 : 0}${p.underline ? 1 : 0}`;
    let id = this.fonts.get(key);
    if (id !== undefined) return id;
    const e = (l: string): string => this.el(l);
    const rest = this.baseFont.filter((c) => !['b', 'i', 'u', 'sz', 'name', 'family', 'scheme'].includes(c.local)).map((c) => c.xml);
    const xml = `<${e('font')}>${p.bold ? `<${e('b')}/>` : ''}${p.italic ? `<${e('i')}/>` : ''}${p.underline ? `<${e('u')}/>` : ''}<${e('sz')} val="${p.size}"/>${rest.join('')}<${e('name')} val="${escapeAttr(p.family)}"/></${e('font')}>`;
    id = this.add('font', this.newFonts, xml);
    this.fonts.set(key, id);
    return id;
  }

  /** The cell format of a document's cell (an official paper: font, alignment, wrapping, border). */
  paperXf(p: PaperXf): number {
    const numFmtId = this.numFmtId(p.numFmt);
    const key = `paper|${numFmtId}|${p.family}|${p.size}|${p.bold ? 1 : 0}${p.italic ? 1 : 0}${p.underline ? 1 : 0}|${p.align}|${p.middle ? 1 : 0}|${p.wrap ? 1 : 0}|${p.border ? 1 : 0}`;
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    const fontId = this.paperFontId(p);
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      'fillId="0"',
      `borderId="${p.border ? this.borderId() : 0}"`,
      ...(this.hasStyleXf ? ['xfId="0"'] : []),
      ...(numFmtId ? ['applyNumberFormat="1"'] : []),
      'applyFont="1"',
      ...(p.border ? ['applyBorder="1"'] : []),
      'applyAlignment="1"',
    ].join(' ');
    const align = `<${this.el('alignment')} horizontal="${p.align}" vertical="${p.middle ? 'center' : 'top'}"${p.wrap ? ' wrapText="1"' : ''}/>`;
    id = this.add('xf', this.newXfs, `<${this.el('xf')} ${attrs}>${align}</${this.el('xf')}>`);
    this.xfs.set(key, id);
    return id;
  }

  /** True when nothing was added: the styles part can stay as it was. */
  get unchanged(): boolean {
    return this.newXfs.length + this.newFonts.length + this.newFills.length + this.newBorders.length + this.newNumFmts.length === 0;
  }

  /** The styles part with the new formats appended (containers later in the part first). */
  toXml(): string {
    let xml = this.xml;
    const add = (local: string, items: string[], total: number): void => {
      if (!items.length) return;
      const el = findElement(xml, local)!;
      xml = appendChildren(xml, el, items.join(''));
      xml = setAttr(xml, findElement(xml, local)!, 'count', String(total));
    };
    add('cellXfs', this.newXfs, this.xfCount + this.newXfs.length);
    add('borders', this.newBorders, this.borderCount + this.newBorders.length);
    add('fills', this.newFills, this.fillCount + this.newFills.length);
    add('fonts', this.newFonts, this.fontCount + this.newFonts.length);
    if (this.newNumFmts.length) {
      const numFmts = findElement(xml, 'numFmts');
      if (numFmts) add('numFmts', this.newNumFmts, count(xml, numFmts, 'numFmt') + this.newNumFmts.length);
      else {
        const fonts = findElement(xml, 'fonts')!;
        const tag = qname(fonts.prefix, 'numFmts');
        xml = splice(xml, fonts.start, fonts.start, `<${tag} count="${this.newNumFmts.length}">${this.newNumFmts.join('')}</${tag}>`);
      }
    }
    return xml;
  }
}

/**
 * The workbook as an .xlsx file, written by the exceljs host (newWorkbook/fillSheet, toBuffer) from
 * the pane's in-memory workbook: every visible sheet with its values, column widths and number
 * formats, header and title rows, merges, freeze panes, and the status colours the output sheets
 * show (their conditional formats written as the tones the command line writes). The output sheets
 * keep their marker names, so the file can be loaded and scored again without `Kết quả (2)`. The
 * in-place flags of input sheets (conditional formats over a hidden helper sheet) are not written:
 * the file's input sheets stay as they were loaded.
 */
import type { MemoryWorkbook } from '../testing/fake-excel';
import { formatOf, type MemorySheet } from '../testing/fake-excel/book';
import { areaAddress, type Cell } from '../workbook/grid';
import type { CellLink, SheetLayout, Validation } from '../workbook/document';
import { OWN_MARKERS, TONE_COLORS, type ColumnFormat, type StyledSheet, type Tone } from '../workbook/output';
import { conditionalAt } from './cells';

const HEADER_FILL = '#D9E1F2';
const FLAG_TAG = 'N("ThiDua:';

const TONE_OF_FILL = new Map<string, Tone>((Object.keys(TONE_COLORS) as Tone[]).map((t) => [TONE_COLORS[t].fill.toUpperCase(), t]));

/** Width in characters from Excel points (the inverse of the Office.js host's widthPoints). */
function widthChars(points: number): number {
  return Math.max(1, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

/** One memory sheet as the styled sheet the exceljs host writes. */
export function styledSheet(book: MemoryWorkbook, s: MemorySheet): StyledSheet {
  const rows: Cell[][] = [];
  s.rows.forEach((r, i) => {
    // A formula cell (the formula audit) holds its formula text: written back as a formula.
    rows[i] = r ? r.map((v, c) => (v === undefined ? null : s.formulas.has(`${i}:${c}`) ? { formula: s.formulas.get(`${i}:${c}`)!.replace(/^=/, '') } : v)) : [];
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  for (const m of s.merges) width = Math.max(width, m.right + 1);
  for (const k of s.widths.keys()) width = Math.max(width, k + 1);
  const last = Math.max(0, rows.length - 1);
  const headerRows: number[] = [];
  const titleRows: number[] = [];
  rows.forEach((_, r) => {
    const f = formatOf(s, r, 0);
    if (f.bold && f.fill?.toUpperCase() === HEADER_FILL) headerRows.push(r);
    else if (f.bold && (f.fontSize ?? 0) > 11) titleRows.push(r);
  });
  const columns: ColumnFormat[] = Array.from({ length: width }, (_, c) => {
    const pt = s.widths.get(c);
    const numFmt = formatOf(s, last, c).numberFormat;
    return { width: pt ? widthChars(pt) : 10, ...(numFmt && numFmt !== '@' && numFmt !== 'General' ? { numFmt } : {}) };
  });
  const tones: StyledSheet['tones'] = [];
  const header = new Set(headerRows);
  rows.forEach((r, i) => {
    if (header.has(i)) return;
    for (let c = 0; c < r.length; c++) {
      const cf = conditionalAt(book, s, i, c);
      const fill = cf && !cf.formula?.includes(FLAG_TAG) ? cf.fill : formatOf(s, i, c).fill;
      const tone = fill ? TONE_OF_FILL.get(fill.toUpperCase()) : undefined;
      if (tone) tones.push({ row: i, col: c, tone });
    }
  });
  return { name: s.name, rows, headerRows, titleRows, columns, tones, freeze: { ...s.freeze }, merges: s.merges.map(areaAddress), ...layoutOf(s, columns) };
}

/** The print and guide settings the Office host set (the fake records them), as the sheet document. */
function layoutOf(s: MemorySheet, columns: ColumnFormat[]): SheetLayout {
  const p = s.print;
  if (!p) return {};
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(p.page.printTitleRows ?? '');
  const inches = (side: string): number | undefined => (p.page.margins[side] === undefined ? undefined : Math.round((p.page.margins[side]! / 72) * 1000) / 1000);
  const margins = Object.fromEntries((['left', 'right', 'top', 'bottom', 'header', 'footer'] as const).map((m) => [m, inches(`${m}Margin`)]).filter(([, v]) => v !== undefined));
  const links: CellLink[] = [];
  for (const [key, link] of p.hyperlinks) {
    const [row, col] = key.split(':').map(Number) as [number, number];
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(link.documentReference ?? '');
    if (m) links.push({ row, col, sheet: m[1]!.replace(/''/g, "'"), cell: m[2]! });
  }
  columns.forEach((c, j) => {
    if (formatOf(s, Math.max(0, s.rows.length - 1), j).wrapText) c.wrap = true;
  });
  const validations: Validation[] = [];
  for (const v of p.validations) {
    const rule = v.rule as { list?: { source: string }; decimal?: { formula1: number; formula2?: number }; wholeNumber?: { formula1: number; formula2?: number } } | undefined;
    const prompt = v.prompt as { title: string; message: string } | undefined;
    const base = { area: areaAddress(v.area), ...(prompt ? { prompt: { title: prompt.title, text: prompt.message } } : {}), strict: (v.errorAlert as { style?: string } | undefined)?.style === 'Stop' };
    const n = rule?.decimal ?? rule?.wholeNumber;
    if (rule?.list) validations.push({ ...base, kind: 'list', values: rule.list.source.split(',') });
    else if (n) validations.push({ ...base, kind: rule?.decimal ? 'decimal' : 'whole', min: n.formula1, ...(n.formula2 !== undefined ? { max: n.formula2 } : {}) });
    else validations.push({ ...base, kind: 'any' });
  }
  return {
    page: {
      ...(p.page.orientation ? { orientation: p.page.orientation === 'Landscape' ? 'landscape' : 'portrait' } : {}),
      ...(p.page.paperSize === 'A3' ? { paper: 'A3' } : p.page.paperSize === 'Letter' ? { paper: 'letter' } : {}),
      fitToWidth: p.page.zoom?.horizontalFitToPages === 1,
      margins,
    },
    ...(rows ? { printTitles: { first: Number(rows[1]) - 1, last: Number(rows[2]) - 1 } } : {}),
    borders: [...new Set(p.borders.map((b) => areaAddress(b.area)))],
    ...(p.gridlines === false ? { gridlines: false } : {}),
    rowHeights: [...p.heights].map(([row, points]) => ({ row, points })),
    ...(links.length ? { links } : {}),
    ...(validations.length ? { validations } : {}),
    wrapTitles: true,
  };
}

/** The .xlsx bytes of the workbook's visible sheets. */
export async function workbookBytes(book: MemoryWorkbook): Promise<Uint8Array> {
  const { newWorkbook, toBuffer } = await import(/* webpackChunkName: "exceljs-host" */ '../hosts/exceljs');
  const visible = book.sheets.filter((s) => s.visibility === 'Visible');
  // A copy in this page's realm: the book belongs to the pane's frame.
  const sheets = structuredClone(visible.map((s) => styledSheet(book, s)));
  const workbook = newWorkbook(sheets);
  workbook.creator = 'Thi đua (preview)';
  const markers = new Set(Object.values(OWN_MARKERS).map((m) => m.toLowerCase()));
  for (const n of book.names) {
    if (!markers.has(n.name.toLowerCase())) continue;
    const ref = n.formula.replace(/^=/, '');
    const m = /^'((?:[^']|'')+)'!|^([^'!]+)!/.exec(ref);
    const target = m ? (m[1] ?? m[2])!.replace(/''/g, "'") : null;
    if (target && visible.some((s) => s.name.toLowerCase() === target.toLowerCase())) workbook.definedNames.add(ref, n.name);
  }
  return toBuffer(workbook);
}

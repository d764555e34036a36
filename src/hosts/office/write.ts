/**
 * Writing styled sheets (output sheets, preset sheets) as planned operations: values in row
 * blocks, then formats with whole-column and whole-row operations (widths, number formats, header
 * and title rows, status colours as conditional formats, merges, freeze panes), so the size of the
 * format operations does not depend on the unit count. Output sheets are placed as the exceljs host
 * places them: an own sheet (found by its marker) is cleared and reused, a user's sheet of the same
 * name is never touched (the output goes to `NAME (2)`, with a note).
 */
import type { Diagnostic } from '../../engine/diagnostics';
import { columnLetter, isFormula, rectangular, type Cell } from '../../workbook/grid';
import { OWN_MARKERS, TONE_COLORS, type OutputKind, type OutputSheet, type StyledSheet } from '../../workbook/output';
import { placeOutputs, type Placement } from '../../workbook/placement';
import { borderAreas, fullStyle, linkLocation, numberRule, pageNumberText, pageOf, promptOf, type Validation } from '../../workbook/document';
import { areaAddress } from '../../workbook/grid';
import { rowHeights } from '../xlsx/layout';
import { excelValue, widthPoints } from './cells';
import { execute, OP_OVERHEAD, rowBlocks, type PlannedOp } from './chunks';
import { sameName } from './markers';
import type { BookState } from './read';
import { planTones, toneFormula } from './tones';
import { chartOps } from './chart';
import { runSliced, type Sliced } from '../../engine/sliced';

/** Worksheet proxies of one run, by name: `getItem` once, or the proxy `add` returned. */
export class Handles {
  private readonly cache = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    const key = name.toLocaleLowerCase();
    let ws = this.cache.get(key);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.cache.set(key, ws);
    }
    return ws;
  }

  add(name: string): Excel.Worksheet {
    const ws = this.context.workbook.worksheets.add(name);
    this.cache.set(name.toLocaleLowerCase(), ws);
    return ws;
  }
}

export type Op = PlannedOp<Handles>;

const HEADER_FILL = '#D9E1F2';

const op = (units: number, run: (h: Handles) => void): Op => ({ bytes: units * OP_OVERHEAD, run });

/**
 * Whether Excel has an API set: page layout needs ExcelApi 1.9, gridlines and data validation 1.8
 * (the manifest asks for 1.7). Outside Office — the in-memory Excel — everything is there.
 */
export function apiSupports(version: '1.8' | '1.9'): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

const PAPER: Record<string, Excel.PaperType | 'A4' | 'A3' | 'Letter'> = { A4: 'A4', A3: 'A3', letter: 'Letter' };
const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
/** Inches to points (Office.js page margins). */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/** A data validation as Office.js takes it: the rule, the input message, the alert. */
function validationOf(v: Validation): { rule: Excel.DataValidationRule | null; prompt: Excel.DataValidationPrompt | null; alert: Excel.DataValidationErrorAlert } {
  const n = numberRule(v);
  const operator = n ? ((n.operator[0]!.toUpperCase() + n.operator.slice(1)) as Excel.DataValidationOperator) : undefined;
  const basic = n ? { formula1: n.formula1, ...(n.formula2 !== undefined ? { formula2: n.formula2 } : {}), operator: operator! } : null;
  const rule: Excel.DataValidationRule | null = v.kind === 'any' ? null : v.kind === 'list' ? { list: { inCellDropDown: true, source: (v.values ?? []).join(',') } } : v.kind === 'whole' ? { wholeNumber: basic! } : { decimal: basic! };
  const p = promptOf(v);
  return {
    rule,
    prompt: p ? { showPrompt: true, title: p.title, message: p.text } : null,
    alert: { showAlert: true, style: v.strict ? 'Stop' : 'Warning', title: '', message: '' },
  };
}

/** Values of a rectangle starting at (top, left), as row blocks; blanks are written as "". */
export function valueOps(name: string, cells: Cell[][], width: number, top = 0, left = 0): Op[] {
  const rows = rectangular(cells, width).map((r) => r.map(excelValue));
  // Sheets with the add-in's own formulas (the formula audit) are written through `formulas`.
  const formulas = cells.some((r) => r.some(isFormula));
  return rowBlocks(rows).map((b) => ({
    bytes: b.bytes + OP_OVERHEAD,
    run: (h: Handles) => {
      const range = h.sheet(name).getRangeByIndexes(top + b.start, left, b.rows.length, width);
      if (formulas) range.formulas = b.rows;
      else range.values = b.rows;
    },
  }));
}

export function sheetWidth(s: StyledSheet): number {
  return s.rows.reduce((w, r) => Math.max(w, r.length), Math.max(1, s.columns.length));
}

/**
 * Formats of a styled sheet: a constant number of operations for any number of rows. Each setting
 * covers a whole column or row of the table at once (a single value fills a range); the ranges are
 * bounded (`C1:C1003`, not `C:C`) because Excel refuses cell-level properties such as number
 * formats on unbounded ranges. A column width set on any cells of a column applies to the column.
 */
export function formatOps(name: string, s: StyledSheet): Op[] {
  const last = columnLetter(sheetWidth(s) - 1);
  const height = Math.max(1, s.rows.length);
  const ops: Op[] = [];
  s.columns.forEach((c, j) => {
    const letter = columnLetter(j);
    ops.push(
      op(2, (h) => {
        const column = h.sheet(name).getRange(`${letter}1:${letter}${height}`);
        column.format.columnWidth = widthPoints(c.width);
        if (c.numFmt) column.numberFormat = [[c.numFmt]];
      }),
    );
  });
  for (const r of s.headerRows)
    ops.push(
      op(5, (h) => {
        const row = h.sheet(name).getRange(`A${r + 1}:${last}${r + 1}`);
        row.numberFormat = [['@']];
        row.format.font.bold = true;
        row.format.fill.color = HEADER_FILL;
        row.format.wrapText = true;
        row.format.verticalAlignment = 'Center';
      }),
    );
  for (const r of s.titleRows)
    ops.push(
      op(2, (h) => {
        const row = h.sheet(name).getRange(`A${r + 1}:${last}${r + 1}`);
        row.format.font.bold = true;
        row.format.font.size = 13;
      }),
    );
  // A document (the vote's minutes, the ballot form) prints in its own font.
  if (s.print) {
    const font = s.print.font;
    ops.push(op(1, (h) => void (h.sheet(name).getRange(`A1:${last}${height}`).format.font.name = font)));
  }
  ops.push(...paperOps(name, s, `A1:${last}${height}`));
  const tones = planTones(s);
  for (const rule of tones.rules)
    ops.push(
      op(5, (h) => {
        const letter = columnLetter(rule.col);
        const cf = h.sheet(name).getRange(`${letter}${rule.top + 1}:${letter}${rule.bottom + 1}`).conditionalFormats.add('Custom');
        cf.custom.rule.formula = toneFormula(rule);
        cf.custom.format.fill.color = TONE_COLORS[rule.tone].fill;
        cf.custom.format.font.color = TONE_COLORS[rule.tone].font;
      }),
    );
  for (const t of tones.fills)
    ops.push(
      op(3, (h) => {
        const cell = h.sheet(name).getRangeByIndexes(t.row, t.col, 1, 1);
        cell.format.fill.color = TONE_COLORS[t.tone].fill;
        cell.format.font.color = TONE_COLORS[t.tone].font;
      }),
    );
  for (const m of s.merges ?? []) ops.push(op(1, (h) => h.sheet(name).getRange(m).merge(false)));
  s.columns.forEach((c, j) => {
    if (!c.wrap) return;
    const letter = columnLetter(j);
    ops.push(op(1, (h) => void (h.sheet(name).getRange(`${letter}1:${letter}${height}`).format.wrapText = true)));
  });
  if (s.wrapTitles)
    for (const r of s.titleRows)
      ops.push(
        op(2, (h) => {
          const row = h.sheet(name).getRange(`A${r + 1}:${last}${r + 1}`);
          row.format.wrapText = true;
          row.format.verticalAlignment = 'Center';
        }),
      );
  for (const [r, pts] of rowHeights(s)) ops.push(op(1, (h) => void (h.sheet(name).getRange(`A${r + 1}`).format.rowHeight = pts)));
  for (const a of borderAreas(s)) {
    const address = areaAddress(a);
    ops.push(
      op(6, (h) => {
        const borders = h.sheet(name).getRange(address).format.borders;
        for (const side of BORDER_SIDES) borders.getItem(side).style = 'Continuous';
      }),
    );
  }
  for (const l of s.links ?? []) {
    const text = String(s.rows[l.row]?.[l.col] ?? l.cell);
    ops.push(op(1, (h) => void (h.sheet(name).getRangeByIndexes(l.row, l.col, 1, 1).hyperlink = { documentReference: linkLocation(l), textToDisplay: text })));
  }
  if (apiSupports('1.8')) {
    for (const v of s.validations ?? []) {
      const dv = validationOf(v);
      ops.push(
        op(3, (h) => {
          const target = h.sheet(name).getRange(v.area).dataValidation;
          if (dv.rule) target.rule = dv.rule;
          if (dv.prompt) target.prompt = dv.prompt;
          target.errorAlert = dv.alert;
        }),
      );
    }
    if (s.gridlines === false) ops.push(op(1, (h) => void (h.sheet(name).showGridlines = false)));
  }
  const { rows, cols } = s.freeze;
  if (rows > 0 || cols > 0)
    ops.push(
      op(1, (h) => {
        const panes = h.sheet(name).freezePanes;
        if (rows > 0 && cols > 0) panes.freezeAt(`A1:${columnLetter(cols - 1)}${rows}`);
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(cols);
      }),
    );
  return ops;
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const CELL_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** A document's font over the whole sheet, then its cells styled one by one (official papers, paper.ts). */
function paperOps(name: string, s: StyledSheet, all: string): Op[] {
  const ops: Op[] = [];
  const font = s.font;
  if (font)
    ops.push(
      op(2, (h) => {
        const f = h.sheet(name).getRange(all).format.font;
        f.name = font.name;
        f.size = font.size;
      }),
    );
  for (const c of s.cellStyles ?? []) {
    const st = fullStyle(c, s);
    ops.push(
      op(8 + (st.border ? 4 : 0), (h) => {
        const format = h.sheet(name).getRangeByIndexes(c.row, c.col, 1, 1).format;
        format.font.bold = st.bold;
        format.font.italic = st.italic;
        format.font.underline = st.underline ? 'Single' : 'None';
        format.font.size = st.size;
        format.horizontalAlignment = ALIGN[st.align];
        format.verticalAlignment = st.middle ? 'Center' : 'Top';
        format.wrapText = st.wrap;
        if (st.border) for (const side of CELL_SIDES) format.borders.getItem(side).style = 'Continuous';
      }),
    );
  }
  return ops;
}

/**
 * Whether Excel refused a page-layout setting: the error is located (OfficeExtension.DebugInfo's
 * `errorLocation`, "PageLayout.paperSize", "HeaderFooter.centerHeader", …) in a page layout.
 */
export function pageLayoutRefused(error: unknown): boolean {
  const info = typeof error === 'object' && error !== null && 'debugInfo' in error ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  const where = typeof info?.errorLocation === 'string' ? info.errorLocation : '';
  return /^(PageLayout|HeaderFooter)/i.test(where);
}

/**
 * The page layout of a sheet (paper, orientation, margins, fit to width, print titles): ExcelApi
 * 1.9, best effort: a print setting Excel refuses must not undo a scoring run. The operation is
 * optional (`pageLayoutRefused`): queued last, in the last writing request (no sync of its own),
 * or run apart with `runPrintOps`.
 */
export function printOps(name: string, s: StyledSheet): Op[] {
  if (!apiSupports('1.9')) return [];
  const page = pageOf(s);
  const titles = s.printTitles;
  const layoutOp = op(10, (h) => {
    const layout = h.sheet(name).pageLayout;
    layout.paperSize = PAPER[page.paper] as Excel.PaperType;
    layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.leftMargin = points(page.margins.left);
    layout.rightMargin = points(page.margins.right);
    layout.topMargin = points(page.margins.top);
    layout.bottomMargin = points(page.margins.bottom);
    layout.headerMargin = points(page.margins.header);
    layout.footerMargin = points(page.margins.footer);
    // 0 pages tall: as many as it takes (Excel's "Fit to 1 page wide by [blank] tall").
    if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (titles) layout.setPrintTitleRows(`$${titles.first + 1}:$${titles.last + 1}`);
    // Page numbers centred in the header; from page 2: the first page has a header of its own, empty.
    if (s.pageNumbersFrom !== undefined) {
      const hf = layout.headersFooters;
      hf.state = s.pageNumbersFrom === 2 ? 'FirstAndDefault' : 'Default';
      hf.defaultForAllPages.centerHeader = pageNumberText(s);
      if (s.pageNumbersFrom === 2) hf.firstPage.centerHeader = '';
    }
  });
  return [{ ...layoutOp, optional: pageLayoutRefused }];
}

/** Runs print operations after the sheets are written; a refusal leaves the sheets as written. */
export async function runPrintOps(context: Excel.RequestContext, handles: Handles, ops: readonly Op[]): Promise<boolean> {
  if (ops.length === 0) return true;
  try {
    // Run apart, every refusal is caught here: the operations as required ones.
    await execute(context, handles, ops.map(({ optional: _optional, ...required }) => required));
    return true;
  } catch {
    // Print settings are a nicety; Excel builds differ in what they accept.
    return false;
  }
}

/** Values, then formats, of a styled sheet written into an empty sheet. */
export function sheetOps(name: string, s: StyledSheet): Op[] {
  return [...valueOps(name, s.rows, sheetWidth(s)), ...formatOps(name, s)];
}

export interface OutputPlan {
  ops: Op[];
  placements: Placement[];
  notes: Diagnostic[];
  /** Sheets this run adds (removed again if the run fails half-way). */
  created: { name: string; kind: OutputKind }[];
  /** Page layouts (optional operations): queued after `ops` and anything else of the same run. */
  print: Op[];
}

/** Where each output sheet goes and every operation that writes it, structure first. */
export function planOutputs(book: BookState, sheets: readonly OutputSheet[]): OutputPlan {
  return runSliced(planOutputsSliced(book, sheets));
}

/** planOutputs with a pause after each sheet's operations (the task pane's score, src/engine/sliced.ts). */
export function* planOutputsSliced(book: BookState, sheets: readonly OutputSheet[]): Sliced<OutputPlan> {
  const existing = [...book.sheets, ...(book.helper ? [{ name: book.helper, marker: null }] : [])];
  const { placements, notes } = placeOutputs(existing, sheets);
  const structure: Op[] = [];
  const content: Op[] = [];
  const created: OutputPlan['created'] = [];
  const print: Op[] = [];
  for (const p of placements) {
    const marker = OWN_MARKERS[p.sheet.kind];
    const pointsTo = book.markers.get(marker.toLowerCase());
    const markerOk = p.reuse && pointsTo !== undefined && pointsTo !== null && sameName(pointsTo, p.name);
    if (!p.reuse) created.push({ name: p.name, kind: p.sheet.kind });
    structure.push(
      op(6, (h) => {
        let ws: Excel.Worksheet;
        if (p.reuse) {
          ws = h.sheet(p.name);
          const all = ws.getRange();
          all.conditionalFormats.clearAll();
          all.unmerge();
          all.clear('All');
          ws.freezePanes.unfreeze();
          // Clearing keeps charts: the earlier run's chart goes, so one is drawn again, not two.
          for (const chart of book.oldCharts?.get(p.name) ?? []) ws.charts.getItem(chart).delete();
        } else ws = h.add(p.name);
        if (markerOk || p.sheet.input) return;
        const names = h.context.workbook.names;
        if (pointsTo !== undefined) names.getItem(marker).delete();
        names.add(marker, ws.getRange('A1'));
      }),
    );
    content.push(...sheetOps(p.name, p.sheet), ...chartOps(p.name, p.sheet));
    print.push(...printOps(p.name, p.sheet));
    yield;
  }
  const results = placements.find((p) => p.sheet.kind === 'results');
  if (results) content.push(op(1, (h) => h.sheet(results.name).activate()));
  return { ops: [...structure, ...content], placements, notes, created, print };
}

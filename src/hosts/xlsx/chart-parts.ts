/**
 * A sheet's chart (src/workbook/chart.ts) as package parts: the DrawingML chart (`c:chartSpace`
 * with a stacked `c:barChart`, or a `c:lineChart` with markers for the ranks over the periods, each series' name, categories and values as formulas over the
 * sheet's cells with their values cached, so a reader that does not recalculate shows them) and
 * the drawing that places it on the sheet (`xdr:wsDr`, a two-cell anchor, a graphic frame pointing
 * at the chart by relationship). Built as trees (dom.ts) with the prefixes Excel writes declared
 * on the root, and serialised with every text escaped.
 */
import type { Cell } from '../../workbook/grid';
import type { SheetRows } from '../../workbook/row-block';
import { categoriesArea, nameArea, sheetRef, valuesArea, type SheetChart } from '../../workbook/chart';
import { element, serializeXml, type XElement, type XNode } from './dom';
import { NS } from './xml';

export const CHART_NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const CHART_TYPES = {
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

const text = (t: string): XNode => ({ kind: 'text', text: t });
const c = (local: string, attrs: [string, string][] = [], kids: XNode[] = []): XElement => element(CHART_NS.c, local, attrs, kids);
const a = (local: string, attrs: [string, string][] = [], kids: XNode[] = []): XElement => element(CHART_NS.a, local, attrs, kids);
const xdr = (local: string, attrs: [string, string][] = [], kids: XNode[] = []): XElement => element(CHART_NS.xdr, local, attrs, kids);
const val = (local: string, v: string | number): XElement => c(local, [['val', String(v)]]);

/** `<c:pt idx><c:v>…</c:v></c:pt>` for each present value. */
function points(values: readonly (string | number | null)[]): XElement[] {
  const out: XElement[] = [c('ptCount', [['val', String(values.length)]])];
  values.forEach((v, i) => {
    if (v === null) return;
    out.push(c('pt', [['idx', String(i)]], [c('v', [], [text(String(v))])]));
  });
  return out;
}

const shown = (x: Cell | undefined): string => (x === null || x === undefined ? '' : typeof x === 'object' ? ('error' in x ? String(x.error) : '') : String(x));
const numeric = (x: Cell | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function strRef(formula: string, values: string[]): XElement {
  return c('strRef', [], [c('f', [], [text(formula)]), c('strCache', [], points(values))]);
}

function fill(color: string | undefined): XElement[] {
  if (!color) return [];
  return [c('spPr', [], [a('solidFill', [], [a('srgbClr', [['val', color.replace('#', '').toUpperCase()]])])])];
}

/** A line series' stroke and its circle markers in the series' colour. */
function lineLook(color: string | undefined): XElement[] {
  if (!color) return [c('marker', [], [val('symbol', 'circle'), val('size', 6)])];
  const solid = (): XElement => a('solidFill', [], [a('srgbClr', [['val', color.replace('#', '').toUpperCase()]])]);
  return [
    c('spPr', [], [a('ln', [['w', '28575'], ['cap', 'rnd']], [solid(), a('round')])]),
    c('marker', [], [val('symbol', 'circle'), val('size', 6), c('spPr', [], [solid(), a('ln', [], [solid()])])]),
  ];
}

/** The chart part of a sheet's chart, its cached values read from the sheet's rows. */
export function chartXml(sheetName: string, rows: SheetRows, chart: SheetChart): string {
  // By index (row-block.ts): the results sheet's rows are read in place, not made into arrays.
  const at = (r: number, col: number): Cell | undefined => (r < 0 ? undefined : rows.at(r)?.[col]);
  const line = chart.kind === 'line';
  const cat = categoriesArea(chart);
  const catValues: string[] = [];
  for (let r = cat.top; r <= cat.bottom; r++) catValues.push(shown(at(r, cat.left)));
  const series = chart.series.map((s, i) => {
    const v = valuesArea(chart, s);
    const nums: (number | null)[] = [];
    for (let r = v.top; r <= v.bottom; r++) nums.push(numeric(at(r, v.left)));
    return c('ser', [], [
      val('idx', i),
      val('order', i),
      c('tx', [], [strRef(sheetRef(sheetName, nameArea(s)), [shown(at(s.name.row, s.name.col))])]),
      ...(line ? lineLook(s.color) : fill(s.color)),
      ...(line ? [] : [val('invertIfNegative', 0)]),
      c('cat', [], [strRef(sheetRef(sheetName, cat), catValues)]),
      c('val', [], [c('numRef', [], [c('f', [], [text(sheetRef(sheetName, v))]), c('numCache', [], [c('formatCode', [], [text('General')]), ...points(nums)])])]),
      // Straight segments between periods (a reader may smooth a line that does not say).
      ...(line ? [val('smooth', 0)] : []),
    ]);
  });
  const title = c('title', [], [
    c('tx', [], [c('rich', [], [a('bodyPr'), a('lstStyle'), a('p', [], [a('pPr', [], [a('defRPr', [['sz', '1200'], ['b', '1']])]), a('r', [], [a('rPr', [['lang', 'vi-VN'], ['sz', '1200'], ['b', '1']]), a('t', [], [text(chart.title)])])])])]),
    val('overlay', 0),
  ]);
  const bar = chart.kind === 'barStacked';
  const catAx = c('catAx', [], [
    val('axId', 1),
    c('scaling', [], [val('orientation', chart.reverseCategories ? 'maxMin' : 'minMax')]),
    val('delete', 0),
    val('axPos', bar ? 'l' : 'b'),
    val('majorTickMark', 'out'),
    val('minorTickMark', 'none'),
    val('tickLblPos', 'nextTo'),
    val('crossAx', 2),
    // With the values reversed (ranks), the category axis stays at the bottom by crossing at the maximum.
    val('crosses', chart.reverseValues ? 'max' : 'autoZero'),
    val('auto', 1),
    val('lblAlgn', 'ctr'),
    val('lblOffset', 100),
    val('noMultiLvlLbl', 0),
  ]);
  const valAx = c('valAx', [], [
    val('axId', 2),
    // A rank axis starts at 1 (rank 1 at the top), one step per rank.
    c('scaling', [], [val('orientation', chart.reverseValues ? 'maxMin' : 'minMax'), ...(chart.reverseValues ? [val('min', 1)] : [])]),
    val('delete', 0),
    val('axPos', bar ? 'b' : 'l'),
    c('majorGridlines'),
    c('numFmt', [['formatCode', 'General'], ['sourceLinked', '1']]),
    val('majorTickMark', 'out'),
    val('minorTickMark', 'none'),
    val('tickLblPos', 'nextTo'),
    val('crossAx', 1),
    // With the categories reversed, the value axis stays at the bottom by crossing at the last one.
    val('crosses', chart.reverseCategories ? 'max' : 'autoZero'),
    val('crossBetween', 'between'),
    ...(chart.reverseValues ? [val('majorUnit', 1)] : []),
  ]);
  const plot = c('plotArea', [], [
    c('layout'),
    line
      ? c('lineChart', [], [val('grouping', 'standard'), val('varyColors', 0), ...series, val('marker', 1), val('axId', 1), val('axId', 2)])
      : c('barChart', [], [val('barDir', bar ? 'bar' : 'col'), val('grouping', 'stacked'), val('varyColors', 0), ...series, val('gapWidth', 60), val('overlap', 100), val('axId', 1), val('axId', 2)]),
    catAx,
    valAx,
  ]);
  const root = c('chartSpace', [], [
    val('roundedCorners', 0),
    c('chart', [], [title, val('autoTitleDeleted', 0), plot, c('legend', [], [val('legendPos', 'b'), val('overlay', 0)]), val('plotVisOnly', 1), val('dispBlanksAs', 'gap')]),
  ]);
  root.prefix = 'c';
  root.decls = [
    ['c', CHART_NS.c],
    ['a', CHART_NS.a],
    ['r', NS.rel],
  ];
  return serializeXml({ decl: { standalone: 'yes' }, before: [], root });
}

/** The drawing part placing one chart (relationship `chartRelId`) at the chart's anchor. */
export function drawingXml(chart: SheetChart, chartRelId: string): string {
  const marker = (local: string, p: { row: number; col: number }): XElement =>
    xdr(local, [], [xdr('col', [], [text(String(p.col))]), xdr('colOff', [], [text('0')]), xdr('row', [], [text(String(p.row))]), xdr('rowOff', [], [text('0')])]);
  const graphic = a('graphic', [], [a('graphicData', [['uri', CHART_NS.c]], [element(CHART_NS.c, 'chart', [[NS.rel, 'id', chartRelId, 'r']])])]);
  const frame = xdr('graphicFrame', [['macro', '']], [
    xdr('nvGraphicFramePr', [], [xdr('cNvPr', [['id', '2'], ['name', chart.objectName]]), xdr('cNvGraphicFramePr')]),
    xdr('xfrm', [], [a('off', [['x', '0'], ['y', '0']]), a('ext', [['cx', '0'], ['cy', '0']])]),
    graphic,
  ]);
  const root = xdr('wsDr', [], [xdr('twoCellAnchor', [['editAs', 'oneCell']], [marker('from', chart.anchor.from), marker('to', chart.anchor.to), frame, xdr('clientData')])]);
  root.prefix = 'xdr';
  root.decls = [
    ['xdr', CHART_NS.xdr],
    ['a', CHART_NS.a],
    ['c', CHART_NS.c],
    ['r', NS.rel],
  ];
  return serializeXml({ decl: { standalone: 'yes' }, before: [], root });
}

/** A relationships part with one relationship. */
export function relsXml(id: string, type: string, target: string): string {
  const root = element(NS.pkgRel, 'Relationships', [], [element(NS.pkgRel, 'Relationship', [['Id', id], ['Type', type], ['Target', target]])]);
  root.prefix = '';
  root.decls = [['', NS.pkgRel]];
  return serializeXml({ decl: { standalone: 'yes' }, before: [], root });
}

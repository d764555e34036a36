/**
 * Adding a sheet's chart to the package: `xl/drawings/drawingN.xml` and `xl/charts/chartN.xml`
 * under the first numbers free of a part, a relationships part and a content-type override (an
 * input from Excel or openpyxl may have charts and drawings of its own), the relationships sheet →
 * drawing and drawing → chart, and the two content-type overrides. The sheet's relationships part
 * is written anew (an own sheet's old one no longer applies); the `<drawing r:id>` element is the
 * sheet part's (sheet-xml.ts). An own sheet rewritten by a later run writes its chart into the
 * drawing and chart parts the earlier run left (found through the old relationships), so runs do
 * not pile up charts in the package.
 */
import type { StyledSheet } from '../../workbook/output';
import { sheetRows } from '../../workbook/row-block';
import { addOverride, hasOverride } from './edits';
import { chartXml, CHART_TYPES, drawingXml, relsXml } from './chart-parts';
import { parsePart, parseRels, readPart, relsPathOf, type XlsxPackage } from './package';
import type { PackageChanges } from './zip';

/** The relationship id of the drawing in the sheet's relationships part (the only one there). */
export const DRAWING_REL_ID = 'rId1';
const CHART_REL_ID = 'rId1';

function freePart(pkg: XlsxPackage, taken: Set<string>, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const part = `${folder}${stem}${n}.xml`;
    const lower = part.toLowerCase();
    if (!pkg.entries.has(lower) && !pkg.entries.has(relsPathOf(part).toLowerCase()) && !taken.has(lower) && !hasOverride(pkg.contentTypes, part)) {
      taken.add(lower);
      return part;
    }
  }
}

/** `../drawings/drawing1.xml`: a part's name relative to another part's folder (both under one root). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill('..'), ...b.slice(i)].join('/');
}

/** The drawing and chart parts of an own sheet's previous chart: sheet rels → drawing → chart, or null. */
export async function previousChartParts(pkg: XlsxPackage, sheetPart: string): Promise<{ drawing: string; chart: string } | null> {
  const rels = relsPathOf(sheetPart);
  const xml = await readPart(pkg, rels);
  if (xml === null) return null;
  const drawing = parseRels(parsePart(xml, rels), sheetPart).find((r) => r.type === CHART_TYPES.drawingRel)?.part;
  if (!drawing || !pkg.entries.has(drawing.toLowerCase())) return null;
  const drawingRels = relsPathOf(drawing);
  const dxml = await readPart(pkg, drawingRels);
  if (dxml === null) return null;
  const chart = parseRels(parsePart(dxml, drawingRels), drawing).find((r) => r.type === CHART_TYPES.chartRel)?.part;
  if (!chart || !pkg.entries.has(chart.toLowerCase())) return null;
  return { drawing: pkg.entries.get(drawing.toLowerCase())!, chart: pkg.entries.get(chart.toLowerCase())! };
}

/**
 * Writes the chart and drawing parts of `sheet.chart` for the sheet part `sheetPart` (named
 * `sheetName` in the workbook) into `changes`; returns the drawing's relationship id for the
 * sheet's `<drawing>`, or null when the sheet has no chart.
 */
export function addChartParts(
  pkg: XlsxPackage,
  sheetPart: string,
  sheetName: string,
  sheet: StyledSheet,
  changes: PackageChanges,
  taken: Set<string>,
  previous: { drawing: string; chart: string } | null = null,
): string | null {
  const chart = sheet.chart;
  if (!chart) return null;
  const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const drawingPart = previous?.drawing ?? freePart(pkg, taken, `${dir}drawings/`, 'drawing');
  const chartPart = previous?.chart ?? freePart(pkg, taken, `${dir}charts/`, 'chart');
  if (previous) {
    // The earlier chart's own relationships (a style or colours part Excel added) no longer apply.
    const chartRels = pkg.entries.get(relsPathOf(chartPart).toLowerCase());
    if (chartRels) changes.remove.add(chartRels);
  }
  const drawingRels = pkg.entries.get(relsPathOf(drawingPart).toLowerCase()) ?? relsPathOf(drawingPart);
  changes.set.set(chartPart, chartXml(sheetName, sheetRows(sheet), chart));
  changes.set.set(drawingPart, drawingXml(chart, CHART_REL_ID));
  changes.set.set(drawingRels, relsXml(CHART_REL_ID, CHART_TYPES.chartRel, relativeTarget(drawingPart, chartPart)));
  const sheetRels = relsPathOf(sheetPart);
  const existing = pkg.entries.get(sheetRels.toLowerCase()) ?? sheetRels;
  changes.remove.delete(existing);
  changes.set.set(existing, relsXml(DRAWING_REL_ID, CHART_TYPES.drawingRel, relativeTarget(sheetPart, drawingPart)));
  addOverride(pkg.contentTypes, drawingPart, CHART_TYPES.drawing);
  addOverride(pkg.contentTypes, chartPart, CHART_TYPES.chart);
  return DRAWING_REL_ID;
}

/**
 * The surgical .xlsx writer: the input package with the add-in's output sheets added or replaced,
 * and every other part kept byte for byte (charts, pivot tables, images, slicers, macros, custom
 * XML — whatever is in it). Only these parts change: the workbook (a `<sheet>` per new sheet, the
 * marker names), its relationships, [Content_Types].xml, the styles (formats appended), the own
 * sheets' parts; and calcChain, dropped only when it lists cells of a replaced own sheet.
 *
 * Placement is `placeOutputs`'s, as in every host: an own sheet (a marker points at it) is
 * rewritten in its part (same part, sheetId and r:id, position kept); a user's sheet of the same
 * name is never touched (`NAME (2)`… with a warning). docProps/app.xml (its sheet titles are a
 * summary for file browsers) is left as it was: spreadsheet programs take the sheets from the
 * workbook part and rewrite app.xml when they save. LibreOffice 7.4 opens such files with every
 * sheet (checked by hand: PDF and CSV exports). Excel was not at hand to check; app.xml is an
 * optional part (many generators leave it out) and not where Excel takes the sheets from.
 *
 * A package it will not edit comes back as `{ ok: false, reason }` (see `Unsupported`); the CLI
 * then writes through exceljs as before. Any other error is a bug and is thrown.
 */
import JSZip from 'jszip';
import type { Diagnostic } from '../../engine/diagnostics';
import { OWN_MARKERS, type OutputSheet } from '../../workbook/output';
import { placeOutputs, type Placement } from '../../workbook/placement';
import { descendants, serializeXml, type XDocument } from './dom';
import { addOverride, addRelationship, addSheet, hasOverride, markerFormula, removeOverride, removeRelationship, setDefinedName } from './edits';
import { parsePart, readPackage, readPart, REL_TYPES, relsPathOf, WORKSHEET_TYPE, type XlsxPackage } from './package';
import { printTitlesFormula, setPrintTitles } from './print-titles';
import { sheetContent } from './packed';
import { addChartParts, previousChartParts } from './chart-write';
import { StyleBook } from './styles';
import { Unsupported } from './unsupported';
import { normalizeForReading } from './normalize';
import { inflateRawNode } from './inflate-node';
import { LIMITS, unzipBounded } from './open';
import { NS } from './xml';
import { writePackage, type PackageChanges } from './zip';

export type Written = { ok: true; bytes: Uint8Array; notes: Diagnostic[] } | { ok: false; reason: string };

/** The first `xl/worksheets/sheetN.xml` free of a part, a relationships part and an override. */
function freeSheetPart(pkg: XlsxPackage, ct: XDocument, taken: Set<string>): string {
  const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  for (let n = 1; ; n++) {
    const part = `${dir}worksheets/sheet${n}.xml`;
    const lower = part.toLowerCase();
    if (!pkg.entries.has(lower) && !pkg.entries.has(relsPathOf(part).toLowerCase()) && !taken.has(lower) && !hasOverride(ct, part)) return part;
  }
}

function freeRelId(ids: Set<string>): string {
  for (let n = ids.size + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

/** A part's name relative to the workbook part's folder: the target of a workbook relationship. */
const relTarget = (pkg: XlsxPackage, part: string): string => part.slice(pkg.workbookPath.lastIndexOf('/') + 1);

/** Drops calcChain when it lists a cell of a sheet that is being replaced (Excel rebuilds it). */
async function dropStaleCalcChain(pkg: XlsxPackage, replaced: Set<number>, changes: PackageChanges): Promise<boolean> {
  const rel = pkg.rels.find((r) => r.type === REL_TYPES.calcChain);
  if (!rel?.part || replaced.size === 0) return false;
  const xml = await readPart(pkg, rel.part);
  if (xml === null) return false;
  let sheet = 0;
  let stale = false;
  for (const c of descendants(parsePart(xml, rel.part).root)) {
    if (c.uri !== NS.main || c.local !== 'c') continue;
    const i = c.attrs.find((a) => a.uri === '' && a.local === 'i')?.value;
    if (i !== undefined) sheet = Number(i);
    if (replaced.has(sheet)) stale = true;
  }
  if (!stale) return false;
  changes.remove.add(pkg.entries.get(rel.part.toLowerCase()) ?? rel.part);
  removeRelationship(pkg.relsDoc, rel.id);
  removeOverride(pkg.contentTypes, rel.part);
  return true;
}

/** `placeOutputs` over the workbook's sheets; an own sheet to rewrite must be a worksheet part. */
function place(pkg: XlsxPackage, sheets: readonly OutputSheet[]): { placements: Placement[]; notes: Diagnostic[] } {
  const existing = pkg.sheets.map((s) => ({ name: s.name, marker: pkg.markers.get(s.name) ?? null }));
  const placed = placeOutputs(existing, sheets);
  for (const p of placed.placements) {
    const entry = pkg.sheets.find((s) => s.name === p.name);
    if (p.reuse && (!entry?.rel?.part || entry.rel.type !== REL_TYPES.worksheet)) throw new Unsupported(`the own sheet “${p.name}” is not a worksheet part`);
  }
  return placed;
}

const STRICT = 'a strict-OOXML workbook';

/**
 * The input package with the output sheets written into it, or why it cannot be done safely. A
 * strict-OOXML package is first turned into its transitional twin (normalize.ts: the same parts,
 * their namespaces and relationship types mapped), so charts and the rest survive there too.
 */
export async function addOutputSheets(input: Uint8Array, sheets: readonly OutputSheet[]): Promise<Written> {
  const written = await addTo(input, sheets);
  if (written.ok || written.reason !== STRICT) return written;
  const zip = new JSZip();
  for (const [name, data] of normalizeForReading(await unzipBounded(input, LIMITS, inflateRawNode)).files) zip.file(name, data);
  return addTo(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), sheets);
}

async function addTo(input: Uint8Array, sheets: readonly OutputSheet[]): Promise<Written> {
  try {
    const zip = await JSZip.loadAsync(input);
    const pkg = await readPackage(zip);
    const { placements, notes } = place(pkg, sheets);
    const book = new StyleBook((await readPart(pkg, pkg.stylesPath))!);
    const relIds = new Set(pkg.rels.map((r) => r.id));
    const newParts = new Set<string>();
    const replaced = new Set<number>();
    const changes: PackageChanges = { set: new Map(), remove: new Set() };
    let edited = false;
    let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
    let added = 0;
    for (const p of placements) {
      const entry = pkg.sheets.find((s) => s.name === p.name);
      const reusedPart = p.reuse && entry?.rel?.part ? (pkg.entries.get(entry.rel.part.toLowerCase()) ?? entry.rel.part) : null;
      const sheetPart = reusedPart ?? freeSheetPart(pkg, pkg.contentTypes, newParts);
      // The chart's drawing and chart parts (new names, never an existing part's); the sheet links to the drawing.
      const previous = reusedPart && p.sheet.chart ? await previousChartParts(pkg, reusedPart) : null;
      const drawing = p.sheet.chart ? addChartParts(pkg, sheetPart, p.name, p.sheet, changes, newParts, previous) : null;
      if (drawing) edited = true;
      const xml = sheetContent(p.sheet, book, drawing ?? undefined);
      if (reusedPart && entry?.rel?.part) {
        const part = reusedPart;
        changes.set.set(part, xml);
        // The old sheet's own relationships (a drawing, comments a user added) no longer apply.
        const rels = pkg.entries.get(relsPathOf(entry.rel.part).toLowerCase());
        if (rels && !drawing) changes.remove.add(rels);
        replaced.add(entry.sheetId);
      } else {
        const part = sheetPart;
        newParts.add(part.toLowerCase());
        const rId = freeRelId(relIds);
        relIds.add(rId);
        changes.set.set(part, xml);
        addRelationship(pkg.relsDoc, rId, REL_TYPES.worksheet, relTarget(pkg, part));
        addOverride(pkg.contentTypes, part, WORKSHEET_TYPE);
        addSheet(pkg.workbook, p.name, nextSheetId++, rId);
        edited = true;
        added++;
      }
      // An input sheet made for the user (`Phiếu bầu`) carries no marker: it is the user's, never replaced.
      if (!p.sheet.input) setDefinedName(pkg.workbook, OWN_MARKERS[p.sheet.kind], markerFormula(p.name));
      const titles = p.sheet.printTitles;
      if (titles) {
        const index = p.reuse ? pkg.sheets.findIndex((s) => s.name === p.name) : pkg.sheets.length + added - 1;
        setPrintTitles(pkg.workbook, index, printTitlesFormula(p.name, titles.first, titles.last));
      }
    }
    const dropped = await dropStaleCalcChain(pkg, replaced, changes);
    const entry = (part: string): string => pkg.entries.get(part.toLowerCase()) ?? part;
    if (!book.unchanged) changes.set.set(entry(pkg.stylesPath), book.toXml());
    // The marker names are always set, so the workbook part is always written.
    if (placements.length > 0) changes.set.set(entry(pkg.workbookPath), serializeXml(pkg.workbook));
    if (edited || dropped) {
      changes.set.set(entry(pkg.relsPath), serializeXml(pkg.relsDoc));
      changes.set.set(pkg.contentTypesPath, serializeXml(pkg.contentTypes));
    }
    const bytes = await writePackage(input, zip, changes);
    return { ok: true, bytes, notes };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

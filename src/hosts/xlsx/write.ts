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
import { addOverride, addRelationship, addSheet, hasOverride, isRoot, markerFormula, removeOverride, removeRelationship, setDefinedName } from './edits';
import { readPackage, readPart, REL_TYPES, relsPathOf, WORKSHEET_TYPE, type XlsxPackage } from './package';
import { sheetXml } from './sheet-xml';
import { StyleBook } from './styles';
import { Unsupported } from './unsupported';
import { findElements, NS } from './xml';
import { writePackage, type PackageChanges } from './zip';

export type Written = { ok: true; bytes: Uint8Array; notes: Diagnostic[] } | { ok: false; reason: string };

/** The first `xl/worksheets/sheetN.xml` free of a part, a relationships part and an override. */
function freeSheetPart(pkg: XlsxPackage, ct: string, taken: Set<string>): string {
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
async function dropStaleCalcChain(pkg: XlsxPackage, replaced: Set<number>, parts: { rels: string; ct: string }, changes: PackageChanges): Promise<void> {
  const rel = pkg.rels.find((r) => r.type === REL_TYPES.calcChain);
  if (!rel?.part || replaced.size === 0) return;
  const xml = (await readPart(pkg, rel.part)) ?? '';
  let sheet = 0;
  let stale = false;
  for (const c of findElements(xml, 'c')) {
    const i = c.attrs.get('i');
    if (i !== undefined) sheet = Number(i);
    if (replaced.has(sheet)) stale = true;
  }
  if (!stale) return;
  changes.remove.add(pkg.entries.get(rel.part.toLowerCase()) ?? rel.part);
  parts.rels = removeRelationship(parts.rels, rel.id);
  parts.ct = removeOverride(parts.ct, rel.part);
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

/** The input package with the output sheets written into it, or why it cannot be done safely. */
export async function addOutputSheets(input: Uint8Array, sheets: readonly OutputSheet[]): Promise<Written> {
  try {
    const zip = await JSZip.loadAsync(input);
    const pkg = await readPackage(zip);
    if (!isRoot(pkg.relsXml, 'Relationships', NS.pkgRel) || !isRoot(pkg.contentTypesXml, 'Types', NS.contentTypes)) throw new Unsupported('unexpected relationships or content-types part');
    const { placements, notes } = place(pkg, sheets);
    const book = new StyleBook((await readPart(pkg, pkg.stylesPath))!);
    const parts = { workbook: pkg.workbookXml, rels: pkg.relsXml, ct: pkg.contentTypesXml };
    const relIds = new Set(pkg.rels.map((r) => r.id));
    const newParts = new Set<string>();
    const replaced = new Set<number>();
    const changes: PackageChanges = { set: new Map(), remove: new Set() };
    let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
    for (const p of placements) {
      const xml = sheetXml(p.sheet, book);
      const entry = pkg.sheets.find((s) => s.name === p.name);
      if (p.reuse && entry?.rel?.part) {
        const part = pkg.entries.get(entry.rel.part.toLowerCase()) ?? entry.rel.part;
        changes.set.set(part, xml);
        // The old sheet's own relationships (a drawing, comments a user added) no longer apply.
        const rels = pkg.entries.get(relsPathOf(entry.rel.part).toLowerCase());
        if (rels) changes.remove.add(rels);
        replaced.add(entry.sheetId);
      } else {
        const part = freeSheetPart(pkg, parts.ct, newParts);
        newParts.add(part.toLowerCase());
        const rId = freeRelId(relIds);
        relIds.add(rId);
        changes.set.set(part, xml);
        parts.rels = addRelationship(parts.rels, rId, REL_TYPES.worksheet, relTarget(pkg, part));
        parts.ct = addOverride(parts.ct, part, WORKSHEET_TYPE);
        parts.workbook = addSheet(parts.workbook, p.name, nextSheetId++, rId);
      }
      if (!p.sheet.input) parts.workbook = setDefinedName(parts.workbook, OWN_MARKERS[p.sheet.kind], markerFormula(p.name));
    }
    await dropStaleCalcChain(pkg, replaced, parts, changes);
    const entry = (part: string): string => pkg.entries.get(part.toLowerCase()) ?? part;
    if (!book.unchanged) changes.set.set(entry(pkg.stylesPath), book.toXml());
    if (parts.workbook !== pkg.workbookXml) changes.set.set(entry(pkg.workbookPath), parts.workbook);
    if (parts.rels !== pkg.relsXml) changes.set.set(entry(pkg.relsPath), parts.rels);
    if (parts.ct !== pkg.contentTypesXml) changes.set.set(pkg.contentTypesPath, parts.ct);
    const bytes = await writePackage(input, zip, changes);
    return { ok: true, bytes, notes };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

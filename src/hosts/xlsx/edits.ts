/**
 * Edits of the workbook, relationships and content-types parts, on their trees (dom.ts): a
 * `<sheet>` appended to `<sheets>`, a workbook-level defined name set, a relationship or a
 * content-type override added or removed. Elements are found by namespace URI and local name, and
 * new ones are written with whatever prefix is bound where they land (or one declared there):
 * never a prefix guessed from the text.
 */
import { attr, child, children, element, remove, textOf, type XDocument, type XElement } from './dom';
import { NS } from './xml';

function sheetsOf(doc: XDocument): XElement {
  const sheets = child(doc.root, NS.main, 'sheets');
  if (!sheets) throw new Error('a workbook part without <sheets>');
  return sheets;
}

/** Appends `<sheet name sheetId r:id/>` at the end of `<sheets>`. */
export function addSheet(doc: XDocument, name: string, sheetId: number, rId: string): void {
  sheetsOf(doc).children.push(
    element(NS.main, 'sheet', [
      ['name', name],
      ['sheetId', String(sheetId)],
      [NS.rel, 'id', rId, 'r'],
    ]),
  );
}

/** Sets a workbook-level defined name (no localSheetId) to a formula, adding it when absent. */
/** Sets a workbook-level name, or with `localSheetId` a name local to that sheet (its 0-based position). */
export function setDefinedName(doc: XDocument, name: string, formula: string, localSheetId?: number): void {
  const text = { kind: 'text' as const, text: formula };
  let list = child(doc.root, NS.main, 'definedNames');
  if (!list) {
    // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
    const after = ['externalReferences', 'functionGroups', 'sheets'].map((l) => child(doc.root, NS.main, l)).find((e) => e !== null) ?? sheetsOf(doc);
    list = element(NS.main, 'definedNames');
    doc.root.children.splice(doc.root.children.indexOf(after) + 1, 0, list);
  }
  const local = localSheetId === undefined ? undefined : String(localSheetId);
  const same = children(list, NS.main, 'definedName').filter(
    (d) => attr(d, 'name')?.toLowerCase() === name.toLowerCase() && attr(d, 'localSheetId') === local,
  );
  const first = same[0];
  if (!first) {
    const attrs: [string, string][] = local === undefined ? [['name', name]] : [['name', name], ['localSheetId', local]];
    list.children.push(element(NS.main, 'definedName', attrs, [text]));
    return;
  }
  // Later duplicates (a file Excel would not write) go; the first is rewritten in place.
  for (const d of same.slice(1)) remove(list, d);
  first.children = [text];
}

export { markerFormula } from '../../workbook/own-sheets';

export function addRelationship(doc: XDocument, id: string, type: string, target: string): void {
  doc.root.children.push(
    element(NS.pkgRel, 'Relationship', [
      ['Id', id],
      ['Type', type],
      ['Target', target],
    ]),
  );
}

export function removeRelationship(doc: XDocument, id: string): void {
  for (const r of children(doc.root, NS.pkgRel, 'Relationship')) if (attr(r, 'Id') === id) remove(doc.root, r);
}

/** Part names in [Content_Types].xml carry a leading `/` and compare without case. */
const samePart = (a: string | undefined, part: string): boolean => (a ?? '').replace(/^\//, '').toLowerCase() === part.replace(/^\//, '').toLowerCase();

const overrides = (doc: XDocument): XElement[] => children(doc.root, NS.contentTypes, 'Override');

export function hasOverride(doc: XDocument, part: string): boolean {
  return overrides(doc).some((o) => samePart(attr(o, 'PartName'), part));
}

export function addOverride(doc: XDocument, part: string, contentType: string): void {
  if (hasOverride(doc, part)) return;
  doc.root.children.push(
    element(NS.contentTypes, 'Override', [
      ['PartName', `/${part}`],
      ['ContentType', contentType],
    ]),
  );
}

export function removeOverride(doc: XDocument, part: string): void {
  for (const o of overrides(doc)) if (samePart(attr(o, 'PartName'), part)) remove(doc.root, o);
}

/** A part whose root element is `{uri}local` (checked before editing). */
export function isRoot(doc: XDocument, local: string, uri: string): boolean {
  return doc.root.local === local && doc.root.uri === uri;
}

/** The text of a defined name. */
export const definedNameText = textOf;

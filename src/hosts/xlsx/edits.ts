/**
 * Splices into the workbook, relationships and content-types parts: a `<sheet>` appended to
 * `<sheets>`, a workbook-level defined name set, a relationship or a content-type override added
 * or removed. Each keeps the part's own namespace prefixes and leaves the rest of its text as it was.
 */
import { appendChildren, escapeAttr, escapeText, findElement, findElements, NS, prefixOf, qname, rootElement, splice } from './xml';

/** Appends `<sheet name sheetId r:id/>` at the end of `<sheets>`. */
export function addSheet(xml: string, name: string, sheetId: number, rId: string): string {
  const sheets = findElement(xml, 'sheets')!;
  const r = prefixOf(xml, NS.rel);
  // Unprefixed attributes have no namespace, so r:id needs a real prefix: declare one when none is bound.
  const rid = r ? `${r}:id="${escapeAttr(rId)}"` : `xmlns:r="${NS.rel}" r:id="${escapeAttr(rId)}"`;
  return appendChildren(xml, sheets, `<${qname(sheets.prefix, 'sheet')} name="${escapeAttr(name)}" sheetId="${sheetId}" ${rid}/>`);
}

/** Sets a workbook-level defined name (no localSheetId) to a formula, adding it when absent. */
export function setDefinedName(xml: string, name: string, formula: string): string {
  const sheets = findElement(xml, 'sheets')!;
  const p = sheets.prefix;
  const text = escapeText(formula);
  const list = findElement(xml, 'definedNames');
  if (list) {
    const same = list.selfClosing ? [] : findElements(xml, 'definedName', list.openEnd, list.closeStart).filter((d) => d.attrs.get('name') === name && !d.attrs.has('localSheetId'));
    const first = same[0];
    if (!first) return appendChildren(xml, list, `<${qname(list.prefix, 'definedName')} name="${escapeAttr(name)}">${text}</${qname(list.prefix, 'definedName')}>`);
    // Later duplicates (a file Excel would not write) go; the first is rewritten in place.
    for (const d of same.slice(1).reverse()) xml = splice(xml, d.start, d.end, '');
    if (first.selfClosing) {
      const tag = xml.slice(first.start, first.end).replace(/\s*\/>$/, '>');
      return splice(xml, first.start, first.end, `${tag}${text}</${qname(first.prefix, 'definedName')}>`);
    }
    return splice(xml, first.openEnd, first.closeStart, text);
  }
  // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
  const after = ['externalReferences', 'functionGroups', 'sheets'].map((l) => findElement(xml, l)).find((e) => e !== null)!;
  return splice(xml, after.end, after.end, `<${qname(p, 'definedNames')}><${qname(p, 'definedName')} name="${escapeAttr(name)}">${text}</${qname(p, 'definedName')}></${qname(p, 'definedNames')}>`);
}

/** `'Kết quả'!$A$1`: the marker formula of a sheet (quotes doubled). */
export function markerFormula(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

function rootEl(xml: string, local: string): ReturnType<typeof findElement> {
  const root = rootElement(xml);
  return root && root.local === local ? findElement(xml, local) : null;
}

export function addRelationship(xml: string, id: string, type: string, target: string): string {
  const root = rootEl(xml, 'Relationships')!;
  return appendChildren(xml, root, `<${qname(root.prefix, 'Relationship')} Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`);
}

export function removeRelationship(xml: string, id: string): string {
  const el = findElements(xml, 'Relationship').find((r) => r.attrs.get('Id') === id);
  return el ? splice(xml, el.start, el.end, '') : xml;
}

/** Part names in [Content_Types].xml carry a leading `/` and compare without case. */
const samePart = (a: string | undefined, part: string): boolean => (a ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase();

export function hasOverride(xml: string, part: string): boolean {
  return findElements(xml, 'Override').some((o) => samePart(o.attrs.get('PartName'), part));
}

export function addOverride(xml: string, part: string, contentType: string): string {
  if (hasOverride(xml, part)) return xml;
  const root = rootEl(xml, 'Types')!;
  return appendChildren(xml, root, `<${qname(root.prefix, 'Override')} PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`);
}

export function removeOverride(xml: string, part: string): string {
  for (const o of findElements(xml, 'Override').reverse()) if (samePart(o.attrs.get('PartName'), part)) xml = splice(xml, o.start, o.end, '');
  return xml;
}

/** A `Relationships` or `Types` part whose root is what it should be (checked before editing). */
export function isRoot(xml: string, local: string, uri: string): boolean {
  const root = rootElement(xml);
  if (!root || root.local !== local) return false;
  const bound = [...root.attrs].find(([k]) => k === (root.prefix ? `xmlns:${root.prefix}` : 'xmlns'))?.[1];
  return bound === uri;
}

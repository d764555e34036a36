/**
 * A namespace-aware reading of an XML part for the tests (saxes, exceljs's own parser): it throws
 * on any well-formedness or namespace error, and lists elements by namespace URI and local name,
 * with their attributes by `{uri}local` — what Excel sees, whatever prefixes a writer chose.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface NsElement {
  uri: string;
  local: string;
  /** `local` for attributes in no namespace, `{uri}local` for the others. */
  attrs: Record<string, string>;
  text: string;
  /** Local names of the ancestors, outermost first. */
  path: string[];
}

export function nsElements(xml: string): NsElement[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: NsElement[] = [];
  const open: NsElement[] = [];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    }
    const el = { uri: tag.uri, local: tag.local, attrs, text: '', path: open.map((o) => o.local) };
    out.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    const top = open[open.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return out;
}

/** The SpreadsheetML elements of a local name. */
export function mainElements(xml: string, local: string): NsElement[] {
  return nsElements(xml).filter((e) => e.uri === MAIN && e.local === local);
}

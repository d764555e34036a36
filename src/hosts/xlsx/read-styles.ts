/**
 * What the cell formats of a package's styles part make of a number, for the pane's reader of
 * picked files (read-xlsx.ts): the shape (`date`, `percent`) of each cell format (`cellXfs`,
 * indexed by a cell's `s`), so a date typed in a figure cell is refused and a percent is read as
 * the command line's exceljs reader reads them. The part is read with the namespace-aware parser
 * (dom.ts), so a transitional, strict or prefixed (`x:`) styles part reads alike.
 */
import { numberFormatShape, type NumberShape } from '../../workbook/grid';
import { attr, children, child, parseXml, type XElement } from './dom';

const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];

/** Excel's built-in number formats that change what a number means (ECMA-376 §18.8.30): dates and times, percents. */
export function builtInShape(id: number): NumberShape | null {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return 'date';
  if (id === 9 || id === 10) return 'percent';
  return null;
}

function kids(el: XElement | null, local: string): XElement[] {
  if (!el) return [];
  return MAIN.flatMap((uri) => children(el, uri, local));
}

function kid(el: XElement, local: string): XElement | null {
  for (const uri of MAIN) {
    const c = child(el, uri, local);
    if (c) return c;
  }
  return null;
}

/**
 * The shape of each cell format of a styles part, by its index (a cell's `s`); empty when the
 * part is absent or cannot be parsed (numbers are then read as they are stored).
 */
export function cellFormatShapes(stylesXml: string | null, part = 'xl/styles.xml'): (NumberShape | null)[] {
  if (stylesXml === null) return [];
  let root: XElement;
  try {
    root = parseXml(stylesXml, part).root;
  } catch {
    return [];
  }
  const codes = new Map<number, string>();
  for (const f of kids(kid(root, 'numFmts'), 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
  }
  return kids(kid(root, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? '0');
    if (!Number.isInteger(id)) return null;
    // A custom code declared for an id (even a built-in one) is what the file shows.
    const code = codes.get(id);
    return code !== undefined ? numberFormatShape(code) : builtInShape(id);
  });
}

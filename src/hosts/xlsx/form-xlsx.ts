/**
 * A submission form (src/workbook/forms.ts) as an .xlsx package, written part by part with jszip:
 * the same bytes from the command line and from the task pane (which may not bundle exceljs).
 * Sheets protected without a password, open cells unlocked and shaded with their data validation and
 * input message, frozen header, column widths, A4 portrait one page wide, and the marker name.
 */
import JSZip from 'jszip';
import type { FormBook, FormSheet, FormValidation } from '../../workbook/forms';
import type { Cell } from '../../workbook/grid';
import { cellText, columnName } from './sheet-xml';
import { escapeAttr, escapeText, NS } from './xml';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell formats (cellXfs indexes) of a form. */
const XF = { plain: 0, header: 1, title: 2, wrap: 3, number: 4, open: 5, openWrap: 6 } as const;

const STYLES = `${XML}<styleSheet xmlns="${NS.main}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.###"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="hair"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function cellXml(ref: string, c: Cell, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (typeof c === 'number' && Number.isFinite(c)) return `<c r="${ref}"${style}><v>${c}</v></c>`;
  if (typeof c === 'string' && c !== '') {
    const t = cellText(c);
    return `<c r="${ref}"${style} t="inlineStr"><is><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${t}</t></is></c>`;
  }
  if (typeof c === 'boolean') return `<c r="${ref}"${style} t="b"><v>${c ? 1 : 0}</v></c>`;
  return style ? `<c r="${ref}"${style}/>` : '';
}

function sheetViews(freeze: FormSheet['freeze'], first: boolean): string {
  const selected = first ? ' tabSelected="1"' : '';
  if (freeze.rows <= 0 && freeze.cols <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = `${columnName(Math.max(freeze.cols, 0))}${Math.max(freeze.rows, 0) + 1}`;
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  return `<sheetViews><sheetView${selected} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

function validationXml(v: FormValidation, ref: string): string {
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeAttr(v.errorTitle)}" error="${escapeAttr(v.error)}" promptTitle="${escapeAttr(v.promptTitle)}" prompt="${escapeAttr(v.prompt)}" sqref="${ref}"`;
  if (v.type === 'list') return `<dataValidation type="list" ${common}><formula1>${escapeText(`"${(v.list ?? []).join(',')}"`)}</formula1></dataValidation>`;
  if (v.max === null || v.max === undefined)
    return `<dataValidation type="decimal" operator="greaterThanOrEqual" ${common}><formula1>${v.min ?? 0}</formula1></dataValidation>`;
  return `<dataValidation type="decimal" operator="between" ${common}><formula1>${v.min ?? 0}</formula1><formula2>${v.max}</formula2></dataValidation>`;
}

export function formSheetXml(sheet: FormSheet, first: boolean): string {
  const open = new Map(sheet.open.map((o) => [`${o.row}:${o.col}`, o] as const));
  const wrap = new Set(sheet.wrap ?? []);
  const headers = new Set(sheet.headerRows);
  const titles = new Set(sheet.titleRows);
  let width = sheet.columns.length;
  for (const r of sheet.rows) width = Math.max(width, r.length);
  for (const o of sheet.open) width = Math.max(width, o.col + 1);
  const styleOf = (r: number, j: number): number => {
    if (headers.has(r)) return XF.header;
    if (titles.has(r)) return XF.title;
    if (open.has(`${r}:${j}`)) return wrap.has(j) ? XF.openWrap : XF.open;
    if (wrap.has(j)) return XF.wrap;
    return sheet.columns[j]?.numFmt ? XF.number : XF.plain;
  };
  const rows: string[] = [];
  const lastRow = Math.max(sheet.rows.length, ...sheet.open.map((o) => o.row + 1));
  for (let r = 0; r < lastRow; r++) {
    const cells: string[] = [];
    for (let j = 0; j < width; j++) {
      const s = styleOf(r, j);
      const c = sheet.rows[r]?.[j] ?? null;
      cells.push(cellXml(`${columnName(j)}${r + 1}`, c, s === XF.wrap && c === null ? 0 : s));
    }
    const body = cells.join('');
    if (body) rows.push(`<row r="${r + 1}">${body}</row>`);
  }
  const cols = sheet.columns.map((c, j) => `<col min="${j + 1}" max="${j + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const validations = sheet.open.filter((o) => o.validation).map((o) => validationXml(o.validation!, `${columnName(o.col)}${o.row + 1}`));
  return [
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    sheetViews(sheet.freeze, first),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    rows.length ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>',
    sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : '',
    validations.length ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '',
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    '</worksheet>',
  ].join('');
}

/** The form as .xlsx bytes. `now` stamps the file's creation time (tests pass a fixed one). */
export async function formXlsx(book: FormBook, now: Date = new Date()): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheets = book.sheets.map((s, i) => ({ sheet: s, part: `worksheets/sheet${i + 1}.xml`, rid: `rId${i + 1}` }));
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((s) => `<Override PartName="/xl/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  zip.file(
    'docProps/core.xml',
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Thi đua</dc:creator><dc:title>${escapeText(book.unit)}</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeAttr(s.sheet.name)}" sheetId="${i + 1}" r:id="${s.rid}"/>`)
      .join('')}</sheets><definedNames><definedName name="${escapeAttr(book.marker.name)}">${escapeText(book.marker.reference)}</definedName></definedNames></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${NS.pkgRel}">${sheets
      .map((s) => `<Relationship Id="${s.rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${s.part}"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES);
  sheets.forEach((s, i) => zip.file(`xl/${s.part}`, formSheetXml(s.sheet, i === 0)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

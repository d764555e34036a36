/**
 * A package written by hand the way Excel (or the Open XML SDK) writes one, from a grid: shared
 * strings, a theme, a calcChain for a formula on a user sheet, mc:Ignorable extension namespaces,
 * `x14ac:` attributes, a `_xlnm._FilterDatabase` sheet-local name and a differential number
 * format. With `prefix: 'x'` the workbook, styles, worksheet and string parts name SpreadsheetML
 * elements as `x:…` (as Open XML SDK programs do) — exceljs cannot read those, the writer must.
 */
import JSZip from 'jszip';
import { isCellError, type Cell, type WorkbookGrid } from '../../src/workbook/grid';
import { columnName } from '../../src/hosts/xlsx/sheet-xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface ExcelLikeOptions {
  /** The namespace prefix of SpreadsheetML elements (none: the default namespace, as Excel). */
  prefix?: string;
  /** A user sheet holding a formula over the first data cell, with a calcChain entry. */
  formulaSheet?: string;
  /** Text as inline strings (`t="inlineStr"`, as Google Sheets and streaming writers do), no shared strings. */
  inline?: boolean;
}

export async function excelLike(grid: WorkbookGrid, o: ExcelLikeOptions = {}): Promise<Uint8Array> {
  const p = o.prefix ? `${o.prefix}:` : '';
  const xmlns = o.prefix ? `xmlns:${o.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const sst = new Map<string, number>();
  const si = (s: string): number => {
    if (!sst.has(s)) sst.set(s, strings.push(s) - 1);
    return sst.get(s)!;
  };
  const sheets = [...grid.sheets.map((s) => ({ name: s.name, rows: s.rows as Cell[][] })), ...(o.formulaSheet ? [{ name: o.formulaSheet, rows: [['Tổng hợp'], ['Chỉ tiêu 1', null]] as Cell[][] }] : [])];
  const zip = new JSZip();
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  sheets.forEach((s, k) => {
    const rows = s.rows.map((cells, i) => {
      const cs = cells.map((c, j) => {
        const ref = `${columnName(j)}${i + 1}`;
        if (c === null || c === '') return '';
        if (typeof c === 'number') return `<${p}c r="${ref}" s="1"><${p}v>${c}</${p}v></${p}c>`;
        if (typeof c === 'boolean') return `<${p}c r="${ref}" t="b"><${p}v>${c ? 1 : 0}</${p}v></${p}c>`;
        if (isCellError(c)) return `<${p}c r="${ref}" t="e"><${p}v>${c.error}</${p}v></${p}c>`;
        if (typeof c === 'object') return `<${p}c r="${ref}"><${p}f>${c.formula}</${p}f></${p}c>`;
        if (o.inline) return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t${/^\s|\s$/.test(c) ? ' xml:space="preserve"' : ''}>${esc(c)}</${p}t></${p}is></${p}c>`;
        return `<${p}c r="${ref}" t="s"><${p}v>${si(c)}</${p}v></${p}c>`;
      });
      if (o.formulaSheet && s.name === o.formulaSheet && i === 1) cs[1] = `<${p}c r="B2"><${p}f>1+1</${p}f><${p}v>2</${p}v></${p}c>`;
      return `<${p}row r="${i + 1}" spans="1:${Math.max(1, cells.length)}" x14ac:dyDescent="0.25">${cs.join('')}</${p}row>`;
    });
    zip.file(
      `xl/worksheets/sheet${k + 1}.xml`,
      `${head}<${p}worksheet ${xmlns} xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="${X14AC}"><${p}sheetViews><${p}sheetView ${k === 0 ? 'tabSelected="1" ' : ''}workbookViewId="0"/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><${p}sheetData>${rows.join('')}</${p}sheetData><${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>`,
    );
  });
  const n = sheets.length;
  const formulaId = o.formulaSheet ? n : 0;
  zip.file(
    'xl/sharedStrings.xml',
    `${head}<${p}sst ${xmlns} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<${p}si><${p}t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</${p}t></${p}si>`).join('')}</${p}sst>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${head}<${p}workbook ${xmlns} xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><${p}fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><${p}workbookPr defaultThemeVersion="166925"/><${p}bookViews><${p}workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></${p}bookViews><${p}sheets>${sheets
      .map((s, k) => `<${p}sheet name="${esc(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`)
      .join('')}</${p}sheets><${p}definedNames><${p}definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'${esc(sheets[1]!.name.replace(/'/g, "''"))}'!$A$1:$B$2</${p}definedName></${p}definedNames><${p}calcPr calcId="191029"/></${p}workbook>`,
  );
  const rels = sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${RT}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 1}" Type="${RT}/theme" Target="theme/theme1.xml"/>`, `<Relationship Id="rId${n + 2}" Type="${RT}/styles" Target="styles.xml"/>`, `<Relationship Id="rId${n + 3}" Type="${RT}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (formulaId) {
    rels.push(`<Relationship Id="rId${n + 4}" Type="${RT}/calcChain" Target="calcChain.xml"/>`);
    zip.file('xl/calcChain.xml', `${head}<${p}calcChain ${xmlns}><${p}c r="B2" i="${formulaId}" l="1"/></${p}calcChain>`);
  }
  zip.file('xl/_rels/workbook.xml.rels', `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('xl/theme/theme1.xml', `${head}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements/></a:theme>`);
  zip.file(
    'xl/styles.xml',
    `${head}<${p}styleSheet ${xmlns} xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="${X14AC}"><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="0.0"/></${p}numFmts><${p}fonts count="1" x14ac:knownFonts="1"><${p}font><${p}sz val="11"/><${p}color theme="1"/><${p}name val="Calibri"/><${p}family val="2"/><${p}scheme val="minor"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles><${p}dxfs count="1"><${p}dxf><${p}numFmt numFmtId="170" formatCode="0.000"/></${p}dxf></${p}dxfs><${p}tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></${p}styleSheet>`,
  );
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    ...sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="${CT}.worksheet+xml"/>`),
    `<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`,
    ...(formulaId ? [`<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>`] : []),
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`,
  ];
  zip.file(
    '[Content_Types].xml',
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${RT}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file('docProps/app.xml', `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`);
  zip.file('docProps/core.xml', `${head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Phòng Thi đua</dc:creator></cp:coreProperties>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

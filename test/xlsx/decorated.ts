/**
 * A workbook with what exceljs does not model, added to a package by hand: a chart and a picture
 * on the data sheet (a drawing with its relationships), a custom XML part related from the
 * workbook (as SharePoint and Office add-ins store metadata), and a part of an unknown kind.
 */
import JSZip from 'jszip';
import { sheetPaths } from '../robustness/support/xlsx';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

export const CHART = `${head}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Biểu đồ thực hiện</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Thực hiện</c:v></c:tx><c:cat><c:strRef><c:f>'Số liệu'!$A$2:$A$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Số liệu'!$D$2:$D$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (from: [number, number], to: [number, number], body: string): string =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

export const DRAWING = `${head}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">${anchor(
  [9, 1],
  [16, 16],
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>',
)}${anchor(
  [9, 18],
  [11, 22],
  '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
)}</xdr:wsDr>`;

export const CUSTOM_XML = `${head}<thidua:meta xmlns:thidua="urn:example:thidua"><thidua:owner>Phòng Thi đua – Khen thưởng</thidua:owner></thidua:meta>`;

/** Parts `decorate` adds, which must come out as they went in. */
export const ADDED = ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/media/image1.png', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels', 'xl/thidua-unknown/blob.bin'];

/** The package with a chart and a picture on `sheet`, a custom XML part and an unknown part. */
export async function decorate(bytes: Uint8Array, sheet = 'Số liệu'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetPaths(zip)).get(sheet)!;
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = `${dir}_rels/${part.slice(dir.length)}.rels`;
  if (zip.file(rels)) throw new Error(`${rels} exists already`);
  zip.file(rels, `${head}<Relationships xmlns="${RELS}"><Relationship Id="rIdDr1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`);
  zip.file(part, (await zip.file(part)!.async('string')).replace('</worksheet>', '<drawing r:id="rIdDr1"/></worksheet>'));
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', `${head}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`);
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/media/image1.png', PNG);
  zip.file('customXml/item1.xml', CUSTOM_XML);
  zip.file('customXml/itemProps1.xml', `${head}<ds:datastoreItem ds:itemID="{6C0A8E1B-7F2A-4C55-9B61-3E1D2C4B5A69}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`);
  zip.file('customXml/_rels/item1.xml.rels', `${head}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  zip.file('xl/thidua-unknown/blob.bin', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
  const wbRels = 'xl/_rels/workbook.xml.rels';
  zip.file(wbRels, (await zip.file(wbRels)!.async('string')).replace('</Relationships>', `<Relationship Id="rIdCx1" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  const ct = '[Content_Types].xml';
  const overrides = [
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
  ];
  let types = await zip.file(ct)!.async('string');
  if (!/Extension="png"/i.test(types)) types = types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>');
  zip.file(ct, types.replace('</Types>', `<Default Extension="bin" ContentType="application/octet-stream"/>${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * One implementation of the add-in's own sheets: the marker rules themselves, and the exceljs reader
 * and the surgical writer's package reader finding the same own sheets in one file whose markers
 * are written in the ways other programs write them (lower case, unquoted, sheet-local, dangling).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readMarkers } from '../../src/hosts/exceljs';
import { readPackage } from '../../src/hosts/xlsx/package';
import { sheetOfReference, markerKind as officeMarkerKind } from '../../src/hosts/office/markers';
import { markerFormula, markerKind, markerSheet, ownSheets } from '../../src/workbook/own-sheets';

describe('the marker rules', () => {
  test('a marker name is recognised without case, as Excel compares names', () => {
    expect(markerKind('ThiDua_KetQua')).toBe('results');
    expect(markerKind('THIDUA_KETQUA')).toBe('results');
    expect(markerKind('ThiDua_KetQua2')).toBeNull();
    expect(officeMarkerKind('thidua_chitiet')).toBe('detail');
  });

  test('the sheet a reference points to: quoted, doubled quotes, unquoted, with =; none for #REF!', () => {
    expect(markerSheet("='Kết quả'!$A$1")).toBe('Kết quả');
    expect(markerSheet("'It''s'!A1")).toBe("It's");
    expect(markerSheet('Sheet1!$A$1')).toBe('Sheet1');
    expect(markerSheet('=#REF!')).toBeNull();
    expect(markerSheet('$A$1')).toBeNull();
    expect(markerSheet(markerFormula("Đơn vị's"))).toBe("Đơn vị's");
    expect(sheetOfReference("='Kết quả (2)'!$A$1")).toBe('Kết quả (2)');
  });

  test('only workbook-level markers naming an existing sheet exactly count', () => {
    const found = ownSheets(
      [
        { name: 'ThiDua_KetQua', reference: "'Kết quả'!$A$1" },
        { name: 'thidua_denghi', reference: 'DeNghi!$A$1' },
        { name: 'ThiDua_ChiTiet', reference: "'Chi tiết điểm'!$A$1", local: true },
        { name: 'ThiDua_CanhBao', reference: '#REF!' },
        { name: 'ThiDua_CongThuc', reference: "'kết quả'!$A$1" },
      ],
      ['Kết quả', 'DeNghi', 'Chi tiết điểm'],
    );
    expect([...found]).toEqual([
      ['Kết quả', 'results'],
      ['DeNghi', 'nominations'],
    ]);
  });
});

describe('every host reads the markers alike', () => {
  test('the exceljs reader and the package reader find the same own sheets', async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ['Tiêu chí', 'Kết quả', 'DeNghi', 'Chi tiết điểm']) wb.addWorksheet(name).getCell('A1').value = name;
    wb.definedNames.add("'Kết quả'!$A$1", 'ThiDua_KetQua');
    wb.definedNames.add('DeNghi!$A$1', 'thidua_denghi');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const viaExceljs = readMarkers(wb);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const viaPackage = (await readPackage(await JSZip.loadAsync(bytes))).markers;
    expect([...readMarkers(reread)].sort()).toEqual([...viaPackage].sort());
    expect([...viaExceljs].sort()).toEqual([
      ['DeNghi', 'nominations'],
      ['Kết quả', 'results'],
    ]);
    expect([...viaPackage].sort()).toEqual([...viaExceljs].sort());
  });
});

/**
 * The output opens with exceljs (the CLI's reader) and holds the output sheets with their values and
 * markers; scoring it again gives the same result JSON and rewrites the own sheets in place (same
 * parts, sheetIds and relationships; nothing duplicated), in either language, even renamed. Output
 * sheets are placed exactly as the exceljs writer places them (names and warnings).
 */
import JSZip from 'jszip';
import { loadXlsx, writeOutputs } from '../../src/hosts/exceljs';
import { addOutputSheets } from '../../src/hosts/xlsx';
import { scoreGrid } from '../../src/workbook/pipeline';
import { sheetValues } from '../cli/helpers';
import { base } from '../robustness/corpus';
import { richWorkbook } from '../robustness/support/rich';
import { contents, fixture, markersOf, partText, score, sheetsOf, withParts } from './support';

/** Rows with blanks as null and no trailing blanks, however a writer or reader spells them. */
function plain(rows: readonly (readonly unknown[] | undefined)[]): unknown[][] {
  const out = Array.from({ length: rows.length }, (_, i) => {
    const r = Array.from({ length: rows[i]?.length ?? 0 }, (_, j) => {
      const c = rows[i]![j];
      return c === undefined || c === null || c === '' || (typeof c === 'number' && !Number.isFinite(c)) ? null : c;
    });
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

const MARKED = { 'Kết quả': 'results', 'Chi tiết điểm': 'detail', 'Đề nghị khen thưởng': 'nominations' };
/** With the Warnings sheet, written when the run has warnings. */
const WARNED = { ...MARKED, 'Cảnh báo': 'warnings' };

describe('the output workbook', () => {
  it('opens with exceljs: the input grid as it was, the output sheets marked, their values those of the JSON', async () => {
    const input = fixture('hai-phong-huyen-2024');
    const r = await score(input);
    expect(r.code).toBe(0);
    const loaded = await loadXlsx(r.out);
    expect(r.json.diagnostics.length).toBeGreaterThan(0);
    expect(Object.fromEntries(loaded.markers)).toEqual(WARNED);
    expect(loaded.grid).toEqual((await loadXlsx(input)).grid);
    const results = sheetValues(loaded.workbook.getWorksheet('Kết quả')!);
    expect(results[0]![0]).toMatch(/^KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA/);
    expect(results[2]!.slice(0, 2)).toEqual(['Hạng', 'Đơn vị']);
    expect(results.slice(3).map((row) => [row[0], row[1]])).toEqual(r.json.units.map((u) => [u.rank, u.unit]));
    const totalCol = results[2]!.indexOf('Tổng điểm');
    expect(results.slice(3).map((row) => row[totalCol])).toEqual(r.json.units.map((u) => u.total));
    // Every value of every output sheet, as the engine made it (blank where it is null, '' or not finite).
    const scored = scoreGrid(loaded.grid, 'vi');
    // exceljs gives every cell of a merged title its first cell's value: titles are compared by that cell.
    const titlesOnly = (rows: unknown[][], titles: number[]): unknown[][] => rows.map((row, i) => (titles.includes(i) ? row.slice(0, 1) : row));
    for (const sheet of scored.sheets)
      expect({ sheet: sheet.name, rows: titlesOnly(plain(sheetValues(loaded.workbook.getWorksheet(sheet.name)!)), sheet.titleRows) }).toEqual({ sheet: sheet.name, rows: titlesOnly(plain(sheet.rows), sheet.titleRows) });
    const noms = sheetValues(loaded.workbook.getWorksheet('Đề nghị khen thưởng')!);
    expect(noms[2]).toEqual(['STT', 'Đơn vị', 'Hình thức đề nghị', 'Tổng điểm', 'Hạng', 'Căn cứ']);
    expect(noms.slice(3, 3 + r.json.nominations.length).map((n) => n[1])).toEqual(r.json.nominations.map((n) => n.unit));
    expect(await partText(r.out, 'xl/workbook.xml')).toContain(`<definedName name="ThiDua_KetQua">'Kết quả'!$A$1</definedName>`);
  });

  it('scored again: the same result JSON, own sheets rewritten in their parts, nothing added; then in English', async () => {
    const first = await score(fixture('example-a'));
    const second = await score(first.out);
    expect(second.json).toEqual(first.json);
    expect(await sheetsOf(second.out)).toEqual(await sheetsOf(first.out));
    expect(await markersOf(second.out)).toEqual(MARKED);
    expect([...(await contents(second.out)).keys()].sort()).toEqual([...(await contents(first.out)).keys()].sort());
    expect(second.err.join('\n')).not.toContain('(2)');
    // The whole file is the same but for the sheets' contents (none changed here) and the zip dates.
    for (const [n, bytes] of await contents(first.out)) expect({ n, same: Buffer.from((await contents(second.out)).get(n)!).equals(Buffer.from(bytes)) }).toEqual({ n, same: true });

    const english = await score(second.out, '--lang', 'en');
    expect(english.json.units.map((u) => u.total)).toEqual(first.json.units.map((u) => u.total));
    expect(await sheetsOf(english.out)).toEqual(await sheetsOf(first.out));
    const wb = (await loadXlsx(english.out)).workbook;
    expect(sheetValues(wb.getWorksheet('Kết quả')!)[2]!.slice(0, 2)).toEqual(['Rank', 'Unit']);
  });

  it('an own sheet the user renamed (quotes and & in its name) is rewritten under its new name', async () => {
    const first = await score(fixture('example-a'));
    const renamed = "Bảng 'xếp hạng' & kết quả";
    const moved = await withParts(first.out, {}, {
      'xl/workbook.xml': (xml) =>
        xml.replace('name="Kết quả"', `name="${renamed.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}"`).replace("'Kết quả'!$A$1", `'${renamed.replace(/'/g, "''").replace(/&/g, '&amp;')}'!$A$1`),
    });
    expect(await markersOf(moved)).toEqual({ ...MARKED, 'Kết quả': undefined, [renamed]: 'results' });
    const again = await score(moved);
    expect(again.code).toBe(0);
    const sheets = await sheetsOf(again.out);
    expect(sheets).toEqual(await sheetsOf(moved));
    expect(sheets.map((s) => s.name)).not.toContain('Kết quả');
    const wb = (await loadXlsx(again.out)).workbook;
    expect(sheetValues(wb.getWorksheet(renamed)!)[2]!.slice(0, 2)).toEqual(['Hạng', 'Đơn vị']);
    expect(await partText(again.out, 'xl/workbook.xml')).toContain(`<definedName name="ThiDua_KetQua">'Bảng ''xếp hạng'' &amp; kết quả'!$A$1</definedName>`);
  });
});

describe('placement is the exceljs writer’s', () => {
  it('user sheets “Kết quả”, “Kết quả (2)” and “chi tiết điểm”: the same names and the same warnings in both writers', async () => {
    const grid = base();
    const input = await richWorkbook({ ...grid, sheets: [...grid.sheets, { name: 'Kết quả (2)', rows: [['của tôi']] }, { name: 'chi tiết điểm', rows: [[1, 2, 3]] }] });
    const loaded = await loadXlsx(input);
    const scored = scoreGrid(loaded.grid, 'vi');
    const surgical = await addOutputSheets(input, scored.sheets);
    if (!surgical.ok) throw new Error(surgical.reason);
    const notes = writeOutputs(loaded.workbook, scored.sheets);
    expect(surgical.notes).toEqual(notes);
    expect((await sheetsOf(surgical.bytes)).map((s) => s.name)).toEqual(loaded.workbook.worksheets.map((w) => w.name));
    expect(surgical.notes.map((n) => `${n.sheet} ${n.code} ${n.params?.written}`)).toEqual(['Kết quả userSheetKept Kết quả (3)', 'chi tiết điểm userSheetKept Chi tiết điểm (2)']);
    // The Warnings sheet lists the run's warnings and these two notes.
    expect(await markersOf(surgical.bytes)).toEqual({ 'Kết quả (3)': 'results', 'Chi tiết điểm (2)': 'detail', 'Đề nghị khen thưởng': 'nominations', 'Cảnh báo': 'warnings' });
    const listed = sheetValues((await loadXlsx(surgical.bytes)).workbook.getWorksheet('Cảnh báo')!).map((row) => String(row[4] ?? ''));
    expect(listed.filter((m) => m.includes('Kết quả (3)') || m.includes('Chi tiết điểm (2)'))).toHaveLength(2);
    // New sheets get new parts, ids and relationships, after every existing one.
    const zip = await JSZip.loadAsync(surgical.bytes);
    const sheets = await sheetsOf(surgical.bytes);
    const fresh = sheets.slice(-3);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(sheets.length);
    expect(new Set(sheets.map((s) => s.rId)).size).toBe(sheets.length);
    for (const s of fresh) expect(zip.file(s.part!)).not.toBeNull();
  });
});

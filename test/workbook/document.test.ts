/**
 * The sheet document's helpers (fitted widths, tables, titles), the output sheets laid out for
 * print, and the Warnings sheet with its placement.
 */
import type { Diagnostic } from '../../src/engine/diagnostics';
import { cellChars, fitColumns, pageOf, shownNumber, tableAreas } from '../../src/workbook/document';
import { outputSheets, titleOf, type OutputSheet } from '../../src/workbook/output';
import { placeOutputs } from '../../src/workbook/placement';
import { scoreGrid } from '../../src/workbook/pipeline';
import { warningsSheet } from '../../src/workbook/warnings';
import { longWorkbook } from './grids';

const scored = () => {
  const s = scoreGrid(longWorkbook(), 'vi');
  expect(s.result.ok).toBe(true);
  return s.result;
};

describe('fitting columns to the content', () => {
  it('numbers get room for their shown text plus a margin, so they never show as ###', () => {
    expect(shownNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(shownNumber(0.12345, '0.00%')).toBe('12.35%');
    expect(shownNumber(7, '0')).toBe('7');
    expect(cellChars(1234567.891, '#,##0.00')).toBe(12);
    const [col] = fitColumns([[1234567.891]], [{ width: 4, numFmt: '#,##0.00' }]);
    expect(col!.width).toBe(12 + 3);
    expect(col!.wrap).toBeUndefined();
  });

  it('text is never cut: the longest text fits, and text longer than the cap wraps in its column', () => {
    const name = 'Ủy ban nhân dân huyện Thủy Nguyên';
    const [fit] = fitColumns([[name], ['An Lão']], [{ width: 8 }]);
    expect(fit!.width).toBe(name.length + 2);
    const long = 'x'.repeat(200);
    const [capped] = fitColumns([[long]], [{ width: 8 }], { max: 60 });
    expect(capped).toEqual({ width: 60, wrap: true });
  });

  it('a header wraps: its longest word fits, on at most four lines; titles do not count', () => {
    const rows = [['A very long title that runs over the empty cells beside it'], [], ['Điểm tối đa của tiêu chí'], [1]];
    const [col] = fitColumns(rows, [{ width: 3 }], { skip: [0], headers: [2] });
    expect(col!.width).toBeGreaterThanOrEqual(Math.ceil('tiêu'.length * 1.1) + 1);
    expect(col!.width).toBeGreaterThanOrEqual(Math.ceil(('Điểm tối đa của tiêu chí'.length * 1.1) / 4) + 2);
    expect(col!.width).toBeLessThan(20);
  });

  it('tables run from each header row to the last row before a blank one', () => {
    const rows = [['T'], [], ['h1', 'h2'], [1, 2], [3, 4], [], ['T2'], ['h'], [5]];
    expect(tableAreas(rows, [2, 7], 3)).toEqual([
      { top: 2, left: 0, bottom: 4, right: 2 },
      { top: 7, left: 0, bottom: 8, right: 2 },
    ]);
  });

  it('a sheet that says nothing prints A4 landscape, fitted to the width; its own settings win', () => {
    expect(pageOf({})).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(pageOf({ page: { orientation: 'portrait', margins: { left: 1 } } })).toMatchObject({ orientation: 'portrait', margins: { left: 1, right: pageOf({}).margins.right } });
  });
});

describe('output sheets laid out for print', () => {
  it('titles name the cluster, the period and the year', () => {
    expect(titleOf({ cluster: 'Cụm 3', period: '6 tháng đầu năm', year: 2024 }, 'KẾT QUẢ')).toBe('KẾT QUẢ — Cụm 3 — 6 tháng đầu năm 2024');
    expect(titleOf({ cluster: 'Cụm 3', period: null, year: 2024 }, 'KẾT QUẢ')).toBe('KẾT QUẢ — Cụm 3 — năm 2024');
    expect(titleOf({ cluster: 'Cluster 3', period: null, year: 2024 }, 'RESULTS', 'en')).toBe('RESULTS — Cluster 3 — year 2024');
    expect(titleOf({ cluster: null, period: null, year: null }, 'KẾT QUẢ')).toBe('KẾT QUẢ');
  });

  it('each sheet: header rows repeated, tables ruled, the title merged over the table and tall enough, widths fitted', () => {
    const result = scored();
    for (const s of outputSheets(result, 'vi')) {
      const width = s.columns.length;
      expect({ name: s.name, titles: s.printTitles }).toEqual({ name: s.name, titles: { first: 0, last: s.headerRows[0] } });
      const last = s.rows.findIndex((r, i) => i > s.headerRows[0]! && r.length === 0);
      const bottom = (last < 0 ? s.rows.length : last) - 1;
      expect(s.borders![0]).toBe(`A${s.headerRows[0]! + 1}:${String.fromCharCode(64 + width)}${bottom + 1}`);
      expect(s.merges).toContain(`A1:${String.fromCharCode(64 + width)}1`);
      expect(s.wrapTitles).toBe(true);
      expect(s.rowHeights!.find((h) => h.row === 0)!.points).toBeGreaterThanOrEqual(18);
      // Every text of a data column fits its column or wraps in it; every number fits.
      s.rows.forEach((row, i) => {
        if (s.titleRows.includes(i) || s.headerRows.includes(i)) return;
        row.forEach((c, j) => {
          const col = s.columns[j]!;
          if (col.wrap) return;
          expect({ sheet: s.name, i, j, fits: cellChars(c, col.numFmt) <= col.width }).toEqual({ sheet: s.name, i, j, fits: true });
        });
      });
    }
    // Unit names in Kết quả are never cut.
    const k = outputSheets(result, 'vi')[0]!;
    expect(k.columns[1]!.width).toBeGreaterThanOrEqual(Math.max(...result.units.map((u) => u.unit.length)));
  });

  it('the nominations sheet rules both of its tables', () => {
    const n = outputSheets(scored(), 'vi')[2]!;
    expect(n.borders).toHaveLength(n.headerRows.length);
  });
});

describe('the Warnings sheet', () => {
  const at = (sheet: string, cell: string, code: Diagnostic['code'], params: Diagnostic['params'] = {}): Diagnostic => ({ severity: 'warning', sheet, cell, code, params });

  it('lists every diagnostic: number, severity, sheet, the cell as a link, the message as text', () => {
    const result = scored();
    const w = warningsSheet({ ...result, diagnostics: [at('Số liệu', 'D7', 'zeroTarget', { unit: '=1+1', code: '1.1' }), at('Khen thưởng', 'A1', 'missingSheet', { sheet: 'Khen thưởng', alias: 'Awards' })] }, 'vi');
    expect(w.kind).toBe('warnings');
    expect(w.name).toBe('Cảnh báo');
    expect(w.rows[2]).toEqual(['STT', 'Mức độ', 'Trang', 'Ô', 'Nội dung']);
    expect(w.rows[3]!.slice(0, 4)).toEqual([1, 'Cảnh báo', 'Số liệu', 'D7']);
    expect(typeof w.rows[3]![4]).toBe('string');
    expect(String(w.rows[3]![4])).toContain('=1+1');
    // A sheet that is not in the workbook has no cell to go to: no link.
    expect(w.links).toEqual([{ row: 3, col: 3, sheet: 'Số liệu', cell: 'D7' }]);
    expect(w.printTitles).toEqual({ first: 0, last: 2 });
    expect(w.columns[4]!.wrap).toBe(true);
    const en = warningsSheet({ ...result, diagnostics: [at('Data', 'B2', 'zeroTarget', { unit: 'A', code: '1' })] }, 'en');
    expect([en.name, en.rows[2], en.rows[3]!.slice(1, 4)]).toEqual(['Warnings', ['No.', 'Severity', 'Sheet', 'Cell', 'Message'], ['Warning', 'Data', 'B2']]);
  });

  it('is placed after the other outputs when the run has warnings, and carries the notes of the placement', () => {
    const result = scored();
    const sheets: OutputSheet[] = [...outputSheets(result, 'vi'), warningsSheet({ ...result, diagnostics: [] }, 'vi')];
    // No diagnostics, no own Warnings sheet: nothing to write.
    expect(placeOutputs([], sheets).placements.map((p) => p.name)).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    // An earlier run's Warnings sheet is brought up to date: "no warnings".
    const again = placeOutputs([{ name: 'Cảnh báo', marker: 'warnings' }], sheets).placements.at(-1)!;
    expect([again.name, again.reuse, again.sheet.rows[3]]).toEqual(['Cảnh báo', true, [null, 'Không có cảnh báo nào.']]);
    // A user's "Kết quả" and "Cảnh báo" kept: both notes are listed in the Warnings sheet.
    const placed = placeOutputs(
      [
        { name: 'Kết quả', marker: null },
        { name: 'cảnh báo', marker: null },
      ],
      sheets,
    );
    const w = placed.placements.at(-1)!;
    expect(w.name).toBe('Cảnh báo (2)');
    expect(placed.notes.map((n) => n.params.written)).toEqual(['Kết quả (2)', 'Cảnh báo (2)']);
    expect(w.sheet.rows.slice(3).map((r) => [r[2], r[3]])).toEqual([
      ['Kết quả', 'A1'],
      ['cảnh báo', 'A1'],
    ]);
  });

  it('the pipeline gives it after the three outputs, in the run language', () => {
    const s = scoreGrid(longWorkbook(), 'en');
    expect(s.sheets.at(-1)!.name).toBe('Warnings');
    expect(s.sheets.at(-1)!.rows.length - 3).toBe(s.result.diagnostics.length);
  });
});

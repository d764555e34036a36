/** The long layout read into columns (workbook/read-columns.ts): the figures, their cells, the manual score typed in `Thực hiện`. */
import { readWorkbook } from '../../src/workbook/read';
import { FIGURES, longWorkbook, setCell, sheetOf, withSheet } from './grids';

const rowOf = (unit: string, code: string): number => FIGURES.findIndex((f) => f.unit === unit && f.code === code) + 2;

describe('reading Số liệu into columns', () => {
  it('gives every row its figures, read as the record reader read them', () => {
    const { model } = readWorkbook(longWorkbook());
    const cols = model!.columns!;
    expect(cols.length).toBe(FIGURES.length);
    const entries = model!.entries;
    const tn11 = entries.find((e) => e.unit === 'Thủy Nguyên' && e.criterion === '1.1')!;
    // "1.250,5" against a target of 1000: the Vietnamese reading.
    expect(tn11).toMatchObject({ target: 1000, actual: 1250.5, evidence: 'Báo cáo số 12/BC-UBND' });
    expect(entries.find((e) => e.unit === 'An Lão' && e.criterion === '2.2')!.actual).toBe(true);
    expect(entries.find((e) => e.unit === 'Kiến Thụy' && e.criterion === '2.2')!.actual).toBe(false);
    expect(entries.find((e) => e.unit === 'Thủy Nguyên' && e.criterion === '2.1')).toMatchObject({ self: 19, appraised: 18.5 });
    expect(entries.find((e) => e.unit === 'Vĩnh Bảo' && e.criterion === '1.2')).toMatchObject({ target: null, actual: 1 });
  });

  it('makes each cell address only when asked, at the row and column the figure came from', () => {
    const { model } = readWorkbook(longWorkbook());
    const e = model!.entries.find((x) => x.unit === 'Kiến Thụy' && x.criterion === '2.3')!;
    const r = rowOf('Kiến Thụy', '2.3');
    expect(e.at?.unit).toEqual({ sheet: 'Số liệu', cell: `A${r}` });
    expect(e.at?.criterion).toEqual({ sheet: 'Số liệu', cell: `B${r}` });
    expect(e.at?.actual).toEqual({ sheet: 'Số liệu', cell: `D${r}` });
    expect(e.at?.appraised).toEqual({ sheet: 'Số liệu', cell: `F${r}` });
  });

  it('takes a manual score typed in Thực hiện as the self score, at that cell', () => {
    const r = rowOf('An Lão', '2.1');
    let data = setCell(sheetOf(longWorkbook(), 'Số liệu'), r - 1, 4, null);
    data = setCell(data, r - 1, 3, 16);
    const { model } = readWorkbook(withSheet(longWorkbook(), data));
    const e = model!.entries.find((x) => x.unit === 'An Lão' && x.criterion === '2.1')!;
    expect(e).toMatchObject({ actual: 16, self: 16, appraised: null });
    expect(e.at?.self).toEqual({ sheet: 'Số liệu', cell: `D${r}` });
  });

  it('reports a cell that is not a number at that cell, and leaves the figure blank', () => {
    const r = rowOf('Thủy Nguyên', '2.3');
    const data = setCell(sheetOf(longWorkbook(), 'Số liệu'), r - 1, 3, 'bốn');
    const { model, diagnostics } = readWorkbook(withSheet(longWorkbook(), data));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.cell} ${d.code}`)).toEqual([`Số liệu!D${r} notNumber`]);
    expect(model!.entries.find((x) => x.unit === 'Thủy Nguyên' && x.criterion === '2.3')!.actual).toBeNull();
  });
});

describe('the row rules shared with the range reader (data-row.ts)', () => {
  const passFailRows = (): number[] => FIGURES.map((f, i) => (f.code === '2.2' ? i + 2 : -1)).filter((r) => r > 0);

  it('reports the same bad yes/no text at each row it is in, and reads the same good one on every row', () => {
    const rows = passFailRows();
    expect(rows.length).toBeGreaterThan(2);
    let data = sheetOf(longWorkbook(), 'Số liệu');
    // The same text twice (read once, reported twice at its own cells), and "Đạt" in another spelling.
    data = setCell(data, rows[0]! - 1, 3, 'có lẽ');
    data = setCell(data, rows[1]! - 1, 3, 'có lẽ');
    data = setCell(data, rows[2]! - 1, 3, ' ĐẠT ');
    const { model, diagnostics } = readWorkbook(withSheet(longWorkbook(), data));
    expect(diagnostics.filter((d) => d.code === 'notYesNo').map((d) => `${d.sheet}!${d.cell}`)).toEqual([`Số liệu!D${rows[0]}`, `Số liệu!D${rows[1]}`]);
    const unitAt = (r: number): string => FIGURES[r - 2]!.unit;
    const e = (r: number) => model!.entries.find((x) => x.unit === unitAt(r) && x.criterion === '2.2')!;
    expect(e(rows[0]!).actual).toBeNull();
    expect(e(rows[1]!).actual).toBeNull();
    expect(e(rows[2]!).actual).toBe(true);
  });

  it('reads a code given as a number on several rows as its text, each row at its own cells', () => {
    const rows = FIGURES.map((f, i) => (f.code === '1.2' ? i + 2 : -1)).filter((r) => r > 0);
    let data = sheetOf(longWorkbook(), 'Số liệu');
    for (const r of rows) data = setCell(data, r - 1, 1, 1.2);
    const plain = readWorkbook(longWorkbook());
    const numbered = readWorkbook(withSheet(longWorkbook(), data));
    expect(numbered.model!.entries.map((x) => [x.unit, x.criterion, x.target, x.actual, x.at?.actual])).toEqual(
      plain.model!.entries.map((x) => [x.unit, x.criterion, x.target, x.actual, x.at?.actual]),
    );
  });
});

/**
 * The compact row form of the sheet document (workbook/row-block.ts): a block reads as the arrays it
 * stands for, the detail sheet is kept in one, and the print layout and the surgical writer read it
 * without making its rows as arrays, giving the same layout and the same bytes.
 */
import { sheetXml } from '../../src/hosts/xlsx/sheet-xml';
import { StyleBook } from '../../src/hosts/xlsx/styles';
import { fitColumns, tableAreas } from '../../src/workbook/document';
import type { Cell } from '../../src/workbook/grid';
import type { OutputSheet } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { blockSheet, patchSheet, RowBlock, RowBlockError, sheetRows, sheetWidth } from '../../src/workbook/row-block';
import { fixture, partText } from '../xlsx/support';
import { longWorkbook } from './grids';

const HEAD: Cell[][] = [['TIÊU ĐỀ'], [], ['Đơn vị', 'Điểm', 'Ghi chú']];
const BODY: Cell[][] = [
  ['Thủy Nguyên', 9.25, 'Đạt'],
  ['An Lão', null, null],
  ['Kiến Thụy', 'Không đạt', '=SUM(A1)'],
  ['Vĩnh Bảo', -0, 'dài '.repeat(30)],
  ['Cát Hải', 1234567.891, null],
];

function filled(expected = 2): RowBlock {
  const block = new RowBlock(HEAD, ['text', 'number', 'text'], expected);
  BODY.forEach((row, i) => {
    expect(block.add()).toBe(HEAD.length + i);
    row.forEach((c, j) => block.set(j, c));
    if (i === 0) block.tone(1, 'good');
    if (i === 2) block.tone(2, 'bad');
  });
  return block;
}

describe('RowBlock', () => {
  it('reads as the rows and tones it was given, past the size it expected', () => {
    const block = filled(2);
    expect(block.length).toBe(HEAD.length + BODY.length);
    for (let i = 0; i < block.length; i++) expect([...block.at(i)!]).toEqual(i < HEAD.length ? HEAD[i] : BODY[i - HEAD.length]);
    expect(block.at(block.length)).toBeUndefined();
    expect(Object.is(block.cell(6, 1), -0)).toBe(true);
    expect(block.cell(5, 1)).toBe('Không đạt');
    expect(block.toneAt(3, 1)).toBe('good');
    expect(block.toneAt(5, 2)).toBe('bad');
    expect(block.toneAt(4, 1)).toBeUndefined();
    expect(block.materialized).toBe(false);
    expect(block.rows()).toEqual([...HEAD, ...BODY]);
    expect(block.toneList()).toEqual([
      { row: 3, col: 1, tone: 'good' },
      { row: 5, col: 2, tone: 'bad' },
    ]);
    expect(block.materialized).toBe(true);
    expect(() => block.add()).toThrow(RowBlockError);
  });

  it('keeps tens of thousands of rows, across its chunks of texts and its grown number columns', () => {
    const block = new RowBlock([], ['text', 'number'], 1000);
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      block.add();
      block.set(0, `r${i}`);
      block.set(1, i % 3 === 0 ? null : i / 4);
      if (i % 5000 === 0) block.tone(1, 'neutral');
    }
    expect(block.length).toBe(n);
    for (const i of [0, 1, 16_383, 16_384, 16_385, 32_767, 32_768, n - 1]) {
      expect(block.cell(i, 0)).toBe(`r${i}`);
      expect(block.cell(i, 1)).toBe(i % 3 === 0 ? null : i / 4);
    }
    expect(block.toneAt(35_000, 1)).toBe('neutral');
    expect(block.toneAt(35_001, 1)).toBeUndefined();
    let texts = 0;
    expect(block.widest(0, (c) => (texts++, String(c).length))).toBe(`r${n - 1}`.length);
    expect(texts).toBe(n);
    // Row 39,999 is blank (a multiple of 3): the largest is row 39,998's 9,999.5; the longest fraction 9,999.25's seven characters.
    expect(block.numberStats(1, true)).toEqual({ maxAbs: 9999.5, negative: false, longestFraction: 7 });
    expect(block.numberStats(1, false).longestFraction).toBe(0);
    expect(block.numberStats(0, true)).toEqual({ maxAbs: -1, negative: false, longestFraction: 0 });
  });

  it('makes a sheet whose rows and tones are made only when read, and kept through a patch', () => {
    const block = filled();
    const sheet = blockSheet<OutputSheet>({ kind: 'detail', name: 'Chi tiết điểm', headerRows: [2], titleRows: [0], columns: [{ width: 5 }, { width: 5 }, { width: 5 }], freeze: { rows: 3, cols: 0 } }, block);
    const patched = patchSheet(sheet, { name: 'Khác' });
    expect(patched.block).toBe(block);
    expect(sheetRows(patched)).toBe(block);
    expect(block.materialized).toBe(false);
    expect(patched.rows).toEqual([...HEAD, ...BODY]);
    expect(patched.tones).toHaveLength(2);
    expect(patched.name).toBe('Khác');
    expect(sheet.name).toBe('Chi tiết điểm');
  });

  it('is as wide as its widest row, as arrays are, without reading its body', () => {
    const block = filled();
    const at = jest.spyOn(block, 'at');
    const cell = jest.spyOn(block, 'cell');
    const sheet = blockSheet<OutputSheet>({ kind: 'detail', name: 'x', headerRows: [2], titleRows: [0], columns: [], freeze: { rows: 0, cols: 0 } }, block);
    expect(sheetWidth(sheet)).toBe(3);
    expect(sheetWidth(sheet, 5)).toBe(5);
    expect(at).not.toHaveBeenCalled();
    expect(cell).not.toHaveBeenCalled();
    const wideHead = new RowBlock([['a', 'b', 'c', 'd']], ['text'], 1);
    wideHead.add();
    expect(sheetWidth(blockSheet<OutputSheet>({ kind: 'detail', name: 'x', headerRows: [], titleRows: [], columns: [], freeze: { rows: 0, cols: 0 } }, wideHead))).toBe(4);
    expect(sheetWidth({ rows: [['a'], [1, 2, 3, 4, 5], []], tones: [] })).toBe(5);
  });

  it('stops measuring a column once a text is over the cap it is given', () => {
    const block = new RowBlock([], ['text'], 4);
    for (const text of ['abc', 'x'.repeat(70), 'y'.repeat(100), 'z']) {
      block.add();
      block.set(0, text);
    }
    const measure = jest.fn((c: Cell) => String(c).length);
    expect(block.widest(0, measure)).toBe(100);
    expect(measure).toHaveBeenCalledTimes(4);
    measure.mockClear();
    expect(block.widest(0, measure, 60)).toBe(70);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(block.widest(0, measure, 500)).toBe(100);
  });

  it('is fitted and ruled as its rows as arrays are', () => {
    const columns = [{ width: 5 }, { width: 5, numFmt: '#,##0.00' }, { width: 5 }];
    const o = { skip: [0], headers: [2], max: 60 };
    expect(fitColumns(filled(), columns, o)).toEqual(fitColumns([...HEAD, ...BODY], columns, o));
    // General format: a fraction's own length counts; a negative number its sign.
    const general = [{ width: 5 }, { width: 5 }, { width: 5 }];
    const negative = new RowBlock(HEAD, ['text', 'number', 'text']);
    for (const row of [...BODY, ['Tiên Lãng', -12.3456789, null]]) {
      negative.add();
      row.forEach((c, j) => negative.set(j, c));
    }
    expect(fitColumns(negative, general, o)).toEqual(fitColumns([...HEAD, ...BODY, ['Tiên Lãng', -12.3456789, null]], general, o));
    expect(fitColumns(negative, columns, o)).toEqual(fitColumns([...HEAD, ...BODY, ['Tiên Lãng', -12.3456789, null]], columns, o));
    expect(tableAreas(filled(), [2], 3)).toEqual(tableAreas([...HEAD, ...BODY], [2], 3));
    // A blank body row ends the table (and a '' counts as blank), as in the arrays.
    const gap: Cell[][] = [BODY[0]!, [null, '', null], BODY[1]!, ['', null, ''], [null, 'Đạt', null]];
    const gapped = new RowBlock(HEAD, ['text', 'number', 'text']);
    for (const row of gap) {
      gapped.add();
      row.forEach((c, j) => gapped.set(j, c));
    }
    expect(tableAreas(gapped, [2], 3)).toEqual(tableAreas([...HEAD, ...gap], [2], 3));
    expect(tableAreas(gapped, [2], 3)[0]!.bottom).toBe(3);
    expect([4, 5, 6, 7].map((r) => gapped.isBlankRow(r))).toEqual([true, false, true, false]);
    expect(filled().materialized).toBe(false);
    // A header row inside the body cannot be: the block's body is data.
    expect(() => fitColumns(filled(), columns, { headers: [2, 4] })).toThrow(RowBlockError);
  });
});

describe('the detail sheet in a block', () => {
  it('is laid out and written by the surgical writer without making its rows, byte for byte as the arrays', async () => {
    const sheets = scoreGrid(longWorkbook(), 'vi').sheets;
    const detail = sheets.find((s) => s.kind === 'detail')!;
    const block = detail.block!;
    expect(block).toBeInstanceOf(RowBlock);
    const styles = await partText(fixture('example-a'), 'xl/styles.xml');
    const fromBlock = sheetXml(detail, new StyleBook(styles));
    expect(block.materialized).toBe(false);
    // The same sheet as plain arrays (what every sheet was before): the same part.
    const plain: OutputSheet = { ...detail, rows: detail.rows.map((r) => [...r]), tones: [...detail.tones], block: undefined };
    expect(sheetXml(plain, new StyleBook(styles))).toEqual(fromBlock);
    expect(plain.rows.length).toBeGreaterThan(3);
    expect(plain.tones.length).toBeGreaterThan(0);
  });
});

describe('the exceljs writer and a block', () => {
  it('writes the detail sheet from its block, as from its arrays, without making them', async () => {
    const { newWorkbook, toBuffer } = await import('../../src/hosts/exceljs');
    const JSZip = (await import('jszip')).default;
    const detail = scoreGrid(longWorkbook(), 'vi').sheets.find((s) => s.kind === 'detail')!;
    const sheetPart = async (sheet: OutputSheet): Promise<string> => {
      const zip = await JSZip.loadAsync(await toBuffer(newWorkbook([sheet])));
      return zip.file('xl/worksheets/sheet1.xml')!.async('string');
    };
    const at = jest.spyOn(RowBlock.prototype, 'at');
    const fromBlock = await sheetPart(detail);
    // Each body row read once (its width from the block, not from a first pass over every row).
    const { head, length } = detail.block!;
    const bodyReads = at.mock.calls.filter(([row]) => row >= head.length).map(([row]) => row);
    at.mockRestore();
    expect(bodyReads).toEqual(Array.from({ length: length - head.length }, (_, i) => head.length + i));
    expect(detail.block!.materialized).toBe(false);
    const plain: OutputSheet = { ...detail, rows: detail.rows.map((r) => [...r]), tones: [...detail.tones], block: undefined };
    expect(await sheetPart(plain)).toEqual(fromBlock);
    // The first data row's last cell (the explanation) is there.
    expect(fromBlock).toMatch(/<c r="K4"/);
  });
});

describe('thidua score with the detail in a block', () => {
  it('writes the result workbook without making the detail rows as arrays', async () => {
    // Imported here: the command line's modules are only needed by this test.
    const { FIXTURES, run, tempDir } = await import('../cli/helpers');
    const path = await import('node:path');
    const rows = jest.spyOn(RowBlock.prototype, 'rows');
    const tones = jest.spyOn(RowBlock.prototype, 'toneList');
    const tmp = tempDir();
    try {
      const r = await run('score', path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx'), '--out', tmp.file('kq.xlsx'));
      expect(r.code).toBe(0);
      expect(tmp.list()).toEqual(['kq.xlsx']);
      expect(rows).not.toHaveBeenCalled();
      expect(tones).not.toHaveBeenCalled();
    } finally {
      rows.mockRestore();
      tones.mockRestore();
      tmp.cleanup();
    }
  });
});

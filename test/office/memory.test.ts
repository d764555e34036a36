/**
 * The in-memory fake behaves like Excel where the host depends on it: load/sync, queued writes,
 * null objects, formulas and text, request size and its limit, fault injection.
 */
/* The first tests break Office.js's load/sync rules on purpose, to see the fake refuse as Excel does. */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/call-sync-before-read */
import { MemoryWorkbook } from '../../src/testing/fake-excel';

const grid = () => ({
  name: 'test.xlsx',
  sheets: [
    { name: 'Số liệu', rows: [['Đơn vị', 'Mã tiêu chí'], ['A', '1.1']] },
    { name: 'Khác', rows: [[null, null], [null, 5]], originRow: 2, originCol: 1 },
  ],
});

describe('load and sync', () => {
  test('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Số liệu');
      await context.sync();
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a loaded property cannot be read before the sync that loads it', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Số liệu').getRange('A1:B2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Đơn vị', 'Mã tiêu chí'],
        ['A', '1.1'],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('collections need items loaded; isNullObject needs a sync', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const missing = sheets.getItemOrNullObject('Không có');
      const present = sheets.getItemOrNullObject('khác');
      expect(() => missing.isNullObject).toThrow();
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Số liệu', 'Khác']);
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('writes are queued and applied at sync, in order', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('C1').values = [['mới']];
      expect(book.valueAt('Số liệu', 'C1')).toBeNull();
      await context.sync();
      expect(book.valueAt('Số liệu', 'C1')).toBe('mới');
    });
    expect(book.stats.syncs).toBe(1);
  });

  test('run syncs what is still queued at the end, like Excel.run', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('C1').values = [['x']];
    });
    expect(book.valueAt('Số liệu', 'C1')).toBe('x');
    expect(book.stats.syncs).toBe(1);
  });

  test('the used range starts where the data starts; values and types come back as Excel gives them', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'S', rows: [[1, null, { error: '#N/A' }], ['x', true, '']], originRow: 4, originCol: 2 }] });
    await book.run(async (context) => {
      const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
      used.load('address,values,valueTypes');
      await context.sync();
      expect(used.address).toBe('S!C5:E6');
      expect(used.values).toEqual([
        [1, '', '#N/A'],
        ['x', true, ''],
      ]);
      expect(used.valueTypes).toEqual([
        ['Double', 'Empty', 'Error'],
        ['String', 'Boolean', 'Empty'],
      ]);
    });
  });

  test('a failing operation fails its sync with Excel-like codes', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      context.workbook.worksheets.add('Số liệu');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      context.workbook.worksheets.getItem('Số liệu').getRange('A1:B2').values = [[1, 2, 3]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

describe('values as Excel stores them', () => {
  test('"=…" becomes a formula, a leading apostrophe makes text, numbers-as-text become numbers', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('A5:F5').values = [['=1+1', "'=1+1", '-x', "'-x", '1.1', "'1.1"]];
      await context.sync();
    });
    expect(book.formulaAt('Số liệu', 'A5')).toBe('=1+1');
    expect(book.formulaAt('Số liệu', 'B5')).toBeNull();
    expect(book.valueAt('Số liệu', 'B5')).toBe('=1+1');
    expect(book.formulaAt('Số liệu', 'C5')).toBe('=-x');
    expect(book.valueAt('Số liệu', 'D5')).toBe('-x');
    expect(book.valueAt('Số liệu', 'E5')).toBe(1.1);
    expect(book.valueAt('Số liệu', 'F5')).toBe('1.1');
  });

  test('a single value fills a whole range (number formats too); null leaves a cell as it is', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Số liệu');
      ws.getRange('C1:C900').numberFormat = [['0.00']];
      ws.getRange('A1:B2').values = [[null, 'đổi'], [null, null]];
      await context.sync();
    });
    expect(book.formatAt('Số liệu', 'C900').numberFormat).toBe('0.00');
    expect(book.formatAt('Số liệu', 'C901').numberFormat).toBeUndefined();
    expect(book.valueAt('Số liệu', 'A1')).toBe('Đơn vị');
    expect(book.valueAt('Số liệu', 'B1')).toBe('đổi');
  });

  test('cell-level properties cannot be set on an unbounded range, and read back as null', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const column = context.workbook.worksheets.getItem('Số liệu').getRange('C:C');
      column.numberFormat = [['0.00']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      column.format.columnWidth = 80;
      column.load('values,address');
      await context.sync();
      expect(column.values).toBeNull();
      expect(column.address).toBe("'Số liệu'!C:C");
    });
    expect(book.sheet('Số liệu')!.widths.get(2)).toBe(80);
  });
});

describe('requests', () => {
  test('every request is measured; one over 5 MB is refused and applies nothing', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Số liệu');
      ws.getRange('D1').values = [['nhỏ']];
      await context.sync();
      ws.getRange('E1:E6000').values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(book.stats.requestBytes[0]).toBeGreaterThan(20);
    expect(book.stats.requestBytes[0]).toBeLessThan(500);
    expect(book.largestRequest).toBeGreaterThan(6_000_000);
    expect(book.valueAt('Số liệu', 'E1')).toBeNull();
  });

  test('a response over 5 MB is refused too', async () => {
    const rows = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'S', rows }] });
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A6000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
  });

  test('the n-th sync can be made to fail, before or after some of its operations', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    book.failOnSync(2, { afterOps: 1 });
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Số liệu');
      ws.getRange('G1').values = [[1]];
      await context.sync();
      ws.getRange('G2').values = [[2]];
      ws.getRange('G3').values = [[3]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ConnectionFailure' });
      ws.getRange('G4').values = [[4]];
      await context.sync();
    });
    expect([1, 2, 3, 4].map((r) => book.valueAt('Số liệu', `G${r}`))).toEqual([1, 2, null, 4]);
  });
});

describe('sheets, names and conditional formats', () => {
  test('a very hidden sheet cannot be deleted; names pointing to a deleted sheet become #REF!', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Khác');
      context.workbook.names.add('Dau', ws.getRange('A1'));
      ws.visibility = 'VeryHidden';
      ws.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.visibility = 'Hidden';
      ws.delete();
      await context.sync();
    });
    expect(book.sheetNames()).toEqual(['Số liệu']);
    expect(book.names).toEqual([{ name: 'Dau', formula: '=#REF!', comment: '' }]);
  });

  test('custom rules keep their formula and colours; only custom rules expose `custom`', async () => {
    const book = MemoryWorkbook.fromGrid(grid());
    book.sheet('Số liệu')!.conditionalFormats.push({ id: 'u', type: 'DataBar', area: { top: 0, left: 0, bottom: 1, right: 0 }, formula: null, fill: null, fontColor: null });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Số liệu').getRange('B2:B9');
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2>1';
      cf.custom.format.fill.color = '#C6EFCE';
      await context.sync();
      const all = context.workbook.worksheets.getItem('Số liệu').getRange().conditionalFormats;
      all.load('items/type');
      await context.sync();
      expect(all.items.map((c) => c.type)).toEqual(['Custom', 'DataBar']);
      const bar = all.items[1]!.custom.rule;
      bar.load('formula');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(book.sheet('Số liệu')!.conditionalFormats[0]).toMatchObject({ type: 'Custom', formula: '=B2>1', fill: '#C6EFCE' });
  });
});

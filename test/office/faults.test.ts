/**
 * A run that fails half-way (a sync that throws, whole or after some of its operations; a request
 * Excel refuses as too large) resolves to a clear message in the UI language, leaves every input
 * sheet as it was, and takes back the sheets and flags it had started to add.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { readBook } from '../../src/hosts/office/read';
import { parseArea } from '../../src/workbook/grid';
import { fixtureGrid, snapshots } from '../support/office';

async function fresh() {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  return { book, sheets: book.sheetNames(), before: snapshots(book, book.sheetNames()) };
}

describe('a sync that throws half-way through score', () => {
  test.each([1, 2, 3])('sync %i (reading) failing: a clear error, nothing changed', async (at) => {
    const { book, sheets, before } = await fresh();
    book.failOnSync(at);
    // Sync 2 is made once more without the merged areas (which Excel refuses beyond 512): fail that too.
    if (at === 2) book.failOnSync(3);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^Không đọc được sổ tính \(ConnectionFailure: .*\)\. Sổ tính không bị thay đổi/) });
    expect(book.sheetNames()).toEqual(sheets);
    expect(snapshots(book, sheets)).toEqual(before);
    expect(book.names).toEqual([]);
  });

  test('the write request failing after any number of its operations: inputs untouched, nothing added', async () => {
    // How many operations the write request (sync 4) of example A with flags holds.
    const probe = await fresh();
    expect((await createOfficeApi(probe.book.run).score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    const count = Object.values(probe.book.stats.requestOps[3]!).reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThan(50);
    for (let afterOps = 0; afterOps <= count; afterOps++) {
      const { book, sheets, before } = await fresh();
      book.failOnSync(4, { afterOps });
      const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
      expect({ afterOps, outcome }).toEqual({ afterOps, outcome: { ok: false, error: expect.stringMatching(/^Không (ghi được kết quả|tô màu được).*ConnectionFailure/) } });
      expect({ afterOps, sheets: book.sheetNames() }).toEqual({ afterOps, sheets }); // hidden sheets included
      expect(snapshots(book, sheets)).toEqual(before);
      expect(book.names).toEqual([]);
    }
  }, 60_000);

  test('re-flagging failing anywhere: input values untouched, and the flags are all there or all gone', async () => {
    const probe = await fresh();
    const api = createOfficeApi(probe.book.run);
    expect((await api.score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    probe.book.resetStats();
    expect((await api.score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    const count = Object.values(probe.book.stats.requestOps[3]!).reduce((a, b) => a + b, 0);
    for (let afterOps = 0; afterOps <= count; afterOps += 3) {
      const { book, sheets, before } = await fresh();
      const api2 = createOfficeApi(book.run);
      expect((await api2.score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
      book.resetStats();
      book.failOnSync(4, { afterOps });
      expect((await api2.score({ lang: 'vi', flagInPlace: true })).ok).toBe(false);
      const strip = (x: unknown) => ({ ...(x as object), conditionalFormats: null });
      for (const s of sheets) expect(strip(book.snapshot(s))).toEqual(strip(before[s]));
      const rules = book.sheet('Số liệu')!.conditionalFormats;
      expect({ afterOps, state: rules.length === 0 ? 'gone' : rules.length === 3 && book.sheet('ThiDua_DanhDau') ? 'all there' : 'partial' }).toEqual({
        afterOps,
        state: expect.stringMatching(/^(gone|all there)$/),
      });
    }
  }, 60_000);

  test('a user rule over several areas (getRange() throws on it in Excel) does not stop the clean-up', async () => {
    for (const afterOps of [0, 40]) {
      const { book, sheets } = await fresh();
      const userRule = { id: 'user-1', type: 'Custom', area: parseArea('D2:D10')!, moreAreas: [parseArea('F2:F10')!], formula: '=D2>100', fill: '#FFC7CE', fontColor: null };
      book.sheet('Số liệu')!.conditionalFormats.push(userRule);
      book.failOnSync(4, { afterOps });
      const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
      expect(outcome.ok).toBe(false);
      expect({ afterOps, sheets: book.sheetNames() }).toEqual({ afterOps, sheets });
      expect(book.names).toEqual([]);
      expect(book.sheet('Số liệu')!.conditionalFormats).toEqual([userRule]);
    }
  });

  test('sync 2 failing once is made again without the merged areas: scored, with a warning that they were not checked', async () => {
    const { book } = await fresh();
    book.failOnSync(2);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    expect(outcome.ok && outcome.value.result.ok).toBe(true);
    expect(outcome.ok && outcome.value.result.diagnostics.some((d) => d.code === 'mergesUnchecked')).toBe(true);
  });

  test('an Excel without ExcelApi 1.13 (nor 1.8, 1.9) is not asked for merged areas nor page layouts: scored in 4 syncs, with the warning', async () => {
    const { book } = await fresh();
    const asked: string[] = [];
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (set: string, v: string) => (asked.push(`${set} ${v}`), false) } },
    };
    try {
      const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
      expect(outcome.ok && outcome.value.result.diagnostics.some((d) => d.code === 'mergesUnchecked')).toBe(true);
      expect(asked[0]).toBe('ExcelApi 1.13');
      expect(new Set(asked)).toEqual(new Set(['ExcelApi 1.13', 'ExcelApi 1.8', 'ExcelApi 1.9']));
      expect(book.stats.syncs).toBe(4);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  test('a sheet with more than 512 merged areas (Excel refuses to list them): scored anyway, with a warning, one sync more', async () => {
    const grid = await fixtureGrid('example-a');
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const withNotes = { ...grid, sheets: [...grid.sheets, { name: 'Ghi chú', rows: [['Ghi chú của cụm']], merges }] };
    const book = MemoryWorkbook.fromGrid(withNotes);
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    expect(outcome.ok && outcome.value.result.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.result.diagnostics.filter((d) => d.code === 'mergesUnchecked').map((d) => `${d.sheet}!${d.cell}`)).toEqual(['Số liệu!A1']);
    // One sync more than a plain run: sync 2 made again without the merged areas.
    expect(book.stats.syncs).toBe(5);
    const plain = MemoryWorkbook.fromGrid(grid);
    expect((await createOfficeApi(plain.run).score({ lang: 'vi', flagInPlace: false })).ok).toBe(true);
    expect(plain.stats.syncs).toBe(4);
  });

  test('cells longer than the read budget assumes: a refused answer is read again in smaller requests', async () => {
    const grid = await fixtureGrid('example-a');
    const long = 'Ghi chú rất dài về minh chứng của đơn vị. '.repeat(25); // ~1,100 characters a cell
    const notes = { name: 'Ghi chú', rows: Array.from({ length: 200 }, (_, i) => [i + 1, long, long, long]) };
    const book = MemoryWorkbook.fromGrid({ ...grid, sheets: [...grid.sheets, notes] });
    book.payloadLimit = 400_000;
    const outcome = await createOfficeApi(book.run).inspect('vi');
    expect(outcome.ok && outcome.value.summary.units).toBe(5);
    expect(book.stats.responseBytes.some((b) => b > 400_000)).toBe(true); // refused at first
    // Every row of every sheet arrives, in order.
    const read = await book.run((context) => readBook(context as unknown as Excel.RequestContext, { values: true, flags: false }));
    const sheet = read.grid.sheets.find((s) => s.name === 'Ghi chú')!;
    expect(sheet.rows.map((r) => r[0])).toEqual(notes.rows.map((r) => r[0]));
    expect(sheet.rows.every((r) => r[1] === long && r[3] === long)).toBe(true);
    const trim = (rows: unknown[][]): unknown[][] =>
      rows.map((r) => {
        let end = r.length;
        while (end > 0 && r[end - 1] === null) end--;
        return r.slice(0, end);
      });
    expect(trim(read.grid.sheets.find((s) => s.name === 'Số liệu')!.rows)).toEqual(trim(grid.sheets.find((s) => s.name === 'Số liệu')!.rows));
  });

  test('the message is in English when the pane is', async () => {
    const { book } = await fresh();
    book.failOnSync(4);
    const outcome = await createOfficeApi(book.run).score({ lang: 'en', flagInPlace: false });
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^The results could not be written to the workbook \(ConnectionFailure: .*\)\. Your input sheets were not changed/) });
  });

  test('after a failure the next run succeeds and writes the usual sheets', async () => {
    const { book, sheets } = await fresh();
    const api = createOfficeApi(book.run);
    book.failOnSync(4, { afterOps: 30 });
    expect((await api.score({ lang: 'vi', flagInPlace: true })).ok).toBe(false);
    const again = await api.score({ lang: 'vi', flagInPlace: true });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.written).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    expect(again.value.notes).toEqual([]);
    expect(book.sheetNames().slice(0, sheets.length)).toEqual(sheets);
  });

  test('failing while rewriting own sheets keeps them own: the next run reuses them', async () => {
    const { book, sheets, before } = await fresh();
    const api = createOfficeApi(book.run);
    expect((await api.score({ lang: 'vi', flagInPlace: false })).ok).toBe(true);
    const withOutputs = book.sheetNames();
    book.failOnSync(4, { afterOps: 20 });
    expect((await api.score({ lang: 'vi', flagInPlace: false })).ok).toBe(false);
    expect(book.sheetNames()).toEqual(withOutputs);
    expect(snapshots(book, sheets)).toEqual(before);
    const again = await api.score({ lang: 'vi', flagInPlace: false });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.notes).toEqual([]);
    expect(book.sheetNames()).toEqual(withOutputs);
  });

  test('a request Excel refuses as too large gives its own message, and nothing is left behind', async () => {
    const { book, sheets, before } = await fresh();
    book.payloadLimit = 8_000; // the write request of example A is about 18 KB
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: false });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('dữ liệu quá lớn cho một lần gửi tới Excel') });
    expect(book.sheetNames()).toEqual(sheets);
    expect(snapshots(book, sheets)).toEqual(before);
  });
});

describe('failures elsewhere', () => {
  test('insertTemplate failing half-way removes the sheets it had added', async () => {
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Sheet1', rows: [['giữ nguyên']] }] });
    book.failOnSync(2, { afterOps: 10 });
    const outcome = await createOfficeApi(book.run).insertTemplate('hai-phong-huyen-2024', 'vi');
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^Không chèn được bảng mẫu/) });
    expect(book.sheetNames()).toEqual(['Sheet1']);
    expect(book.valueAt('Sheet1', 'A1')).toBe('giữ nguyên');
  });

  test('inspect, clearFlags and select resolve to errors instead of throwing', async () => {
    const { book } = await fresh();
    const api = createOfficeApi(book.run);
    book.failOnSync(1);
    expect(await api.inspect('vi')).toEqual({ ok: false, error: expect.stringMatching(/^Không đọc được sổ tính/) });
    book.failOnSync(1);
    expect(await api.clearFlags('en')).toEqual({ ok: false, error: expect.stringMatching(/^The flags could not be removed/) });
    book.failOnSync(2);
    expect(await api.select('Số liệu', 'D5', 'vi')).toEqual({ ok: false, error: expect.stringMatching(/^Không chọn được ô/) });
  });

  test('the default run is Excel.run, looked up only when used', async () => {
    const api = createOfficeApi();
    const outcome = await api.inspect('vi');
    expect(outcome.ok).toBe(false); // no Excel here: a ReferenceError, caught and reported
    if (!outcome.ok) expect(outcome.error).toMatch(/Excel/);
  });
});

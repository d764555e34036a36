/**
 * A run that fails half-way (a sync that throws, whole or after some of its operations; a request
 * Excel refuses as too large) resolves to a clear message in the UI language, leaves every input
 * sheet as it was, and takes back the sheets and flags it had started to add.
 */
import { MemoryWorkbook } from '../../src/hosts/memory';
import { createOfficeApi } from '../../src/hosts/office';
import { fixtureGrid, snapshots } from '../support/office';

async function fresh() {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  return { book, sheets: book.sheetNames(), before: snapshots(book, book.sheetNames()) };
}

describe('a sync that throws half-way through score', () => {
  test.each([1, 2, 3])('sync %i (reading) failing: a clear error, nothing changed', async (at) => {
    const { book, sheets, before } = await fresh();
    book.failOnSync(at);
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

/**
 * The one click in four syncs (issue 17): the page layouts ride at the end of the last writing
 * request, optional (a layout Excel refuses fails nothing), and the reads are cut by the weight of
 * Excel's answers (src/hosts/office/read-plan.ts).
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { execute, OptionalOrderError, packRequests, REQUEST_BUDGET, type PlannedOp } from '../../src/hosts/office/chunks';
import { answerBytes, READ_BYTES_PER_CELL, ReadPlanner } from '../../src/hosts/office/read-plan';
import { pageLayoutRefused, valueOps } from '../../src/hosts/office/write';
import { OWN_MARKERS } from '../../src/workbook/output';
import { expected, expectOutputs, fixtureGrid, snapshots } from '../support/office';

/** The page-layout statements of a request (what printOps queues). */
const PRINT = ['paperSize', 'orientation', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin', 'zoom', 'setPrintTitleRows', 'state', 'centerHeader'];
const count = (ops: Record<string, number>, members: readonly string[]): number => members.reduce((n, m) => n + (ops[m] ?? 0), 0);
const total = (ops: Record<string, number>): number => Object.values(ops).reduce((a, b) => a + b, 0);

async function fresh() {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  return { book, sheets: book.sheetNames(), before: snapshots(book, book.sheetNames()) };
}

describe('the page layouts in the writing request', () => {
  test('one click is 4 syncs: the layouts are the last statements of the fourth', async () => {
    const { book } = await fresh();
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    expect(outcome.ok && outcome.value.result.ok).toBe(true);
    expect(book.stats.syncs).toBe(4);
    const write = book.stats.requestOps[3]!;
    expect(count(write, ['paperSize'])).toBe(outcome.ok ? outcome.value.written.length : -1);
    expect(book.sheet('Chi tiết điểm')!.print!.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: expect.any(String) });
  });

  test('Excel refusing the first layout statement: the run is scored and written, only the layouts are missing', async () => {
    const probe = await fresh();
    expect((await createOfficeApi(probe.book.run).score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    const write = probe.book.stats.requestOps[3]!;
    // The statements before the layouts: everything but them and the request's leading suspension.
    const before = total(write) - count(write, PRINT);
    const { book, sheets, before: inputs } = await fresh();
    book.failOnSync(4, { afterOps: before, code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.', location: 'PageLayout.paperSize' });
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.value.written).toEqual(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']);
    expect(outcome.value.flagged).toBeGreaterThan(0);
    expectOutputs(book, expected('example-a'));
    expect(book.sheet('Số liệu')!.conditionalFormats).toHaveLength(3);
    for (const name of outcome.value.written) expect(book.sheet(name)!.print?.page.paperSize).toBeUndefined();
    expect(book.names.map((n) => n.name)).toEqual(expect.arrayContaining([OWN_MARKERS.results, OWN_MARKERS.detail, OWN_MARKERS.nominations]));
    const strip = (x: unknown) => ({ ...(x as object), conditionalFormats: null });
    for (const s of sheets) expect(strip(book.snapshot(s))).toEqual(strip(inputs[s]));
    expect(book.stats.syncs).toBe(4);
  });

  test('an error elsewhere in that request (not a layout) fails the run and takes back what it added', async () => {
    const probe = await fresh();
    expect((await createOfficeApi(probe.book.run).score({ lang: 'vi', flagInPlace: true })).ok).toBe(true);
    const ops = total(probe.book.stats.requestOps[3]!);
    const { book, sheets, before } = await fresh();
    // At the last statement, a layout one, but located in a range: not a refused layout.
    book.failOnSync(4, { afterOps: ops - 1, code: 'InvalidArgument', location: 'Range.values' });
    const outcome = await createOfficeApi(book.run).score({ lang: 'vi', flagInPlace: true });
    expect(outcome.ok).toBe(false);
    expect(book.sheetNames()).toEqual(sheets);
    expect(snapshots(book, sheets)).toEqual(before);
    expect(book.names).toEqual([]);
  });

  test('pageLayoutRefused reads the error location only', () => {
    expect(pageLayoutRefused({ code: 'InvalidArgument', debugInfo: { errorLocation: 'PageLayout.zoom' } })).toBe(true);
    expect(pageLayoutRefused({ code: 'InvalidArgument', debugInfo: { errorLocation: 'HeaderFooter.centerHeader' } })).toBe(true);
    expect(pageLayoutRefused({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.values' } })).toBe(false);
    expect(pageLayoutRefused({ code: 'ConnectionFailure', debugInfo: {} })).toBe(false);
    expect(pageLayoutRefused(new Error('PageLayout'))).toBe(false);
    expect(pageLayoutRefused(null)).toBe(false);
  });

  test('execute refuses a required operation after an optional one', async () => {
    const ops: PlannedOp<null>[] = [
      { bytes: 1, run: () => undefined, optional: () => true },
      { bytes: 1, run: () => undefined },
    ];
    const book = MemoryWorkbook.fromGrid({ sheets: [{ name: 'A', rows: [[1]] }] });
    await expect(book.run((context) => execute(context as unknown as Excel.RequestContext, null, ops))).rejects.toBeInstanceOf(OptionalOrderError);
  });
});

describe('writing requests filled to the budget', () => {
  test('value blocks are small enough that every request but the last is within 2 % of the budget', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`'Đơn vị ${i}`, i * 1.5, 'Vượt chỉ tiêu', i % 7]);
    const requests = packRequests(valueOps('Chi tiết điểm', rows, 4));
    expect(requests.length).toBeGreaterThan(1);
    const sizes = requests.map((r) => r.reduce((n, op) => n + op.bytes, 0));
    for (const s of sizes.slice(0, -1)) expect(s).toBeGreaterThan(0.98 * REQUEST_BUDGET);
    const all = sizes.reduce((a, b) => a + b, 0);
    expect(requests.length).toBe(Math.ceil(all / REQUEST_BUDGET));
  });
});

describe('reads cut by the weight of the answers', () => {
  const MB = 1024 * 1024;
  const drain = (planner: ReadPlanner<string>, perCell: Record<string, number>, cols: Record<string, number>) => {
    const requests: { key: string; start: number; count: number }[][] = [];
    for (let s = planner.next(); s; s = planner.next()) {
      requests.push(s);
      planner.done(
        s,
        s.map((x) => x.count * cols[x.key]! * perCell[x.key]!),
      );
    }
    return requests;
  };

  test('a small workbook in one request, every row once, in order', () => {
    const planner = new ReadPlanner([
      { key: 'a', rows: 10, cols: 5 },
      { key: 'b', rows: 10_001, cols: 8 },
    ]);
    const requests = drain(planner, { a: 30, b: 27 }, { a: 5, b: 8 });
    expect(requests).toEqual([
      [
        { key: 'a', start: 0, count: 10 },
        { key: 'b', start: 0, count: 10_001 },
      ],
    ]);
  });

  test('a large sheet in as many requests as its measured weight needs, each under 4 MB', () => {
    // 800,000 cells of 26.6 bytes: 21.3 MB of answers, 5.8 budgets: six requests (the fixed 100,000 cells took nine).
    const planner = new ReadPlanner([{ key: 's', rows: 100_001, cols: 8 }]);
    const requests = drain(planner, { s: 26.6 }, { s: 8 });
    expect(requests).toHaveLength(Math.ceil((100_001 * 8 * 26.6) / REQUEST_BUDGET));
    const rows = requests.flat();
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(100_001);
    rows.forEach((r, i) => expect(r.start).toBe(i === 0 ? 0 : rows[i - 1]!.start + rows[i - 1]!.count));
    for (const r of rows) expect(r.count * 8 * 26.6).toBeLessThan(4 * MB);
    // The first request assumed READ_BYTES_PER_CELL (an equal share of the estimate); the others use what was measured.
    const assumed = 100_001 * 8 * READ_BYTES_PER_CELL;
    expect(rows[0]!.count).toBe(Math.floor(assumed / Math.ceil(assumed / REQUEST_BUDGET) / (8 * READ_BYTES_PER_CELL)));
  });

  test('heavier cells than assumed: the next requests take fewer rows', () => {
    const planner = new ReadPlanner([{ key: 's', rows: 50_000, cols: 8 }]);
    const first = planner.next()!;
    planner.done(first, [first[0]!.count * 8 * 60]);
    const second = planner.next()!;
    expect(second[0]!.start).toBe(first[0]!.count);
    expect(second[0]!.count * 8 * 60).toBeLessThanOrEqual(REQUEST_BUDGET + 1);
    expect(second[0]!.count).toBeLessThan(first[0]!.count);
  });

  test('a refused request is read again as two halves, then planning goes on', () => {
    const planner = new ReadPlanner([{ key: 's', rows: 200_000, cols: 8 }]);
    const first = planner.next()!;
    expect(planner.refused(first)).toBe(true);
    const a = planner.next()!;
    const b = planner.next()!;
    expect([a[0]!.start, a[0]!.start + a[0]!.count, b[0]!.start + b[0]!.count]).toEqual([0, b[0]!.start, first[0]!.count]);
    planner.done(a, [a[0]!.count * 8 * 50]);
    planner.done(b, [b[0]!.count * 8 * 50]);
    expect(planner.next()![0]!.start).toBe(first[0]!.count);
    expect(planner.refused([{ key: 's', start: 5, count: 1 }])).toBe(false);
  });

  test('answerBytes is the JSON weight of the arrays, measured on a sample of rows', () => {
    const values = Array.from({ length: 10 }, (_, i) => [i, 'Hải Phòng', '']);
    const types = values.map(() => ['Double', 'String', 'Empty']);
    const formats = values.map(() => ['General', 'General', 'General']);
    // Each array's JSON in UTF-8 bytes, one more for its place in the answer.
    const json = [values, types, formats].reduce((n, a) => n + Buffer.byteLength(JSON.stringify(a)) + 1, 0);
    expect(answerBytes([values, types, formats], 10)).toBe(json);
    const many = Array.from({ length: 100_000 }, () => [1.25, 'abc']);
    const exact = JSON.stringify(many).length;
    expect(Math.abs(answerBytes([many], many.length) - exact) / exact).toBeLessThan(0.01);
  });
});

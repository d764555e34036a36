/**
 * Watching for edits (issue 16): the in-memory Excel raises WorksheetCollection.onChanged after a
 * request that wrote cell values, and the Office.js host's watchChanges reports the sheet's name
 * (also after a rename), not for formats, and no more once stopped. Where the event is missing, the
 * watch re-reads the user's sheets on focus, on visibility and at an interval, and reports the same.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import { watchChanges } from '../../src/hosts/office/watch';
import { createActivity } from '../../src/hosts/office/activity';
import type { ExcelRun } from '../../src/hosts/office/api';
import { OWN_MARKERS } from '../../src/workbook/output';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function book(): MemoryWorkbook {
  return MemoryWorkbook.fromGrid({
    sheets: [
      { name: 'Số liệu', rows: [['Đơn vị', 'Mã', 'Chỉ tiêu', 'Thực hiện'], ['A', '1.1', 10, 12]] },
      { name: 'Kết quả', rows: [] },
    ],
  });
}

describe('watchChanges over the in-memory Excel', () => {
  test('reports each sheet whose values are written, by its current name; formats are no change; stop ends it', async () => {
    const b = book();
    const api = createOfficeApi(b.run);
    const seen: string[] = [];
    const watch = await api.watchChanges!((sheet) => seen.push(sheet));
    expect(watch.ok).toBe(true);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').values = [[15]];
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu']);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Kết quả').getRange('A1:B1').values = [['Hạng', 'Đơn vị']];
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').format.fill.color = '#FF0000';
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu', 'Kết quả']);
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').name = 'Số liệu 2024';
      await context.sync();
      context.workbook.worksheets.getItem('Số liệu 2024').getRange('C2').values = [[11]];
      await context.sync();
    });
    await settle();
    expect(seen).toEqual(['Số liệu', 'Kết quả', 'Số liệu 2024']);
    if (!watch.ok) throw new Error(watch.error);
    watch.value();
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu 2024').getRange('D2').values = [[1]];
      await context.sync();
    });
    await settle();
    expect(seen).toHaveLength(3);
  });

  test('the pane’s own reads raise nothing', async () => {
    const b = book();
    const api = createOfficeApi(b.run);
    const seen: string[] = [];
    await api.watchChanges!((sheet) => seen.push(sheet));
    await api.inspect('vi');
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('without onChanged (an Excel before ExcelApi 1.9): the watch re-reads', () => {
  function olderBook(): MemoryWorkbook {
    const b = book();
    b.changeEvents = false;
    // `Kết quả` is the add-in's own sheet (its marker): never read, never reported.
    b.names.push({ name: OWN_MARKERS.results, formula: "='Kết quả'!$A$1", comment: '' });
    return b;
  }
  const write = (b: MemoryWorkbook, sheet: string, cell: string, value: number | string): Promise<void> =>
    b.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
      await context.sync();
    });

  /**
   * A watch whose re-reads wait at a gate, and `editThenAct`: an edit in the grid, the focus re-read
   * started, then an action (reading values or not) begun before the re-read ends.
   */
  async function racedWatch() {
    const b = olderBook();
    const events = new EventTarget();
    const activity = createActivity();
    let gate: Promise<void> = Promise.resolve();
    const gated: ExcelRun = async (batch) => {
      await gate;
      return b.run(batch);
    };
    const seen: string[] = [];
    const watch = await watchChanges(gated, (s) => seen.push(s), { events, intervalMs: 0, activity, changeEvents: false });
    if (!watch.ok) throw new Error(watch.error);
    const editThenAct = async (reads: boolean): Promise<void> => {
      await write(b, 'Số liệu', 'D2', 15);
      let open = (): void => undefined;
      gate = new Promise((resolve) => (open = resolve));
      events.dispatchEvent(new Event('focus'));
      await activity.during(async () => {
        open();
        await settle();
      }, reads);
      await settle();
    };
    return { b, events, seen, stop: watch.value, editThenAct };
  }

  test('the host falls back by itself where the event is missing, and answers ok', async () => {
    const b = olderBook();
    const watch = await createOfficeApi(b.run).watchChanges!(() => undefined);
    expect(watch.ok).toBe(true);
    if (watch.ok) watch.value();
  });

  test('an edit is reported when the pane gets the focus back or becomes visible; the own sheets and formats are not; stop ends it', async () => {
    const b = olderBook();
    const events = new EventTarget();
    const seen: string[] = [];
    const watch = await watchChanges(b.run, (s) => seen.push(s), { events, intervalMs: 0 });
    if (!watch.ok) throw new Error(watch.error);
    await write(b, 'Số liệu', 'D2', 15);
    await settle();
    // Nothing until the pane is back.
    expect(seen).toEqual([]);
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toEqual(['Số liệu']);
    // Again: nothing moved since, nothing reported.
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toEqual(['Số liệu']);
    // The add-in's own sheet and a format: no change of the user's values.
    await write(b, 'Kết quả', 'A1', 'Hạng');
    await b.run(async (context) => {
      context.workbook.worksheets.getItem('Số liệu').getRange('D2').format.fill.color = '#FF0000';
      await context.sync();
    });
    events.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toEqual(['Số liệu']);
    await write(b, 'Số liệu', 'C2', 11);
    events.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toEqual(['Số liệu', 'Số liệu']);
    watch.value();
    await write(b, 'Số liệu', 'C2', 12);
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toHaveLength(2);
  });

  test('a sheet whose values weigh more than one answer may carry is read in several requests, each under the limit; an edit in its last row is seen', async () => {
    // 20,000 cells of some 330 bytes each (heavier than the 64 first assumed): fewer cells, the same weight.
    const cols = 20;
    const text = (r: number, c: number): string => `Đơn vị số ${r} — chỉ tiêu ${c} ${'…'.repeat(100)}`;
    const rows = Array.from({ length: 1000 }, (_, r) => Array.from({ length: cols }, (_, c) => text(r, c)));
    const b = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Số liệu', rows }] });
    b.changeEvents = false;
    const events = new EventTarget();
    const seen: string[] = [];
    const watch = await watchChanges(b.run, (s) => seen.push(s), { events, intervalMs: 0 });
    if (!watch.ok) throw new Error(watch.error);
    // Over 5 MB of answers in all, so more than one request, none over Excel on the web's limit.
    expect(b.stats.responseBytes.reduce((a, x) => a + x, 0)).toBeGreaterThan(b.payloadLimit);
    expect(b.largestResponse).toBeLessThan(b.payloadLimit);
    await write(b, 'Số liệu', 'T1000', 'sửa');
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toEqual(['Số liệu']);
    watch.value();
  }, 30_000);

  test('a re-read an action began during reports nothing (the action read after it) and takes what it saw; later edits are reported', async () => {
    const { b, events, seen, stop, editThenAct } = await racedWatch();
    // An edit in the grid, then the pane: the focus re-read starts, and the click's action begins before it ends.
    await editThenAct(true);
    expect(seen).toEqual([]);
    // The edit it saw is the reference now: nothing to report again.
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toEqual([]);
    await write(b, 'Số liệu', 'C2', 11);
    events.dispatchEvent(new Event('focus'));
    await settle();
    expect(seen).toEqual(['Số liệu']);
    stop();
  });

  test('no re-read while an action runs; a trigger then is kept for its end, and what the action wrote is reported', async () => {
    const b = olderBook();
    const events = new EventTarget();
    const activity = createActivity();
    let reads = 0;
    const counted: ExcelRun = (batch) => {
      reads++;
      return b.run(batch);
    };
    const seen: string[] = [];
    const watch = await watchChanges(counted, (s) => seen.push(s), { events, intervalMs: 0, activity, changeEvents: false });
    if (!watch.ok) throw new Error(watch.error);
    expect(reads).toBe(1);
    let during = -1;
    await activity.during(async () => {
      // A consolidation writing the input while the pane gets the focus.
      await write(b, 'Số liệu', 'D2', 30);
      events.dispatchEvent(new Event('focus'));
      await settle();
      during = reads;
    });
    expect(during).toBe(1);
    await settle();
    expect(reads).toBe(2);
    expect(seen).toEqual(['Số liệu']);
    // Nothing owed after: another action ending re-reads nothing.
    await activity.during(() => settle());
    await settle();
    expect(reads).toBe(2);
    watch.value();
  });

  test('going to a cell (no values read) overlapping a re-read does not swallow the edit it found', async () => {
    const { seen, stop, editThenAct } = await racedWatch();
    await editThenAct(false);
    expect(seen).toEqual(['Số liệu']);
    stop();
  });

  test('a re-read that fails with Excel busy reads in requests of the same size afterwards (only an answer over the limit makes them smaller)', async () => {
    const cols = 20;
    const rows = Array.from({ length: 3000 }, (_, r) => Array.from({ length: cols }, (_, c) => `Đơn vị ${r} — ${c} ${'…'.repeat(20)}`));
    const b = MemoryWorkbook.fromGrid({ sheets: [{ name: 'Số liệu', rows }] });
    b.changeEvents = false;
    const events = new EventTarget();
    let busy = 0;
    const flaky: ExcelRun = (batch) => {
      if (busy > 0) {
        busy--;
        return Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' }));
      }
      return b.run(batch);
    };
    const watch = await watchChanges(flaky, () => undefined, { events, intervalMs: 0, changeEvents: false });
    if (!watch.ok) throw new Error(watch.error);
    const syncsOfReread = async (): Promise<number> => {
      const before = b.stats.syncs;
      events.dispatchEvent(new Event('focus'));
      await settle();
      await waitUntil(() => b.stats.syncs > before);
      await settle();
      return b.stats.syncs - before;
    };
    const normal = await syncsOfReread();
    busy = 5;
    for (let i = 0; i < 5; i++) {
      events.dispatchEvent(new Event('focus'));
      await settle();
    }
    expect(busy).toBe(0);
    expect(await syncsOfReread()).toBe(normal);
    watch.value();
  }, 30_000);

  test('at its interval while visible, not while hidden', async () => {
    const b = olderBook();
    let visible = false;
    const seen: string[] = [];
    const watch = await watchChanges(b.run, (s) => seen.push(s), { events: null, intervalMs: 10, visible: () => visible });
    if (!watch.ok) throw new Error(watch.error);
    await write(b, 'Số liệu', 'D2', 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(seen).toEqual([]);
    visible = true;
    await waitUntil(() => seen.length > 0);
    expect(seen).toEqual(['Số liệu']);
    watch.value();
  });
});

async function waitUntil(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * `applyApart` (the preview's in-memory Excel, issue 16): a request is applied in a task of its own,
 * measured as `fake-excel:apply`, and its answer reaches the pane in another task — so none of the
 * pane's work shares a task with what is Excel's work in Office. Without it, a sync with no delay
 * answers in the same task (the tests' default, unchanged).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { APPLY_MEASURE, MemoryWorkbook } from '../../src/testing/fake-excel';

const grid = () => ({ name: 'test.xlsx', sheets: [{ name: 'A', rows: [['x']] }] });

/** Writes A1 and syncs; a timer armed right after the request was sent says what it saw. */
async function write(book: MemoryWorkbook): Promise<string[]> {
  const order: string[] = [];
  await book.run(async (context) => {
    context.workbook.worksheets.getItem('A').getRange('A1').values = [[7]];
    const answered = context.sync().then(() => void order.push('answer'));
    setTimeout(() => void order.push(`timer: A1 is ${String(book.valueAt('A', 'A1'))}`), 0);
    await answered;
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  return order;
}

test('applyApart: applied in a task of its own (after the pane’s task, before the answer), and measured', async () => {
  const book = MemoryWorkbook.fromGrid(grid());
  book.applyApart = true;
  const measured: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === APPLY_MEASURE) measured.push(e.duration);
  });
  observer.observe({ entryTypes: ['measure'] });
  try {
    // The timer armed after the request ran between its application and its answer.
    expect(await write(book)).toEqual(['timer: A1 is 7', 'answer']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(measured.length).toBe(1);
    expect(measured[0]).toBeGreaterThanOrEqual(0);
    expect(book.valueAt('A', 'A1')).toBe(7);
  } finally {
    observer.disconnect();
  }
});

test('without applyApart a sync answers in the same task (the timer comes after), and nothing is measured', async () => {
  const book = MemoryWorkbook.fromGrid(grid());
  const measured: string[] = [];
  const observer = new PerformanceObserver((list) => void measured.push(...list.getEntries().map((e) => e.name)));
  observer.observe({ entryTypes: ['measure'] });
  try {
    expect(await write(book)).toEqual(['answer', 'timer: A1 is 7']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(measured.filter((n) => n === APPLY_MEASURE)).toEqual([]);
  } finally {
    observer.disconnect();
  }
});

test('applyApart: a failing sync still throws, after the operations before the fault were applied', async () => {
  const book = MemoryWorkbook.fromGrid(grid());
  book.applyApart = true;
  book.failOnSync(1, { afterOps: 1, code: 'GeneralException' });
  await expect(
    book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').values = [[2]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'GeneralException' });
  expect(book.valueAt('A', 'A1')).toBe(1);
  expect(book.valueAt('A', 'A2')).toBeNull();
});

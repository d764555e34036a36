/**
 * The pane as a place to work (issue 16), in Chromium at real task-pane widths (320, 350 and 450 px),
 * the production pane alone (pane.html over the in-memory Hải Phòng sample): after a run the results
 * heading is in view and focused, the live region announces the leader, the summary is one line; no
 * state scrolls sideways; names take two lines at most and badges one; the drill-down's explanations
 * are readable, with group subtotals and deductions as −n; an edit of an input sheet shows "Kết quả
 * đã cũ" and Chấm lại clears it, also in an Excel without onChanged (the pane re-reads on focus); a
 * written sheet's button activates it; at 300 units the ranking and the not-proposed list draw only
 * what is in view and scroll by keyboard and pointer; axe finds nothing serious.
 * Screenshots at 350 px go to docs/screenshots/ (the user guide shows them).
 */
import { existsSync, writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { join } from 'path';
import type { Frame, Page } from 'playwright-core';
import { newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { generateCluster } from '../support/generate-cluster';
import { axeSerious } from './axe';
import { openPreview, paneFrame, screenshot, useSession } from './support';
import { describeTasks, longTasks, taskTimes, trace, type TaskTime } from './trace';
import { ROOT } from '../../scripts/build/ensure-build';

const env = useSession();
const WIDTHS = [320, 350, 450] as const;

async function paneAt(width: number, query = ''): Promise<Page> {
  const { page } = await env.session.newPage();
  await page.setViewportSize({ width, height: 720 });
  await page.goto(`${env.session.server.url}pane.html${query}`);
  await page.getByTestId('summary').waitFor();
  return page;
}

/** How far the page scrolls sideways ('' when not at all; else the amount and the elements past the edge). */
function sideways(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (over <= 0) return '';
    const edge = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > edge + 0.5 && e.getClientRects().length > 0)
      .slice(-4)
      .map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ')[0]}[${e.getAttribute('data-testid') ?? ''}] “${(e.textContent ?? '').slice(0, 30)}” right ${Math.round(e.getBoundingClientRect().right)}`);
    return `${over} px: ${past.join('; ')}`;
  });
}

async function score(page: Page): Promise<void> {
  await page.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
  await page.getByTestId('score-results').waitFor();
}

/** Edits a cell of the pane's in-memory workbook as a user would (through a request, raising onChanged). */
async function edit(page: Page, sheet: string, cell: string, value: number): Promise<void> {
  await page.evaluate(
    async ([s, c, v]) => {
      type Book = { run(batch: (ctx: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown[][] } } } }; sync(): Promise<void> }) => Promise<void>): Promise<void> };
      const book = await (window as unknown as { thiduaPane: { book: Promise<Book> } }).thiduaPane.book;
      await book.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(s as string).getRange(c as string).values = [[v]];
        await ctx.sync();
      });
    },
    [sheet, cell, value] as const,
  );
}

describe.each(WIDTHS)('at %i px', (width) => {
  test('no state scrolls sideways; axe finds nothing serious', async () => {
    const page = await paneAt(width);
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Bảng mẫu' }).click();
    await page.getByRole('combobox', { name: 'Mẫu' }).waitFor();
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('list', { name: 'Danh sách lỗi và cảnh báo' }).waitFor();
    expect(await sideways(page)).toBe('');
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await score(page);
    expect(await sideways(page)).toBe('');
    await page.getByRole('button', { name: 'Bạch Long Vĩ', exact: true }).click();
    await page.getByTestId('unit-detail').waitFor();
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByRole('tab', { name: 'Score' }).waitFor();
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
  });

  test('after one click: the results heading in view and focused, the leader announced, the summary on one line', async () => {
    const page = await paneAt(width);
    const summaryBefore = await page.getByTestId('summary').boundingBox();
    await score(page);
    const live = page.getByRole('status').filter({ hasText: 'Đã chấm' });
    await expect(live.textContent()).resolves.toBe('Đã chấm 8 đơn vị; Thủy Nguyên dẫn đầu.');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'results-heading');
    const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    // The first unit of the ranking is on screen too.
    const first = await page.locator('[data-testid=ranking] tbody tr').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(720);
    await page.locator('[data-testid=summary][data-collapsed=true]').waitFor();
    const summaryAfter = await page.getByTestId('summary').boundingBox();
    expect(summaryAfter!.height).toBeLessThan(Math.min(summaryBefore!.height, 45));
    // The pane as the click left it: the results at the top of the view.
    if (width === 350) await screenshot(page, '13-sau-khi-cham-350.png');
    // The totals chart opens by itself at 8 units: a bar per unit, the class thresholds, no sideways scroll.
    const chart = page.getByTestId('totals-chart');
    await chart.waitFor();
    expect(await chart.locator('g[data-unit]').count()).toBe(8);
    expect(await chart.locator('g[data-band]').count()).toBeGreaterThan(0);
    expect(await sideways(page)).toBe('');
    if (width === 350) {
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, '17-bieu-do-tong-diem-350.png');
    }
  });

  test('names at most two lines, badges on one; drill-down readable, with subtotals and deductions as −n', async () => {
    const page = await paneAt(width);
    await score(page);
    // A name's height in lines: the shortest name (An Lão) is one line.
    const heights = await page.$$eval('[data-testid=ranking] tbody tr button', (bs) => bs.map((b) => b.getBoundingClientRect().height));
    expect(heights).toHaveLength(8);
    const line = Math.min(...heights);
    expect(line).toBeGreaterThan(10);
    for (const h of heights) expect(Math.round(h / line)).toBeLessThanOrEqual(2);
    const badges = await page.$$eval('.fui-Badge', (bs) => bs.filter((b) => b.getClientRects().length > 0).map((b) => b.getBoundingClientRect().height));
    expect(badges.length).toBeGreaterThan(0);
    for (const h of badges) expect(h).toBeLessThanOrEqual(22);

    await page.getByRole('button', { name: 'Kiến Thụy', exact: true }).click();
    const detail = page.getByTestId('unit-detail');
    await detail.waitFor();
    const sizes = await detail.getByTestId('explanation').evaluateAll((es) => es.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(10);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(12);
    const subtotals = await detail.locator('tr[data-subtotal]').allTextContents();
    expect(subtotals.length).toBeGreaterThanOrEqual(2);
    for (const s of subtotals) expect(s).toMatch(/^Cộng nhóm /);
    const penalties = await detail.locator('tr[data-code]').evaluateAll((rows) =>
      rows.filter((r) => r.textContent?.includes('Điểm trừ')).map((r) => r.lastElementChild!.textContent ?? ''),
    );
    expect(penalties.length).toBeGreaterThan(0);
    for (const p of penalties) expect(p).not.toMatch(/^\d+(,\d+)?\/\d/);
    // The unit's criteria as dots against their maximum, coloured by status.
    expect(await detail.getByTestId('criteria-dots').locator('g[data-code]').count()).toBeGreaterThan(10);
    if (width === 350) {
      await detail.getByTestId('criteria-dots').scrollIntoViewIfNeeded();
      await screenshot(page, '14-chi-tiet-350.png');
    }
    // The units × criteria status map.
    await page.getByRole('button', { name: 'Bản đồ trạng thái' }).click();
    const map = page.getByTestId('status-map');
    await map.waitFor();
    expect(await map.locator('g[data-unit]').count()).toBe(8);
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
    if (width === 350) {
      await map.scrollIntoViewIfNeeded();
      await screenshot(page, '18-ban-do-trang-thai-350.png');
    }
  });

  test('an edit of the data after a run: Kết quả đã cũ, and Chấm lại scores again; a sheet button activates its sheet', async () => {
    const page = await paneAt(width);
    await score(page);
    await page.getByRole('button', { name: 'Mở trang Chi tiết điểm' }).click();
    await page.waitForFunction(async () => {
      const book = await (window as unknown as { thiduaPane: { book: Promise<{ selection: { sheet: string } | null }> } }).thiduaPane.book;
      return book.selection?.sheet === 'Chi tiết điểm';
    });
    expect(await page.getByTestId('stale').count()).toBe(0);
    await edit(page, 'Số liệu', 'D2', 1);
    const stale = page.getByTestId('stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('Kết quả đã cũ');
    expect(await axeSerious(page)).toEqual([]);
    expect(await sideways(page)).toBe('');
    if (width === 350) {
      await stale.scrollIntoViewIfNeeded();
      await screenshot(page, '15-ket-qua-da-cu-350.png');
    }
    await stale.getByRole('button', { name: 'Chấm lại' }).click();
    await page.getByTestId('stale').waitFor({ state: 'detached' });
    await page.getByTestId('score-results').waitFor();
  });

  test('an Excel without onChanged (ExcelApi 1.8): the pane re-reads when it gets the focus back, and shows the same notice', async () => {
    const page = await paneAt(width, '?excelApi=1.8');
    expect(await page.evaluate(() => Office.context.requirements.isSetSupported('ExcelApi', '1.9'))).toBe(false);
    await score(page);
    await edit(page, 'Số liệu', 'D2', 1);
    // The user edited the grid; coming back to the pane (focus) makes it look again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const stale = page.getByTestId('stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('Kết quả đã cũ');
    expect(await sideways(page)).toBe('');
    expect(await axeSerious(page)).toEqual([]);
    await stale.getByRole('button', { name: 'Chấm lại' }).click();
    await page.getByTestId('stale').waitFor({ state: 'detached' });
    await page.getByTestId('score-results').waitFor();
    // Nothing changed since: focus again shows no notice.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(300);
    expect(await page.getByTestId('stale').count()).toBe(0);
  });
});

test('an empty workbook: one primary action, which opens the template choice; no sideways scroll at 320 px', async () => {
  const file = join(env.files.dir, 'trong.xlsx');
  writeFileSync(file, await toBuffer(newWorkbook([{ name: 'Sheet1', rows: [['']], headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }])));
  const { page } = await env.session.newPage();
  await openPreview(page, env.session.server);
  // As loadFile, but the pane shows the empty state, not the summary.
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.getElementById('file-name')?.textContent === 'trong.xlsx' && document.body.dataset.ready === 'true');
  await (await paneFrame(page)).getByTestId('empty-workbook').waitFor();
  const pane = await paneFrame(page);
  const primary = await pane.$$eval('[data-appearance=primary]', (bs) => bs.filter((b) => !b.closest('[hidden]')).map((b) => b.textContent));
  expect(primary).toEqual(['Chọn bảng mẫu']);
  expect(await axeSerious(pane)).toEqual([]);
  await pane.getByRole('button', { name: 'Chọn bảng mẫu' }).click();
  await pane.getByRole('combobox', { name: 'Mẫu' }).waitFor();
  await page.setViewportSize({ width: 320, height: 720 });
  await screenshot(page, '16-bang-trong.png');
});

/** The preview with a 300-unit cluster loaded, its pane `width` px wide. */
async function cluster300(width: number): Promise<{ page: Page; pane: Frame }> {
  const file = join(env.files.dir, 'cum-300.xlsx');
  if (!existsSync(file)) {
    const grid = generateCluster({ units: 300, criteria: 20, seed: 3, unitName: (i) => (i === 150 ? 'Phường Đông Hải' : `Đơn vị ${String(i + 1).padStart(3, '0')}`) });
    const sheets = grid.sheets.map((sh) => ({ name: sh.name, rows: sh.rows.map((r) => [...(r ?? [])]), headerRows: [0], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }));
    writeFileSync(file, await toBuffer(newWorkbook(sheets)));
  }
  const { page } = await env.session.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await openPreview(page, env.session.server);
  await page.evaluate((w) => document.documentElement.style.setProperty('--pane-width', `${w}px`), width);
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.getElementById('file-name')?.textContent === 'cum-300.xlsx' && document.body.dataset.ready === 'true');
  const pane = await paneFrame(page);
  await pane.getByTestId('summary').waitFor();
  return { page, pane };
}

describe.each(WIDTHS)('300 units at %i px', (width) => {
  test('the ranking and the not-proposed list draw only what is in view; scrolling (and the keyboard) shows later rows; search and class filter; axe clean', async () => {
    const { page, pane } = await cluster300(width);
    expect(await pane.evaluate(() => document.documentElement.clientWidth)).toBe(width);
    // The click's tasks, from a trace of the page (./trace.ts): every task of the main thread after
    // the click, in wall time and in the thread's CPU time. Those in which the in-memory Excel applied
    // a request (a `fake-excel:apply` measure, nothing of the pane's in the same task) are Excel's
    // work, in its own process in Office: apart. The preview's grid view stands for Excel's window
    // (Excel draws it, not the pane's thread): not redrawn while the click is measured, then redrawn
    // once, measured apart.
    type Bridge = { changed(): void; held?: () => void };
    await page.evaluate(() => {
      const b = (window as unknown as { thiduaPreview: Bridge }).thiduaPreview;
      b.held = b.changed;
      b.changed = () => undefined;
    });
    const click = async (): Promise<void> => {
      await pane.evaluate(() => performance.mark('thidua:click'));
      await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
      await pane.getByTestId('score-results').waitFor({ timeout: 60_000 });
      // The later stages of the results' drawing belong to the click too: until the last is drawn
      // (the nomination draft), and a second more.
      await pane.getByTestId('not-nominated').waitFor();
      await pane.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    };
    const profile = process.env.THIDUA_TRACE !== undefined;
    const events = await trace(page, click, profile);
    // A measuring run (docs/benchmarks.md): what each long task is made of.
    if (profile) console.log(`300 units at ${width} px, the long tasks of the click:\n${describeTasks(longTasks(events, [join(ROOT, 'out', 'preview'), join(ROOT, 'dist')]))}`);
    const grid = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
          }).observe({ type: 'longtask' });
          const b = (window as unknown as { thiduaPreview: Bridge }).thiduaPreview;
          b.changed = b.held!;
          b.changed();
          setTimeout(() => resolve(longest), 1000);
        }),
    );
    const tasks = taskTimes(events, 'thidua:click');
    const own = tasks.filter((x) => !x.apply);
    const excel = tasks.filter((x) => x.apply);
    const most = (list: TaskTime[], f: (x: TaskTime) => number): number => Math.round(Math.max(0, ...list.map(f)));
    const [wall, cpu] = [most(own, (x) => x.ms), most(own, (x) => x.cpuMs)];
    console.log(
      `300 units in the preview at ${width} px, the longest main-thread task of the click: the pane's own ${wall} ms (${cpu} ms CPU) of ${own.length} tasks; ` +
        `the in-memory Excel's applying ${most(excel, (x) => x.ms)} ms (${most(excel, (x) => x.cpuMs)} ms CPU) in ${excel.length} tasks; ` +
        `the preview's grid redrawn after: ${Math.round(grid)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores${profile ? ' (profiled)' : ''}`,
    );
    expect(excel.length).toBeGreaterThan(0);
    // Issue 16: no freeze over 100 ms at 300 units. In CPU time of the thread, which other work on a
    // shared machine does not inflate; in wall time too when the machine is not saturated. (A
    // profiled run's sampling slows the page: not asserted.)
    if (!profile) {
      expect(cpu).toBeLessThan(100);
      if (loadavg()[0]! < cpus().length) expect(wall).toBeLessThan(100);
    }
    // Drawn in stages, the results still end with their heading focused and in view (nothing drawn
    // later moved it), and the run announced.
    const heading = await pane.evaluate(() => {
      const h = document.querySelector('[data-testid=results-heading]')!;
      const top = h.getBoundingClientRect().top;
      return { focused: document.activeElement === h, inView: top >= 0 && top < window.innerHeight };
    });
    expect(heading).toEqual({ focused: true, inView: true });
    expect(await pane.getByTestId('announce').textContent()).toMatch(/^Đã chấm 300 đơn vị; .+ dẫn đầu/);
    const drawn = pane.locator('[data-testid=ranking] tbody tr[data-unit]');
    expect(await drawn.count()).toBeLessThan(60);
    expect(await pane.getByTestId('ranking').getAttribute('aria-rowcount')).toBe('301');
    expect(await pane.getByTestId('ranking-count').textContent()).toBe('300/300 đơn vị');
    expect(await sideways(pane)).toBe('');
    // The box scrolls by the keyboard: focused, End goes to the last rank.
    const box = pane.getByRole('region', { name: 'Bảng xếp hạng' });
    await box.focus();
    await page.keyboard.press('End');
    await pane.locator('[data-testid=ranking] tbody tr[aria-rowindex="301"]').waitFor();
    expect(await drawn.count()).toBeLessThan(60);
    expect(await pane.locator('[data-testid=ranking] tbody tr[aria-rowindex="2"]').count()).toBe(0);
    // Half-way by the scroll bar: the rows there, in rank order.
    await box.evaluate((b) => (b.scrollTop = b.scrollHeight / 2 - b.clientHeight / 2));
    await pane.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid=ranking] tbody tr[aria-rowindex]')].map((r) => Number(r.getAttribute('aria-rowindex')));
      return rows.some((i) => i > 120 && i < 180) && rows.every((i, k) => k === 0 || i === rows[k - 1]! + 1);
    });
    if (width === 350) await screenshot(page, '19-xep-hang-300-don-vi-350.png');
    await pane.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('dong hai');
    await pane.locator('[data-testid=ranking] tbody tr[data-unit="Phường Đông Hải"]').waitFor();
    expect(await drawn.count()).toBe(1);
    await pane.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('');
    await pane.locator('[data-testid=ranking] tbody tr[aria-rowindex="2"]').waitFor();
    // The "not proposed" list: a part drawn, each item with its place; scrolled to its end, the last.
    const left = pane.getByRole('region', { name: 'Đơn vị không được đề nghị' });
    await left.scrollIntoViewIfNeeded();
    const items = left.locator('li[data-unit]');
    const total = Number(await items.first().getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(100);
    expect(await items.count()).toBeLessThan(60);
    await left.evaluate((b) => (b.scrollTop = b.scrollHeight));
    await left.locator(`li[aria-posinset="${total}"]`).waitFor();
    expect(await sideways(pane)).toBe('');
    expect(await axeSerious(pane)).toEqual([]);
  });
});

test('300 units: the totals chart opens with a bar per unit and its text alternative', async () => {
  const { pane } = await cluster300(380);
  await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
  await pane.getByTestId('score-results').waitFor({ timeout: 60_000 });
  // The totals chart is closed at this size; opened, it has a bar per unit shown and its text alternative.
  await pane.getByRole('button', { name: 'Biểu đồ tổng điểm' }).click();
  const chart = pane.getByTestId('totals-chart');
  await chart.waitFor();
  expect(await chart.locator('g[data-unit]').count()).toBe(300);
  expect(await chart.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
  expect(await axeSerious(pane)).toEqual([]);
});

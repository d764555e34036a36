/**
 * The history in the preview (cycle.md §2): the sample's illustrative Lịch sử gives the ranking its
 * rank changes, the pane its chart of the ranks over time, the workbook So sánh các kỳ; Lưu vào lịch
 * sử appends the run to Lịch sử, then refuses a second time.
 */
import type { Frame, Page } from 'playwright-core';
import { gridCell, gridShows, gridTabs, openPreview, screenshot, startSession, type Session } from './support';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.external).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

async function scored(): Promise<{ page: Page; pane: Frame }> {
  const { page } = await session.newPage();
  const pane = await openPreview(page, session.server);
  await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
  await pane.getByTestId('score-results').waitFor();
  return { page, pane };
}

test('the ranking shows the rank changes and the pane the ranks over time', async () => {
  const { page, pane } = await scored();
  const changes = await pane.$$eval('[data-testid=ranking] tbody tr', (rows) =>
    rows.map((r) => `${r.getAttribute('data-unit')} ${r.querySelector('[data-testid=rank-change] [aria-hidden=true]')?.textContent ?? ''}`),
  );
  expect(changes).toEqual(['Thủy Nguyên =', 'Vĩnh Bảo ▲1', 'An Lão ▼1', 'An Dương =', 'Tiên Lãng =', 'Cát Hải ▲1', 'Bạch Long Vĩ ▼1', 'Kiến Thụy =']);
  const chart = pane.getByTestId('rank-chart');
  await chart.waitFor();
  const svg = chart.getByRole('img');
  expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
  expect(await chart.locator('svg g[data-unit] path').count()).toBe(8);
  const box = await svg.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.height).toBeGreaterThan(100);
  // The text alternative: the table of every rank.
  await chart.getByText('Xem dạng bảng').click();
  expect(await chart.getByRole('table').locator('thead th').allTextContents()).toEqual(['Đơn vị', '2022', '2023', '2024 6 tháng', '2024']);
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, '08-history.png');

  // The workbook: the comparison columns at the end of Kết quả and So sánh các kỳ.
  // The sample has warnings too: Cảnh báo is written last.
  expect((await gridTabs(page)).slice(-2)).toEqual(['So sánh các kỳ', 'Cảnh báo']);
  await page.click('#workbook [role=tab][data-sheet="So sánh các kỳ"]');
  await gridShows(page, 'So sánh các kỳ');
  expect(await gridCell(page, 'A5')).toBe('Thủy Nguyên');
});

test('Lưu vào lịch sử appends the run to Lịch sử, and refuses a second time with the rows listed', async () => {
  const { page, pane } = await scored();
  const button = pane.getByRole('button', { name: 'Lưu vào lịch sử' });
  await button.click();
  const outcome = pane.getByTestId('history-outcome');
  await outcome.waitFor();
  expect(await outcome.textContent()).toBe('Đã lưu 8 dòng (8 đơn vị, kỳ 2024) vào trang “Lịch sử”.');
  await page.click('#workbook [role=tab][data-sheet="Lịch sử"]');
  await gridShows(page, 'Lịch sử');
  expect(await gridCell(page, 'C28')).toBe('Thủy Nguyên');
  expect(await gridCell(page, 'B28')).toBe('năm');
  await button.click();
  await pane.getByText(/^Chưa lưu vào lịch sử/).waitFor();
  expect(await outcome.locator('li').count()).toBe(8);
});

/**
 * The preview end to end (npm run test:e2e): the production task pane, unchanged, in Chromium over
 * the in-memory Excel, beside the grid view. Each test leaves a screenshot in docs/screenshots/.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Frame, Page } from 'playwright-core';
import { formatNumber } from '../../src/engine/format';
import { loadXlsx, newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { findPreset, presetSheets } from '../../src/presets';
import { FIXTURES, gridCell, gridShows, gridTabs, loadFile, OFFICE_JS, openPreview, screenshot, useSession } from './support';

interface Expected {
  units: { unit: string; rank: number; criteria: Record<string, { status: string; points: number | null }> }[];
  nominations: { award: string; unit: string; status: 'nominated' | 'vote' }[];
}
const expected = (name: string): Expected => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;

// The sample has an (illustrative) history: its input sheets include Lịch sử, and a run on it adds
// So sánh các kỳ (cycle.md §2); it has warnings too, so the Warnings sheet comes last.
const INPUT_SHEETS = ['Giới thiệu', 'Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', 'Cài đặt', 'Lịch sử'];
const OUTPUT_SHEETS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];
const SAMPLE_OUTPUT_SHEETS = [...OUTPUT_SHEETS, 'So sánh các kỳ', 'Cảnh báo'];

// One Chromium and a temporary folder for the file; after each test, the network and error guards.
const env = useSession();

async function score(pane: Frame, name = 'Chấm điểm & xếp hạng'): Promise<void> {
  await pane.getByRole('tabpanel').getByRole('button', { name, exact: true }).click();
  await pane.getByTestId('score-results').waitFor();
}

/** The units of the pane's ranking, in order. */
function ranking(pane: Frame): Promise<string[]> {
  return pane.$$eval('[data-testid=ranking] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-unit') ?? ''));
}

async function fresh(): Promise<{ page: Page; pane: Frame }> {
  const { page } = await env.session.newPage();
  const pane = await openPreview(page, env.session.server);
  return { page, pane };
}

test('the preview opens on the Hải Phòng sample: the production pane reads the in-memory workbook', async () => {
  const { page, pane } = await fresh();
  const summary = pane.getByTestId('summary');
  await expect(summary.textContent()).resolves.toContain('Cụm thi đua các huyện thành phố Hải Phòng');
  expect(await summary.textContent()).toContain('15 tiêu chí, 3 nhóm');
  expect(await gridTabs(page)).toEqual(INPUT_SHEETS);
  await gridShows(page, 'Giới thiệu');
  expect(await gridCell(page, 'A1')).toBe('Cụm thi đua các huyện thành phố Hải Phòng, năm 2024');
  // The production bundles, as built: the pane page loads dist's taskpane.js and functions.js, not office.js.
  const scripts = await pane.$$eval('script[src]', (s) => s.map((e) => e.getAttribute('src')));
  expect(scripts).toEqual(['pane.js', 'app/functions.js', 'app/taskpane.js']);
  expect(await page.content()).not.toContain(OFFICE_JS);
  // functions.js registered the eight custom functions with the simulated runtime.
  expect(await pane.evaluate(() => (window as unknown as { thiduaPane: { functions(): string[] } }).thiduaPane.functions())).toEqual([
    'RATE',
    'STATUS',
    'SCORE',
    'RANK',
    'RESULTS',
    'NOMINATIONS',
    'EXPLAIN',
    'VOTE',
  ]);
  await screenshot(page, '01-preview.png');
});

test('Kiểm tra lists an injected error with its sheet and cell; a click selects the cell in the grid', async () => {
  const preset = findPreset('hai-phong-huyen-2024')!;
  const sheets = presetSheets(preset, 'vi');
  const data = sheets.find((s) => s.name === 'Số liệu')!;
  expect(data.rows[0]![3]).toBe('Thực hiện');
  data.rows[1]![3] = 'khoảng 5'; // the first entry's actual: text where a number is expected
  const file = join(env.files.dir, 'hai-phong-co-loi.xlsx');
  writeFileSync(file, await toBuffer(newWorkbook(sheets)));

  const { page } = await fresh();
  const pane = await loadFile(page, file);
  await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
  const list = pane.getByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
  await list.waitFor();
  const error = list.locator('button[data-severity=error]').first();
  expect(await error.textContent()).toContain('Số liệu!D2');
  expect(await error.textContent()).toContain('khoảng 5');
  expect(await pane.getByRole('status').first().textContent()).toMatch(/^1 lỗi/);
  await error.click();
  await gridShows(page, 'Số liệu');
  await page.waitForSelector('table.grid td.selected[data-cell="D2"]');
  expect(await gridCell(page, 'D2')).toBe('khoảng 5');
  await screenshot(page, '02-check.png');
});

test('Chấm điểm & xếp hạng writes the output sheets, ranks Thủy Nguyên first and drafts the nominations', async () => {
  const exp = expected('hai-phong-huyen-2024');
  const { page, pane } = await fresh();
  await score(pane);
  expect(await ranking(pane)).toEqual([...exp.units].sort((a, b) => a.rank - b.rank).map((u) => u.unit));
  expect((await ranking(pane))[0]).toBe('Thủy Nguyên');
  expect(await pane.getByTestId('written').textContent()).toContain(OUTPUT_SHEETS.join(', '));
  for (const n of exp.nominations) {
    const item = pane.locator(`[data-testid=nominations] section[data-award="${n.award}"] li[data-unit="${n.unit}"]`);
    expect(await item.count()).toBe(1);
  }
  // The grid view: the three sheets added, the results shown (Excel activates them), Thủy Nguyên first.
  expect(await gridTabs(page)).toEqual([...INPUT_SHEETS, ...SAMPLE_OUTPUT_SHEETS]);
  await gridShows(page, 'Kết quả');
  expect(await gridCell(page, 'A4')).toBe('1');
  expect(await gridCell(page, 'B4')).toBe('Thủy Nguyên');
  await screenshot(page, '03-results.png');

  // The status colours of the detail sheet, from its conditional formats.
  await page.click('#workbook [role=tab][data-sheet="Chi tiết điểm"]');
  await gridShows(page, 'Chi tiết điểm');
  const tones = await page.$$eval('table.grid td[data-cf]', (cells) => cells.map((c) => `${c.textContent}:${c.getAttribute('data-cf')}`));
  expect(tones).toContain('Vượt:#C6EFCE');
  expect(tones).toContain('Đạt:#FFEB9C');
  expect(tones.every((t) => /^(Vượt:#C6EFCE|Đạt:#FFEB9C|Chưa đạt:#FFC7CE|Thiếu số liệu:#FFC7CE)$/.test(t))).toBe(true);
});

test('flagging in place colours the data cells in the grid (conditional formats), and Xoá đánh dấu takes them back', async () => {
  const exp = expected('hai-phong-huyen-2024');
  const { page, pane } = await fresh();
  await pane.getByRole('checkbox', { name: /Đánh dấu ô số liệu/ }).check();
  await score(pane);
  expect(await pane.getByTestId('flagged').textContent()).toMatch(/^Đã đánh dấu \d+ ô số liệu\.$/);
  await page.click('#workbook [role=tab][data-sheet="Số liệu"]');
  await gridShows(page, 'Số liệu');
  // Each actual cell shows its unit's status: row 2 is An Dương's 1.1.
  const status = exp.units.find((u) => u.unit === 'An Dương')!.criteria['1.1']!.status;
  const fill = { exceeded: '#C6EFCE', met: '#FFEB9C', below: '#FFC7CE', missing: '#FFC7CE' }[status as 'exceeded'];
  expect(await page.getAttribute('table.grid td[data-cell="D2"]', 'data-cf')).toBe(fill);
  const flagged = await page.$$eval('table.grid td[data-cf]', (cells) => cells.map((c) => c.getAttribute('data-cell')!));
  expect(flagged.length).toBeGreaterThan(50);
  expect(flagged.every((c) => c.startsWith('D'))).toBe(true);
  // The helper sheet behind the flags is very hidden: no tab for it.
  expect(await gridTabs(page)).toEqual([...INPUT_SHEETS, ...SAMPLE_OUTPUT_SHEETS]);
  await screenshot(page, '07-flags.png');

  await pane.getByRole('button', { name: 'Xoá đánh dấu' }).click();
  await pane.getByTestId('cleared').waitFor();
  // The run's "flagged" line goes with the flags; nothing is left to clear.
  expect(await pane.getByTestId('flagged').count()).toBe(0);
  expect(await pane.getByRole('button', { name: 'Xoá đánh dấu' }).count()).toBe(0);
  await page.waitForFunction(() => document.querySelectorAll('table.grid td[data-cf]').length === 0);
  expect(await page.getAttribute('table.grid', 'data-sheet')).toBe('Số liệu');
});

test('the drill-down of a unit shows its criterion points', async () => {
  const exp = expected('hai-phong-huyen-2024');
  const { page, pane } = await fresh();
  await score(pane);
  const unit = exp.units.find((u) => u.unit === 'Vĩnh Bảo')!;
  await pane.getByRole('button', { name: 'Vĩnh Bảo', exact: true }).click();
  const detail = pane.getByTestId('unit-detail');
  await detail.waitFor();
  expect(await detail.getByRole('combobox', { name: 'Đơn vị' }).inputValue()).toBe('Vĩnh Bảo');
  expect(await detail.textContent()).toContain(`Hạng ${unit.rank}`);
  let checked = 0;
  for (const [code, c] of Object.entries(unit.criteria)) {
    const row = detail.locator(`tr[data-code="${code}"]`);
    const points = (await row.locator('td').last().textContent()) ?? '';
    if (c.points === null) expect(points).toBe('không tính');
    else expect(points.replace(/^[+−]/, '')).toMatch(new RegExp(`^${formatNumber(c.points, 'vi', 2).replace('.', '\\.')}(/|$)`));
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(15);
  // The pane scrolled to the drill-down, the grid on the detail sheet (status colours from its conditional formats).
  await pane.getByRole('button', { name: 'Chi tiết điểm', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.click('#workbook [role=tab][data-sheet="Chi tiết điểm"]');
  await gridShows(page, 'Chi tiết điểm');
  await screenshot(page, '04-drilldown.png');
});

test('the language switch turns the pane English (and the output sheets it writes)', async () => {
  const { page, pane } = await fresh();
  await pane.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await pane.getByRole('tab', { name: 'Score' }).waitFor();
  expect(await pane.evaluate(() => document.documentElement.lang)).toBe('en');
  for (const name of ['Check', 'Template']) expect(await pane.getByRole('tab', { name }).count()).toBe(1);
  expect(await pane.getByRole('heading', { name: 'Workbook' }).count()).toBe(1);
  await score(pane, 'Score & rank');
  expect(await pane.getByTestId('written').textContent()).toBe('Sheets written: Results, Score detail, Nominations, Period comparison, Warnings');
  expect((await ranking(pane))[0]).toBe('Thủy Nguyên');
  expect(await pane.getByRole('button', { name: 'Ranking' }).count()).toBe(1);
  await gridShows(page, 'Results');
  expect(await gridCell(page, 'A3')).toBe('Rank');
  await screenshot(page, '05-english.png');
});

test('example-a.xlsx loaded through the file input scores with B first; the download holds the output sheets', async () => {
  const exp = expected('example-a');
  const { page } = await fresh();
  const pane = await loadFile(page, join(FIXTURES, 'example-a.xlsx'));
  expect(await page.textContent('#status')).toMatch(/^Đã mở example-a\.xlsx/);
  await score(pane);
  expect(await ranking(pane)).toEqual([...exp.units].sort((a, b) => a.rank - b.rank).map((u) => u.unit));
  expect((await ranking(pane))[0]).toBe('B');
  await gridShows(page, 'Kết quả');
  expect(await gridCell(page, 'B4')).toBe('B');
  await screenshot(page, '06-example-a.png');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  expect(download.suggestedFilename()).toBe('example-a.ketqua.xlsx');
  const saved = join(env.files.dir, 'example-a.ketqua.xlsx');
  await download.saveAs(saved);
  const { workbook, markers } = await loadXlsx(readFileSync(saved));
  expect([...markers.entries()].sort()).toEqual(
    [
      ['Kết quả', 'results'],
      ['Chi tiết điểm', 'detail'],
      ['Đề nghị khen thưởng', 'nominations'],
    ].sort(),
  );
  // The vote's sheets come only with a `Phiếu bầu` sheet.
  expect([...markers.values()]).not.toContain('votes');
  const results = workbook.getWorksheet('Kết quả')!;
  expect(results.getCell('A4').value).toBe(1);
  expect(results.getCell('B4').value).toBe('B');
  expect(results.getRow(3).font?.bold).toBe(true);
  // example-a has no warnings: the three outputs only.
  expect(workbook.worksheets.map((w) => w.name).slice(-3)).toEqual(OUTPUT_SHEETS.slice(0, 3));
});

test('a file that is not a workbook is refused with a message; the open workbook stays', async () => {
  const { page, pane } = await fresh();
  const file = join(env.files.dir, 'khong-phai-so-tinh.xlsx');
  writeFileSync(file, 'Đây không phải là sổ tính.');
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#status.error');
  expect(await page.textContent('#status')).toMatch(/^Không đọc được khong-phai-so-tinh\.xlsx: /);
  expect(await page.textContent('#file-name')).toBe('hai-phong-huyen-2024.xlsx');
  expect(await pane.getByTestId('summary').textContent()).toContain('Hải Phòng');
});

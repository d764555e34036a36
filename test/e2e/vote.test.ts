/**
 * The vote in the browser preview (the production pane on the in-memory Excel): the Hải Phòng
 * sample with a `Phiếu bầu` sheet holding the ballots of worked example V (vote.md) is scored; the
 * pane shows the count per award and the elected units; the grid gets the vote sheets.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { Frame } from 'playwright-core';
import { newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { findPreset, presetSheets } from '../../src/presets';
import type { StyledSheet } from '../../src/workbook/output';
import { ballotRows, V_AWARDS } from '../workbook/vote-ballots';
import { gridCell, gridShows, gridTabs, loadFile, openPreview, screenshot, useSession } from './support';

// One Chromium and a temporary folder for the file; after each test, the network and error guards.
const env = useSession();

const rowText = (pane: Frame, award: string, unit: string): Promise<string | null> =>
  pane.locator(`[data-testid=vote-count] section[data-award="${award}"] tr[data-unit="${unit}"]`).textContent();

test('the Hải Phòng sample with its ballots: the count per award, the elected in the nominations, the vote sheets', async () => {
  const sheets: StyledSheet[] = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi');
  sheets.push({ name: 'Phiếu bầu', rows: ballotRows(), headerRows: [0], titleRows: [], columns: [], tones: [], freeze: { rows: 1, cols: 0 } });
  const file = join(env.files.dir, 'hai-phong-bo-phieu.xlsx');
  writeFileSync(file, await toBuffer(newWorkbook(sheets)));

  const { page } = await env.session.newPage();
  await openPreview(page, env.session.server);
  const pane = await loadFile(page, file);
  await pane.getByRole('tabpanel').getByRole('button', { name: 'Chấm điểm & xếp hạng', exact: true }).click();
  await pane.getByTestId('vote-count').waitFor();
  expect(await pane.getByTestId('vote-threshold').textContent()).toBe('Trúng khi được quá bán (trên 50%) số đại biểu');
  expect(await rowText(pane, V_AWARDS.overall, 'An Lão')).toBe('An Lão5/862,5%Trúng');
  expect(await rowText(pane, V_AWARDS.overall, 'An Dương')).toBe('An Dương4/850%Không đủ tỷ lệ');
  expect(await rowText(pane, V_AWARDS.flag, 'Thủy Nguyên')).toBe('Thủy Nguyên7/887,5%Trúng');
  const badge = pane.locator(`[data-testid=nominations] section[data-award="${V_AWARDS.city}"] li[data-unit="Vĩnh Bảo"] [data-outcome]`);
  expect(await badge.textContent()).toBe('Trúng');
  expect(await gridTabs(page)).toEqual(expect.arrayContaining(['Phiếu bầu', 'Kết quả bỏ phiếu', 'Biên bản kiểm phiếu']));
  await pane.getByTestId('vote-count').scrollIntoViewIfNeeded();
  await screenshot(page, '07-vote.png');
  await page.click('#workbook [role=tab][data-sheet="Biên bản kiểm phiếu"]');
  await gridShows(page, 'Biên bản kiểm phiếu');
  // The minutes as a Nghị định 30 paper: `BIÊN BẢN`, then what it records.
  expect(await gridCell(page, 'A5')).toBe('BIÊN BẢN');
  expect(await gridCell(page, 'A6')).toMatch(/^Kiểm phiếu /);
  await screenshot(page, '08-minutes.png');

  // The ballots are there: Tạo phiếu bầu refuses to write over them.
  await pane.getByRole('tabpanel').getByRole('button', { name: 'Tạo phiếu bầu', exact: true }).click();
  await pane.getByText('Chưa tạo được phiếu bầu').waitFor();
  expect(await pane.getByRole('tabpanel').textContent()).toContain('Sổ đã có trang “Phiếu bầu”');
});

/**
 * Phiếu đơn vị end to end (cycle.md §1, issue 12): in the preview, the pane makes the units' forms
 * (downloaded as one .zip), two of them are filled by "units" with exceljs, picked back in the pane,
 * the summary is checked, confirmed (the data cells and the own sheets appear in the grid), and
 * *Hoàn tác lần gộp* puts every data cell back exactly. The picked files never change.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Frame, Page } from 'playwright-core';
import { findPreset, presetSheets } from '../../src/presets';
import { FIXTURES, gridCell, gridShows, gridTabs, loadFile, openPreview, screenshot, useSession } from './support';

// One Chromium and a temporary folder for the file; after each test, the network and error guards.
const env = useSession();

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Sets owned cells of a form's `Số liệu` (by criterion code and header), with exceljs as a unit would. */
async function fill(file: string, changes: { code: string; column: string; value: string | number }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Số liệu');
  if (!ws) throw new Error(`${file}: no Số liệu sheet`);
  let header = 0;
  const col = new Map<string, number>();
  for (let r = 1; r <= 20 && header === 0; r++) {
    const row = new Map<string, number>();
    ws.getRow(r).eachCell((c, j) => {
      if (typeof c.value === 'string') row.set(c.value, j);
    });
    if (row.has('Mã tiêu chí') && row.has('Thực hiện')) {
      header = r;
      for (const [k, v] of row) col.set(k, v);
    }
  }
  if (header === 0) throw new Error(`${file}: no data header`);
  for (const change of changes) {
    let done = false;
    ws.eachRow((row, r) => {
      if (r <= header || String(row.getCell(col.get('Mã tiêu chí')!).value) !== change.code) return;
      row.getCell(col.get(change.column)!).value = change.value;
      done = true;
    });
    if (!done) throw new Error(`${file}: no row ${change.code}`);
  }
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The texts of the listed cells of `Số liệu` in the grid view. */
async function dataCells(page: Page, cells: string[]): Promise<Record<string, string>> {
  await page.click('#workbook [role=tab][data-sheet="Số liệu"]');
  await gridShows(page, 'Số liệu');
  const out: Record<string, string> = {};
  for (const c of cells) out[c] = await gridCell(page, c);
  return out;
}

async function openForms(pane: Frame): Promise<void> {
  await pane.getByRole('tab', { name: 'Phiếu đơn vị' }).click();
  await pane.getByRole('button', { name: 'Tạo phiếu nhập', exact: true }).waitFor();
}

test('the forms are made and downloaded, two filled ones are consolidated after the summary, and the undo restores the data cells', async () => {
  const { page } = await env.session.newPage();
  await page.goto(env.session.server.url);
  const pane0 = await loadFile(page, join(FIXTURES, 'example-a.xlsx'));
  await openForms(pane0);
  const pane = pane0;

  // 1. Make the forms; download them all as one .zip.
  await pane.getByRole('button', { name: 'Tạo phiếu nhập', exact: true }).click();
  await expect(pane.getByTestId('forms-made').textContent()).resolves.toBe('Đã tạo 5 phiếu.');
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Tải tất cả (.zip)' }).click()]);
  expect(download.suggestedFilename()).toBe('phieu-nhap.zip');
  const zipPath = join(env.files.dir, 'phieu-nhap.zip');
  await download.saveAs(zipPath);
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(['A.xlsx', 'B.xlsx', 'C.xlsx', 'D.xlsx', 'E.xlsx']);
  // One form by itself too: the same bytes as in the .zip.
  const [one] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Tải C.xlsx' }).click()]);
  expect(one.suggestedFilename()).toBe('C.xlsx');
  const onePath = join(env.files.dir, 'C-alone.xlsx');
  await one.saveAs(onePath);
  expect(sha(onePath)).toBe(createHash('sha256').update(await zip.file('C.xlsx')!.async('nodebuffer')).digest('hex'));

  // 2. Units A and B fill their forms. Evidence cells blank in the cluster are cells to fill;
  //    B's 1.1 actual differs from the cluster's 180: a conflict, kept by default.
  const formA = join(env.files.dir, 'A.xlsx');
  const formB = join(env.files.dir, 'B.xlsx');
  writeFileSync(formA, await zip.file('A.xlsx')!.async('nodebuffer'));
  writeFileSync(formB, await zip.file('B.xlsx')!.async('nodebuffer'));
  await fill(formA, [
    { code: '1.1', column: 'Minh chứng', value: 'BC-12/2024' },
    { code: '1.2', column: 'Minh chứng', value: 'BC-13/2024' },
  ]);
  await fill(formB, [
    { code: '1.1', column: 'Thực hiện', value: 200 },
    { code: '2.3', column: 'Minh chứng', value: 'QĐ-5' },
  ]);
  // A workbook that is not a form (no marker): refused whole.
  const stranger = join(env.files.dir, 'khong-phai-phieu.xlsx');
  writeFileSync(stranger, readFileSync(join(FIXTURES, 'example-a.xlsx')));
  const picked = [formA, formB, stranger];
  const before = picked.map(sha);

  // Example-a's data: row 2 = A 1.1, row 3 = A 1.2, row 11 = B 1.1, row 17 = B 2.3; D actual, G evidence.
  const cells = ['G2', 'G3', 'G17', 'D11', 'D2', 'D3'];
  const original = await dataCells(page, cells);
  expect(original).toEqual({ G2: '', G3: '', G17: '', D11: '180', D2: '120', D3: '95' });

  // 3. Pick the files, preview the summary, confirm.
  await pane.getByLabel('Chọn các phiếu (.xlsx)').setInputFiles(picked);
  await pane.getByRole('button', { name: 'Xem trước', exact: true }).click();
  const summary = pane.getByTestId('consolidate-summary');
  await summary.waitFor();
  expect(await summary.textContent()).toBe('3 ô sẽ được điền, 1 xung đột, 1 tệp bị từ chối.');
  const problems = (await pane.getByTestId('consolidate-problems').textContent()) ?? '';
  expect(problems).toContain('khong-phai-phieu.xlsx');
  expect(problems).toContain('B.xlsx');
  // Each unit's submission, counted on the 7 scored criteria (an actual or a self score; evidence
  // alone and the bonus/penalty rows do not count): A none, B one (1.1); C, D, E sent nothing; the
  // stranger is refused with its file named.
  const submissions = await pane.$$eval('[data-testid=consolidate-submissions] li', (li) => li.map((l) => l.textContent ?? ''));
  expect(submissions.slice(0, 5)).toEqual(['A (A.xlsx): Thiếu 7 dòng', 'B (B.xlsx): Thiếu 6 dòng', 'C: Chưa nộp', 'D: Chưa nộp', 'E: Chưa nộp']);
  expect(submissions[5]).toMatch(/^— \(khong-phai-phieu\.xlsx\): Bị từ chối: /);
  // Nothing written by the preview.
  expect(await dataCells(page, cells)).toEqual(original);

  await pane.getByRole('button', { name: 'Xác nhận gộp', exact: true }).click();
  const done = pane.getByTestId('consolidate-done');
  await done.waitFor();
  expect(await done.textContent()).toMatch(/^Đã ghi 3 ô và các trang: .*Tình hình nộp/);
  expect(await done.textContent()).toContain('Nhật ký gộp');
  const tabs = await gridTabs(page);
  expect(tabs).toEqual(expect.arrayContaining(['Tình hình nộp', 'Nhật ký gộp']));
  expect(tabs.slice(0, 4)).toEqual(['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng']);
  expect(await dataCells(page, cells)).toEqual({ ...original, G2: 'BC-12/2024', G3: 'BC-13/2024', G17: 'QĐ-5' });

  await page.click('#workbook [role=tab][data-sheet="Nhật ký gộp"]');
  await gridShows(page, 'Nhật ký gộp');
  const log = await page.$$eval('table.grid td', (tds) => tds.map((td) => td.textContent ?? '').join('|'));
  for (const c of ['G2', 'G3', 'G17']) expect(log).toContain(c);
  expect(log).toContain('BC-12/2024');
  await page.click('#workbook [role=tab][data-sheet="Tình hình nộp"]');
  await gridShows(page, 'Tình hình nộp');
  const status = await page.$$eval('table.grid td', (tds) => tds.map((td) => td.textContent ?? '').join('|'));
  expect(status).toContain('A.xlsx');
  expect(status).toContain('Chưa nộp');
  expect(status).toMatch(/Bị từ chối/);

  // 4. Undo: exactly the values before.
  await pane.getByRole('button', { name: 'Hoàn tác lần gộp', exact: true }).click();
  const undone = pane.getByTestId('undo-done');
  await undone.waitFor();
  expect(await undone.textContent()).toBe('Đã khôi phục 3 ô.');
  expect(await dataCells(page, cells)).toEqual(original);
  // The log and the submissions sheet go with the consolidation they describe.
  expect(await gridTabs(page)).toEqual(['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng']);

  // The picked files are read, never changed.
  expect(picked.map(sha)).toEqual(before);
  await undone.scrollIntoViewIfNeeded();
  await screenshot(page, '09-forms.png');
});

test('two files for one unit block the consolidation; with the form preferred the conflicts are replaced; the undo puts the number back and keeps a cell edited since', async () => {
  const { page } = await env.session.newPage();
  await page.goto(env.session.server.url);
  const pane = await loadFile(page, join(FIXTURES, 'example-a.xlsx'));
  await openForms(pane);
  await pane.getByRole('button', { name: 'Tạo phiếu nhập', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Tải B.xlsx' }).click()]);
  expect(download.suggestedFilename()).toBe('B.xlsx');
  const formB = join(env.files.dir, 'B2.xlsx');
  await download.saveAs(formB);
  await fill(formB, [
    { code: '1.1', column: 'Thực hiện', value: 200 },
    { code: '1.2', column: 'Thực hiện', value: 60 },
  ]);
  const twin = join(env.files.dir, 'B-ban-sao.xlsx');
  writeFileSync(twin, readFileSync(formB));

  // Two files claim B: an error naming both, nothing can be confirmed.
  await pane.getByLabel('Chọn các phiếu (.xlsx)').setInputFiles([formB, twin]);
  await pane.getByRole('button', { name: 'Xem trước', exact: true }).click();
  await pane.getByTestId('consolidate-summary').waitFor();
  expect(await pane.getByText('Không gộp được: không ghi gì vào sổ').count()).toBe(1);
  const problems = (await pane.getByTestId('consolidate-problems').textContent()) ?? '';
  expect(problems).toContain('B2.xlsx');
  expect(problems).toContain('B-ban-sao.xlsx');
  expect(await pane.getByRole('button', { name: 'Xác nhận gộp', exact: true }).count()).toBe(0);

  // One file, the form's values preferred: both conflicts are written.
  const cells = ['D11', 'D12'];
  const original = await dataCells(page, cells);
  expect(original).toEqual({ D11: '180', D12: '55' });
  await pane.getByLabel('Chọn các phiếu (.xlsx)').setInputFiles([formB]);
  await pane.getByRole('checkbox', { name: 'Khi xung đột, lấy giá trị của phiếu' }).check();
  await pane.getByRole('button', { name: 'Xem trước', exact: true }).click();
  expect(await pane.getByTestId('consolidate-summary').textContent()).toBe('2 ô sẽ được điền, 2 xung đột, 0 tệp bị từ chối.');
  await pane.getByRole('button', { name: 'Xác nhận gộp', exact: true }).click();
  await pane.getByTestId('consolidate-done').waitFor();
  expect(await pane.getByTestId('consolidate-done').textContent()).toMatch(/^Đã ghi 2 ô /);
  expect(await dataCells(page, cells)).toEqual({ D11: '200', D12: '60' });

  // The user edits D12 after the consolidation (in the pane's workbook directly: the grid view is
  // read-only): the undo leaves it and says so, and restores D11.
  await pane.evaluate(async () => {
    const book = await (window as unknown as { thiduaPane: { book: Promise<{ sheet(n: string): { rows: unknown[][] } }> } }).thiduaPane.book;
    book.sheet('Số liệu').rows[11]![3] = 61;
  });
  await pane.getByRole('button', { name: 'Hoàn tác lần gộp', exact: true }).click();
  await pane.getByTestId('undo-done').waitFor();
  expect(await pane.getByTestId('undo-done').textContent()).toBe('Đã khôi phục 1 ô.Ô đã sửa sau lần gộp nên giữ nguyên: Số liệu!D12');
  expect(await dataCells(page, cells)).toEqual({ ...original, D12: '61' });
  // Exactly: the workbook as downloaded holds the numbers again, not their text.
  const [book] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const saved = join(env.files.dir, 'sau-hoan-tac.xlsx');
  await book.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  const data = wb.getWorksheet('Số liệu')!;
  expect(data.getCell('D11').value).toBe(180);
  expect(data.getCell('D12').value).toBe(61);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng']);
});

test('on the Hải Phòng sample: a form returned with the sample’s own figures fills only what was blank, and one changed figure is a conflict', async () => {
  const sheets = presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi');
  const units = sheets.find((sh) => sh.name === 'Đơn vị')!.rows.slice(1).map((r) => String(r[0]));
  const data = sheets.find((sh) => sh.name === 'Số liệu')!.rows;
  expect(data[0]!.slice(0, 8)).toEqual(['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tự chấm', 'Điểm thẩm định', 'Minh chứng', 'Ghi chú']);
  expect(data[1]!.slice(0, 2)).toEqual(['An Dương', '1.1']);
  expect(data[1]![7]).toBeNull(); // H2, An Dương's 1.1 note: blank in the sample
  expect(data[2]![1]).toBe('1.2');

  const { page } = await env.session.newPage();
  const pane = await openPreview(page, env.session.server);
  await openForms(pane);
  await pane.getByRole('button', { name: 'Tạo phiếu nhập', exact: true }).click();
  await expect(pane.getByTestId('forms-made').textContent()).resolves.toBe(`Đã tạo ${units.length} phiếu.`);
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Tải tất cả (.zip)' }).click()]);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  expect(Object.keys(zip.files).sort()).toEqual(units.map((u) => `${u}.xlsx`).sort());

  // An Dương returns its form with the sample's own actuals and self scores, its 1.2 actual changed
  // and a note on 1.1.
  const form = join(env.files.dir, 'An Dương.xlsx');
  writeFileSync(form, await zip.file('An Dương.xlsx')!.async('nodebuffer'));
  const own: { code: string; column: string; value: string | number }[] = [];
  for (const r of data.slice(1).filter((row) => row[0] === 'An Dương')) {
    for (const [i, column] of [[3, 'Thực hiện'], [4, 'Tự chấm']] as const) {
      const v = r[i];
      if (typeof v === 'string' || typeof v === 'number') own.push({ code: String(r[1]), column, value: v });
    }
  }
  expect(own.length).toBeGreaterThan(5);
  const changed = Number(data[2]![3]) + 7;
  await fill(form, [...own, { code: '1.2', column: 'Thực hiện', value: changed }, { code: '1.1', column: 'Ghi chú', value: 'Đã rà soát' }]);
  const before = sha(form);

  const cells = ['H2', 'D2', 'D3'];
  const original = await dataCells(page, cells);
  expect(original.H2).toBe('');
  await pane.getByLabel('Chọn các phiếu (.xlsx)').setInputFiles([form]);
  await pane.getByRole('button', { name: 'Xem trước', exact: true }).click();
  expect(await pane.getByTestId('consolidate-summary').textContent()).toBe('1 ô sẽ được điền, 1 xung đột, 0 tệp bị từ chối.');
  const submissions = await pane.$$eval('[data-testid=consolidate-submissions] li', (li) => li.map((l) => l.textContent ?? ''));
  expect(submissions).toContain('An Dương (An Dương.xlsx): Đã nộp');
  expect(submissions.filter((x) => x.endsWith(': Chưa nộp'))).toHaveLength(units.length - 1);
  expect(await pane.getByTestId('consolidate-problems').textContent()).toContain('Số liệu!D3');

  await pane.getByRole('button', { name: 'Xác nhận gộp', exact: true }).click();
  await pane.getByTestId('consolidate-done').waitFor();
  expect(await dataCells(page, cells)).toEqual({ ...original, H2: 'Đã rà soát' });
  expect(await gridTabs(page)).toEqual(expect.arrayContaining(['Tình hình nộp', 'Nhật ký gộp']));

  await pane.getByRole('button', { name: 'Hoàn tác lần gộp', exact: true }).click();
  await pane.getByTestId('undo-done').waitFor();
  expect(await pane.getByTestId('undo-done').textContent()).toBe('Đã khôi phục 1 ô.');
  expect(await dataCells(page, cells)).toEqual(original);
  expect(await gridTabs(page)).not.toContain('Nhật ký gộp');
  expect(sha(form)).toBe(before);
});

test('in English: the forms section makes the forms, and a form returned blank fills nothing', async () => {
  const { page } = await env.session.newPage();
  const pane = await openPreview(page, env.session.server, '?lang=en');
  await pane.getByRole('tab', { name: 'Unit forms' }).click();
  await pane.getByRole('button', { name: 'Make the forms', exact: true }).click();
  await expect(pane.getByTestId('forms-made').textContent()).resolves.toBe('8 form(s) made.');
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByRole('button', { name: 'Download An Dương.xlsx' }).click()]);
  const form = join(env.files.dir, 'en-An Dương.xlsx');
  await download.saveAs(form);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(form) as unknown as ExcelJS.Buffer);
  // A form made in English: its sheets in English.
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Criteria', 'Data']);
  const before = await dataCells(page, ['D2', 'G2', 'H2']);
  await pane.getByLabel('Pick the forms (.xlsx)').setInputFiles([form]);
  await pane.getByRole('button', { name: 'Preview', exact: true }).click();
  expect(await pane.getByTestId('consolidate-summary').textContent()).toBe('0 cell(s) to fill, 0 conflict(s), 0 file(s) refused.');
  // Blank: none of the sample's 15 criteria filled.
  const submissions = await pane.$$eval('[data-testid=consolidate-submissions] li', (li) => li.map((l) => l.textContent ?? ''));
  expect(submissions[0]).toBe('An Dương (en-An Dương.xlsx): 15 row(s) missing');
  expect(submissions.slice(1)).toEqual(['An Lão', 'Bạch Long Vĩ', 'Cát Hải', 'Kiến Thụy', 'Thủy Nguyên', 'Tiên Lãng', 'Vĩnh Bảo'].map((u) => `${u}: Not submitted`));
  expect(await dataCells(page, ['D2', 'G2', 'H2'])).toEqual(before);
});

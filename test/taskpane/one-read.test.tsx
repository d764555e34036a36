/** @jest-environment jsdom */
/**
 * One click reads the workbook once and scores once: the real pane over the real Office.js host and
 * the fake Excel, with the host's reader and the scoring counted. (Before the jobs layer, a click
 * read and scored the workbook, then inspected it again: two reads, two scorings.)
 */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import * as reader from '../../src/hosts/office/read';
import { createOfficeApi } from '../../src/hosts/office/api';
import * as check from '../../src/workbook/check';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { loadGrid, renderPane } from './fake-api';

async function clickScore(): Promise<void> {
  const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
  await within(panel).findByTestId('score-results', undefined, { timeout: 20_000 });
}

describe('one click in the pane', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([false, true])('reads the workbook once and scores it once (flags in place: %s)', async (flag) => {
    const book = new MemoryWorkbook(await loadGrid('hai-phong-huyen-2024'));
    const reads = jest.spyOn(reader, 'readBook');
    // Scoring is checkGrid, or its sliced form where the pane's score gives the event loop control (issue 16).
    const whole = jest.spyOn(check, 'checkGrid');
    const sliced = jest.spyOn(check, 'checkGridSliced');
    const scorings = { count: (): number => whole.mock.calls.length + sliced.mock.calls.length };
    renderPane(createOfficeApi(book.run));
    // The pane's first load inspects the workbook: one read, one scoring.
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    expect(scorings.count()).toBe(1);
    reads.mockClear();
    whole.mockClear();
    sliced.mockClear();
    book.resetStats();

    if (flag) fireEvent.click(screen.getByRole('checkbox', { name: /Đánh dấu ô số liệu/ }));
    await clickScore();
    // The summary now names the sheets the run wrote, without reading the workbook again.
    // The summary folds to one line after a run; opened, it lists the sheets the run wrote.
    fireEvent.click(await screen.findByRole('button', { name: 'Xem chi tiết bảng tính' }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toContain('Kết quả, Chi tiết điểm, Đề nghị khen thưởng'));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(scorings.count()).toBe(1);
    // The output sheets really are in the workbook, and a fresh inspect says what the run said.
    expect(book.sheetNames()).toEqual(expect.arrayContaining(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']));
  }, 60_000);

  it('hands back what a fresh inspect says, output sheets included', async () => {
    const book = new MemoryWorkbook(await loadGrid('example-a'));
    const api = createOfficeApi(book.run);
    const run = await api.score({ lang: 'vi', flagInPlace: false });
    const after = await api.inspect('vi');
    expect(run.ok && after.ok).toBe(true);
    if (!run.ok || !after.ok) return;
    expect(run.value.info).toEqual(after.value);
    expect(run.value.info.outputSheets).toEqual(expect.arrayContaining(run.value.written));
    // A second run rewrites the same own sheets: still what inspect says.
    const again = await api.score({ lang: 'vi', flagInPlace: true });
    const after2 = await api.inspect('vi');
    expect(again.ok && after2.ok).toBe(true);
    if (again.ok && after2.ok) expect(again.value.info).toEqual(after2.value);
  }, 60_000);
});

/** @jest-environment jsdom */
import './polyfills';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Outcome, ScoreRun, ScoreStep } from '../../src/app/api';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { cloneGrid, deferred, fakeApi, loadGrid, renderPane, sheetOf } from './fake-api';

let haiPhong: WorkbookGrid;
let exampleA: WorkbookGrid;
beforeAll(async () => {
  [haiPhong, exampleA] = await Promise.all([loadGrid('hai-phong-huyen-2024'), loadGrid('example-a')]);
});

function scorePanel(): HTMLElement {
  return screen.getByRole('tabpanel', { name: 'Chấm điểm' });
}

async function scoreAndWait(): Promise<HTMLElement> {
  const panel = scorePanel();
  fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
  return within(panel).findByTestId('score-results');
}

function rankingRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Bảng xếp hạng' });
  return within(table).getAllByRole('row').slice(1);
}

describe('Chấm điểm & xếp hạng (score)', () => {
  test('Hải Phòng: the ranking in order, Vietnamese numbers, classification badges, written sheets', async () => {
    const api = fakeApi(haiPhong);
    renderPane(api);
    await scoreAndWait();
    expect(api.score).toHaveBeenCalledWith({ lang: 'vi', flagInPlace: false, signal: expect.any(AbortSignal) }, expect.any(Function));
    const table = screen.getByRole('table', { name: 'Bảng xếp hạng' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Hạng', 'Đơn vị', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại']);
    const rows = rankingRows();
    expect(rows.map((r) => r.getAttribute('data-unit'))).toEqual([
      'Thủy Nguyên',
      'Vĩnh Bảo',
      'An Lão',
      'An Dương',
      'Tiên Lãng',
      'Cát Hải',
      'Bạch Long Vĩ',
      'Kiến Thụy',
    ]);
    // The cells' own text (the class badge repeated under the name for a narrow pane left out).
    const cellText = (c: HTMLElement): string | null => {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-testid=class-narrow]').forEach((e) => e.remove());
      return copy.textContent;
    };
    const first = within(rows[0]!).getAllByRole('cell').map(cellText);
    expect(first).toEqual(['1', 'Thủy Nguyên', '103,07', '103,07', 'Xuất sắc']);
    const fifth = within(rows[4]!).getAllByRole('cell').map(cellText);
    expect(fifth).toEqual(['5', 'Tiên Lãng', '87,07', '87,07', 'Tốt']);
    expect(screen.getByTestId('written').textContent).toBe('Đã ghi các trang: Kết quả, Chi tiết điểm, Đề nghị khen thưởng, Cảnh báo');
    // The summary shows the sheets the run wrote, from the run itself: one click reads the workbook
    // once (score), and inspect runs only at the pane's first load.
    // The summary folds to one line after a run; opened, it lists the sheets the run wrote.
    fireEvent.click(await screen.findByRole('button', { name: 'Xem chi tiết bảng tính' }));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toContain('Kết quả, Chi tiết điểm, Đề nghị khen thưởng, Cảnh báo'));
    expect(api.score).toHaveBeenCalledTimes(1);
    expect(api.inspect).toHaveBeenCalledTimes(1);
  });

  test('example A: B first, then D and A with their tie notes', async () => {
    renderPane(fakeApi(exampleA));
    await scoreAndWait();
    const rows = rankingRows();
    expect(rows.map((r) => r.getAttribute('data-unit'))).toEqual(['B', 'D', 'A', 'C', 'E']);
    expect(within(rows[1]!).getByTestId('tie-note').textContent).toBe('Hơn ở tiêu chí phụ: I');
    expect(within(rows[2]!).getByTestId('tie-note').textContent).toBe('Kém ở tiêu chí phụ: I');
    expect(within(rows[0]!).queryByTestId('tie-note')).toBeNull();
    expect(within(rows[1]!).getAllByRole('cell')[2]!.textContent).toBe('83,5');
  });

  test('shows the progress steps while running, and passes the flag option', async () => {
    const api = fakeApi(exampleA, { flagged: 36 });
    const real = api.score.getMockImplementation()!;
    const gate = deferred<void>();
    let report: ((s: ScoreStep) => void) | undefined;
    api.score.mockImplementationOnce(async (options, progress) => {
      report = progress;
      progress?.('read');
      await gate.promise;
      return real(options, progress);
    });
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Đánh dấu ô số liệu (xanh/vàng/đỏ)' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const progress = await within(panel).findByTestId('score-progress');
    expect(progress.textContent).toContain('Bước 1/4: Đọc số liệu');
    expect(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' })).toHaveProperty('disabled', true);
    act(() => report!('write'));
    await waitFor(() => expect(within(panel).getByTestId('score-progress').textContent).toContain('Bước 3/4: Ghi các trang kết quả'));
    await act(async () => gate.resolve());
    await within(panel).findByTestId('score-results');
    expect(api.score).toHaveBeenCalledWith({ lang: 'vi', flagInPlace: true, signal: expect.any(AbortSignal) }, expect.any(Function));
    expect(within(panel).queryByTestId('score-progress')).toBeNull();
    // Separate sentences: the sheets written, then the flags.
    expect(within(panel).getByTestId('written').textContent).toBe('Đã ghi các trang: Kết quả, Chi tiết điểm, Đề nghị khen thưởng');
    expect(within(panel).getByTestId('flagged').textContent).toBe('Đã đánh dấu 36 ô số liệu.');
  });

  test('after a run: the results heading takes the focus, the live region announces, the summary is one line', async () => {
    const api = fakeApi(haiPhong);
    renderPane(api);
    expect((await screen.findByTestId('summary')).tagName).toBe('DL');
    const panel = scorePanel();
    const live = within(panel).getByRole('status');
    expect(live.textContent).toBe('');
    await scoreAndWait();
    await waitFor(() => expect(live.textContent).toBe('Đã chấm 8 đơn vị; Thủy Nguyên dẫn đầu.'));
    expect(document.activeElement).toBe(within(panel).getByTestId('results-heading'));
    expect(document.activeElement!.textContent).toBe('Kết quả chấm điểm');
    await waitFor(() => expect(screen.getByTestId('summary').getAttribute('data-collapsed')).toBe('true'));
    expect(screen.getByTestId('summary').textContent).toBe('Cụm thi đua các huyện thành phố Hải Phòng · 8 đơn vị · 15 tiêu chí');
    fireEvent.click(screen.getByRole('button', { name: 'Xem chi tiết bảng tính' }));
    expect(screen.getByTestId('summary').tagName).toBe('DL');
  });

  test('data with errors are announced as such, and their heading focused', async () => {
    const broken = cloneGrid(exampleA);
    sheetOf(broken, 'Số liệu').rows[1]![3] = '12,3,4';
    renderPane(fakeApi(broken));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-errors');
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('Số liệu còn lỗi nên chưa chấm điểm: 1 lỗi.'));
    expect(document.activeElement).toBe(within(panel).getByTestId('results-heading'));
  });

  test('one button per written sheet activates it in Excel', async () => {
    const api = fakeApi(haiPhong);
    renderPane(api);
    const results = await scoreAndWait();
    const group = within(results).getByRole('group', { name: 'Mở trang kết quả' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Mở trang Kết quả',
      'Mở trang Chi tiết điểm',
      'Mở trang Đề nghị khen thưởng',
      'Mở trang Cảnh báo',
    ]);
    fireEvent.click(within(group).getByRole('button', { name: 'Mở trang Chi tiết điểm' }));
    await waitFor(() => expect(api.select).toHaveBeenCalledWith('Chi tiết điểm', 'A1', 'vi'));
    api.select.mockResolvedValueOnce({ ok: false, error: 'Không có trang “Kết quả”.' });
    fireEvent.click(within(group).getByRole('button', { name: 'Mở trang Kết quả' }));
    expect(await within(results).findByText('Không có trang “Kết quả”.')).toBeTruthy();
    expect(within(results).getByText('Không mở được trang')).toBeTruthy();
  });

  test('data with errors: no ranking, the diagnostics instead, clickable', async () => {
    const broken = cloneGrid(exampleA);
    sheetOf(broken, 'Số liệu').rows[1]![3] = '12,3,4';
    const api = fakeApi(broken);
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const errors = await within(panel).findByTestId('score-errors');
    expect(within(errors).getByText('Số liệu còn lỗi nên chưa chấm điểm')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Bảng xếp hạng' })).toBeNull();
    const line = within(errors).getAllByRole('button').find((b) => b.getAttribute('data-severity') === 'error')!;
    expect(line.textContent).toContain('Số liệu!D2');
    fireEvent.click(line);
    await waitFor(() => expect(api.select).toHaveBeenCalledWith('Số liệu', 'D2', 'vi'));
  });

  test('an {ok:false} outcome is shown as an error', async () => {
    const api = fakeApi(exampleA);
    api.score.mockResolvedValueOnce({ ok: false, error: 'Bảng tính đang được sửa ở chế độ chỉnh sửa ô.' });
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    expect(await within(panel).findByText('Bảng tính đang được sửa ở chế độ chỉnh sửa ô.')).toBeTruthy();
    expect(within(panel).getByText('Chưa chấm được điểm')).toBeTruthy();
    expect(within(panel).queryByTestId('score-results')).toBeNull();
    // The button is usable again.
    expect(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' })).toHaveProperty('disabled', false);
  });

  test('notes about user sheets kept are a warning message bar; written names as the host gives them', async () => {
    const api = fakeApi(exampleA, {
      notes: [{ severity: 'warning', sheet: 'Kết quả', cell: 'A1', code: 'userSheetKept', params: { sheet: 'Kết quả', written: 'Kết quả (2)' } }],
    });
    const real = api.score.getMockImplementation()!;
    api.score.mockImplementationOnce(async (o, p) => {
      const out = (await real(o, p)) as Outcome<ScoreRun>;
      return out.ok ? { ok: true, value: { ...out.value, written: ['Kết quả (2)', 'Chi tiết điểm', 'Đề nghị khen thưởng'] } } : out;
    });
    renderPane(api);
    await scoreAndWait();
    const notes = screen.getByTestId('score-notes');
    expect(notes.textContent).toContain('Trang của bạn được giữ nguyên');
    expect(notes.textContent).toContain('Kết quả (2)');
    expect(screen.getByTestId('written').textContent).toBe('Đã ghi các trang: Kết quả (2), Chi tiết điểm, Đề nghị khen thưởng');
  });

  test('Xoá đánh dấu says how many flags were removed, or why it failed; then there is nothing left to clear', async () => {
    const api = fakeApi(exampleA);
    api.clearFlags.mockResolvedValueOnce({ ok: false, error: 'Không có quyền sửa trang Số liệu' }).mockResolvedValueOnce({ ok: true, value: 1234 });
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Xoá đánh dấu' }));
    expect(await within(panel).findByText('Không có quyền sửa trang Số liệu')).toBeTruthy();
    expect(within(panel).getByText('Không xoá được đánh dấu')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Xoá đánh dấu' }));
    expect((await within(panel).findByTestId('cleared')).textContent).toBe('Đã xoá 1.234 ô đánh dấu.');
    expect(api.clearFlags).toHaveBeenCalledWith('vi');
    // Nothing flagged any more: no button offers to clear again.
    expect(within(panel).queryByRole('button', { name: 'Xoá đánh dấu' })).toBeNull();
  });

  test('a clear that finds no flag says so (never "0 ô"), and no stale "Đã xoá" stays beside a new run\'s flags', async () => {
    const api = fakeApi(exampleA, { flagged: 36 });
    api.clearFlags.mockResolvedValueOnce({ ok: true, value: 0 }).mockResolvedValueOnce({ ok: true, value: 36 });
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Xoá đánh dấu' }));
    expect((await within(panel).findByTestId('cleared')).textContent).toBe('Không có ô nào đang được đánh dấu: không có gì để xoá.');
    expect(within(panel).queryByRole('button', { name: 'Xoá đánh dấu' })).toBeNull();
    // A run that flags: the clear button is back, the old message gone.
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Đánh dấu ô số liệu (xanh/vàng/đỏ)' }));
    await scoreAndWait();
    expect(within(panel).queryByTestId('cleared')).toBeNull();
    expect(within(panel).getByTestId('flagged').textContent).toBe('Đã đánh dấu 36 ô số liệu.');
    // Cleared: the run's "flagged" line goes, the clear's message stays alone.
    fireEvent.click(within(panel).getByRole('button', { name: 'Xoá đánh dấu' }));
    expect((await within(panel).findByTestId('cleared')).textContent).toBe('Đã xoá 36 ô đánh dấu.');
    expect(within(panel).queryByTestId('flagged')).toBeNull();
  });
});

/** @jest-environment jsdom */
/**
 * The pane as a place to work (issue 16), at the prop boundary: the stale notice when an input
 * sheet changes after a run (Chấm lại scores again), never for the output sheets the run writes;
 * a blank actual shown in Kiểm tra with its cell.
 */
import './polyfills';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { changeSheet, cloneGrid, fakeApi, loadGrid, renderPane, sheetOf } from './fake-api';

let haiPhong: WorkbookGrid;
beforeAll(async () => {
  haiPhong = await loadGrid('hai-phong-huyen-2024');
});

function scorePanel(): HTMLElement {
  return screen.getByRole('tabpanel', { name: 'Chấm điểm' });
}

describe('Kết quả đã cũ (stale results)', () => {
  test('an edit of an input sheet after a run shows the notice; Chấm lại scores again and removes it', async () => {
    const api = fakeApi(haiPhong);
    renderPane(api);
    await screen.findByTestId('summary');
    await waitFor(() => expect(api.watchChanges).toHaveBeenCalledTimes(1));
    // Before any run, an edit has no results to make stale.
    act(() => changeSheet(api, 'Số liệu'));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    expect(within(panel).queryByTestId('stale')).toBeNull();
    // The run's own sheets (and any sheet that is not an input) change nothing.
    act(() => changeSheet(api, 'Kết quả'));
    act(() => changeSheet(api, 'Sheet9'));
    expect(within(panel).queryByTestId('stale')).toBeNull();
    act(() => changeSheet(api, 'Số liệu'));
    const stale = await within(panel).findByTestId('stale');
    expect(stale.textContent).toContain('Kết quả đã cũ');
    expect(stale.textContent).toContain('Số liệu đã thay đổi sau lần chấm vừa rồi.');
    fireEvent.click(within(stale).getByRole('button', { name: 'Chấm lại' }));
    await waitFor(() => expect(api.score).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(within(panel).queryByTestId('stale')).toBeNull());
    await within(panel).findByTestId('score-results');
    // Criteria edited too: stale again.
    act(() => changeSheet(api, 'Tiêu chí'));
    expect(await within(panel).findByTestId('stale')).toBeTruthy();
  });

  test('a host that refuses to watch (no ExcelApi 1.9), or rejects: the pane works, shows no error', async () => {
    for (const refuse of [
      () => Promise.resolve({ ok: false as const, error: 'ExcelApi 1.9' }),
      () => Promise.reject(new Error('boom')),
    ]) {
      const api = fakeApi(haiPhong);
      api.watchChanges.mockImplementation(refuse);
      const { unmount } = renderPane(api);
      const panel = scorePanel();
      fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
      await within(panel).findByTestId('score-results');
      expect(api.watchChanges).toHaveBeenCalledTimes(1);
      expect(within(panel).queryByTestId('stale')).toBeNull();
      expect(screen.queryByText(/boom|ExcelApi/)).toBeNull();
      unmount();
    }
  });

  test('the watch stops when the pane goes', async () => {
    const api = fakeApi(haiPhong);
    const stop = jest.fn();
    api.watchChanges.mockResolvedValue({ ok: true, value: stop });
    const { unmount } = renderPane(api);
    await waitFor(() => expect(api.watchChanges).toHaveBeenCalledTimes(1));
    await act(async () => undefined);
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});

describe('Kiểm tra shows blank actuals', () => {
  test('a blank actual is a warning naming its cell', async () => {
    const grid = cloneGrid(haiPhong);
    const data = sheetOf(grid, 'Số liệu');
    expect(data.rows[0]![3]).toBe('Thực hiện');
    data.rows[2]![3] = null;
    renderPane(fakeApi(grid));
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kiểm tra' });
    const list = await within(panel).findByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
    const blank = within(list)
      .getAllByRole('button')
      .filter((b) => (b.textContent ?? '').includes('Số liệu!D3'));
    expect(blank).toHaveLength(1);
    expect(blank[0]!.getAttribute('data-severity')).toBe('warning');
    expect(blank[0]!.textContent).toMatch(/để trống/);
  });
});

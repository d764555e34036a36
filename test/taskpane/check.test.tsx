/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { cloneGrid, fakeApi, inspectGrid, loadGrid, renderPane, sheetOf } from './fake-api';

let broken: WorkbookGrid;
let clean: WorkbookGrid;
beforeAll(async () => {
  clean = await loadGrid('example-a');
  broken = cloneGrid(clean);
  // An error late in the data (E's T2 actual, 'Số liệu'!D45) and, read before it, a warning:
  // a totals row without a code under the criteria table ('Tiêu chí' row 13).
  sheetOf(broken, 'Số liệu').rows[44]![3] = 'nhiều';
  sheetOf(broken, 'Tiêu chí').rows.push([null, 'Tổng cộng', null, null, 100]);
});

async function openCheck(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  const panel = screen.getByRole('tabpanel', { name: 'Kiểm tra' });
  await within(panel).findByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
  return panel;
}

describe('Kiểm tra (check)', () => {
  test('the real reader finds a warning before the error; the list shows errors first', () => {
    const diags = inspectGrid(broken, 'vi').diagnostics;
    expect(diags.map((d) => d.severity)).toEqual(['warning', 'error']);
  });

  test('lists errors first, each with Sheet!Cell and its message; a click selects the cell', async () => {
    const api = fakeApi(broken);
    renderPane(api);
    const panel = await openCheck();
    expect(within(panel).getByText('1 lỗi, 1 cảnh báo')).toBeTruthy();
    const items = within(panel).getAllByRole('button').filter((b) => b.hasAttribute('data-severity'));
    expect(items.map((b) => b.getAttribute('data-severity'))).toEqual(['error', 'warning']);
    expect(items[0]!.textContent).toContain('Số liệu!D45');
    expect(items[0]!.textContent).toContain('Lỗi');
    expect(items[0]!.textContent).toMatch(/nhiều/);
    expect(items[1]!.textContent).toContain('Tiêu chí!');
    expect(items[1]!.textContent).toContain('Cảnh báo');

    fireEvent.click(items[0]!);
    await waitFor(() => expect(api.select).toHaveBeenCalledWith('Số liệu', 'D45', 'vi'));
    // Each line is a native <button>: focusable, and Enter/Space activate it in every browser.
    expect(items[0]!.tagName).toBe('BUTTON');
    expect(items[0]!.getAttribute('type')).toBe('button');
    items[1]!.focus();
    expect(document.activeElement).toBe(items[1]);
  });

  test('a failed select is shown as an error', async () => {
    const api = fakeApi(broken);
    api.select.mockResolvedValue({ ok: false, error: 'Không tìm thấy trang Số liệu' });
    renderPane(api);
    const panel = await openCheck();
    fireEvent.click(within(panel).getAllByRole('button').find((b) => b.getAttribute('data-severity') === 'error')!);
    expect(await within(panel).findByText('Không tìm thấy trang Số liệu')).toBeTruthy();
    expect(within(panel).getByText('Không chọn được ô')).toBeTruthy();
  });

  test('messages follow the UI language', async () => {
    const api = fakeApi(broken);
    renderPane(api, 'en');
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    const panel = screen.getByRole('tabpanel', { name: 'Check' });
    await within(panel).findByRole('list', { name: 'Errors and warnings' });
    expect(within(panel).getByText('1 error(s), 1 warning(s)')).toBeTruthy();
    const first = within(panel).getAllByRole('button').find((b) => b.getAttribute('data-severity') === 'error')!;
    expect(first.textContent).toContain('Error');
    expect(first.textContent).not.toContain('Lỗi');
  });

  test('a clean workbook says so', async () => {
    renderPane(fakeApi(clean));
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kiểm tra' });
    expect(await within(panel).findByText('Không thấy lỗi nào trong số liệu.')).toBeTruthy();
  });
});

describe('a diagnostic about a sheet the workbook lacks', () => {
  test('is listed, but not as a button (there is no cell to select)', async () => {
    const noData = cloneGrid(clean);
    noData.sheets = noData.sheets.filter((s) => s.name !== 'Số liệu');
    const api = fakeApi(noData);
    renderPane(api);
    const panel = await openCheck();
    const list = within(panel).getByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
    const item = within(list).getByText(/Không có trang tính số liệu/).closest('li')!;
    expect(item.textContent).toContain('Số liệu!A1');
    expect(within(item).queryByRole('button')).toBeNull();
    fireEvent.click(item.firstElementChild!);
    expect(api.select).not.toHaveBeenCalled();
  });
});

/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { deferred, fakeApi, loadGrid, renderPane } from './fake-api';

let haiPhong: WorkbookGrid;
beforeAll(async () => {
  haiPhong = await loadGrid('hai-phong-huyen-2024');
});

describe('workbook summary', () => {
  test('shows a loading state, then what the reader found', async () => {
    const api = fakeApi(haiPhong, { outputSheets: ['Kết quả'] });
    const gate = deferred<void>();
    const real = api.inspect.getMockImplementation()!;
    api.inspect.mockImplementationOnce(async (lang) => {
      await gate.promise;
      return real(lang);
    });
    renderPane(api);
    expect(screen.getByText('Đang đọc bảng tính…')).toBeTruthy();
    gate.resolve();
    const summary = await screen.findByTestId('summary');
    expect(api.inspect).toHaveBeenCalledWith('vi');
    const text = summary.textContent ?? '';
    expect(text).toContain('Cụm thi đua');
    expect(within(summary).getByText('8')).toBeTruthy();
    expect(within(summary).getByText('15 tiêu chí, 3 nhóm, 2 mục thưởng/trừ')).toBeTruthy();
    expect(within(summary).getByText('Dạng dọc')).toBeTruthy();
    expect(text).toContain('Tiêu chí, Số liệu, Đơn vị, Khen thưởng, Cài đặt');
    expect(within(summary).getByText('Kết quả')).toBeTruthy();
    expect(screen.queryByText('Đang đọc bảng tính…')).toBeNull();
  });

  test('an empty workbook shows the empty state, whose button opens the template section', async () => {
    const api = fakeApi({ name: 'Book1', sheets: [{ name: 'Sheet1', rows: [] }] });
    renderPane(api);
    const empty = await screen.findByTestId('empty-workbook');
    expect(within(empty).getByText('Bảng tính chưa có trang “Tiêu chí”')).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
    const templateTab = screen.getByRole('tab', { name: 'Bảng mẫu' });
    expect(templateTab.getAttribute('aria-selected')).toBe('false');
    // One primary action in this state: the empty state's; the score button is a secondary one.
    const primary = (): string[] =>
      [...document.querySelectorAll('[data-appearance=primary]')].filter((b) => !b.closest('[hidden]')).map((b) => b.textContent ?? '');
    expect(primary()).toEqual(['Chọn bảng mẫu']);
    expect(screen.getByRole('button', { name: 'Chấm điểm & xếp hạng' }).getAttribute('data-appearance')).toBe('secondary');
    fireEvent.click(within(empty).getByRole('button', { name: 'Chọn bảng mẫu' }));
    await waitFor(() => expect(templateTab.getAttribute('aria-selected')).toBe('true'));
    const panel = screen.getByRole('tabpanel', { name: 'Bảng mẫu' });
    expect(panel.hidden).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('combobox', { name: 'Mẫu' })));
  });

  test('a failed inspect is shown as an error, and reading again recovers', async () => {
    const api = fakeApi(haiPhong);
    api.inspect.mockResolvedValueOnce({ ok: false, error: 'Không đọc được trang Tiêu chí' });
    renderPane(api);
    const region = screen.getByRole('region', { name: 'Bảng tính' });
    expect(await within(region).findByText('Không đọc được trang Tiêu chí')).toBeTruthy();
    expect(within(region).getByText('Không đọc được bảng tính')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Đọc lại bảng tính' }));
    expect(await within(region).findByTestId('summary')).toBeTruthy();
    expect(within(region).queryByText('Không đọc được trang Tiêu chí')).toBeNull();
    expect(api.inspect).toHaveBeenCalledTimes(2);
  });

  test('a rejected promise from the host never escapes: it is shown as an error', async () => {
    const api = fakeApi(haiPhong);
    api.inspect.mockRejectedValueOnce(new Error('RichApi.Error: GeneralException'));
    renderPane(api);
    const region = screen.getByRole('region', { name: 'Bảng tính' });
    expect(await within(region).findByText('Đã xảy ra lỗi không mong muốn: RichApi.Error: GeneralException')).toBeTruthy();
  });
});

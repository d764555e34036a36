/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Outcome, TemplateRun, WorkbookInfo } from '../../src/app/api';
import type { Lang } from '../../src/engine/model';
import { DEFAULT_PRESET } from '../../src/presets';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { deferred, fakeApi, inspectGrid, loadGrid, renderPane } from './fake-api';

let haiPhong: WorkbookGrid;
const EMPTY: WorkbookGrid = { name: 'Book1', sheets: [{ name: 'Sheet1', rows: [] }] };
beforeAll(async () => {
  haiPhong = await loadGrid('hai-phong-huyen-2024');
});

/** Opens Bảng mẫu; its code loads on the first visit (LazySection), so this waits for the picker. */
async function templatePanel(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Bảng mẫu' }));
  const panel = screen.getByRole('tabpanel', { name: 'Bảng mẫu' });
  await within(panel).findByRole('combobox', { name: 'Mẫu' });
  return panel;
}

describe('Tạo bảng mẫu (insert template)', () => {
  test('inserts the default preset, says what was inserted and skipped, and refreshes the summary', async () => {
    // The workbook is empty until the template is in; then it reads as the Hải Phòng workbook.
    let grid = EMPTY;
    const api = fakeApi(EMPTY);
    api.inspect.mockImplementation(async (lang: Lang): Promise<Outcome<WorkbookInfo>> => ({ ok: true, value: inspectGrid(grid, lang) }));
    const gate = deferred<void>();
    api.insertTemplate.mockImplementation(async (): Promise<Outcome<TemplateRun>> => {
      await gate.promise;
      grid = haiPhong;
      return { ok: true, value: { inserted: ['Giới thiệu', 'Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng'], skipped: ['Cài đặt'] } };
    });
    renderPane(api);
    await screen.findByTestId('empty-workbook');

    const panel = await templatePanel();
    const picker = within(panel).getByRole('combobox', { name: 'Mẫu' }) as HTMLSelectElement;
    expect(picker.value).toBe(DEFAULT_PRESET);
    expect(DEFAULT_PRESET).toBe('hai-phong-huyen-2024');
    expect(within(panel).getByRole('option', { name: 'Cụm thi đua các huyện thành phố Hải Phòng, năm 2024' })).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: 'Tạo bảng mẫu' }));
    expect(await within(panel).findByText('Đang tạo bảng mẫu…')).toBeTruthy();
    gate.resolve();
    expect((await within(panel).findByTestId('template-inserted')).textContent).toBe(
      'Đã thêm các trang: Giới thiệu, Tiêu chí, Số liệu, Đơn vị, Khen thưởng',
    );
    expect(within(panel).getByTestId('template-skipped').textContent).toBe('Đã có nên giữ nguyên: Cài đặt');
    expect(api.insertTemplate).toHaveBeenCalledWith('hai-phong-huyen-2024', 'vi');
    const summary = await screen.findByTestId('summary');
    expect(summary.textContent).toContain('Cụm thi đua các huyện thành phố Hải Phòng');
    expect(screen.queryByTestId('empty-workbook')).toBeNull();
    expect(api.inspect).toHaveBeenCalledTimes(2);
  });

  test('another preset can be picked; a failure is shown as an error', async () => {
    const api = fakeApi(haiPhong);
    api.insertTemplate.mockResolvedValueOnce({ ok: false, error: 'Sổ làm việc đang được bảo vệ.' });
    renderPane(api, 'vi');
    await screen.findByTestId('summary');
    const panel = await templatePanel();
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Mẫu' }), { target: { value: 'blank' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Tạo bảng mẫu' }));
    expect(await within(panel).findByText('Sổ làm việc đang được bảo vệ.')).toBeTruthy();
    expect(within(panel).getByText('Không tạo được bảng mẫu')).toBeTruthy();
    expect(api.insertTemplate).toHaveBeenCalledWith('blank', 'vi');
    // No refresh after a failure.
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(1));
  });
});

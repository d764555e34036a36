/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
});

describe('the official list choice in the pane', () => {
  test('unticked by default; ticked, the run asks for the list (with the audit too when both are)', async () => {
    const api = fakeApi(exampleA);
    renderPane(api);
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    const box = within(panel).getByRole('checkbox', { name: 'Ghi thêm Danh sách đề nghị khen thưởng' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(within(panel).getByText(/Văn bản theo Nghị định 30\/2020/)).toBeTruthy();
    fireEvent.click(box);
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Ghi thêm trang Công thức kiểm tra' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    expect(api.score).toHaveBeenCalledWith({ lang: 'vi', flagInPlace: false, audit: true, documents: true, signal: expect.any(AbortSignal) }, expect.any(Function));
  });

  test('in English', async () => {
    renderPane(fakeApi(exampleA), 'en');
    expect(await screen.findByRole('checkbox', { name: 'Also write the Award proposal list' })).toBeTruthy();
  });
});

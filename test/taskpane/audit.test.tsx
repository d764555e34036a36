/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
});

describe('the formula audit choice in the pane', () => {
  test('unticked by default: the run asks for no audit', async () => {
    const api = fakeApi(exampleA);
    renderPane(api);
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    const box = within(panel).getByRole('checkbox', { name: 'Ghi thêm trang Công thức kiểm tra' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(within(panel).getByText(/kiểm tra được mà không cần add-in/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    expect(api.score).toHaveBeenCalledWith({ lang: 'vi', flagInPlace: false, signal: expect.any(AbortSignal) }, expect.any(Function));
  });

  test('ticked: the run asks for the audit', async () => {
    const api = fakeApi(exampleA);
    renderPane(api);
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Ghi thêm trang Công thức kiểm tra' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    expect(api.score).toHaveBeenCalledWith({ lang: 'vi', flagInPlace: false, audit: true, signal: expect.any(AbortSignal) }, expect.any(Function));
  });

  test('in English', async () => {
    renderPane(fakeApi(exampleA), 'en');
    expect(await screen.findByRole('checkbox', { name: 'Also write the Formula audit sheet' })).toBeTruthy();
  });
});

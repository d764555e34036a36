/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookInfo } from '../../src/app/api';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
});

describe('no uncaught exception reaches the user', () => {
  test('a render error (a malformed answer) is caught by the error boundary; the header and a retry stay', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const api = fakeApi(exampleA);
      const real = api.inspect.getMockImplementation()!;
      api.inspect.mockResolvedValueOnce({ ok: true, value: { outputSheets: [], diagnostics: [] } as unknown as WorkbookInfo });
      renderPane(api);
      expect(await screen.findByText('Ngăn tác vụ gặp sự cố')).toBeTruthy();
      expect(screen.getByRole('banner')).toBeTruthy();
      // The language switch still works on the fallback.
      fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
      expect(screen.getByText('The task pane ran into a problem')).toBeTruthy();
      // Try again renders the app again; with a good answer it recovers.
      api.inspect.mockImplementation(real);
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      const region = screen.getByRole('region', { name: 'Workbook' });
      expect(await within(region).findByTestId('summary')).toBeTruthy();
      expect(api.inspect).toHaveBeenCalledTimes(2);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test('a host that throws synchronously is shown as an error, not thrown', async () => {
    const api = fakeApi(exampleA);
    api.score.mockImplementationOnce(() => {
      throw new TypeError('Excel is not defined');
    });
    renderPane(api);
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    expect(await within(panel).findByText('Đã xảy ra lỗi không mong muốn: Excel is not defined')).toBeTruthy();
  });
});

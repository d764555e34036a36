/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import { pickLang } from '../../src/taskpane/strings';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
});

describe('language', () => {
  test('Office display language: vi… → Vietnamese, another language → English, unknown → Vietnamese', () => {
    expect(pickLang('vi-VN')).toBe('vi');
    expect(pickLang('VI')).toBe('vi');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('fr-FR')).toBe('en');
    expect(pickLang(undefined)).toBe('vi');
    expect(pickLang('')).toBe('vi');
  });

  test('the switch turns every text English at once, results included; numbers follow', async () => {
    const api = fakeApi(exampleA);
    renderPane(api, 'vi');
    await screen.findByTestId('summary');
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    fireEvent.click(within(screen.getByRole('table', { name: 'Bảng xếp hạng' })).getByRole('button', { name: 'C' }));
    expect(screen.getByText('Hạng 4 · 76,13/100 điểm · 76,13%')).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');

    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });

    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('banner').textContent).toContain('Score, rank and draft award nominations');
    expect(screen.getByRole('tab', { name: 'Score' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Template' })).toBeTruthy();
    // After the run the summary is one line; opened again, its details are English too.
    expect(screen.getByTestId('summary').textContent).toBe('example-a · 5 units · 7 criteria');
    fireEvent.click(screen.getByRole('button', { name: 'Show the workbook details' }));
    expect(within(screen.getByTestId('summary')).getByText('7 criteria, 2 groups, 2 bonus/penalty items')).toBeTruthy();
    const en = screen.getByRole('tabpanel', { name: 'Score' });
    expect(within(en).getByRole('checkbox', { name: 'Flag the data cells (green/yellow/red)' })).toBeTruthy();
    const ranking = screen.getByRole('table', { name: 'Ranking' });
    expect(within(ranking).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Rank', 'Unit', 'Total', '%', 'Class']);
    expect(within(ranking).getByText('Ahead on tie-break: I')).toBeTruthy();
    expect(screen.getByText('Rank 4 · 76.13/100 points · 76.13%')).toBeTruthy();
    const detail = screen.getByRole('table', { name: 'Score detail: C' });
    expect(within(detail).getAllByText('Exceeded').length).toBeGreaterThan(0);
    expect(within(detail).getByText('Failed → 0')).toBeTruthy();
    const noms = screen.getByTestId('nominations');
    expect(noms.textContent).toContain('Proposed');
    expect(noms.textContent).toContain('Rank 1, 90.5 points (90.5%)');
    expect(noms.textContent).toContain('Disciplined');
    expect(screen.getByTestId('written').textContent).toMatch(/^Sheets written: /);
    // No Vietnamese word of the pane is left (unit, sheet, award and band names are the user's data).
    const pane = document.body.textContent ?? '';
    for (const vi of ['Chấm điểm', 'Kiểm tra', 'Bảng mẫu', 'Bảng xếp hạng', 'Tổng điểm', 'Trạng thái', 'Vượt', 'Chưa đạt', 'Hạng'])
      expect(pane).not.toContain(vi);
    expect(noms.textContent).not.toContain('Đề nghị');

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'vi' } });
    expect(screen.getByRole('table', { name: 'Bảng xếp hạng' })).toBeTruthy();
  });

  test('starts in English when asked, and calls the host in English', async () => {
    const api = fakeApi(exampleA);
    renderPane(api, 'en');
    expect(await screen.findByText('Data layout')).toBeTruthy();
    expect(api.inspect).toHaveBeenCalledWith('en');
  });
});

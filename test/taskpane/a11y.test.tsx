/** @jest-environment jsdom */
import './polyfills';
import axe from 'axe-core';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { cloneGrid, fakeApi, loadGrid, renderPane, sheetOf } from './fake-api';

/**
 * An axe scan in jsdom, ahead of the browser one: no serious or critical violation in the pane's
 * fullest states. jsdom has no layout or canvas, so colour contrast is left to the browser scan.
 */
let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
  // What taskpane.html gives the page (its <title>); the pane itself renders into #container.
  document.title = 'Thi đua';
});

async function seriousViolations(): Promise<string[]> {
  let results: axe.AxeResults | undefined;
  await act(async () => {
    results = await axe.run(document.documentElement, {
      resultTypes: ['violations'],
      // Needs layout and a canvas, which jsdom lacks (the colour pairs used are checked against the theme in the report).
      rules: { 'color-contrast': { enabled: false } },
    });
  });
  return results!.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe in jsdom)', () => {
  test('results with every section open', async () => {
    renderPane(fakeApi(exampleA));
    await screen.findByTestId('summary');
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results');
    fireEvent.click(screen.getByRole('button', { name: 'Chi tiết điểm' }));
    await screen.findByTestId('unit-detail');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Thi đua' })).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });

  test('diagnostics, empty state and template sections', async () => {
    const broken = cloneGrid(exampleA);
    sheetOf(broken, 'Số liệu').rows[1]![3] = 'abc';
    renderPane(fakeApi(broken));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await screen.findByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Bảng mẫu' }));
    expect(await seriousViolations()).toEqual([]);
  });

  test('the empty workbook', async () => {
    renderPane(fakeApi({ sheets: [] }), 'en');
    await screen.findByTestId('empty-workbook');
    expect(await seriousViolations()).toEqual([]);
  });
});

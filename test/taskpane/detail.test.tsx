/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { explain } from '../../src/engine/explain';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { fakeApi, loadGrid, renderPane } from './fake-api';

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await loadGrid('example-a');
});

async function scored(): Promise<void> {
  const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
  await within(panel).findByTestId('score-results');
}

function criterionRow(code: string): HTMLElement {
  const detail = screen.getByTestId('unit-detail');
  return within(detail)
    .getAllByRole('row')
    .find((r) => r.getAttribute('data-code') === code)!;
}

describe('drill-down per unit', () => {
  test('clicking a unit in the ranking opens its criteria: status, points of max and the explanation', async () => {
    renderPane(fakeApi(exampleA));
    await scored();
    const detailHeader = screen.getByRole('button', { name: 'Chi tiết điểm' });
    expect(detailHeader.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(within(screen.getByRole('table', { name: 'Bảng xếp hạng' })).getByRole('button', { name: 'A' }));
    await waitFor(() => expect(detailHeader.getAttribute('aria-expanded')).toBe('true'));

    const table = screen.getByRole('table', { name: 'Chi tiết điểm: A' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tiêu chí', 'Trạng thái', 'Điểm']);
    expect((screen.getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement).value).toBe('A');
    // Focus lands on the drill-down's unit picker (keyboard and screen-reader users follow the change).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Đơn vị' })));
    expect(screen.getByTestId('unit-detail').textContent).toContain('Hạng 3 · 83,5/100 điểm · 83,5%');

    // The real engine's figures for A, criterion 1.1 (target 100, actual 120, bonus 0,1 per % up to 2).
    const result = scoreGrid(exampleA, 'vi').result;
    const c11 = result.criteria.find((c) => c.code === '1.1')!;
    const r11 = result.units.find((u) => u.unit === 'A')!.criteria['1.1']!;
    const row = criterionRow('1.1');
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toContain('Thu ngân sách');
    expect(within(row).getByTestId('explanation').textContent).toBe(explain(r11, c11, 'vi', 2));
    expect(within(row).getByTestId('explanation').textContent).toContain('Tỷ lệ 120/100 = 120%');
    expect(cells[1]!.textContent).toBe('Vượt');
    expect(cells[2]!.textContent).toBe('22/20');

    // 1.2 below its threshold: Chưa đạt, 0 of 15.
    const r12 = within(criterionRow('1.2')).getAllByRole('cell');
    expect(r12[1]!.textContent).toBe('Chưa đạt');
    expect(r12[2]!.textContent).toBe('0/15');
    // Bonus and deductions come last, with their sign.
    const codes = within(screen.getByTestId('unit-detail'))
      .getAllByRole('row')
      .map((r) => r.getAttribute('data-code'))
      .filter((c) => c !== null);
    expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', 'T1', 'T2']);
    expect(within(criterionRow('T1')).getAllByRole('cell')[2]!.textContent).toBe('+2,5/5');
  });

  test('the unit picker switches the drill-down to another unit', async () => {
    renderPane(fakeApi(exampleA));
    await scored();
    fireEvent.click(screen.getByRole('button', { name: 'Chi tiết điểm' }));
    const picker = await screen.findByRole('combobox', { name: 'Đơn vị' });
    expect((picker as HTMLSelectElement).value).toBe('B');
    fireEvent.change(picker, { target: { value: 'C' } });
    expect(screen.getByRole('table', { name: 'Chi tiết điểm: C' })).toBeTruthy();
    const c22 = within(criterionRow('2.2')).getAllByRole('cell');
    expect(c22[1]!.textContent).toBe('Chưa đạt');
    expect(within(criterionRow('2.2')).getByTestId('explanation').textContent).toBe('Không đạt → 0');
  });
});

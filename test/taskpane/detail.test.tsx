/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { explain } from '../../src/engine/explain';
import { formatNumber } from '../../src/engine/format';
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
    // Each top-level group's subtotal after its last criterion, with the unit's group points.
    const a = result.units.find((u) => u.unit === 'A')!;
    const subtotals = within(screen.getByTestId('unit-detail'))
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-subtotal'));
    expect(subtotals.map((r) => r.getAttribute('data-subtotal'))).toEqual(['I', 'II']);
    const order = within(screen.getByTestId('unit-detail'))
      .getAllByRole('row')
      .map((r) => r.getAttribute('data-code') ?? r.getAttribute('data-subtotal') ?? 'head');
    expect(order).toEqual(['head', '1.1', '1.2', '1.3', '1.4', 'I', '2.1', '2.2', '2.3', 'II', 'T1', 'T2']);
    const g1 = result.criteria.find((c) => c.code === 'I')!;
    const sub1 = within(subtotals[0]!).getAllByRole('cell').map((c) => c.textContent);
    expect(sub1[0]).toBe(`Cộng nhóm I. ${g1.name}`);
    expect(sub1[2]).toBe(`${formatNumber(a.groups['I']!, 'vi', 2)}/${formatNumber(g1.max!, 'vi', 2)}`);
  });

  test('a deduction never reads like a score: −n in words and figures, its cap under it', async () => {
    renderPane(fakeApi(exampleA));
    await scored();
    const result = scoreGrid(exampleA, 'vi').result;
    const t2 = result.criteria.find((c) => c.code === 'T2')!;
    expect(t2.kind).toBe('penalty');
    fireEvent.click(screen.getByRole('button', { name: 'Chi tiết điểm' }));
    const picker = await screen.findByRole('combobox', { name: 'Đơn vị' });
    for (const u of result.units) {
      fireEvent.change(picker, { target: { value: u.unit } });
      const r = u.extras['T2']!;
      const cell = within(criterionRow('T2')).getAllByRole('cell')[2]!;
      const said = r.points! > 0 ? `Bị trừ ${formatNumber(r.points!, 'vi', 2)} điểm` : 'Không bị trừ';
      const shown = r.points! > 0 ? `−${formatNumber(r.points!, 'vi', 2)}` : '0';
      expect(cell.textContent).toBe(`${shown}${said}trừ tối đa ${formatNumber(r.max!, 'vi', 2)}`);
      expect(cell.textContent).not.toMatch(/^\d+(,\d+)?\/\d/);
    }
    expect(result.units.some((u) => u.extras['T2']!.points! > 0)).toBe(true);
    expect(result.units.some((u) => u.extras['T2']!.points === 0)).toBe(true);
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

/** @jest-environment jsdom */
/** The pane with a history (cycle.md §2): the rank change, the ranks over time, Lưu vào lịch sử. */
import './polyfills';
import axe from 'axe-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { findPreset, presetSheets } from '../../src/presets';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

/** The preset: the fixture's figures with an illustrative history (2022, 2023, 2024 6 tháng). */
function presetGrid(): WorkbookGrid {
  return { name: 'hp.xlsx', sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, 'vi').map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]), originRow: 0, originCol: 0 })) };
}

async function score(label = 'Chấm điểm & xếp hạng'): Promise<HTMLElement> {
  const panel = screen.getAllByRole('tabpanel')[0]!;
  fireEvent.click(within(panel).getByRole('button', { name: label }));
  return within(panel).findByTestId('score-results');
}

describe('the rank change in the ranking', () => {
  test('a Thay đổi column with ▲, ▼ and =, each read aloud against the earlier period', async () => {
    renderPane(fakeApi(presetGrid()));
    await score();
    const table = screen.getByRole('table', { name: 'Bảng xếp hạng' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Hạng', 'Đơn vị', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại', 'Thay đổi']);
    const change = (unit: string): HTMLElement => within(table.querySelector(`tr[data-unit="${unit}"]`) as HTMLElement).getByTestId('rank-change');
    expect(change('Vĩnh Bảo').querySelector('[aria-hidden=true]')!.textContent).toBe('▲1');
    expect(change('Vĩnh Bảo').textContent).toContain('Tăng 1 bậc so với 2024 6 tháng (hạng 3)');
    expect(change('An Lão').querySelector('[aria-hidden=true]')!.textContent).toBe('▼1');
    expect(change('An Lão').textContent).toContain('Giảm 1 bậc so với 2024 6 tháng (hạng 2)');
    expect(change('Thủy Nguyên').querySelector('[aria-hidden=true]')!.textContent).toBe('=');
  });

  test('a unit absent then is mới; in English, new', async () => {
    const grid = presetGrid();
    const history = grid.sheets.find((s) => s.name === 'Lịch sử')!;
    history.rows = history.rows.filter((r) => !(r[0] === 2024 && r[2] === 'Kiến Thụy'));
    renderPane(fakeApi(grid), 'en');
    await score('Score & rank');
    const row = screen.getByRole('table', { name: 'Ranking' }).querySelector('tr[data-unit="Kiến Thụy"]') as HTMLElement;
    expect(within(row).getByTestId('rank-change').textContent).toBe('newNot ranked in 2024 half-year');
  });

  test('without history: the ranking as before, no chart, no change column', async () => {
    renderPane(fakeApi(await loadGrid('example-a')));
    await score();
    const table = screen.getByRole('table', { name: 'Bảng xếp hạng' });
    expect(within(table).queryAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Thay đổi');
    expect(screen.queryByTestId('rank-chart')).toBeNull();
  });
});

describe('the ranks over time', () => {
  test('an SVG line chart with a text alternative and the table of every rank', async () => {
    renderPane(fakeApi(presetGrid()));
    await score();
    const chart = await screen.findByTestId('rank-chart');
    const img = within(chart).getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(document.getElementById(img.getAttribute('aria-labelledby')!)).toBe(img.querySelector('title'));
    expect(img.querySelector('title')!.textContent).toBe('Biểu đồ đường thứ hạng của 8 đơn vị qua 4 kỳ, từ 2022 đến 2024; hạng 1 ở trên cùng. Bảng dưới biểu đồ ghi đủ số liệu.');
    // One line per unit; Thủy Nguyên's four points, top row for rank 1.
    expect(img.querySelectorAll('g[data-unit] path')).toHaveLength(8);
    const tn = img.querySelector('g[data-unit="Thủy Nguyên"]')!;
    expect(tn.querySelectorAll('circle')).toHaveLength(4);
    expect([...tn.querySelectorAll('circle title')].map((t) => t.textContent)).toEqual([
      'Thủy Nguyên — 2022: 1',
      'Thủy Nguyên — 2023: 2',
      'Thủy Nguyên — 2024 6 tháng: 1',
      'Thủy Nguyên — 2024: 1',
    ]);
    const ys = [...tn.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    expect(ys[1]).toBeGreaterThan(ys[0]!);
    expect(ys[0]).toBe(ys[2]);
    const table = within(chart).getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(within(rows[0]!).getAllByRole('columnheader', { hidden: true }).map((c) => c.textContent)).toEqual(['Đơn vị', '2022', '2023', '2024 6 tháng', '2024']);
    expect(within(rows[2]!).getAllByRole('cell', { hidden: true }).map((c) => c.textContent)).toEqual(['3', '1', '3', '2']);
  });
});

describe('award conditions in the draft', () => {
  test('each award lists the units its conditions left out, with what is missing', async () => {
    renderPane(fakeApi(presetGrid()));
    await score();
    const gov = screen.getByTestId('nominations').querySelector('section[data-award="Cờ thi đua của Chính phủ"]') as HTMLElement;
    const left = within(gov).getByTestId('ineligible');
    expect(within(left).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Vĩnh BảoKhông phải đơn vị dẫn đầu cụm']);
    const city = screen.getByTestId('nominations').querySelector('section[data-award="Cờ thi đua của UBND thành phố"]') as HTMLElement;
    expect(within(within(city).getByTestId('ineligible')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'An LãoChưa đủ 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ (thiếu 2022)',
      'Bạch Long VĩChưa đủ 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ (thiếu 2023)',
    ]);
  });

  test('a condition not checked for want of Lịch sử is said in the nomination', async () => {
    const grid = presetGrid();
    grid.sheets = grid.sheets.filter((s) => s.name !== 'Lịch sử');
    renderPane(fakeApi(grid));
    await score();
    const gov = screen.getByTestId('nominations').querySelector('section[data-award="Cờ thi đua của Chính phủ"] li[data-unit="Thủy Nguyên"]') as HTMLElement;
    expect(gov.textContent).toContain('Chưa kiểm tra điều kiện đã được tặng Cờ thi đua của UBND thành phố trong 5 năm (sổ không có trang Lịch sử)');
  });
});

describe('Lưu vào lịch sử', () => {
  test('appends the run, then refuses a second time, listing the rows', async () => {
    const api = fakeApi(presetGrid());
    renderPane(api);
    await score();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào lịch sử' }));
    const outcome = await screen.findByTestId('history-outcome');
    expect(outcome.textContent).toBe('Đã lưu 8 dòng (8 đơn vị, kỳ 2024) vào trang “Lịch sử”.');
    expect(api.saveHistory).toHaveBeenCalledWith('vi', undefined);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lưu vào lịch sử' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào lịch sử' }));
    await waitFor(() => expect(screen.getByTestId('history-outcome').textContent).toMatch(/^Chưa lưu vào lịch sử: trang Lịch sử đã có 8 dòng của kỳ 2024/));
    const items = within(screen.getByTestId('history-outcome')).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[0]!.textContent).toMatch(/^Lịch sử!C\d+: /);
  });

  test('is not offered by a host without it', async () => {
    const api = fakeApi(presetGrid());
    const { saveHistory: _omit, ...rest } = api;
    renderPane(rest);
    await score();
    expect(screen.queryByRole('button', { name: 'Lưu vào lịch sử' })).toBeNull();
  });
});

describe('accessibility with a history (axe in jsdom)', () => {
  test('no serious violation with the change column, the chart and its table open, and the save outcome', async () => {
    document.title = 'Thi đua';
    renderPane(fakeApi(presetGrid()));
    await score();
    fireEvent.click(screen.getByText('Xem dạng bảng'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào lịch sử' }));
    await screen.findByTestId('history-outcome');
    let results: axe.AxeResults | undefined;
    await act(async () => {
      results = await axe.run(document.documentElement, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    });
    const serious = results!.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});

/** @jest-environment jsdom */
/**
 * The pane as a place to work (issue 16), at the prop boundary: the stale notice when an input
 * sheet changes after a run (Chấm lại scores again), never for the output sheets the run writes;
 * a blank actual shown in Kiểm tra with its cell.
 */
import './polyfills';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { generateCluster } from '../support/generate-cluster';
import { changeSheet, cloneGrid, deferred, fakeApi, loadGrid, renderPane, sheetOf } from './fake-api';

let haiPhong: WorkbookGrid;
beforeAll(async () => {
  haiPhong = await loadGrid('hai-phong-huyen-2024');
});

function scorePanel(): HTMLElement {
  return screen.getByRole('tabpanel', { name: 'Chấm điểm' });
}

describe('Kết quả đã cũ (stale results)', () => {
  test('an edit of an input sheet after a run shows the notice; Chấm lại scores again and removes it', async () => {
    const api = fakeApi(haiPhong);
    renderPane(api);
    await screen.findByTestId('summary');
    await waitFor(() => expect(api.watchChanges).toHaveBeenCalledTimes(1));
    // Before any run, an edit has no results to make stale.
    act(() => changeSheet(api, 'Số liệu'));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    expect(within(panel).queryByTestId('stale')).toBeNull();
    // The run's own sheets (and any sheet that is not an input) change nothing.
    act(() => changeSheet(api, 'Kết quả'));
    act(() => changeSheet(api, 'Sheet9'));
    expect(within(panel).queryByTestId('stale')).toBeNull();
    act(() => changeSheet(api, 'Số liệu'));
    const stale = await within(panel).findByTestId('stale');
    expect(stale.textContent).toContain('Kết quả đã cũ');
    expect(stale.textContent).toContain('Số liệu đã thay đổi sau lần chấm vừa rồi.');
    fireEvent.click(within(stale).getByRole('button', { name: 'Chấm lại' }));
    await waitFor(() => expect(api.score).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(within(panel).queryByTestId('stale')).toBeNull());
    await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    // Criteria edited too: stale again.
    act(() => changeSheet(api, 'Tiêu chí'));
    expect(await within(panel).findByTestId('stale')).toBeTruthy();
  });

  test('a host that refuses to watch (no ExcelApi 1.9), or rejects: the pane works, shows no error', async () => {
    for (const refuse of [
      () => Promise.resolve({ ok: false as const, error: 'ExcelApi 1.9' }),
      () => Promise.reject(new Error('boom')),
    ]) {
      const api = fakeApi(haiPhong);
      api.watchChanges.mockImplementation(refuse);
      const { unmount } = renderPane(api);
      const panel = scorePanel();
      fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
      await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
      expect(api.watchChanges).toHaveBeenCalledTimes(1);
      expect(within(panel).queryByTestId('stale')).toBeNull();
      expect(screen.queryByText(/boom|ExcelApi/)).toBeNull();
      unmount();
    }
  });

  test('the watch stops when the pane goes', async () => {
    const api = fakeApi(haiPhong);
    const stop = jest.fn();
    api.watchChanges.mockResolvedValue({ ok: true, value: stop });
    const { unmount } = renderPane(api);
    await waitFor(() => expect(api.watchChanges).toHaveBeenCalledTimes(1));
    await act(async () => undefined);
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});

describe('Huỷ (cancel)', () => {
  test('the run in progress has a cancel button; cancelled, it says nothing was written, not an error', async () => {
    const api = fakeApi(haiPhong);
    const real = api.score.getMockImplementation()!;
    const gate = deferred<void>();
    api.score.mockImplementationOnce(async (options, progress) => {
      progress?.('read');
      await gate.promise;
      if (options.signal?.aborted) return { ok: false, error: 'Đã huỷ theo yêu cầu; không ghi gì vào sổ.' };
      return real(options, progress);
    });
    renderPane(api);
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const cancel = await within(panel).findByRole('button', { name: 'Huỷ' }, { timeout: 15000 });
    fireEvent.click(cancel);
    expect(api.score.mock.calls[0]![0].signal!.aborted).toBe(true);
    await act(async () => gate.resolve());
    expect((await within(panel).findByTestId('run-cancelled')).textContent).toBe('Đã huỷ lần chấm; không ghi gì vào sổ.');
    expect(within(panel).queryByText('Chưa chấm được điểm')).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Huỷ' })).toBeNull();
    // The next run is a normal one.
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    expect(within(panel).queryByTestId('run-cancelled')).toBeNull();
  });
});

describe('the totals chart', () => {
  test('one stacked bar per unit in rank order, its width the percent, a line per band threshold, a text alternative', async () => {
    renderPane(fakeApi(haiPhong));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const results = await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    const chart = within(results).getByTestId('totals-chart');
    const img = within(chart).getByRole('img');
    const result = scoreGrid(haiPhong, 'vi').result;
    expect(img.getAttribute('aria-labelledby')).toBeTruthy();
    const label = document.getElementById(img.getAttribute('aria-labelledby')!)!.textContent!;
    expect(label).toContain('8 đơn vị');
    expect(label).toContain(`Dẫn đầu: Thủy Nguyên`);
    const bars = [...chart.querySelectorAll('g[data-unit]')];
    expect(bars.map((g) => g.getAttribute('data-unit'))).toEqual(result.units.map((u) => u.unit));
    // Each bar's stacked pieces end at the unit's percent plus its deductions, on the chart's scale.
    const widths = bars.map((g) => [...g.querySelectorAll('rect:not([stroke])')].reduce((sum, r) => sum + Number(r.getAttribute('width')), 0));
    const penalties = result.units.map((u) => (u.penalty / u.max) * 100);
    const scale = widths[0]! / (result.units[0]!.percent + penalties[0]!);
    result.units.forEach((u, i) => expect(widths[i]! / scale).toBeCloseTo(u.percent + penalties[i]!, 1));
    const bands = [...chart.querySelectorAll('g[data-band]')].map((g) => g.getAttribute('data-band'));
    expect(bands).toEqual([...result.settings.classification].filter((b) => b.min > 0).sort((a, b) => a.min - b.min).map((b) => b.name));
    expect(within(chart).getByText(/^Ngưỡng xếp loại: /)).toBeTruthy();
  });
});

describe('the status pictures', () => {
  test('the drill-down draws each scored criterion as a dot coloured by its status; the status map a square per unit and criterion', async () => {
    renderPane(fakeApi(haiPhong));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const results = await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    const result = scoreGrid(haiPhong, 'vi').result;
    fireEvent.click(within(results).getByRole('button', { name: 'Kiến Thụy' }));
    const dots = await within(results).findByTestId('criteria-dots');
    const u = result.units.find((x) => x.unit === 'Kiến Thụy')!;
    const drawn = [...dots.querySelectorAll('g[data-code]')].map((g) => `${g.getAttribute('data-code')}:${g.getAttribute('data-status')}`);
    const want = result.criteria
      .map((c) => u.criteria[c.code])
      .filter((r) => r !== undefined && r.points !== null && r.max !== null && r.max > 0)
      .map((r) => `${r!.code}:${r!.status}`);
    expect(drawn).toEqual(want);
    const label = document.getElementById(within(dots).getByRole('img').getAttribute('aria-labelledby')!)!.textContent!;
    const weak = want.filter((x) => x.endsWith(':below')).map((x) => x.split(':')[0]);
    expect(label).toContain(`chưa đạt: ${weak.join(', ')}`);
    fireEvent.click(within(results).getByRole('button', { name: 'Bản đồ trạng thái' }));
    const map = await within(results).findByTestId('status-map');
    expect([...map.querySelectorAll('g[data-unit]')].map((g) => g.getAttribute('data-unit'))).toEqual(result.units.map((x) => x.unit));
    const squares = map.querySelectorAll('rect[data-status]');
    expect(squares.length).toBe(result.units.reduce((n, x) => n + Object.keys(x.criteria).length, 0));
    const below = result.units.reduce((n, x) => n + Object.values(x.criteria).filter((r) => r.status === 'below').length, 0);
    expect(map.querySelectorAll('rect[data-status=below]').length).toBe(below);
    expect(document.getElementById(within(map).getByRole('img').getAttribute('aria-labelledby')!)!.textContent).toContain(`${below} ô chưa đạt`);
  });
});

describe('large clusters: search, filter, lists that draw only what is in view', () => {
  /** Gives a scrolling box a height and a scroll position, as layout would (jsdom has none), and tells it. */
  function scrollBox(box: HTMLElement, top: number, height = 400): void {
    Object.defineProperty(box, 'clientHeight', { configurable: true, value: height });
    box.scrollTop = top;
    fireEvent.scroll(box);
  }

  test('120 units: a few rows drawn of 120, scrolling draws later ones, rows keep their place for readers; search ignores accents and case; the class filter narrows', async () => {
    const names = (i: number): string => (i === 77 ? 'Phường Đông Hải' : `Đơn vị ${String(i + 1).padStart(3, '0')}`);
    const grid = generateCluster({ units: 120, criteria: 6, seed: 3, unitName: names });
    renderPane(fakeApi(grid));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const results = await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    const rowEls = (): HTMLElement[] => [...results.querySelectorAll<HTMLElement>('[data-testid=ranking] tbody tr[data-unit]')];
    const rows = (): string[] => rowEls().map((r) => r.getAttribute('data-unit') ?? '');
    const result = scoreGrid(grid, 'vi').result;
    const all = result.units.map((u) => u.unit);
    // A large cluster's results come in stages, a frame apart: the heading first, the ranking's rows a little later.
    expect(rows()).toEqual([]);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    // Drawn: the rows in view and a margin, in rank order from the first; far fewer than 120.
    expect(rows().length).toBeLessThanOrEqual(24);
    expect(rows()).toEqual(all.slice(0, rows().length));
    expect(within(results).queryByRole('button', { name: /Hiện thêm/ })).toBeNull();
    const table = within(results).getByTestId('ranking');
    expect(table.getAttribute('aria-rowcount')).toBe('121');
    expect(rowEls()[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(within(results).getByTestId('ranking-count').textContent).toBe('120/120 đơn vị');
    // The box scrolls with the keyboard (focusable, named) and its spacer keeps the scroll height.
    const box = within(results).getByRole('region', { name: 'Bảng xếp hạng' });
    expect(box.tabIndex).toBe(0);
    // Scrolled to about the 60th row: the rows around it are drawn, each with its place in the whole table.
    scrollBox(box, 60 * 36);
    await waitFor(() => expect(rows()).toContain(all[60]));
    expect(rows()).not.toContain(all[0]);
    expect(rows().length).toBeLessThanOrEqual(30);
    const at = rows().indexOf(all[60]!);
    expect(rowEls()[at]!.getAttribute('aria-rowindex')).toBe('62');
    expect(rows()).toEqual(all.slice(all.indexOf(rows()[0]!), all.indexOf(rows()[0]!) + rows().length));
    // To the end: the last unit is drawn.
    scrollBox(box, 200 * 36);
    await waitFor(() => expect(rows()[rows().length - 1]).toBe(all[119]));
    // Home and End by the keyboard: the first rows, then the last.
    fireEvent.keyDown(box, { key: 'Home' });
    await waitFor(() => expect(rows()[0]).toBe(all[0]));
    fireEvent.keyDown(box, { key: 'End' });
    await waitFor(() => expect(rows()[rows().length - 1]).toBe(all[119]));
    expect(rows()).not.toContain(all[0]);
    fireEvent.keyDown(box, { key: 'Home' });
    await waitFor(() => expect(rows()[0]).toBe(all[0]));
    const search = within(results).getByRole('searchbox', { name: 'Tìm đơn vị' });
    fireEvent.change(search, { target: { value: 'dong hai' } });
    expect(rows()).toEqual(['Phường Đông Hải']);
    expect(within(results).getByTestId('ranking-count').textContent).toBe('1/120 đơn vị');
    fireEvent.change(search, { target: { value: '' } });
    const band = result.units[60]!.classification;
    fireEvent.change(within(results).getByRole('combobox', { name: 'Xếp loại' }), { target: { value: band } });
    const inBand = result.units.filter((u) => u.classification === band).map((u) => u.unit);
    // Another list starts at its top.
    await waitFor(() => expect(rows()).toEqual(inBand.slice(0, rows().length)));
    expect(rows().length).toBeLessThanOrEqual(Math.min(inBand.length, 24));
    expect(within(results).getByTestId('ranking-count').textContent).toBe(`${inBand.length}/120 đơn vị`);
    // The "not proposed" list: drawn in view too, each item with its place in the whole list.
    // Drawn a few frames after the ranking (a large cluster's results come in stages).
    const notNominated = await within(results).findByTestId('not-nominated');
    const items = (): HTMLElement[] => [...notNominated.querySelectorAll<HTMLElement>('li[data-unit]')];
    const listed = (): string[] => items().map((li) => li.getAttribute('data-unit')!);
    const left = result.notNominated.map((x) => x.unit);
    expect(left.length).toBeGreaterThan(60);
    expect(listed().length).toBeLessThanOrEqual(24);
    expect(listed()).toEqual(left.slice(0, listed().length));
    expect(items()[0]!.getAttribute('aria-setsize')).toBe(String(left.length));
    const leftBox = within(notNominated).getByRole('region', { name: 'Đơn vị không được đề nghị' });
    scrollBox(leftBox, 50 * 36);
    await waitFor(() => expect(listed()).toContain(left[50]));
    expect(listed()).not.toContain(left[0]);
    expect(items()[listed().indexOf(left[50]!)]!.getAttribute('aria-posinset')).toBe('51');
  });

  test('a small cluster has no search bar', async () => {
    renderPane(fakeApi(haiPhong));
    const panel = scorePanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
    const results = await within(panel).findByTestId('score-results', {}, { timeout: 15000 });
    expect(within(results).queryByTestId('ranking-filter')).toBeNull();
    expect(within(results).queryByTestId('ranking-box')).toBeNull();
  });
});

describe('Kiểm tra shows blank actuals', () => {
  test('a blank actual is a warning naming its cell', async () => {
    const grid = cloneGrid(haiPhong);
    const data = sheetOf(grid, 'Số liệu');
    expect(data.rows[0]![3]).toBe('Thực hiện');
    data.rows[2]![3] = null;
    renderPane(fakeApi(grid));
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kiểm tra' });
    const list = await within(panel).findByRole('list', { name: 'Danh sách lỗi và cảnh báo' });
    const blank = within(list)
      .getAllByRole('button')
      .filter((b) => (b.textContent ?? '').includes('Số liệu!D3'));
    expect(blank).toHaveLength(1);
    expect(blank[0]!.getAttribute('data-severity')).toBe('warning');
    expect(blank[0]!.textContent).toMatch(/để trống/);
  });
});

/** @jest-environment jsdom */
import './polyfills';
import axe from 'axe-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ConsolidationRun, Outcome } from '../../src/app/api';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fakeApi, loadGrid, renderPane } from './fake-api';

// Fluent in jsdom, a lazily loaded panel and an axe scan: slow when every suite runs at once.
jest.setTimeout(120_000);

let grid: WorkbookGrid;
beforeAll(async () => {
  grid = await loadGrid('example-a');
});

/** Opens the tab; its panel is loaded on first use (a spinner until then). */
async function formsPanel(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Phiếu đơn vị' }));
  const panel = screen.getByRole('tabpanel', { name: 'Phiếu đơn vị' });
  await within(panel).findByRole('button', { name: 'Tạo phiếu nhập' }, { timeout: 10_000 });
  return panel;
}

const PLAN: ConsolidationRun = {
  ok: true,
  cells: 18,
  conflicts: 1,
  refused: 1,
  diagnostics: [
    { severity: 'error', file: 'Z.xlsx', sheet: 'Số liệu', cell: 'A1', code: 'formNotMember', params: { unit: 'Z' } },
    { severity: 'warning', file: 'A.xlsx', sheet: 'Số liệu', cell: 'E2', code: 'formConflictKept', params: { cell: 'Số liệu!D2', old: '120', value: '130' } },
  ],
  submissions: [
    { unit: 'A', file: 'A.xlsx', modified: null, filled: 9, expected: 9, conflicts: 1, status: { kind: 'submitted' } },
    { unit: 'B', file: null, modified: null, filled: 0, expected: 9, conflicts: 0, status: { kind: 'missing' } },
  ],
  written: [],
};

/** Picks files in the panel's file input. */
function pick(panel: HTMLElement, names: string[]): void {
  const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
  const files = names.map((n) => new File([new Uint8Array([80, 75, 3, 4])], n));
  fireEvent.change(input, { target: { files } });
}

describe('Phiếu đơn vị (unit forms)', () => {
  test('makes the forms and offers them as one .zip or one by one', async () => {
    const api = fakeApi(grid);
    api.makeForms.mockResolvedValue({ ok: true, value: [{ name: 'A.xlsx', bytes: new Uint8Array([1]) }, { name: 'B.xlsx', bytes: new Uint8Array([2]) }] });
    const created: string[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download);
    });
    renderPane(api);
    await screen.findByTestId('summary');
    const panel = await formsPanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Tạo phiếu nhập' }));
    expect((await within(panel).findByTestId('forms-made')).textContent).toBe('Đã tạo 2 phiếu.');
    expect(api.makeForms).toHaveBeenCalledWith('vi');
    fireEvent.click(within(panel).getByRole('button', { name: 'Tải B.xlsx' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Tải tất cả (.zip)' }));
    await waitFor(() => expect(created).toEqual(['B.xlsx', 'phieu-nhap.zip']));
    click.mockRestore();
  });

  test('previews the summary, writes only after confirming, then can undo', async () => {
    const api = fakeApi(grid);
    api.consolidate.mockImplementation(async (_files, o): Promise<Outcome<ConsolidationRun>> => ({
      ok: true,
      value: o.apply ? { ...PLAN, written: ['Tình hình nộp', 'Nhật ký gộp'] } : PLAN,
    }));
    api.undoConsolidation.mockResolvedValue({ ok: true, value: { restored: 18, changed: ['Số liệu!D2'] } });
    renderPane(api);
    await screen.findByTestId('summary');
    const panel = await formsPanel();
    expect(within(panel).getByRole('button', { name: 'Xem trước' })).toHaveProperty('disabled', true);
    pick(panel, ['A.xlsx', 'Z.xlsx']);
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Xem trước' })).toHaveProperty('disabled', false), { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Khi xung đột, lấy giá trị của phiếu' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem trước' }));
    expect((await within(panel).findByTestId('consolidate-summary')).textContent).toBe('18 ô sẽ được điền, 1 xung đột, 1 tệp bị từ chối.');
    expect(api.consolidate).toHaveBeenCalledTimes(1);
    const [files, options] = api.consolidate.mock.calls[0]!;
    expect(files.map((f) => f.name)).toEqual(['A.xlsx', 'Z.xlsx']);
    expect(files[0]!.bytes).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect(options).toEqual({ lang: 'vi', prefer: 'submitted', apply: false });
    const problems = within(panel).getByTestId('consolidate-problems').textContent ?? '';
    expect(problems).toContain('Z.xlsx › Số liệu!A1: Đơn vị “Z” không phải thành viên của cụm.');
    expect(within(panel).getByTestId('consolidate-submissions').textContent).toContain('B: Chưa nộp');

    fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận gộp' }));
    expect((await within(panel).findByTestId('consolidate-done')).textContent).toBe('Đã ghi 18 ô và các trang: Tình hình nộp, Nhật ký gộp');
    expect(api.consolidate.mock.calls[1]![1]).toEqual({ lang: 'vi', prefer: 'submitted', apply: true });
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));

    fireEvent.click(within(panel).getByRole('button', { name: 'Hoàn tác lần gộp' }));
    const undone = await within(panel).findByTestId('undo-done');
    expect(undone.textContent).toContain('Đã khôi phục 18 ô.');
    expect(undone.textContent).toContain('Số liệu!D2');
  });

  test('has no serious accessibility violation with a preview shown (axe)', async () => {
    const api = fakeApi(grid);
    api.consolidate.mockResolvedValue({ ok: true, value: PLAN });
    renderPane(api);
    await screen.findByTestId('summary');
    const panel = await formsPanel();
    pick(panel, ['A.xlsx']);
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Xem trước' })).toHaveProperty('disabled', false), { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem trước' }));
    await within(panel).findByTestId('consolidate-summary');
    // The picker is labelled by its field.
    expect(within(panel).getByLabelText('Chọn các phiếu (.xlsx)')).toBe(panel.querySelector('input[type="file"]'));
    let results: axe.AxeResults | undefined;
    await act(async () => {
      results = await axe.run(panel, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    });
    expect(results!.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('a blocked consolidation offers no confirmation', async () => {
    const api = fakeApi(grid);
    api.consolidate.mockResolvedValue({
      ok: true,
      value: { ...PLAN, ok: false, diagnostics: [{ severity: 'error', file: 'A (2).xlsx', sheet: 'Số liệu', cell: 'A1', code: 'formDuplicateUnit', params: { unit: 'A', first: 'A.xlsx', second: 'A (2).xlsx' } }] },
    });
    renderPane(api);
    await screen.findByTestId('summary');
    const panel = await formsPanel();
    pick(panel, ['A.xlsx', 'A (2).xlsx']);
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Xem trước' })).toHaveProperty('disabled', false), { timeout: 10_000 });
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem trước' }));
    expect(await within(panel).findByText('Không gộp được: không ghi gì vào sổ')).toBeTruthy();
    expect(within(panel).getByTestId('consolidate-problems').textContent).toContain('A.xlsx và A (2).xlsx');
    expect(within(panel).queryByRole('button', { name: 'Xác nhận gộp' })).toBeNull();
  });
});

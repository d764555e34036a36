/** @jest-environment jsdom */
/**
 * The vote in the pane: *Tạo phiếu bầu*, the count per award after scoring a workbook with ballots
 * (worked example V), the elected units in the nomination view, and what `Bỏ phiếu lại` means.
 */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { ballotRows, tinyVoteBook, V_AWARDS } from '../workbook/vote-ballots';
import { cloneGrid, fakeApi, loadGrid, renderPane } from './fake-api';

let haiPhong: WorkbookGrid;
const withBallots = (rows = ballotRows()): WorkbookGrid => {
  const g = cloneGrid(haiPhong);
  g.sheets.push({ name: 'Phiếu bầu', rows });
  return g;
};

beforeAll(async () => {
  haiPhong = await loadGrid('hai-phong-huyen-2024');
});

async function score(): Promise<HTMLElement> {
  const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
  return within(panel).findByTestId('score-results');
}

const section = (root: HTMLElement, award: string): HTMLElement =>
  [...root.querySelectorAll<HTMLElement>('[data-award]')].find((s) => s.getAttribute('data-award') === award)!;
const row = (root: HTMLElement, unit: string): HTMLElement => root.querySelector<HTMLElement>(`[data-unit="${unit}"]`)!;

describe('the vote in the task pane', () => {
  test('the count per award: votes, share, outcome and the threshold line (worked example V)', async () => {
    renderPane(fakeApi(withBallots()));
    await score();
    const count = screen.getByTestId('vote-count');
    // The summary (opened again: a run folds it to one line) lists the ballots among the input sheets.
    fireEvent.click(await screen.findByRole('button', { name: 'Xem chi tiết bảng tính' }));
    expect(screen.getByTestId('summary').textContent).toContain('Cài đặt, Phiếu bầu');
    expect(screen.getByTestId('vote-threshold').textContent).toBe('Trúng khi được quá bán (trên 50%) số đại biểu');
    expect(screen.getByTestId('vote-turnout').textContent).toBe('Số đại biểu: 8; số phiếu thu về: 8');
    const overall = section(count, V_AWARDS.overall);
    expect(overall.textContent).toContain('2 suất · 8 phiếu hợp lệ · 0 không hợp lệ');
    expect(row(overall, 'An Lão').textContent).toBe('An Lão5/862,5%Trúng');
    expect(row(overall, 'An Dương').textContent).toBe('An Dương4/850%Không đủ tỷ lệ');
    expect(row(section(count, V_AWARDS.flag), 'Thủy Nguyên').textContent).toBe('Thủy Nguyên7/887,5%Trúng');
    expect(screen.queryByTestId('vote-revote')).toBeNull();
  });

  test('the elected units are marked in the nomination view', async () => {
    renderPane(fakeApi(withBallots()));
    await score();
    const noms = screen.getByTestId('nominations');
    const li = (award: string, unit: string) => section(noms, award).querySelector<HTMLElement>(`li[data-unit="${unit}"]`)!;
    expect(li(V_AWARDS.overall, 'An Lão').querySelector('[data-outcome]')!.textContent).toBe('Trúng');
    expect(li(V_AWARDS.overall, 'An Dương').querySelector('[data-outcome]')!.textContent).toBe('Không đủ tỷ lệ');
    expect(li(V_AWARDS.reform, 'Tiên Lãng').querySelector('[data-outcome]')!.getAttribute('data-outcome')).toBe('below');
  });

  test('`Bỏ phiếu lại` candidates are told what happens next (English)', async () => {
    // U1 (rank 1) and U2 (rank 2) tied on 2 votes for the last seat, under the default `bỏ phiếu lại`.
    renderPane(fakeApi(tinyVoteBook({ U1: [1, 2], U2: [3, 4], U3: [1, 2, 3, 4] })), 'en');
    const panel = screen.getByRole('tabpanel', { name: 'Score' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Score & rank' }));
    await within(panel).findByTestId('score-results');
    const award = section(screen.getByTestId('vote-count'), 'Bằng khen');
    expect(row(award, 'U3').textContent).toContain('Elected');
    expect(row(award, 'U1').textContent).toContain('Vote again');
    expect(row(award, 'U2').textContent).toContain('Vote again');
    expect(screen.getByTestId('vote-threshold').textContent).toBe('Elected with at least 25% of the voters');
    expect(screen.getByTestId('vote-revote').textContent).toContain('that seat stays open; the cluster votes again among them');
    const li = section(screen.getByTestId('nominations'), 'Bằng khen').querySelector('li[data-unit="U1"]')!;
    expect(li.textContent).toContain('Vote again');
  });

  test('Tạo phiếu bầu: writes the sheets and says what to do next; refuses over an existing Phiếu bầu', async () => {
    const api = fakeApi(cloneGrid(haiPhong));
    renderPane(api);
    const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Tạo phiếu bầu' }));
    const made = await within(panel).findByTestId('ballots-made');
    expect(made.textContent).toContain('Đã ghi các trang: Mẫu phiếu bầu, Phiếu bầu (8 đại biểu, 5 hình thức)');
    expect(api.makeBallots).toHaveBeenCalledWith('vi');

    const refused = fakeApi(withBallots());
    renderPane(refused);
    const panels = screen.getAllByRole('tabpanel', { name: 'Chấm điểm' });
    fireEvent.click(within(panels[1]!).getByRole('button', { name: 'Tạo phiếu bầu' }));
    expect(await within(panels[1]!).findByText('Chưa tạo được phiếu bầu')).toBeTruthy();
    expect(panels[1]!.textContent).toContain('Sổ đã có trang “Phiếu bầu”');
  });
});

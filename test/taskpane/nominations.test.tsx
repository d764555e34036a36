/** @jest-environment jsdom */
import './polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { cloneGrid, fakeApi, loadGrid, renderPane, sheetOf } from './fake-api';

let exampleA: WorkbookGrid;
let tied: WorkbookGrid;
const CERTIFICATE = 'Bằng khen của Chủ tịch UBND tỉnh (toàn diện)';

beforeAll(async () => {
  exampleA = await loadGrid('example-a');
  // Example A, changed so that D and A (both 83,5) tie at the boundary of a one-seat award:
  // D is no longer disciplined, the only tie-break is bonus points (2,5 each), the certificate has 1 seat.
  tied = cloneGrid(exampleA);
  sheetOf(tied, 'Đơn vị').rows[4]![2] = 'không';
  sheetOf(tied, 'Khen thưởng').rows[2]![3] = 1;
  tied.sheets.push({ name: 'Cài đặt', rows: [['Khóa', 'Giá trị'], ['Tiêu chí phụ xếp hạng', 'điểm thưởng']] });
});

async function nominations(): Promise<HTMLElement> {
  const panel = screen.getByRole('tabpanel', { name: 'Chấm điểm' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Chấm điểm & xếp hạng' }));
  await within(panel).findByTestId('score-results');
  return screen.getByTestId('nominations');
}

function award(root: HTMLElement, name: string): HTMLElement {
  return [...root.querySelectorAll<HTMLElement>('[data-award]')].find((s) => s.getAttribute('data-award') === name)!;
}

function nominee(section: HTMLElement, unit: string): HTMLElement {
  return [...section.querySelectorAll<HTMLElement>('li[data-unit]')].find((li) => li.getAttribute('data-unit') === unit)!;
}

describe('nomination draft', () => {
  test('per award the units proposed with their basis, then the units not proposed and why', async () => {
    renderPane(fakeApi(exampleA));
    const root = await nominations();
    const headings = within(root).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Cờ thi đua của UBND tỉnh',
      CERTIFICATE,
      'Bằng khen chuyên đề: xây dựng nông thôn mới',
      'Đơn vị không được đề nghị',
    ]);
    const flag = nominee(award(root, 'Cờ thi đua của UBND tỉnh'), 'B');
    expect(flag.textContent).toContain('Đề nghị');
    expect(flag.textContent).toContain('Hạng 1, 90,5 điểm (90,5%)');
    expect(nominee(award(root, CERTIFICATE), 'A').textContent).toContain('Đề nghị');
    expect(nominee(award(root, 'Bằng khen chuyên đề: xây dựng nông thôn mới'), 'E').textContent).toContain('điểm ở 1.4');
    expect(root.textContent).not.toContain('Cần bình xét');
    const out = screen.getByTestId('not-nominated');
    const d = [...out.querySelectorAll('li')].find((li) => li.getAttribute('data-unit') === 'D')!;
    expect(d.textContent).toContain('Bị kỷ luật');
    expect(out.querySelectorAll('li')).toHaveLength(2);
  });

  test('a tie at the quota boundary is clearly marked Cần bình xét (vote needed)', async () => {
    // The real engine says so first.
    const result = scoreGrid(tied, 'vi').result;
    const votes = result.nominations.filter((n) => n.status === 'vote').map((n) => n.unit).sort();
    expect(votes).toEqual(['A', 'D']);

    renderPane(fakeApi(tied));
    const root = await nominations();
    const section = award(root, CERTIFICATE);
    for (const unit of ['A', 'D']) {
      const li = nominee(section, unit);
      const badge = li.querySelector('[data-status]')!;
      expect(badge.getAttribute('data-status')).toBe('vote');
      expect(badge.textContent).toBe('Cần bình xét');
      expect(li.textContent).toContain('Cần bình xét: 2 đơn vị đồng hạng 2 cho 1 suất còn lại');
    }
    expect(section.textContent).toContain('cụm cần bình xét');
    // The ranking shows them sharing rank 2.
    const rows = within(screen.getByRole('table', { name: 'Bảng xếp hạng' })).getAllByRole('row').slice(1);
    const shared = rows.filter((r) => ['A', 'D'].includes(r.getAttribute('data-unit')!));
    for (const r of shared) {
      expect(within(r).getAllByRole('cell')[0]!.textContent).toBe('2');
      expect(within(r).getByTestId('tie-note').textContent).toBe('Đồng hạng');
    }
  });
});

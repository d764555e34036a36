/** *Lưu vào lịch sử* / `thidua score --save-history` (cycle.md §2): appends only, refuses duplicates. */
import type { ClusterResult } from '../../src/engine/result';
import { applyHistoryAppend, electedOf, planHistoryAppend, saveHistoryLines, type SaveHistoryOutcome } from '../../src/jobs/save-history';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { readWorkbook } from '../../src/workbook/read';
import { digest, inputGrid, run, tempDir, writeXlsx } from '../cli/helpers';
import { longWorkbook, sheet, sheetOf, SETTINGS_ROWS, UNITS_ROWS, withSheet } from '../workbook/grids';

const plan = (wb: WorkbookGrid, elected: { unit: string; award: string }[] = []): SaveHistoryOutcome => planHistoryAppend(wb, scoreGrid(wb, 'vi').result, 'vi', elected);

function ok(o: SaveHistoryOutcome) {
  if (!o.ok) throw new Error(saveHistoryLines(o, 'vi').join('\n'));
  return o.append;
}

describe('planHistoryAppend', () => {
  it('creates Lịch sử with its header and one row per unit, in rank order', () => {
    const wb = longWorkbook();
    const a = ok(plan(wb));
    expect(a).toMatchObject({ sheet: 'Lịch sử', create: true, startRow: 0, year: 2024, period: 'year' });
    expect(a.rows[0]).toEqual(['Năm', 'Kỳ', 'Đơn vị', 'Hạng', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại', 'Kết quả nhiệm vụ', 'Khen thưởng', 'Số quyết định']);
    const { result } = scoreGrid(wb, 'vi');
    expect(a.rows.slice(1).map((r) => r.slice(0, 7))).toEqual(result.units.map((u) => [2024, 'năm', u.unit, u.rank, u.total, u.percent, u.classification]));
    // Read back, the rows are history the next run understands.
    const back = readWorkbook(applyHistoryAppend(wb, a));
    expect(back.diagnostics.filter((d) => d.sheet === 'Lịch sử')).toEqual([]);
    expect(back.model!.history!.map((h) => [h.unit, h.rank])).toEqual(result.units.map((u) => [u.unit, u.rank]));
  });

  it('fills the award column from the elected units of a vote (one row per award), blank otherwise', () => {
    const a = ok(plan(longWorkbook(), [{ unit: 'An Lão', award: 'Cờ thi đua' }, { unit: 'An Lão', award: 'Bằng khen' }]));
    const anLao = a.rows.filter((r) => r[2] === 'An Lão');
    expect(anLao.map((r) => r[8])).toEqual(['Cờ thi đua', 'Bằng khen']);
    expect(a.rows.filter((r) => r[2] === 'Vĩnh Bảo').map((r) => r[8])).toEqual([null]);
  });

  it('appends under the last filled row of an existing sheet, in its own column order', () => {
    const wb = withSheet(longWorkbook(), sheet('Lịch sử', [['Ghi chép khen thưởng'], ['Đơn vị', 'Năm', 'Hạng'], ['An Lão', 2023, 1], [], ['Vĩnh Bảo', 2023, 2]]));
    const a = ok(plan(wb));
    expect(a).toMatchObject({ create: false, startRow: 5, startCol: 0 });
    expect(a.rows[0]!.length).toBe(3);
    const after = sheetOf(applyHistoryAppend(wb, a), 'Lịch sử');
    expect(after.rows[5]![1]).toBe(2024);
    expect(after.rows[4]).toEqual(['Vĩnh Bảo', 2023, 2]);
  });

  it('refuses, listing them, when rows of the same year, period and unit exist (former names included)', () => {
    const units = UNITS_ROWS.map((r, i) => [...r, i === 0 ? 'Tên trước đây' : i === 4 ? 'Huyện Vĩnh Bảo' : null]);
    let wb = withSheet(longWorkbook(), sheet('Đơn vị', units));
    wb = withSheet(wb, sheet('Lịch sử', [['Năm', 'Kỳ', 'Đơn vị'], [2024, 'năm', 'An Lão'], [2024, '6 tháng', 'Kiến Thụy'], [2024, null, 'Huyện Vĩnh Bảo'], [2023, null, 'Thủy Nguyên']]));
    const o = plan(wb);
    expect(o).toEqual({
      ok: false,
      reason: 'duplicates',
      existing: [
        { unit: 'An Lão', year: 2024, period: 'year', at: { sheet: 'Lịch sử', cell: 'C2' } },
        { unit: 'Huyện Vĩnh Bảo', year: 2024, period: 'year', at: { sheet: 'Lịch sử', cell: 'C4' } },
      ],
    });
    expect(saveHistoryLines(o, 'vi')).toEqual([
      'Chưa lưu vào lịch sử: trang Lịch sử đã có 2 dòng của kỳ 2024 (chỉ được thêm, không ghi đè; hãy xoá các dòng này nếu muốn lưu lại):',
      '  Lịch sử!C2: An Lão',
      '  Lịch sử!C4: Huyện Vĩnh Bảo',
    ]);
  });

  it('a second save of the same run is refused', () => {
    const wb = longWorkbook();
    const once = applyHistoryAppend(wb, ok(plan(wb)));
    const twice = plan(once);
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.reason === 'duplicates' && twice.existing.length).toBe(4);
  });

  it('a mid-year review is saved as 6 tháng, and does not clash with the year', () => {
    const wb = withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS.slice(0, 3), ['Kỳ', '6 tháng đầu năm']]));
    const withYear = withSheet(wb, sheet('Lịch sử', [['Năm', 'Kỳ', 'Đơn vị'], [2024, 'năm', 'An Lão']]));
    const a = ok(plan(withYear));
    expect(a.period).toBe('half');
    expect(a.rows[0]![1]).toBe('6 tháng');
  });

  it('refuses a mid-year run into a sheet without Kỳ (it would read back as the year), and a sheet without its header', () => {
    const half = withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS.slice(0, 3), ['Kỳ', '6 tháng']]));
    const o = plan(withSheet(half, sheet('Lịch sử', [['Năm', 'Đơn vị'], [2023, 'An Lão']])));
    expect(o).toEqual({ ok: false, reason: 'noPeriodColumn', sheet: 'Lịch sử' });
    expect(saveHistoryLines(o, 'vi')[0]).toContain('không có cột Kỳ');
    expect(plan(withSheet(longWorkbook(), sheet('Lịch sử', [['Ghi chú'], ['x']]))).ok).toBe(false);
  });

  it('refuses without Năm, or while the workbook has errors', () => {
    expect(plan(withSheet(longWorkbook(), sheet('Cài đặt', SETTINGS_ROWS.filter((r) => r[0] !== 'Năm'))))).toEqual({ ok: false, reason: 'noYear' });
    const broken = withSheet(longWorkbook(), sheet('Cài đặt', [...SETTINGS_ROWS, ['Số chữ số thập phân', 'nhiều']]));
    expect(plan(broken)).toEqual({ ok: false, reason: 'notScored' });
    expect(saveHistoryLines({ ok: false, reason: 'noYear' }, 'en')).toEqual(['Not saved to the history: the settings have no “Năm” (Year).']);
  });
});

describe('thidua score --save-history', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('writes the run into Lịch sử of the new result workbook, never into the input; a second run on the result is refused', async () => {
    const input = tmp.file('cum.xlsx');
    await writeXlsx(input, longWorkbook());
    const before = digest(input);
    const out = tmp.file('cum.ketqua.xlsx');
    const r = await run('score', input, '--out', out, '--save-history');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã lưu 4 dòng (4 đơn vị, kỳ 2024) vào trang “Lịch sử”.');
    expect(digest(input)).toBe(before);
    const grid = await inputGrid(out);
    const history = readWorkbook(grid).model!.history!;
    const { result } = scoreGrid(await inputGrid(input), 'vi');
    expect(history.map((h) => [h.year, h.period, h.unit, h.rank])).toEqual(result.units.map((u) => [2024, 'year', u.unit, u.rank]));
    const again = await run('score', out, '--out', tmp.file('again.xlsx'), '--save-history', '--lang', 'en');
    expect(again.code).toBe(1);
    const at = again.err.findIndex((l) => l.startsWith('Not saved to the history: the History sheet already has 4 rows of the period 2024'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(again.err.slice(at + 1)).toEqual(['Thủy Nguyên', 'An Lão', 'Kiến Thụy', 'Vĩnh Bảo'].map((u) => expect.stringContaining(u)));
    expect(again.err.slice(at + 1).join('\n')).toMatch(/Lịch sử!C2: /);
  });

  it('with a Lịch sử in the .xlsx, the JSON gains previous and rankChange and the ranking the change', async () => {
    const input = tmp.file('lich-su.xlsx');
    const history = [['Năm', 'Kỳ', 'Đơn vị', 'Hạng', 'Tổng điểm', 'Tỷ lệ %'], ...['Thủy Nguyên', 'An Lão', 'Kiến Thụy', 'Vĩnh Bảo'].map((u, i) => [2023, 'năm', u, i + 1, 90 - i, '9' + String(9 - i) + '%'])];
    await writeXlsx(input, withSheet(longWorkbook(), sheet('Lịch sử', history)));
    const r = await run('score', input, '--out', tmp.file('lich-su.out.xlsx'), '--json', '-');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { units: { unit: string; rank: number; previous: { year: number; period: string; rank: number; total: number; percent: number }; rankChange: number }[] };
    const order = ['Thủy Nguyên', 'An Lão', 'Kiến Thụy', 'Vĩnh Bảo'];
    for (const u of json.units) {
      const before = order.indexOf(u.unit) + 1;
      expect(u.previous).toEqual({ year: 2023, period: 'năm', rank: before, total: 91 - before, percent: 100 - before });
      expect(u.rankChange).toBe(before - u.rank);
    }
    const text = await run('score', input, '--out', tmp.file('lich-su.out2.xlsx'));
    expect(text.stdout).toMatch(/Hạng 2023\s+Thay đổi/);
  });

  it('is refused as an option of other commands', async () => {
    expect((await run('presets', '--save-history')).code).toBe(2);
  });
});

describe('the award column from the run’s own vote', () => {
  it('takes the elected units of the result’s vote when none are given, and nothing without a vote', () => {
    const counted = {
      ...scoreGrid(longWorkbook(), 'vi').result,
      vote: {
        voters: 8,
        received: 8,
        quorumMet: true,
        rules: { threshold: 'majority', base: 'voters', quorum: null, tie: 'revote' },
        awards: [
          {
            award: 'Cờ thi đua',
            seats: 1,
            valid: 8,
            invalid: 0,
            candidates: [
              { unit: 'Thủy Nguyên', rank: 1, votes: 7, base: 8, share: 87.5, outcome: 'elected' },
              { unit: 'An Lão', rank: 3, votes: 2, base: 8, share: 25, outcome: 'below' },
            ],
          },
        ],
      },
    } as unknown as ClusterResult; // a hand-made vote: only the fields electedOf reads matter here
    expect(electedOf(counted)).toEqual([{ unit: 'Thủy Nguyên', award: 'Cờ thi đua' }]);
    expect(electedOf(scoreGrid(longWorkbook(), 'vi').result)).toEqual([]);
  });
});

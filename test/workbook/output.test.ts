/** The output sheets as grids, and where they go when sheets of their names exist. */
import { outputSheets, OUTPUT_NAMES, type OutputSheet } from '../../src/workbook/output';
import { placeOutputs } from '../../src/workbook/placement';
import { scoreGrid } from '../../src/workbook/pipeline';
import { AWARDS_ROWS, CRITERIA_HEADER_VI, DATA_HEADER_VI, longWorkbook, sheet, withSheet, workbook } from './grids';

function scored(lang: 'vi' | 'en' = 'vi'): OutputSheet[] {
  const s = scoreGrid(longWorkbook(), lang);
  expect(s.result.ok).toBe(true);
  return s.sheets;
}

describe('output sheets', () => {
  it('are the three sheets and the Warnings sheet, named in the chosen language', () => {
    expect(scored('vi').map((s) => [s.kind, s.name])).toEqual([
      ['results', 'Kết quả'],
      ['detail', 'Chi tiết điểm'],
      ['nominations', 'Đề nghị khen thưởng'],
      ['warnings', 'Cảnh báo'],
    ]);
    expect(scored('en').map((s) => s.name)).toEqual(['Results', 'Score detail', 'Nominations', 'Warnings']);
  });

  it('are not made while the workbook has errors', () => {
    const bad = withSheet(longWorkbook(), sheet('Khen thưởng', [AWARDS_ROWS[0]!, [1, 'Cờ', 'lung tung']]));
    const s = scoreGrid(bad, 'vi');
    expect(s.result.ok).toBe(false);
    expect(s.sheets).toEqual([]);
  });

  it('Kết quả: a row per unit in rank order, a column per top-level group', () => {
    const { result } = scoreGrid(longWorkbook(), 'vi');
    const k = outputSheets(result, 'vi')[0]!;
    expect(k.rows[2]!.slice(0, 4)).toEqual(['Hạng', 'Đơn vị', 'I. Kinh tế - xã hội', 'II. Công tác thi đua']);
    expect(k.rows.slice(3).map((r) => r[1])).toEqual(result.units.map((u) => u.unit));
    expect(k.columns).toHaveLength(k.rows[2]!.length);
  });

  it('Chi tiết điểm: a row per unit and leaf, with status words and an explanation', () => {
    const { result } = scoreGrid(longWorkbook(), 'vi');
    const d = outputSheets(result, 'vi')[1]!;
    const rows = d.rows.slice(3);
    expect(rows).toHaveLength(4 * 8);
    const tn11 = rows.find((r) => r[0] === 'Thủy Nguyên' && r[1] === '1.1')!;
    expect(tn11).toEqual([
      'Thủy Nguyên',
      '1.1',
      'Thu ngân sách',
      1000,
      1250.5,
      1.2505,
      'Vượt',
      22,
      20,
      'Báo cáo số 12/BC-UBND',
      'Tỷ lệ 1.250,5/1.000 = 125,05% → 20 × 100% + thưởng vượt 2 (tối đa 2) = 22',
    ]);
    const vb12 = rows.find((r) => r[0] === 'Vĩnh Bảo' && r[1] === '1.2')!;
    expect([vb12[6], vb12[7], vb12[8]]).toEqual(['Không giao chỉ tiêu', null, null]);
    const kt22 = rows.find((r) => r[0] === 'Kiến Thụy' && r[1] === '2.2')!;
    expect([kt22[4], kt22[6], kt22[7]]).toEqual(['Không đạt', 'Chưa đạt', 0]);
    // Status cells are coloured: exceeded green, below red.
    const at = (r: unknown[]) => d.rows.indexOf(r as never);
    expect(d.tones).toContainEqual({ row: at(tn11), col: 6, tone: 'good' });
    expect(d.tones).toContainEqual({ row: at(kt22), col: 6, tone: 'bad' });
  });

  it('Đề nghị khen thưởng: the draft, a vote marked Cần bình xét, then the units not proposed with reasons', () => {
    // Two units tied for one seat.
    const wb = workbook(
      sheet('Tiêu chí', [CRITERIA_HEADER_VI, ['1', 'Chấm điểm', null, 'chấm điểm', 10]]),
      sheet('Số liệu', [DATA_HEADER_VI, ['Bắc', '1', null, 8], ['An', '1', null, 8], ['Cao', '1', null, 5]]),
      sheet('Khen thưởng', [AWARDS_ROWS[0]!, [1, 'Cờ', 'toàn diện', 1]]),
    );
    const { result } = scoreGrid(wb, 'vi');
    const n = outputSheets(result, 'vi')[2]!;
    const text = n.rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join('|'));
    expect(text.slice(2)).toEqual([
      'STT|Đơn vị|Hình thức đề nghị|Tổng điểm|Hạng|Căn cứ',
      '1|An|Cờ|8|1|Cần bình xét: 2 đơn vị đồng hạng 1 cho 1 suất còn lại',
      '2|Bắc|Cờ|8|1|Cần bình xét: 2 đơn vị đồng hạng 1 cho 1 suất còn lại',
      '',
      'ĐƠN VỊ KHÔNG ĐƯỢC ĐỀ NGHỊ',
      'STT|Đơn vị||Tổng điểm|Hạng|Lý do',
      '1|Cao||5|3|Hết số lượng',
    ]);
    expect(n.tones).toEqual([
      { row: 3, col: 5, tone: 'neutral' },
      { row: 4, col: 5, tone: 'neutral' },
    ]);
    expect(OUTPUT_NAMES.nominations.vi).toBe(n.name);
  });
});

describe('placing the output sheets', () => {
  const sheets = scored();

  it('adds them when no sheet has their names', () => {
    const { placements, notes } = placeOutputs([{ name: 'Tiêu chí', marker: null }], sheets);
    expect(placements.map((p) => [p.name, p.reuse])).toEqual([
      ['Kết quả', false],
      ['Chi tiết điểm', false],
      ['Đề nghị khen thưởng', false],
      ['Cảnh báo', false],
    ]);
    expect(notes).toEqual([]);
  });

  it('reuses its own (marked) sheets, whatever their names', () => {
    const { placements, notes } = placeOutputs(
      [
        { name: 'Kết quả (2)', marker: 'results' },
        { name: 'Kết quả', marker: null },
        { name: 'Score detail', marker: 'detail' },
      ],
      sheets,
    );
    expect(placements.map((p) => [p.name, p.reuse])).toEqual([
      ['Kết quả (2)', true],
      ['Score detail', true],
      ['Đề nghị khen thưởng', false],
      ['Cảnh báo', false],
    ]);
    expect(notes).toEqual([]);
  });

  it('never touches a user’s sheet of the same name (any case): NAME (2), (3), … with a note', () => {
    const { placements, notes } = placeOutputs(
      [
        { name: 'KẾT QUẢ', marker: null },
        { name: 'Kết quả (2)', marker: null },
        { name: 'Chi tiết điểm', marker: null },
      ],
      sheets,
    );
    expect(placements.map((p) => [p.name, p.reuse])).toEqual([
      ['Kết quả (3)', false],
      ['Chi tiết điểm (2)', false],
      ['Đề nghị khen thưởng', false],
      ['Cảnh báo', false],
    ]);
    expect(notes.map((n) => [n.severity, n.sheet, n.cell, n.code, n.params])).toEqual([
      ['warning', 'KẾT QUẢ', 'A1', 'userSheetKept', { sheet: 'KẾT QUẢ', written: 'Kết quả (3)' }],
      ['warning', 'Chi tiết điểm', 'A1', 'userSheetKept', { sheet: 'Chi tiết điểm', written: 'Chi tiết điểm (2)' }],
    ]);
  });
});

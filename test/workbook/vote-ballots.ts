/** The ballots of worked example V (vote.md) on the Hải Phòng fixture, shared by the vote tests. */
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { sheet, workbook } from './grids';

export const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const V_AWARDS = {
  flag: 'Cờ thi đua của Chính phủ',
  city: 'Cờ thi đua của UBND thành phố',
  overall: 'Bằng khen của Chủ tịch UBND thành phố (toàn diện)',
  rural: 'Bằng khen của Chủ tịch UBND thành phố (chuyên đề xây dựng nông thôn mới)',
  reform: 'Bằng khen của Chủ tịch UBND thành phố (chuyên đề cải cách hành chính)',
};


/** Worked example V: award → candidate → the ballots (1–8) saying yes. */
export const V_YES: [string, string, number[]][] = [
  [V_AWARDS.flag, 'Thủy Nguyên', range(1, 7)],
  [V_AWARDS.city, 'Vĩnh Bảo', [...range(1, 6), 8]],
  [V_AWARDS.overall, 'An Lão', range(1, 5)],
  [V_AWARDS.overall, 'An Dương', range(1, 4)],
  [V_AWARDS.rural, 'Cát Hải', range(1, 5)],
  [V_AWARDS.reform, 'Tiên Lãng', range(1, 4)],
];

/** The `Phiếu bầu` sheet of example V (the long layout, every ballot × award × candidate). */
export function ballotRows(yes = V_YES, ballots = 8): Cell[][] {
  const rows: Cell[][] = [['Phiếu số', 'Hình thức', 'Đơn vị', 'Đồng ý']];
  for (let b = 1; b <= ballots; b++) for (const [award, unit, list] of yes) rows.push([b, award, unit, list.includes(b) ? 'x' : null]);
  return rows;
}


/**
 * Four units, one manual criterion; `Bằng khen` has 2 seats: U1 (rank 1), then U2 and U3 (both rank 2)
 * `Cần bình xét`; `Ngưỡng phiếu` 1/4; 4 ballots, `ballots[unit]` the ones saying yes.
 */
export function tinyVoteBook(ballots: Record<string, number[]>, settings: [string, Cell][] = []): WorkbookGrid {
  return workbook(
    sheet('Tiêu chí', [
      ['Mã', 'Tên tiêu chí', 'Loại', 'Điểm chuẩn'],
      ['A', 'Phong trào', 'chấm điểm', 10],
    ]),
    sheet('Số liệu', [
      ['Đơn vị', 'Mã tiêu chí', 'Thực hiện'],
      ['U1', 'A', 9],
      ['U2', 'A', 8],
      ['U3', 'A', 8],
      ['U4', 'A', 5],
    ]),
    sheet('Khen thưởng', [
      ['Thứ tự', 'Hình thức', 'Số lượng'],
      [1, 'Bằng khen', 2],
    ]),
    sheet('Cài đặt', [['Khóa', 'Giá trị'], ['Ngưỡng phiếu', '1/4'], ...settings]),
    sheet('Phiếu bầu', [
      ['Phiếu số', 'Hình thức', 'Đơn vị', 'Đồng ý'],
      ...[1, 2, 3, 4].flatMap((b) => ['U1', 'U2', 'U3'].map((u) => [b, 'Bằng khen', u, ballots[u]!.includes(b) ? 'có' : 'không'])),
    ]),
  );
}

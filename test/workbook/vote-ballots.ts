/** The ballots of worked example V (vote.md) on the Hải Phòng fixture, shared by the vote tests. */
import type { Cell } from '../../src/workbook/grid';

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


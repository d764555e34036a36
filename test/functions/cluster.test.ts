/**
 * THIDUA.RESULTS and NOMINATIONS on worked example A: each sheet of the fixture workbook passed as the
 * range Excel would pass, compared with example-a.expected.json; then ranges with blanks, text numbers,
 * error values and bad layouts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { errorCell, excelError, fixtureRanges, installCustomFunctions } from './excel-runtime';
import { nominations, rate, results, score } from '../../src/functions/functions';
import type { ResultJson } from '../../src/engine/json';

type Expected = Pick<ResultJson, 'units'> & {
  nominations: { award: string; unit: string; status: 'nominated' | 'vote' }[];
  notNominated: { unit: string }[];
};

const expected = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'example-a.expected.json'), 'utf8')) as Expected;

/** What Excel passes for an optional argument left out. */
const OMITTED = null as unknown as unknown[][];

let sheets: Map<string, unknown[][]>;
const sheet = (name: string): unknown[][] => structuredClone(sheets.get(name)!);
const ranges = (): [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] => [
  sheet('Tiêu chí'),
  sheet('Số liệu'),
  sheet('Đơn vị'),
  sheets.has('Khen thưởng') ? sheet('Khen thưởng') : OMITTED,
  sheets.has('Cài đặt') ? sheet('Cài đặt') : OMITTED,
];

beforeAll(async () => {
  installCustomFunctions();
  sheets = await fixtureRanges('example-a.xlsx');
});

/** The ranking table's rows as the fields of the expected JSON. */
function rowsOf(table: unknown[][]): { rank: unknown; unit: unknown; groups: Record<string, unknown>; bonus: unknown; penalty: unknown; total: unknown; percent: unknown; classification: unknown }[] {
  const header = table[0] as string[];
  const groupCols = header.slice(2, header.length - 5);
  return table.slice(1).map((row) => ({
    rank: row[0],
    unit: row[1],
    groups: Object.fromEntries(groupCols.map((label, i) => [label.split('.')[0], row[2 + i]])),
    bonus: row[header.length - 5],
    penalty: row[header.length - 4],
    total: row[header.length - 3],
    percent: row[header.length - 2],
    classification: row[header.length - 1],
  }));
}

const expectedRows = expected.units.map((u) => ({
  rank: u.rank,
  unit: u.unit,
  groups: u.groups,
  bonus: u.bonus,
  penalty: u.penalty,
  total: u.total,
  percent: u.percent,
  classification: u.classification,
}));

describe('THIDUA.RESULTS on example A', () => {
  it('spills the header row and the ranking of example-a.expected.json', () => {
    const table = results(...ranges());
    expect(table[0]).toEqual(['Hạng', 'Đơn vị', 'I. Kinh tế - xã hội', 'II. Công tác thi đua', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại']);
    expect(rowsOf(table)).toEqual(expectedRows);
    expect(table.every((row) => row.length === table[0]!.length)).toBe(true);
  });

  it('gives the same table when blanks come as null and the optional ranges are left out', () => {
    const [criteria, data, units] = ranges().map((r) => r?.map((row) => row.map((c) => (c === '' ? null : c))) ?? OMITTED);
    expect(rowsOf(results(criteria!, data!, units!, OMITTED, OMITTED))).toEqual(expectedRows);
    // Without the units sheet the units are those of the data: the same ranking (discipline plays no part in it).
    expect(rowsOf(results(criteria!, data!))).toEqual(expectedRows);
    // An optional range that is entirely blank counts as left out.
    expect(rowsOf(results(criteria!, data!, units!, [['', ''], ['', '']], [[null]]))).toEqual(expectedRows);
  });

  it('reads text numbers, and skips blank rows and title rows', () => {
    const [criteria, data, units] = ranges();
    const textual = data.map((row, i) => (i === 0 ? row : row.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c))));
    const withBlanks = [['BẢNG SỐ LIỆU THI ĐUA', '', '', '', '', '', ''], ['', '', '', '', '', '', ''], ...textual.slice(0, 10), ['', '', '', '', '', '', ''], ...textual.slice(10)];
    const titled = [['TIÊU CHÍ CHẤM ĐIỂM'].concat(Array(criteria[0]!.length - 1).fill('')), ...criteria];
    expect(rowsOf(results(titled, withBlanks, units))).toEqual(expectedRows);
  });

  it('agrees with SCORE and RATE on every target figure (L of 1.4 from RATE)', () => {
    const table = results(...ranges());
    const data = sheet('Số liệu').slice(1);
    const figure = (unit: string, code: string): unknown[] => data.find((r) => r[0] === unit && r[1] === code)!;
    const leader = Math.max(...['A', 'B', 'C', 'D', 'E'].map((u) => rate(figure(u, '1.4')[3], figure(u, '1.4')[2])));
    expect(leader).toBe(2);
    for (const u of expected.units) {
      const [t11, t12, t13, t14] = ['1.1', '1.2', '1.3', '1.4'].map((c) => figure(u.unit, c));
      const points = [
        score(t11![3], t11![2], 20, 'tỷ lệ', 0.1, 2),
        score(t12![3], t12![2], 15, 'ngưỡng'),
        score(t13![3], t13![2], 10, null, 0.05, 1, 'giảm'),
        score(t14![3], t14![2], 15, 'so với dẫn đầu', null, null, null, leader),
      ];
      expect(points).toEqual(['1.1', '1.2', '1.3', '1.4'].map((c) => u.criteria[c]!.points));
    }
    expect(table.length).toBe(expected.units.length + 1);
  });
});

describe('THIDUA.NOMINATIONS on example A', () => {
  it('lists the nominations of example-a.expected.json, then the units not proposed with their reasons', () => {
    const table = nominations(...ranges());
    expect(table[0]).toEqual(['Hình thức', 'Đơn vị', 'Trạng thái', 'Căn cứ / Lý do']);
    const proposed = table.slice(1).filter((r) => r[2] !== 'Không đề nghị');
    expect(proposed.map((r) => ({ award: r[0], unit: r[1], status: r[2] === 'Đề nghị' ? 'nominated' : 'vote' }))).toEqual(expected.nominations);
    expect(proposed.every((r) => typeof r[3] === 'string' && r[3] !== '')).toBe(true);
    const left = table.slice(1 + proposed.length);
    expect(left.map((r) => r[1])).toEqual(expected.notNominated.map((n) => n.unit));
    expect(left).toEqual([
      ['', 'D', 'Không đề nghị', 'Bị kỷ luật'],
      ['', 'C', 'Không đề nghị', 'Chưa đạt tiêu chí bắt buộc 2.2'],
    ]);
  });

  it('uses the default awards when the awards range is left out', () => {
    const [criteria, data, units] = ranges();
    const table = nominations(criteria, data, units);
    expect(table[1]!.slice(0, 3)).toEqual(['Cờ thi đua của UBND tỉnh/thành phố', 'B', 'Đề nghị']);
  });
});

describe('RESULTS and NOMINATIONS with errors in the ranges', () => {
  it('names the first error’s cell within the range when Excel gives no address', () => {
    const [criteria, data, units] = ranges();
    criteria[2]![7] = 'một phần mười'; // H3: Thưởng mỗi 1% vượt of 1.1
    const e = excelError(() => results(criteria, data, units));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('Vùng “tiêu_chí”, ô H3 tính trong vùng: “một phần mười” không phải là số (cột “Thưởng mỗi 1% vượt”).');
  });

  it('names the user’s sheet and cell from the parameter addresses, and counts the other errors', () => {
    const [criteria, data, units] = ranges();
    criteria[2]![7] = 'một phần mười';
    data[3]![3] = errorCell('#N/A'); // D4 of the range: Thực hiện of A, 1.3
    const addresses = ["'Bảng điểm'!$B$3:$L$14", 'Dữ liệu!C5:I49', 'Sheet3!A1:C6', '', ''];
    const e = excelError(() => results(criteria, data, units, OMITTED, OMITTED, { parameterAddresses: addresses }));
    expect(e.message).toBe(
      'Bảng điểm!I5: “một phần mười” không phải là số (cột “Thưởng mỗi 1% vượt”). (còn 1 lỗi khác, xem đầy đủ trong ngăn Thi đua)',
    );
    criteria[2]![7] = 0.1;
    const n = excelError(() => nominations(criteria, data, units, OMITTED, OMITTED, { parameterAddresses: addresses }));
    expect(n.message).toMatch(/^Dữ liệu!F8: Ô chứa lỗi Excel #N\/A/);
  });

  it('refuses an ambiguous number ("1.000": 1 or 1000) that the pane would only warn about', () => {
    const [criteria, data, units] = ranges();
    data[1]![2] = '1.000'; // C2 of the range: the target of the first row
    const e = excelError(() => results(criteria, data, units));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('Vùng “số_liệu”, ô C2 tính trong vùng: “1.000” có thể là 1000 hoặc 1; công thức không tự đoán: hãy nhập 1000 nếu là số hàng nghìn, hoặc 1 nếu là số thập phân.');
  });

  it('reports a range without the required headers, and a unit missing from the units range', () => {
    const [criteria, data, units] = ranges();
    const headerless = excelError(() => results(criteria.slice(1), data, units));
    expect(headerless.message).toContain('Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc (Mã, Tên tiêu chí, Loại, Điểm chuẩn)');
    const fewerUnits = units.filter((r) => r[0] !== 'E');
    expect(excelError(() => nominations(criteria, data, fewerUnits)).message).toContain('Đơn vị “E” không có trong trang “Đơn vị”');
  });
});

/**
 * THIDUA.RESULTS over ranges holding a figure the pane reads one way of two (issue 10): a formula
 * cannot show the pane's warning, so it refuses with #VALUE! naming both readings.
 */
import { excelError, fixtureRanges, installCustomFunctions } from './excel-runtime';
import { results } from '../../src/functions/functions';

let sheets: Map<string, unknown[][]>;
const sheet = (name: string): unknown[][] => structuredClone(sheets.get(name)!);

beforeAll(async () => {
  installCustomFunctions();
  sheets = await fixtureRanges('example-a.xlsx');
});

describe('a figure read one way of two', () => {
  it('"87,9%" against a plain target 100 is refused in a formula, naming both readings', () => {
    const data = sheet('Số liệu');
    data[1]![3] = '87,9%'; // D2 of the range: the actual of A, 1.1 (target 100)
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'Vùng “số_liệu”, ô D2 tính trong vùng: “87,9%” có thể là 87,9 hoặc 0,879; công thức không tự đoán (ngăn Thi đua đọc là 87,9 và cảnh báo): hãy nhập lại cho rõ.',
    );
  });

  it('"1.200" against the target 100 keeps the message of ambiguous number text (thousands first)', () => {
    const data = sheet('Số liệu');
    data[1]![3] = '1.200'; // the pane reads 1200 (12 × the target 100; 1,2 would be 0,012 ×)
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.message).toBe(
      'Vùng “số_liệu”, ô D2 tính trong vùng: “1.200” có thể là 1200 hoặc 1,2; công thức không tự đoán: hãy nhập 1200 nếu là số hàng nghìn, hoặc 1,2 nếu là số thập phân.',
    );
  });
});

/**
 * THIDUA.RESULTS over ranges holding a figure the pane reads one way of two (issue 10): a formula
 * cannot show the pane's warning, so it refuses with #VALUE! naming both readings. And over ranges
 * holding a bare number a formula cannot read for sure, since Excel passes it no number format:
 * 0,879 (87,9% in a percent cell) against 100, 45413 (the date 01/05/2024) against 100.
 */
import { excelError, fixtureRanges, installCustomFunctions, officeLanguage } from './excel-runtime';
import { nominations, results } from '../../src/functions/functions';

let sheets: Map<string, unknown[][]>;
const sheet = (name: string): unknown[][] => structuredClone(sheets.get(name)!);

beforeAll(async () => {
  installCustomFunctions();
  sheets = await fixtureRanges('example-a.xlsx');
});

describe('a figure read one way of two', () => {
  it('"87,9%" against a plain target 100 is refused in a formula, naming both readings and how to write it', () => {
    const data = sheet('Số liệu');
    data[1]![3] = '87,9%'; // D2 of the range: the actual of A, 1.1 (target 100)
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'Vùng “số_liệu”, ô D2 tính trong vùng: “87,9%” có thể là 87,9 hoặc 0,879; công thức không tự đoán (ngăn Thi đua đọc là 87,9 và cảnh báo): nếu là 87,9, hãy nhập 87,9 (một số, không kèm %; Chỉ tiêu và Thực hiện cùng là số).',
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

/** Sets (or removes) the Office global, whose display language the functions answer in. */
describe('a bare number whose format a formula cannot see (Excel passes values, not formats)', () => {
  afterEach(() => officeLanguage(undefined));

  it('0,879 (a cell showing 87,9%) against the target 100 is refused, naming the cell and saying percent', () => {
    const data = sheet('Số liệu');
    data[1]![3] = 0.879; // D2 of the range: the actual of A, 1.1 (target 100)
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'Vùng “số_liệu”, ô D2 tính trong vùng: Ô có giá trị 0,879, tức 87,9% nếu ô định dạng phần trăm; chỉ cách đọc 87,9 cho tỷ lệ Thực hiện/Chỉ tiêu (87,9/100) trong khoảng 1/20 đến 20. Công thức không thấy định dạng ô nên không tự đoán: hãy nhập 87,9 thay cho 87,9% (ô định dạng Số, Chỉ tiêu và Thực hiện cùng là số); nếu đúng là 0,879, hãy chấm bằng ngăn Thi đua (ngăn thấy định dạng ô).',
    );
  });

  it('says so in English too, at the user’s own cell when Excel gives the addresses', () => {
    officeLanguage('en-US');
    const data = sheet('Số liệu');
    data[1]![3] = 0.879;
    const addresses = ['Criteria!A1:K12', "'Số liệu'!B3:H45", 'Units!A1:C6', '', ''];
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị'), undefined, undefined, { parameterAddresses: addresses } as CustomFunctions.Invocation));
    expect(e.message).toMatch(/^Số liệu!E4: The cell holds 0\.879, that is 87\.9% if the cell is formatted as a percent; .* enter 87\.9 instead of 87\.9% /);
  });

  it('a target of 90 % (0,9) against an actual 85 is refused at the target', () => {
    const data = sheet('Số liệu');
    data[2]![2] = 0.9; // C3: the target of A, 1.2 (actual 95)
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.message).toMatch(/^Vùng “số_liệu”, ô C3 tính trong vùng: Ô có giá trị 0,9, tức 90% .* hãy nhập 90 thay cho 90%/);
  });

  it('a date serial (01/05/2024 is 45413) against the target 100 is refused, naming the cell and the date', () => {
    const data = sheet('Số liệu');
    data[1]![3] = 45_413;
    const e = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị')));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'Vùng “số_liệu”, ô D2 tính trong vùng: Số 45413 (cột “Thực hiện”) có thể là ngày 01/05/2024: Excel lưu ngày 01/05/2024 là số 45413, và công thức không thấy định dạng ô. Số này lớn hơn 20 lần số liệu cùng dòng (100). Nếu ô là ngày tháng, hãy định dạng ô là Số (Number) và nhập lại số liệu; nếu đúng là 45413, hãy kiểm tra lại số liệu cùng dòng; nếu cả hai đều đúng, hãy điền “Năm” trong vùng Cài đặt (khi đó chỉ số trùng một ngày quanh năm thi đua mới bị coi là ngày) hoặc nhập số này dưới dạng chữ (gõ \'45413).',
    );
    officeLanguage('en');
    const en = excelError(() => results(sheet('Tiêu chí'), data, sheet('Đơn vị'))).message;
    expect(en).toMatch(/D2.*The number 45413 \(column “Thực hiện”\) may be the date 01\/05\/2024/);
    expect(en).toContain('fill in “Năm” (Year) in the settings range');
  });

  it('THIDUA.NOMINATIONS, which scores the same ranges, refuses them too', () => {
    const data = sheet('Số liệu');
    data[1]![3] = 0.879;
    expect(excelError(() => nominations(sheet('Tiêu chí'), data, sheet('Đơn vị'), sheet('Khen thưởng'))).message).toMatch(/ô D2 .* hãy nhập 87,9 thay cho 87,9%/);
  });

  it('plausible values score as before: 0,9 against 1, 95 against 100, large figures of one scale', () => {
    const before = results(sheet('Tiêu chí'), sheet('Số liệu'), sheet('Đơn vị'));
    const data = sheet('Số liệu');
    // The same ratios written at another scale: 1.1 of A 120/100 as 1,2/1; 1.2 of A 95/100 as 0,95/1.
    data[1]![2] = 1;
    data[1]![3] = 1.2;
    data[2]![2] = 1;
    data[2]![3] = 0.95;
    // 1.1 of B 180/180 as a revenue in millions, at a date serial's size.
    data[10]![2] = 45_413;
    data[10]![3] = 45_413;
    expect(results(sheet('Tiêu chí'), data, sheet('Đơn vị'))).toEqual(before);
  });
});

/** A settings range holding the cluster's year, `Năm`. */
const settingsWithYear = (year: unknown): unknown[][] => [
  ['Khóa', 'Giá trị'],
  ['Năm', year],
];

describe('a date suspected only near the cluster’s year (Năm) when the settings range gives it', () => {
  afterEach(() => officeLanguage(undefined));

  /** The data with B's 1.1 (row 11 of the range: target C11, actual D11) set to a target and an actual. */
  const dataWith = (target: unknown, actual: unknown): unknown[][] => {
    const data = sheet('Số liệu');
    data[10]![2] = target;
    data[10]![3] = actual;
    return data;
  };
  const call = (data: unknown[][], settings?: unknown[][]): unknown => results(sheet('Tiêu chí'), data, sheet('Đơn vị'), undefined, settings);

  it('a real target of 50 000 people against an actual of 1 500 scores when the year is 2024 (50000 is 21/11/2036)', () => {
    const table = call(dataWith(50_000, 1_500), settingsWithYear(2024)) as unknown[][];
    expect(table.length).toBeGreaterThan(1);
    // The same ranking as the pair written at one scale (500 / 15): the figures were taken as given.
    expect(table).toEqual(call(dataWith(500, 15), settingsWithYear(2024)));
  });

  it('without the year it is still refused, the message saying to fill in Năm', () => {
    const e = excelError(() => call(dataWith(50_000, 1_500)));
    expect(e.message).toMatch(/^Vùng “số_liệu”, ô C11 tính trong vùng: Số 50000 \(cột “Chỉ tiêu”\) có thể là ngày 21\/11\/2036/);
    expect(e.message).toContain('hãy điền “Năm” trong vùng Cài đặt');
  });

  it('a date of the year, or of the years beside it, is still refused, naming the year (vi and en)', () => {
    const vi = excelError(() => call(dataWith(180, 45_413), settingsWithYear(2024)));
    expect(vi.code).toBe('#VALUE!');
    expect(vi.message).toBe(
      'Vùng “số_liệu”, ô D11 tính trong vùng: Số 45413 (cột “Thực hiện”) có thể là ngày 01/05/2024, gần năm thi đua 2024: Excel lưu ngày 01/05/2024 là số 45413, và công thức không thấy định dạng ô. Số này lớn hơn 20 lần số liệu cùng dòng (180). Nếu ô là ngày tháng, hãy định dạng ô là Số (Number) và nhập lại số liệu; nếu đúng là 45413, hãy kiểm tra lại số liệu cùng dòng; nếu cả hai đều đúng, hãy nhập số này dưới dạng chữ (gõ \'45413).',
    );
    // 01/05/2024 with the year 2023 or 2025: the year beside it.
    expect(excelError(() => call(dataWith(180, 45_413), settingsWithYear(2025))).message).toContain('gần năm thi đua 2025');
    expect(excelError(() => call(dataWith(180, 45_413), settingsWithYear(2023))).message).toContain('có thể là ngày 01/05/2024');
    officeLanguage('en-US');
    const en = excelError(() => call(dataWith(45_413, 95), settingsWithYear(2024))).message;
    expect(en).toMatch(/^Range “data”, cell C11 counted within the range: The number 45413 \(column “Chỉ tiêu”\) may be the date 01\/05\/2024, near the cluster’s year 2024/);
    expect(en).toContain("enter the number as text (type '45413)");
  });

  it('a date two years from the cluster’s year is taken as given (01/05/2024 in a cluster of 2027)', () => {
    expect(() => call(dataWith(180, 45_413), settingsWithYear(2027))).not.toThrow();
  });

  it('fuzz: with the year, plausible pairs of any size and real figures of a serial’s size outside the window all score', () => {
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 60; i++) {
      const year = 2020 + Math.floor(random() * 10);
      const target = Math.round(10 ** (random() * 6)) + 1;
      const plausibleActual = Math.max(1, Math.round(target * 20 ** (random() * 2 - 1)));
      if (plausibleActual / target >= 1 / 20 && plausibleActual / target <= 20) expect(() => call(dataWith(target, plausibleActual), settingsWithYear(year))).not.toThrow();
      // A whole figure in the serials of 2000..2099 but not of year−1..year+1, against a figure under 1/20 of it.
      let big = 36_526 + Math.floor(random() * 36_525);
      while (big >= 43_831 + 365 * (year - 2021) - 366 && big <= 43_831 + 365 * (year - 2018) + 366) big = 36_526 + Math.floor(random() * 36_525);
      const small = 2 + Math.floor(random() * (big / 20 - 3));
      expect(() => call(dataWith(big, small), settingsWithYear(year))).not.toThrow();
    }
  });

  it('the escape the message gives: the number typed as text is read as typed', () => {
    expect(() => call(dataWith(180, '45413'), settingsWithYear(2024))).not.toThrow();
    expect(() => call(dataWith('50000', 1_500))).not.toThrow();
  });
});

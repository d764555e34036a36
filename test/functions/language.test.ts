/**
 * The custom functions answer in Office's display language, as the pane does: `vi…` → Vietnamese,
 * any other language → English, and Vietnamese when Office does not say. Their error messages (with
 * the parameter names the tooltip of that language shows), their words and their table headers.
 */
import { errorCell, excelError, fixtureRanges, installCustomFunctions, officeLanguage } from './excel-runtime';
import { explanation, nominations, rank, rate, results, score, status, vote } from '../../src/functions/functions';
import { displayLang } from '../../src/functions/lang';

const OMITTED = null as unknown as unknown[][];

/** Sets (or removes) the Office global as the shared runtime has it. */
let sheets: Map<string, unknown[][]>;
const ranges = (): [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] => [
  structuredClone(sheets.get('Tiêu chí')!),
  structuredClone(sheets.get('Số liệu')!),
  structuredClone(sheets.get('Đơn vị')!),
  OMITTED,
  OMITTED,
];

beforeAll(async () => {
  installCustomFunctions();
  sheets = await fixtureRanges('example-a.xlsx');
});
afterEach(() => officeLanguage(undefined));

describe('the language', () => {
  it('follows Office.context.displayLanguage: vi… Vietnamese, anything else English, unknown Vietnamese', () => {
    for (const [code, lang] of [['vi-VN', 'vi'], ['vi', 'vi'], ['en-US', 'en'], ['en-GB', 'en'], ['fr-FR', 'en'], ['', 'vi'], [undefined, 'vi']] as const) {
      officeLanguage(code);
      expect(displayLang()).toBe(lang);
    }
  });

  it('is read at each call, so a change of Office language shows at the next recalculation', () => {
    officeLanguage('vi-VN');
    expect(status(95, 100)).toBe('Chưa đạt');
    officeLanguage('en-US');
    expect(status(95, 100)).toBe('Below');
  });
});

describe('in English Office', () => {
  beforeEach(() => officeLanguage('en-US'));

  it('words: statuses, explanations, vote outcomes', () => {
    expect([status(120, 100), status(100, 100), status(95, 100), status('', 100), status(5, '')]).toEqual(['Exceeded', 'Met', 'Below', 'Missing data', 'Not assigned']);
    expect(explanation(120, 100, 20, 'proportional', 0.1, 2)).toBe('Ratio 120/100 = 120% → 20 × 100% + over-target bonus 2 (cap 2) = 22');
    expect(vote(5, 8)).toBe('Elected');
  });

  it('error messages name the parameters as English Excel’s tooltip does', () => {
    const e = excelError(() => rate('abc', 100));
    expect([e.code, e.message]).toEqual(['#VALUE!', '“actual”: “abc” is not a number.']);
    expect(excelError(() => rate(5, 100, 'sideways')).message).toBe('“sideways” is not valid for “direction”; use: tăng, giảm (higher, lower).');
    expect(excelError(() => score(50, 100, '')).message).toBe('“max” is missing.');
    expect(excelError(() => score(50, -1, 10)).message).toBe('“target” cannot be negative (-1).');
    expect(excelError(() => rate([[1, 2]], 100)).message).toBe('“actual” must be one cell, not a range of 2 cells.');
    expect(excelError(() => rate(5, '')).message).toBe('No target assigned (the target is blank, or 0 when higher is better): not counted.');
    expect(excelError(() => rate('', 5)).message).toBe('No actual figure: no ratio yet.');
    expect(excelError(() => score(150, 100, 20, 'relative')).message).toBe(
      'Relative method: the ratio is over 100%, so “bestRatio” (the best ratio of the cluster) is needed for the points.',
    );
    expect(excelError(() => rank(7, [[1], [2]])).message).toBe('This value (with its tie-break values) is not in the column of values.');
    expect(excelError(() => rank(1, [[1], [2]], [[[1]], [[1], [2], [3]]])).message).toBe(
      'The range “tieBreaks 1 (column)” has 3 cells; it must have as many as “values” (2 cells).',
    );
    expect(excelError(() => rank(1, [[1], ['x']])).message).toBe('“values, cell 2”: “x” is not a number.');
    expect(excelError(() => rank(1, [[1], [2]], [[['sideways']]])).message).toContain('“sideways” is not valid in the last argument of THIDUA.RANK');
    expect(excelError(() => vote(9, 8)).message).toBe('“votes” (9) is more than “base” (8).');
    expect(excelError(() => vote(2.5, 8)).message).toBe('“votes”: 2.5 must be a whole number (of votes).');
    expect(excelError(() => vote(1, 0)).message).toBe('“base” must be more than 0.');
    expect(excelError(() => vote(1, 8, 'most')).message).toBe('“threshold”: “most” is neither a majority nor a share (70%, 2/3, 0.7).');
  });

  it('RESULTS and NOMINATIONS: English headers and words, the same figures', () => {
    const table = results(...ranges());
    expect(table[0]!.slice(0, 2)).toEqual(['Rank', 'Unit']);
    expect(table[0]!.slice(-5)).toEqual(['Bonus', 'Deductions', 'Total', 'Percent', 'Classification']);
    officeLanguage('vi-VN');
    const vi = results(...ranges());
    expect(vi[0]!.slice(0, 2)).toEqual(['Hạng', 'Đơn vị']);
    expect(vi[0]!.slice(-5)).toEqual(['Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại']);
    expect(vi.slice(1)).toEqual(table.slice(1));

    officeLanguage('en-US');
    const noms = nominations(...ranges());
    expect(noms[0]).toEqual(['Award', 'Unit', 'Status', 'Basis / reason']);
    const statuses = new Set(noms.slice(1).map((r) => r[2]));
    expect([...statuses].every((s) => ['Proposed', 'Vote needed', 'Not proposed'].includes(String(s)))).toBe(true);
    expect(noms.slice(1).some((r) => String(r[3]).startsWith('Rank '))).toBe(true);
  });

  it('an error in the ranges is told in English, at the user’s cell', () => {
    const [criteria, data, units] = ranges();
    const row = data.findIndex((r) => r.some((c) => typeof c === 'number'));
    const col = data[row]!.findIndex((c) => typeof c === 'number');
    data[row]![col] = errorCell('#DIV/0!');
    const e = excelError(() => results(criteria, data, units, OMITTED, OMITTED, { parameterAddresses: ['Crit!A1:L20', 'Data!B2:H60'] } as CustomFunctions.Invocation));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Data![A-Z]+\d+: The cell holds the Excel error #DIV\/0!; fix the formula or enter a value\.$/);
  });
});

describe('in Vietnamese Office (and when Office does not say)', () => {
  it('answers as before', () => {
    for (const code of ['vi-VN', undefined]) {
      officeLanguage(code);
      expect(excelError(() => rate('abc', 100)).message).toBe('“thực_hiện”: “abc” không phải là số.');
      expect(excelError(() => vote(9, 8)).message).toBe('“số_phiếu” (9) lớn hơn “tính_trên” (8).');
      expect(explanation(120, 100, 20, 'tỷ lệ', 0.1, 2)).toBe('Tỷ lệ 120/100 = 120% → 20 × 100% + thưởng vượt 2 (tối đa 2) = 22');
      expect(nominations(...ranges())[0]).toEqual(['Hình thức', 'Đơn vị', 'Trạng thái', 'Căn cứ / Lý do']);
    }
  });
});

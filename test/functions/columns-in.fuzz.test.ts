/**
 * The data range read straight into columns (src/functions/columns-in.ts) against the sheet reader,
 * on random ranges as Excel could pass them: headers shuffled, left out, doubled or near; cells that
 * are numbers (finite or not), number text in every style, percent and date text, codes and units
 * written several ways, booleans, blanks (null, undefined, "", spaces), Excel errors and data-type
 * objects; short and lone rows. Both paths must give the same diagnostics, columns, entries, model
 * and scored cluster.
 */
import fc from 'fast-check';
import { errorCell, fixtureRanges, installCustomFunctions, unseenFormatGrid } from './excel-runtime';
import { toRows } from '../../src/functions/args';
import { DataRangeSheet } from '../../src/functions/columns-in';
import type { EntryColumns } from '../../src/engine/columns';
import { checkGrid } from '../../src/workbook/check';
import type { SheetGrid } from '../../src/workbook/grid';
import { readWorkbook } from '../../src/workbook/read';

let criteria: unknown[][];
let units: unknown[][];

beforeAll(async () => {
  installCustomFunctions();
  const sheets = await fixtureRanges('example-a.xlsx');
  criteria = sheets.get('Tiêu chí')!;
  units = sheets.get('Đơn vị')!;
});

const HEADERS = ['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tự chấm', 'Điểm thẩm định', 'Minh chứng', 'Ghi chú'];
const header = fc.oneof(
  { weight: 3, arbitrary: fc.shuffledSubarray(HEADERS, { minLength: 2 }).map((h) => (h.includes('Đơn vị') && h.includes('Mã tiêu chí') ? h : ['Đơn vị', 'Mã tiêu chí', ...h])) },
  { weight: 1, arbitrary: fc.constant(['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu giao 2024', 'Thực hiện (tỷ đồng)', 'Tự chấm', 'Thực hiện', 'Cột lạ', 'Minh chứng', 'Minh chứng']) },
  { weight: 1, arbitrary: fc.constant(['Unit', 'Criterion', 'Target', 'Actual', 'Self score', 'Appraised score', 'Evidence']) },
);

const numberText = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ',', ''), fc.constantFrom('.', ',', ''), fc.constantFrom('', '%'), fc.constantFrom('', '-'))
  .map(([int, frac, group, dec, pct, sign]) => `${sign}${String(int).replace(/\B(?=(\d{3})+(?!\d))/g, group)}${dec && frac ? `${dec}${frac}` : ''}${pct}`);

/** A cell as Excel passes it into a function. */
const excelCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -5, max: 300 }) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 1000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, 1e16, 45413) },
  { weight: 3, arbitrary: numberText },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, '', ' ', '\u00a0') },
  { weight: 2, arbitrary: fc.constantFrom('đạt', 'không đạt', 'có', 'x', 'abc', '01/05/2024', 'QĐ 12/QĐ-UBND', true, false) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!').map((code) => errorCell(code)) },
  { weight: 1, arbitrary: fc.constantFrom(121, '', 'A').map((basicValue) => ({ type: 'Double', basicValue })) },
);
const unitCell = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('A', 'B', 'C', 'D', 'E') }, { weight: 1, arbitrary: fc.constantFrom(' A ', 'A'.normalize('NFD'), 'F', '', null) }, { weight: 1, arbitrary: excelCell });
const codeCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', 'T1', 'T2') },
  { weight: 1, arbitrary: fc.constantFrom(1.1, 2.3, 'I', 'X.9', '', null) },
  { weight: 1, arbitrary: excelCell },
);

/** A data range: its header (maybe under a title row) and rows laid out under it. */
const range = fc
  .tuple(header, fc.boolean(), fc.array(fc.tuple(unitCell, codeCell, fc.array(excelCell, { minLength: 0, maxLength: 9 })), { maxLength: 18 }), fc.integer({ min: 0, max: 30 }))
  .map(([head, title, rows, lone]) => {
    const out: unknown[] = title ? [['SỐ LIỆU NĂM 2024'], head] : [head];
    const ui = head.findIndex((h) => h === 'Đơn vị' || h === 'Unit');
    const ci = head.findIndex((h) => h === 'Mã tiêu chí' || h === 'Criterion');
    for (const [u, c, rest] of rows) {
      const row: unknown[] = [...rest];
      row[ui] = u;
      row[ci] = c;
      out.push(row);
    }
    // Now and then a row that is a lone value rather than an array.
    if (lone < rows.length) out.splice(lone + 1, 0, 'A');
    return out;
  });

function sheetsOf(data: unknown, path: 'old' | 'new'): SheetGrid[] {
  return [
    { name: 'Tiêu chí', rows: toRows(criteria) },
    // A function cannot see number formats: the grid it stands for has them all `unseen`.
    path === 'new' ? new DataRangeSheet('Số liệu', data) : unseenFormatGrid('Số liệu', data),
    { name: 'Đơn vị', rows: toRows(units) },
  ];
}

function snapshot(data: unknown, path: 'old' | 'new'): unknown {
  const read = readWorkbook({ sheets: sheetsOf(data, path) });
  const c = (read.model as { columns?: EntryColumns } | null)?.columns;
  const columns = c && {
    codes: c.codes,
    unitNames: c.unitNames,
    present: [...c.present],
    rows: Array.from({ length: c.length }, (_, r) => JSON.parse(JSON.stringify(c.entry(r))) as unknown),
  };
  return { diagnostics: read.diagnostics, summary: read.summary, columns, model: JSON.parse(JSON.stringify(read.model)) as unknown };
}

describe('random data ranges: the straight reading gives what the sheet reader gives', () => {
  it('the same diagnostics, columns, entries, model and scored cluster', () => {
    fc.assert(
      fc.property(range, (data) => {
        expect(snapshot(data, 'new')).toEqual(snapshot(data, 'old'));
        const scored = (path: 'old' | 'new'): string => JSON.stringify(checkGrid({ sheets: sheetsOf(data, path) }).result);
        expect(scored('new')).toBe(scored('old'));
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});

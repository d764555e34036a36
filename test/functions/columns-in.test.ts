/**
 * The `Số liệu` range read straight into the figures' columns (src/functions/columns-in.ts) against
 * the sheet reader it stands for (the range as a grid, then readTable and readLongColumns): the same
 * diagnostics in the same order, the same columns, the same entries with the same cells, the same
 * scored cluster — on every fixture, on a generated cluster and on ranges with bad cells. Also the
 * idle instances kept so that the reading's compiled code outlives garbage collections.
 */
import { errorCell, excelError, fixtureRanges, installCustomFunctions, unseenFormatGrid } from './excel-runtime';
import { toCell, toRows } from '../../src/functions/args';
import { DataRangeSheet } from '../../src/functions/columns-in';
import { IDLE_RANGE_READER, keptRangeRow, readDataRange } from '../../src/workbook/read-range';
import { results } from '../../src/functions/functions';
import { forgetScored } from '../../src/functions/recalc-cache';
import { nominationsTable, resultsTable } from '../../src/functions/tables';
import { DiagnosticList } from '../../src/engine/diagnostics';
import { EntryColumnsBuilder, type EntryColumns } from '../../src/engine/columns';
import type { Criterion } from '../../src/engine/model';
import { checkGrid } from '../../src/workbook/check';
import type { SheetGrid } from '../../src/workbook/grid';
import { readWorkbook } from '../../src/workbook/read';
import { TableRow } from '../../src/workbook/table';
import { idleScored, keptShapes } from '../../src/functions/warm-shapes';
import { generateCluster } from '../support/generate-cluster';

const FIXTURES = ['example-a', 'cong-an-cum-347', 'hai-phong-huyen-2024'];
const ROLES = ['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', 'Cài đặt'];

type Ranges = Map<string, unknown>;

let fixtures: Map<string, Map<string, unknown[][]>>;

beforeAll(async () => {
  installCustomFunctions();
  fixtures = new Map();
  for (const name of FIXTURES) fixtures.set(name, await fixtureRanges(`${name}.xlsx`));
});

beforeEach(() => forgetScored());

/**
 * The ranges as the functions' workbook: the data as a grid (`old`) or as the range reading itself.
 * The grid's number formats are `unseen`: a function gets bare values, so it must read 0,879 against
 * 100 as a possible 87,9 % and 45413 against 95 as a possible date, where a sheet reader sees the
 * cell's format (a grid without shapes: General, read as given).
 */
function sheetsOf(ranges: Ranges, path: 'old' | 'new'): SheetGrid[] {
  return ROLES.filter((n) => ranges.has(n)).map((n) =>
    n !== 'Số liệu' ? { name: n, rows: toRows(ranges.get(n)) } : path === 'new' ? new DataRangeSheet(n, ranges.get(n)) : unseenFormatGrid(n, ranges.get(n)),
  );
}

/** Everything the columns hold, each row's entry with its cells. */
function columnsSnapshot(c: EntryColumns | undefined): unknown {
  if (!c) return null;
  return {
    length: c.length,
    unitNames: c.unitNames,
    codes: c.codes,
    unit: [...c.unit],
    criterion: [...c.criterion],
    present: [...c.present],
    // Only the figures present mean anything (a slot not set is 0 in either path).
    target: Array.from({ length: c.length }, (_, r) => c.targetOf(r)),
    actual: Array.from({ length: c.length }, (_, r) => c.actualOf(r)),
    self: Array.from({ length: c.length }, (_, r) => c.selfOf(r)),
    appraised: Array.from({ length: c.length }, (_, r) => c.appraisedOf(r)),
    entries: Array.from({ length: c.length }, (_, r) => JSON.parse(JSON.stringify(c.entry(r))) as unknown),
  };
}

function readBoth(ranges: Ranges): { old: unknown; new: unknown } {
  const snap = (path: 'old' | 'new'): unknown => {
    const read = readWorkbook({ sheets: sheetsOf(ranges, path) });
    const columns = columnsSnapshot((read.model as { columns?: EntryColumns } | null)?.columns);
    return { diagnostics: read.diagnostics, summary: read.summary, columns, model: JSON.parse(JSON.stringify(read.model)) as unknown };
  };
  return { old: snap('old'), new: snap('new') };
}

/** The scored cluster as JSON, with the RESULTS and NOMINATIONS tables made from it (Vietnamese and English). */
function scoreBoth(ranges: Ranges): { old: string; new: string } {
  const json = (path: 'old' | 'new'): string => {
    const result = checkGrid({ sheets: sheetsOf(ranges, path) }).result;
    const tables = result.ok ? (['vi', 'en'] as const).map((lang) => [resultsTable(result, lang), nominationsTable(result, lang)]) : null;
    return JSON.stringify({ result, tables });
  };
  return { old: json('old'), new: json('new') };
}

function expectSame(ranges: Ranges): void {
  const read = readBoth(ranges);
  expect(read.new).toEqual(read.old);
  const scored = scoreBoth(ranges);
  expect(scored.new).toBe(scored.old);
}

/** A fixture's ranges, copied (each case changes its own copy). */
function fixture(name: string): Map<string, unknown[][]> {
  return new Map([...fixtures.get(name)!].map(([k, v]) => [k, structuredClone(v)]));
}

/** Example A with its data range changed by `change`. */
function exampleWith(change: (data: unknown[][]) => unknown): Ranges {
  const ranges: Ranges = fixture('example-a');
  const data = ranges.get('Số liệu') as unknown[][];
  const replaced = change(data);
  if (replaced !== undefined) ranges.set('Số liệu', replaced);
  return ranges;
}

describe('the data range read straight into columns gives what the sheet reader gives', () => {
  it.each(FIXTURES)('%s: the same diagnostics, columns, entries and scored cluster', (name) => {
    const ranges = fixture(name);
    const read = readBoth(ranges);
    expect(read.new).toEqual(read.old);
    expect((read.new as { columns: { length: number } }).columns.length).toBeGreaterThan(30);
    const scored = scoreBoth(ranges);
    expect(scored.new).toBe(scored.old);
    expect(JSON.parse(scored.new)).toMatchObject({ result: { ok: true }, tables: [[expect.any(Array), expect.any(Array)], [expect.any(Array), expect.any(Array)]] });
  });

  it('on a generated cluster of every kind, blanks passed as ""', () => {
    const grid = generateCluster({ units: 40, criteria: 21, seed: 3 });
    const ranges: Ranges = new Map(grid.sheets.map((s) => [s.name, s.rows.map((row) => row.map((c) => (c === null ? '' : c)))]));
    expectSame(ranges);
  });

  const cases: [string, (data: unknown[][]) => unknown][] = [
    ['text in number cells', (d) => {
      d[1]![3] = 'abc';
      d[2]![2] = 'một trăm';
      d[5]![4] = 'mười';
      d[5]![5] = '?';
    }],
    ['blanks as null, undefined and spaces, and a blank pass/fail', (d) => {
      d[1]![3] = null;
      d[2]![3] = undefined;
      d[3]![2] = '   ';
      d[6]![3] = '';
      d[5]![4] = undefined;
    }],
    ['#N/A and other error values in every column', (d) => {
      d[1]![3] = errorCell('#N/A');
      d[2]![2] = errorCell('#DIV/0!');
      d[3]![0] = errorCell('#N/A');
      d[4]![1] = errorCell('#REF!');
      d[5]![4] = errorCell('#N/A');
      d[5]![5] = errorCell('#VALUE!');
      d[7]![6] = errorCell('#N/A');
    }],
    ['dates: a date typed as text, a date serial, a non-finite number', (d) => {
      d[1]![3] = '01/05/2024';
      d[2]![2] = 45413;
      d[3]![3] = Number.NaN;
      d[4]![2] = Number.POSITIVE_INFINITY;
      d[7]![3] = 1e16;
    }],
    ['percent text and ambiguous number text', (d) => {
      d[1]![3] = '87,9%';
      d[2]![2] = '100%';
      d[2]![3] = '95%';
      d[3]![3] = '1.200';
      d[4]![3] = '1.868,257';
      d[8]![3] = '2.500'; // a count: refused
      d[5]![4] = '18,5';
    }],
    ['bare numbers only a format would explain: a percent’s value, a date’s serial', (d) => {
      d[1]![3] = 0.879; // 87,9 % against 100
      d[2]![2] = 0.9; // a target of 90 % against 95
      d[3]![3] = 45_413; // 01/05/2024 against 5
      d[10]![2] = 45_413; // a figure of a date's size against 180: a date too
      d[11]![3] = 5; // against 50: plausible as given (1/10)
    }],
    ['duplicated rows, a unit written three ways, a code as a number', (d) => {
      d.push([...d[1]!], [...d[2]!]);
      d[3]![0] = ' A ';
      d[4]![0] = 'A'.normalize('NFD');
      d[10]![1] = 1.1; // the code 1.1 typed as a number
    }],
    ['negative scores, a manual score typed in Thực hiện, yes/no words and booleans', (d) => {
      d[5]![4] = -3;
      d[5]![5] = '-1';
      d.push(['B', '2.1', '', 15, '', '', '']);
      d[6]![3] = true;
      d[1]![2] = false;
      d[6 + 9]![3] = 'có lẽ';
    }],
    ['unknown codes, a group code and a code of a bonus', (d) => {
      d[1]![1] = 'X.9';
      d[2]![1] = 'I';
      d.push(['A', 'T1', '', '2', '', '', 'QĐ 12']);
    }],
    ['rows skipped: no unit, no code, blank rows inside and after, short and lone rows', (d) => {
      d[1]![0] = '';
      d[2]![1] = null;
      d[3] = ['', '', '', '', '', '', ''];
      d[4] = ['A', '1.4'];
      d.splice(6, 0, 'A' as unknown as unknown[]);
      d.push(['', '', '', '', '', '', ''], [], ['', '', '', '', '', '', 'note under the table']);
    }],
    ['rows skipped after and before bad figures (the skipped rows said first)', (d) => {
      d[1]![3] = 'abc';
      d[4]![1] = '';
      d[6]![2] = errorCell('#N/A');
      d[9]![0] = null;
      d[12]![3] = '1.200';
    }],
    ['cell value objects (a data type) as their basic value', (d) => {
      d[1]![3] = { basicValue: 121, type: 'Double' };
      d[2]![0] = { basicValue: 'A', type: 'String' };
      d[3]![6] = { basicValue: '', type: 'String' };
    }],
    ['title rows above the header, and long evidence text', (d) => [
      ['SỐ LIỆU THI ĐUA NĂM 2024', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      ...d.map((row, i) => (i === 3 ? [...row.slice(0, 6), 'x'.repeat(250)] : row)),
    ]],
    ['near, unknown and doubled headers', (d) => {
      d[0] = ['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu giao 2024', 'Thực hiện (tỷ đồng)', 'Tự chấm', 'Ghi chú', 'Minh chứng'];
      for (const row of d.slice(1)) row.push('Thêm', 'minh chứng 2');
      d[0].push('Cột lạ', 'Minh chứng');
    }],
    ['a doubled figure column (an error)', (d) => {
      d[0]![5] = 'Thực hiện';
    }],
    ['no header row among the first 20', (d) => [...Array.from({ length: 20 }, () => ['', '', '']), ...d]],
    ['the header alone', (d) => [d[0]]],
    ['no Thực hiện column', (d) => d.map((row) => [...row.slice(0, 3), ...row.slice(4)])],
    ['no Chỉ tiêu column', (d) => d.map((row) => [...row.slice(0, 2), ...row.slice(3)])],
    ['headers only in English', (d) => {
      d[0] = ['Unit', 'Criterion', 'Target', 'Actual', 'Self score', 'Appraised score', 'Evidence'];
    }],
    ['one value instead of a range', () => 'Đơn vị'],
  ];

  it.each(cases)('%s', (_, change) => {
    expectSame(exampleWith(change));
  });

  it('gives the bad cases their diagnostics (the comparison compares something)', () => {
    const read = readWorkbook({ sheets: sheetsOf(exampleWith(cases[2]![1]), 'new') });
    const at = read.diagnostics.filter((d) => d.sheet === 'Số liệu').map((d) => `${d.cell} ${d.code}`);
    expect(at).toEqual(['D2 excelError', 'C3 excelError', 'A4 excelError', 'B5 excelError', 'E6 excelError', 'F6 excelError', 'G8 excelError']);
    const unseen = readWorkbook({ sheets: sheetsOf(exampleWith(cases.find(([name]) => name.startsWith('bare numbers'))![1]), 'new') });
    expect(unseen.diagnostics.filter((d) => d.sheet === 'Số liệu').map((d) => `${d.cell} ${d.code}`)).toEqual([
      'D2 percentInFormula',
      'C3 percentInFormula',
      'D4 dateInFormula',
      'C11 dateInFormula',
    ]);
  });
});

describe('THIDUA.RESULTS reads its data range without a grid', () => {
  it('never asks the range for its rows as a grid while scoring', () => {
    const rows = jest.spyOn(DataRangeSheet.prototype, 'rows', 'get');
    try {
      const r = fixture('example-a');
      const table = results(r.get('Tiêu chí')!, r.get('Số liệu')!, r.get('Đơn vị')!, r.get('Khen thưởng')!);
      expect(table).toHaveLength(6); // the header and units A to E
      expect(rows).not.toHaveBeenCalled();
      // The grid is still there for whoever asks for it: the range's rows as cells.
      const sheet = new DataRangeSheet('Số liệu', [['Đơn vị', errorCell('#N/A')], ['A', Number.NaN], ['', '']]);
      expect(sheet.rows).toEqual([['Đơn vị', { error: '#N/A' }], ['A', { error: '#NUM!' }]]);
    } finally {
      rows.mockRestore();
    }
  });

  it('names the range’s cell of an error value, as before', () => {
    const data = exampleWith((d) => {
      d[3]![3] = errorCell('#N/A');
    }).get('Số liệu') as unknown[][];
    const r = fixture('example-a');
    const e = excelError(() => results(r.get('Tiêu chí')!, data, r.get('Đơn vị')!));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^Vùng “số_liệu”, ô D4 tính trong vùng: .*#N\/A/);
  });

  it('reads a data range with no criteria known as rows of unknown codes', () => {
    const diags = new DiagnosticList();
    const columns = readDataRange([['Đơn vị', 'Mã tiêu chí', 'Thực hiện'], ['A', '1.1', 5]], 'Số liệu', { criteria: new Map<string, Criterion>(), unreadable: new Set(), diags }, toCell);
    expect(columns.length).toBe(1);
    expect(columns.actualOf(0)).toBeNull();
    expect(columns.at(0, 'actual')).toEqual({ sheet: 'Số liệu', cell: 'C2' });
    expect(diags.items).toEqual([]);
  });
});

describe('the shapes kept between calls (warm-shapes.ts)', () => {
  it('keeps one idle instance of each class the data range reading makes per call, holding no cluster', () => {
    const kept = keptShapes();
    expect(kept.some((o) => o instanceof DiagnosticList)).toBe(true);
    expect(kept.some((o) => o instanceof EntryColumnsBuilder)).toBe(true);
    expect(kept.some((o) => o instanceof TableRow)).toBe(true);
    // The range reader's own idle instance is kept by its module (workbook/read-range.ts), and the
    // row object of the last range read, without its values.
    expect(IDLE_RANGE_READER).toBeInstanceOf(Object);
    const builder = kept.find((o): o is EntryColumnsBuilder => o instanceof EntryColumnsBuilder)!;
    expect(builder.length).toBe(1);
    expect(builder.unitNames).toEqual(['']);
  });

  it('keeps the row object of the last range read, without the values it read', () => {
    const diags = new DiagnosticList();
    readDataRange([['Đơn vị', 'Mã tiêu chí', 'Thực hiện'], ['A', '1.1', 5], ['B', '1.1', 7]], 'Số liệu', { criteria: new Map<string, Criterion>(), unreadable: new Set(), diags }, toCell);
    const row = keptRangeRow();
    expect(row).not.toBeNull();
    expect(row!.cells).toEqual([]);
  });

  it('keeps a made-up scored cluster (every class of a scored cluster), which scores', () => {
    const idle = idleScored()!;
    expect(idle.ok).toBe(true);
    expect(idle.units.map((u) => [u.unit, u.total])).toEqual([
      ['A', 28],
      ['B', 18.5],
    ]);
    expect(keptShapes()).toContain(idle);
    expect(keptShapes()).toContain(idle.units[0]);
    // And a scorer (engine/score.ts), which the result does not hold.
    expect(keptShapes().some((o) => o.constructor.name === 'UnitScorer')).toBe(true);
  });

  it('is loaded with the functions (an import lost once left every shape cold)', () => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('../../src/functions/warm-shapes', () => {
        loaded = true;
        return {};
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry: jest.isolateModules is synchronous
      require('../../src/functions/functions');
    });
    expect(loaded).toBe(true);
  });
});

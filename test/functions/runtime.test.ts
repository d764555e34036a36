/** The functions' link to Excel: loading without Excel, association, errors, argument and address conversion. */
import { associations, errorCell, excelError, installCustomFunctions, removeCustomFunctions } from './excel-runtime';
import { omitted, toCell, toCells, toRows } from '../../src/functions/args';
import { parsePlace, shift } from '../../src/functions/ranges';
import { run } from '../../src/functions/runtime';

describe('outside Excel (no CustomFunctions global)', () => {
  beforeEach(() => removeCustomFunctions());

  it('loads the functions module and lets the build’s associate calls do nothing', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded without the global
      const fns = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
      expect(() => fns.CustomFunctions.associate('RATE', fns.rate)).not.toThrow();
    });
    expect((globalThis as Record<string, unknown>).CustomFunctions).toBeUndefined();
  });
});

describe('in Excel', () => {
  beforeEach(() => {
    associations.clear();
    installCustomFunctions();
  });

  it('forwards associations to Excel’s runtime', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded with the global
      const fns = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
      fns.CustomFunctions.associate('RATE', fns.rate);
    });
    expect([...associations.keys()]).toEqual(['RATE']);
    expect(typeof associations.get('RATE')).toBe('function');
  });

  it('turns an unexpected exception into #VALUE! with its text, and lets Excel errors through', () => {
    const e = excelError(() =>
      run('vi', () => {
        throw new TypeError('boom');
      }),
    );
    expect([e.code, e.message]).toEqual(['#VALUE!', 'Lỗi không mong đợi khi tính: boom']);
    const en = excelError(() =>
      run('en', () => {
        throw new TypeError('boom');
      }),
    );
    expect([en.code, en.message]).toEqual(['#VALUE!', 'Unexpected error while computing: boom']);
    expect(excelError(() => run('vi', () => { throw errorCell('#N/A'); })).code).toBe('#N/A');
    expect(run('en', (lang) => `${lang} 42`)).toBe('en 42');
  });
});

describe('argument values', () => {
  it('turns what Excel passes into grid cells', () => {
    expect(toCell(undefined)).toBeNull();
    expect(toCell(null)).toBeNull();
    expect(toCell('')).toBe('');
    expect(toCell(1.5)).toBe(1.5);
    expect(toCell(Number.NaN)).toEqual({ error: '#NUM!' });
    expect(toCell(true)).toBe(true);
    expect(toCell(errorCell('#DIV/0!'))).toEqual({ error: '#DIV/0!' });
    expect(toCell({ type: 'Double', basicValue: 7 })).toBe(7);
  });

  it('drops blank rows at the end of a range, keeps those inside, and flattens ranges', () => {
    expect(toRows([[1, ''], ['', ''], [2, null], ['', null], [null, '']])).toEqual([[1, ''], ['', ''], [2, null]]);
    expect(toRows(5)).toEqual([[5]]);
    expect(toCells([[1, 2], [3, 4]])).toEqual([1, 2, 3, 4]);
    expect(omitted(null)).toBe(true);
    expect(omitted([['', null]])).toBe(true);
    expect(omitted([['', 0]])).toBe(false);
    expect(omitted([['', ' '], [undefined, null], []])).toBe(true);
    expect(omitted([['', ''], ['', 'x']])).toBe(false);
    expect(omitted(['', null])).toBe(true);
    expect(omitted(['', errorCell('#N/A')])).toBe(false);
    expect(omitted('  ')).toBe(true);
    expect(omitted(0)).toBe(false);
    expect(omitted([[{ type: 'String', basicValue: '' }]])).toBe(true);
  });
});

describe('parameter addresses', () => {
  it('reads the sheet and the top-left cell of the addresses Excel gives', () => {
    expect(parsePlace('Sheet1!A1:B3')).toEqual({ sheet: 'Sheet1', top: 0, left: 0 });
    expect(parsePlace("'Tiêu chí'!$C$4:$N$40")).toEqual({ sheet: 'Tiêu chí', top: 3, left: 2 });
    expect(parsePlace("'Dữ liệu của ''Cụm'''!B2")).toEqual({ sheet: "Dữ liệu của 'Cụm'", top: 1, left: 1 });
    expect(parsePlace('[Book1.xlsx]Data!D:F')).toEqual({ sheet: 'Data', top: 0, left: 3 });
    expect(parsePlace('Data!5:9')).toEqual({ sheet: 'Data', top: 4, left: 0 });
    expect(parsePlace('B2:C3')).toEqual({ sheet: null, top: 1, left: 1 });
    expect(parsePlace('')).toBeNull();
    expect(parsePlace('#REF!')).toBeNull();
  });

  it('moves a cell of a range to its sheet', () => {
    expect(shift('E3', { sheet: 'S', top: 2, left: 1 })).toBe('F5');
    expect(shift('A1:L1', { sheet: 'S', top: 9, left: 0 })).toBe('A10:L10');
  });
});

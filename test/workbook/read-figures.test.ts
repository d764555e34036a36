/**
 * The figures as the user meant them (src/workbook/read-figures.ts), here above all the figures whose
 * number format the reader cannot see (shape `unseen`, THIDUA.RESULTS's range): a bare number
 * implausible against its row's other figure is tried as a percent cell's value (×100) and, failing
 * that, said as a possible date; a figure whose format is known (the sheet readers) reads as before.
 */
import { DiagnosticList } from '../../src/engine/diagnostics';
import type { Cell, NumberShape } from '../../src/workbook/grid';
import { DATE_SERIAL_FIRST, DATE_SERIAL_LAST, maybePercentValue, parseFigure, plainFigures, settleFigures, shownDate } from '../../src/workbook/read-figures';

type Shape = NumberShape | null | undefined;

/** Target cell C2 and actual cell D2 read with their shapes and settled: the values taken and what was said. */
function settle(target: Cell, actual: Cell, shapes: [Shape, Shape] = ['unseen', 'unseen']): { target: number | null; actual: number | null; said: string[]; params: Record<string, unknown>[] } {
  const diags = new DiagnosticList();
  const t = parseFigure(target, 'Chỉ tiêu', shapes[0]);
  const a = parseFigure(actual, 'Thực hiện', shapes[1]);
  if (!t.ok || !a.ok) throw new Error(`not parsed: ${JSON.stringify([t, a])}`);
  const taken = settleFigures(t.value, a.value, { target: () => ({ sheet: 'Số liệu', cell: 'C2' }), actual: () => ({ sheet: 'Số liệu', cell: 'D2' }) }, diags);
  return { ...taken, said: diags.items.map((d) => `${d.cell} ${d.severity} ${d.code}`), params: diags.items.map((d) => ({ ...d.params })) };
}

describe('a bare number whose format is unseen, tried as a percent cell’s value', () => {
  it('0,879 against the target 100 is read 87,9 with figureReadAs at the actual', () => {
    const r = settle(100, 0.879);
    expect([r.target, r.actual]).toEqual([100, 87.9]);
    expect(r.said).toEqual(['D2 warning figureReadAs']);
    expect(r.params[0]).toEqual({ value: 0.879, suffix: '', read: 87.9, other: 0.879, actual: 87.9, target: 100 });
  });

  it('an actual over 100 % (1,2 against 100) is read 120', () => {
    const r = settle(100, 1.2);
    expect(r.actual).toBe(120);
    expect(r.said).toEqual(['D2 warning figureReadAs']);
  });

  it('a target of 90 % (0,9) against the actual 85 is read 90, said at the target only', () => {
    const r = settle(0.9, 85);
    expect([r.target, r.actual]).toEqual([90, 85]);
    expect(r.said).toEqual(['C2 warning figureReadAs']);
    expect(r.params[0]).toMatchObject({ value: 0.9, read: 90, other: 0.9 });
  });

  it('the ×100 reading is exact in decimals (0,07 → 7, 0,0575 → 5,75)', () => {
    expect(settle(100, 0.07)).toMatchObject({ actual: 7, said: ['D2 warning figureReadAs'] });
    expect(settle(6, 0.0575)).toMatchObject({ actual: 5.75, said: ['D2 warning figureReadAs'] });
  });

  it('no false alarm: a pair plausible as given is taken silently', () => {
    for (const [t, a] of [
      [1, 0.9], // both fractions of 1
      [100, 95],
      [0.5, 0.6],
      [8, 7], // integers of the same scale
      [5, 4],
      [180, 180],
      [40_000, 45_413], // revenue in millions against a target in millions (a date serial's size)
      [1_000_000, 950_000],
      [-10, -12],
    ] as const) {
      const r = settle(t, a);
      expect([r.target, r.actual, r.said]).toEqual([t, a, []]);
    }
  });

  it('no false alarm: a 0 figure, or a blank, gives every reading the same ratio or none', () => {
    expect(settle(100, 0)).toMatchObject({ target: 100, actual: 0, said: [] });
    expect(settle(0, 0.5)).toMatchObject({ target: 0, actual: 0.5, said: [] });
    expect(settle(0, 45_413)).toMatchObject({ target: 0, actual: 45_413, said: [] });
    expect(settle(45_413, 0)).toMatchObject({ target: 45_413, actual: 0, said: [] });
    expect(settle(null, 0.879)).toMatchObject({ target: null, actual: 0.879, said: [] });
    expect(settle(100, null)).toMatchObject({ target: 100, actual: null, said: [] });
  });

  it('a small fraction against 100 is a percent’s value whichever it was (0,5 → 50), a whole 3 stays 3', () => {
    expect(settle(100, 0.5)).toMatchObject({ actual: 50, said: ['D2 warning figureReadAs'] });
    expect(settle(100, 3)).toMatchObject({ actual: 3, said: [] });
  });

  it('a whole number above 1 is not read as a percent (a target of 5 communes is not 500 %)', () => {
    expect(settle(5, 1868.257)).toMatchObject({ target: 5, actual: 1868.257, said: [] });
    expect(settle(3, 250)).toMatchObject({ target: 3, said: [] });
  });

  it('neither reading plausible: taken as given, in silence as before (nothing to decide by)', () => {
    expect(settle(100, 0.001)).toMatchObject({ target: 100, actual: 0.001, said: [] });
    expect(settle(100, 5000)).toMatchObject({ target: 100, actual: 5000, said: [] });
  });

  it('which bare numbers may be a percent cell’s value', () => {
    expect([0.879, 1, 1.2, 9.5, -0.5, 0.01].map(maybePercentValue)).toEqual([true, true, true, true, true, true]);
    expect([2, 5, 9, 10, 12.5, 100, -3].map(maybePercentValue)).toEqual([false, false, false, false, false, false, false]);
  });

  it('plainFigures: the pairs the functions’ range reader takes without settling', () => {
    expect(plainFigures(100, 95)).toBe(true);
    expect(plainFigures(null, 0.879)).toBe(true);
    expect(plainFigures(100, undefined)).toBe(true);
    expect(plainFigures(0, 45_413)).toBe(true);
    expect(plainFigures(100, 0)).toBe(true);
    expect(plainFigures(100, 0.879)).toBe(false);
    expect(plainFigures(100, 45_413)).toBe(false);
    expect(plainFigures(100, 2001)).toBe(false);
    expect(plainFigures(100, 2000)).toBe(true);
  });
});

describe('a bare number whose format is unseen, in the date serials', () => {
  it('45413 against the target 100 is an error at the actual naming the date 01/05/2024', () => {
    const r = settle(100, 45_413);
    expect([r.target, r.actual]).toEqual([100, 45_413]);
    expect(r.said).toEqual(['D2 error dateInFormula']);
    expect(r.params[0]).toEqual({ value: '45413', date: '01/05/2024', header: 'Thực hiện', other: 100 });
  });

  it('a date in the target (45413 against the actual 95) is an error at the target', () => {
    const r = settle(45_413, 95);
    expect(r.said).toEqual(['C2 error dateInFormula']);
    expect(r.params[0]).toMatchObject({ header: 'Chỉ tiêu', date: '01/05/2024', other: 95 });
  });

  it('against a percent-like other figure (0,9) too: no ×100 reading explains a date', () => {
    expect(settle(0.9, 45_413).said).toEqual(['D2 error dateInFormula']);
    expect(settle(100, 45_413).said).not.toContain('C2 warning figureReadAs');
  });

  it('the serials are 01/01/2000 to 31/12/2099, whole', () => {
    expect([shownDate(DATE_SERIAL_FIRST), shownDate(DATE_SERIAL_LAST)]).toEqual(['01/01/2000', '31/12/2099']);
    expect(settle(100, DATE_SERIAL_FIRST).said).toEqual(['D2 error dateInFormula']);
    expect(settle(100, DATE_SERIAL_LAST).said).toEqual(['D2 error dateInFormula']);
    expect(settle(100, DATE_SERIAL_FIRST - 1).said).toEqual([]);
    expect(settle(100, DATE_SERIAL_LAST + 1).said).toEqual([]);
    expect(settle(100, 45_413.5).said).toEqual([]);
  });

  it('no false alarm: a large figure plausible against its row, or smaller than the other', () => {
    expect(settle(40_000, 45_413).said).toEqual([]); // ratio 1,1
    expect(settle(3000, 45_413).said).toEqual([]); // ratio 15
    expect(settle(1_000_000, 45_413).said).toEqual([]); // the serial is the smaller: not how a date misleads
    expect(settle(45_413, 45_500).said).toEqual([]); // both dates, or both figures: as given
  });
});

describe('a figure whose format is known reads exactly as before', () => {
  it('General (null) and no shape (undefined): bare numbers as given, in silence', () => {
    for (const shape of [null, undefined]) {
      expect(settle(100, 0.879, [shape, shape])).toMatchObject({ actual: 0.879, said: [] });
      expect(settle(100, 45_413, [shape, shape])).toMatchObject({ actual: 45_413, said: [] });
      expect(settle(0.9, 85, [shape, shape])).toMatchObject({ target: 0.9, said: [] });
    }
  });

  it('a percent cell against a plain target: figureReadAs with the cell as shown (87,9 %)', () => {
    const r = settle(100, 0.879, [null, 'percent']);
    expect(r.actual).toBe(87.9);
    expect(r.said).toEqual(['D2 warning figureReadAs']);
    expect(r.params[0]).toMatchObject({ value: 87.9, suffix: '%', read: 87.9, other: 0.879 });
  });

  it('a date cell is refused as a date by the parser (dateInFigure), whatever the other figure', () => {
    expect(parseFigure(45_413, 'Thực hiện', 'date')).toEqual({ ok: false, code: 'dateInFigure', params: { date: '01/05/2024', header: 'Thực hiện' } });
    expect(parseFigure(45_413, 'Thực hiện', 'unseen')).toMatchObject({ ok: true, value: { value: 45_413, unseen: true } });
  });
});

describe('number text beside a bare number whose format is unseen reads as it did', () => {
  it('"87,9%" against 100: read 87,9, the text named as typed', () => {
    const r = settle(100, '87,9%');
    expect(r.actual).toBe(87.9);
    expect(r.said).toEqual(['D2 warning figureReadAs']);
    expect(r.params[0]).toMatchObject({ value: '87,9%', read: 87.9 });
  });

  it('"1.200" against 100: the thousands reading, as before', () => {
    const r = settle(100, '1.200');
    expect(r.actual).toBe(1200);
    expect(r.said).toEqual(['D2 warning figureReadAs']);
  });

  it('"1.800" against 2000: plausible one way, the bare target not tried ×100', () => {
    expect(settle(2000, '1.800')).toMatchObject({ target: 2000, actual: 1800, said: ['D2 warning figureReadAs'] });
  });

  it('unambiguous text implausible: as given; ambiguous text no reading fits: undecided, and the date beside it said too', () => {
    expect(settle(100, '9.999,5').said).toEqual([]);
    expect(settle(45_413, '1.800').said).toEqual(['C2 error dateInFormula', 'D2 error figureUndecided']);
  });
});

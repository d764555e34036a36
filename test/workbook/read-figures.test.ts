/**
 * The figures as the user meant them (src/workbook/read-figures.ts), here above all the figures whose
 * number format the reader cannot see (shape `unseen`, THIDUA.RESULTS's range): a bare number
 * implausible against its row's other figure is tried as a percent cell's value (×100) and, failing
 * that, said as a possible date; a figure whose format is known (the sheet readers) reads as before.
 */
import { DiagnosticList } from '../../src/engine/diagnostics';
import type { Cell, NumberShape } from '../../src/workbook/grid';
import { DATE_SERIAL_FIRST, DATE_SERIAL_LAST, dateWindow, maybePercentValue, parseFigure, plainFigures, RATIO_LIMIT, settleFigures, shownDate, yearSerial } from '../../src/workbook/read-figures';

type Shape = NumberShape | null | undefined;

/** Target cell C2 and actual cell D2 read with their shapes and settled: the values taken and what was said. */
function settle(
  target: Cell,
  actual: Cell,
  shapes: [Shape, Shape] = ['unseen', 'unseen'],
  year: number | null = null,
): { target: number | null; actual: number | null; said: string[]; params: Record<string, unknown>[] } {
  const diags = new DiagnosticList();
  const t = parseFigure(target, 'Chỉ tiêu', shapes[0]);
  const a = parseFigure(actual, 'Thực hiện', shapes[1]);
  if (!t.ok || !a.ok) throw new Error(`not parsed: ${JSON.stringify([t, a])}`);
  const taken = settleFigures(t.value, a.value, { target: () => ({ sheet: 'Số liệu', cell: 'C2' }), actual: () => ({ sheet: 'Số liệu', cell: 'D2' }) }, diags, year);
  return { ...taken, said: diags.items.map((d) => `${d.cell} ${d.severity} ${d.code}`), params: diags.items.map((d) => ({ ...d.params })) };
}

describe('a bare number whose format is unseen, tried as a percent cell’s value', () => {
  it('0,879 against the target 100 (plausible only as 87,9) is refused by the reader itself: percentInFormula at the actual', () => {
    const r = settle(100, 0.879);
    // Not guessed: the pair stays as given, and the error blocks the result.
    expect([r.target, r.actual]).toEqual([100, 0.879]);
    expect(r.said).toEqual(['D2 error percentInFormula']);
    expect(r.params[0]).toEqual({ value: 0.879, read: 87.9, actual: 87.9, target: 100 });
  });

  it('an actual over 100 % (1,2 against 100) is refused, reading 120', () => {
    const r = settle(100, 1.2);
    expect(r.said).toEqual(['D2 error percentInFormula']);
    expect(r.params[0]).toMatchObject({ value: 1.2, read: 120 });
  });

  it('a target of 90 % (0,9) against the actual 85 is refused at the target only', () => {
    const r = settle(0.9, 85);
    expect([r.target, r.actual]).toEqual([0.9, 85]);
    expect(r.said).toEqual(['C2 error percentInFormula']);
    expect(r.params[0]).toEqual({ value: 0.9, read: 90, actual: 85, target: 90 });
  });

  it('the ×100 reading is exact in decimals (0,07 → 7, 0,0575 → 5,75)', () => {
    expect(settle(100, 0.07)).toMatchObject({ said: ['D2 error percentInFormula'], params: [{ read: 7 }] });
    expect(settle(6, 0.0575)).toMatchObject({ said: ['D2 error percentInFormula'], params: [{ read: 5.75 }] });
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

  it('a small fraction against 100 is refused as a percent’s value whichever it was (0,5 → 50), a whole 3 stays 3', () => {
    expect(settle(100, 0.5)).toMatchObject({ actual: 0.5, said: ['D2 error percentInFormula'] });
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

describe('with the cluster’s year known, a date only near it', () => {
  const U: [Shape, Shape] = ['unseen', 'unseen'];

  it('the window is 01/01 of the year before to 31/12 of the year after', () => {
    const w = dateWindow(2024);
    expect([shownDate(w.first), shownDate(w.last), shownDate(w.last + 1)]).toEqual(['01/01/2023', '31/12/2025', '01/01/2026']);
    expect(yearSerial(2024)).toBe(45_292);
    expect(dateWindow(null)).toEqual({ first: DATE_SERIAL_FIRST, last: DATE_SERIAL_LAST });
  });

  it('a real target of 50 000 against an actual of 1 500 is taken as given in 2024, refused without a year', () => {
    expect(settle(50_000, 1_500, U, 2024)).toMatchObject({ target: 50_000, actual: 1_500, said: [] });
    expect(settle(50_000, 1_500, U, null).said).toEqual(['C2 error dateInFormula']);
  });

  it('a date of the year, or of the year before or after, is refused naming the year', () => {
    const r = settle(100, 45_413, U, 2024);
    expect(r.said).toEqual(['D2 error dateNearYearInFormula']);
    expect(r.params[0]).toEqual({ value: '45413', date: '01/05/2024', header: 'Thực hiện', other: 100, year: '2024' });
    expect(settle(100, 45_413, U, 2023).said).toEqual(['D2 error dateNearYearInFormula']);
    expect(settle(100, 45_413, U, 2025).said).toEqual(['D2 error dateNearYearInFormula']);
    expect(settle(45_413, 95, U, 2024).said).toEqual(['C2 error dateNearYearInFormula']);
  });

  it('a date two years away, and the edges of the window, exactly', () => {
    const w = dateWindow(2024);
    expect(settle(100, 45_413, U, 2026).said).toEqual([]);
    expect(settle(100, 45_413, U, 2022).said).toEqual([]);
    expect(settle(100, w.first, U, 2024).said).toEqual(['D2 error dateNearYearInFormula']);
    expect(settle(100, w.last, U, 2024).said).toEqual(['D2 error dateNearYearInFormula']);
    expect(settle(100, w.first - 1, U, 2024).said).toEqual([]);
    expect(settle(100, w.last + 1, U, 2024).said).toEqual([]);
  });

  it('a percent cell’s value is refused as before whatever the year; a known format is never weighed', () => {
    expect(settle(100, 0.879, U, 2024).said).toEqual(['D2 error percentInFormula']);
    expect(settle(100, 45_413, [null, null], 2024).said).toEqual([]);
  });

  /** A small deterministic generator (the fuzz tests repeat exactly). */
  function randomFrom(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
      return s / 2_147_483_648;
    };
  }

  it('fuzz: a pair plausible as given is never refused, whatever its size, year or no year', () => {
    const random = randomFrom(11);
    for (let i = 0; i < 2000; i++) {
      const target = random() < 0.5 ? Math.round(10 ** (random() * 7)) : Number((10 ** (random() * 10 - 4)).toPrecision(4));
      const ratio = RATIO_LIMIT ** (random() * 2 - 1);
      const actual = random() < 0.5 ? Math.round(target * ratio) : Number((target * ratio).toPrecision(5));
      if (target === 0 || actual === 0 || Math.abs(actual / target) < 1 / RATIO_LIMIT || Math.abs(actual / target) > RATIO_LIMIT) continue;
      const year = random() < 0.3 ? null : 2000 + Math.floor(random() * 100);
      expect([target, actual, year, settle(target, actual, U, year).said]).toEqual([target, actual, year, []]);
    }
  });

  it('fuzz: a whole figure of a serial’s size outside the year’s window is never taken for a date; one inside it always is', () => {
    const random = randomFrom(29);
    let inside = 0;
    for (let i = 0; i < 2000; i++) {
      const year = 2000 + Math.floor(random() * 98);
      const big = DATE_SERIAL_FIRST + Math.floor(random() * (DATE_SERIAL_LAST - DATE_SERIAL_FIRST));
      // The other figure under 1/20 of it, and not a percent cell's value (a whole number above 1).
      const small = 2 + Math.floor(random() * (big / RATIO_LIMIT - 3));
      const w = dateWindow(year);
      const near = big >= w.first && big <= w.last;
      if (near) inside++;
      const said = settle(big, small, U, year).said;
      expect([year, big, small, said]).toEqual([year, big, small, near ? ['C2 error dateNearYearInFormula'] : []]);
    }
    // Also dates picked inside the window, so that both branches are exercised.
    for (let i = 0; i < 500; i++) {
      const year = 2000 + Math.floor(random() * 98);
      const w = dateWindow(year);
      const serial = w.first + Math.floor(random() * (w.last - w.first + 1));
      const other = 1 + Math.floor(random() * (serial / RATIO_LIMIT - 1));
      expect([year, serial, other, settle(other, serial, U, year).said]).toEqual([year, serial, other, ['D2 error dateNearYearInFormula']]);
      inside++;
    }
    expect(inside).toBeGreaterThan(500);
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

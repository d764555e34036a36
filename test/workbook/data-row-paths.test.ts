/**
 * DataRows (src/workbook/data-row.ts) reads a row's plain values straight from its array and only
 * sends the others through the source's `cell` (the hot path that makes THIDUA.RESULTS' first calls
 * fast, issue 17). The same rows read with every value boxed — so that nothing is plain and every
 * field takes the general path — must give the very same columns and diagnostics, for sheets (number
 * formats seen) and for function ranges (formats unseen), over random rows of every kind of value.
 */
import { DiagnosticList } from '../../src/engine/diagnostics';
import type { Criterion, CriterionKind } from '../../src/engine/model';
import { DataRows, type DataRowSource, type Offsets } from '../../src/workbook/data-row';
import { isPlainCell, type Cell, type NumberShape } from '../../src/workbook/grid';
import type { DataKey } from '../../src/workbook/read-data';
import { seededRandom } from '../support/generate-cluster';

const OFFSETS: Offsets = { unit: 0, criterion: 1, target: 2, actual: 3, self: 4, appraised: 5, evidence: 6, note: 7 };
const KEYS: readonly DataKey[] = ['unit', 'criterion', 'target', 'actual', 'self', 'appraised', 'evidence', 'note'];

function criterion(code: string, kind: CriterionKind): Criterion {
  return { code, name: code, parent: null, kind, max: 10, direction: 'higher', method: 'proportional', bonusPerPercent: null, bonusCap: null, pointsPerUnit: kind === 'count' || kind === 'bonus' || kind === 'penalty' ? 1 : null, mandatory: false, measure: '' };
}

const CRITERIA = new Map<string, Criterion>(
  (
    [
      ['1', 'target'],
      ['2', 'passfail'],
      ['3', 'count'],
      ['4', 'manual'],
      ['5', 'bonus'],
      ['6', 'penalty'],
      ['G', 'group'],
    ] as const
  ).map(([code, kind]) => [code, criterion(code, kind)]),
);

/** A value held in a way no reader takes as a plain cell: only `cell()` opens it. */
class Box {
  constructor(readonly value: Cell | undefined) {}
}

/** A row as a sheet or a range gives it; `boxed`: every value boxed, so that only `cell()` reads them. */
class Row implements DataRowSource {
  cells: readonly unknown[] = [];
  private shapes: readonly (NumberShape | null)[] = [];
  private r = 0;

  constructor(private readonly boxed: boolean) {}

  moveTo(r: number, values: readonly (Cell | undefined)[], shapes: readonly (NumberShape | null)[]): this {
    this.r = r;
    this.cells = this.boxed ? values.map((v) => new Box(v)) : values;
    this.shapes = shapes;
    return this;
  }

  cell(i: number): Cell | undefined {
    if (i < 0) return undefined;
    const v = this.cells[i];
    return v instanceof Box ? v.value : (v as Cell | undefined);
  }

  shape(key: DataKey): NumberShape | null | undefined {
    return this.shapes[OFFSETS[key]] ?? undefined;
  }

  at(key: DataKey): { sheet: string; cell: string } {
    return { sheet: 'Số liệu', cell: `${'ABCDEFGH'[OFFSETS[key]]}${this.r + 1}` };
  }
}

/** Values of every kind a cell may hold, plain or not, usual or odd. */
function valueOf(random: () => number): Cell | undefined {
  const pick = Math.floor(random() * 22);
  switch (pick) {
    case 0:
    case 1:
    case 2:
      return null;
    case 3:
      return undefined;
    case 4:
    case 5:
    case 6:
      return Math.round(random() * 2000) / 10;
    case 7:
      return -Math.round(random() * 100);
    case 8:
      return 0;
    case 9:
      return Math.round(random() * 1000) / 1000;
    case 10:
      return [NaN, Infinity, -Infinity, 2e15, -2e15][Math.floor(random() * 5)]!;
    case 11:
      return ['', '  ', 'x', '12,5', '1.234', '87,9%', 'đạt', 'không đạt', '=SUM(A1)'][Math.floor(random() * 9)]!;
    case 12:
      return random() < 0.5;
    case 13:
      return { error: '#N/A' } as Cell;
    case 14:
      return 45_000 + Math.floor(random() * 1000);
    default:
      return Math.round(random() * 200);
  }
}

/** Values near the edges the readers tell apart: signs, zero, the magnitude limit. */
function edgeOf(random: () => number): Cell | undefined {
  return [-0.5, -1, -0, 0, 1e15, 1e15 + 2, -1e15, 0.001, 45_500, 3, NaN, Infinity][Math.floor(random() * 12)]!;
}

/** A usual row of a code: what its kind reads, as plain values. */
function usualRow(unit: Cell, code: Cell, random: () => number): (Cell | undefined)[] {
  const figure = (): Cell => (random() < 0.2 ? null : Math.round(random() * 2000) / 10);
  const actual = code === '2' ? (['đạt', 'không đạt', true, false, 1, 0] as const)[Math.floor(random() * 6)]! : figure();
  const text = (): Cell => (random() < 0.6 ? null : random() < 0.5 ? 'QĐ 12/QĐ-UBND' : ' minh chứng ');
  return [unit, code, code === '1' ? figure() : null, actual, random() < 0.5 ? null : figure(), random() < 0.7 ? null : figure(), text(), text()];
}

function randomRow(random: () => number): (Cell | undefined)[] {
  // Mostly the unit of the row before and codes already read (the rows the short path takes),
  // with one field at a time made odd: a value of any kind, or one at an edge the readers tell apart.
  const units = ['Đơn vị A', 'Đơn vị A', 'Đơn vị A', 'Đơn vị B', ' Đơn vị C ', '', null, 7];
  const codes = ['1', '1', '2', '2', '3', '4', '5', '6', 'G', 'X', '', null, 1, 4];
  const unit = random() < 0.8 ? 'Đơn vị A' : units[Math.floor(random() * units.length)]!;
  const row = usualRow(unit, codes[Math.floor(random() * codes.length)]!, random);
  const odd = Math.floor(random() * 10);
  if (odd < 6) row[2 + odd] = random() < 0.5 ? edgeOf(random) : valueOf(random);
  // Pass/fail words no one knows, and blanks that are warned of.
  if (row[1] === '2' && random() < 0.2) row[3] = ['Đạt ', '  ', '', 'có lẽ', 2, null][Math.floor(random() * 6)]!;
  return row;
}

function randomShapes(random: () => number): (NumberShape | null)[] {
  return KEYS.map(() => (random() < 0.85 ? null : random() < 0.5 ? 'percent' : 'date'));
}

/** Every row read by a fresh DataRows over `source`; the columns and diagnostics as plain data. */
function readAll(rows: readonly (Cell | undefined)[][], shapes: readonly (NumberShape | null)[][], boxed: boolean, unseen: boolean, keyed: boolean): unknown {
  const diags = new DiagnosticList();
  const reader = new DataRows(OFFSETS, true, { criteria: CRITERIA, unreadable: new Set(['6']), diags }, rows.length, unseen);
  const src = new Row(boxed);
  const taken: boolean[] = [];
  rows.forEach((values, r) => taken.push(reader.read(src.moveTo(r, values, unseen ? [] : shapes[r]!), r, keyed)));
  const c = reader.out.build(null);
  const figures = Array.from({ length: c.length }, (_, r) => [c.unitNames[c.unit[r]!], c.codes[c.criterion[r]!], c.targetOf(r), c.actualOf(r), c.selfOf(r), c.appraisedOf(r), c.figures(r).evidence, c.entry(r).note]);
  return { taken, figures, rows: [...reader.sheetRows.subarray(0, c.length)], keyed: reader.keyed, needActual: [...reader.needActual], needTarget: [...reader.needTarget], diags: diags.items };
}

describe('DataRows: the plain values read straight and the general path agree', () => {
  test.each([
    ['a sheet (formats seen)', false, true],
    ['a sheet, rows not known to be keyed', false, false],
    ['a function range (formats unseen)', true, false],
  ])('%s: random rows of every kind of value', (_name, unseen, keyed) => {
    const random = seededRandom(unseen ? 17 : keyed ? 18 : 19);
    for (let round = 0; round < 150; round++) {
      const rows = Array.from({ length: 60 }, () => randomRow(random));
      const shapes = rows.map(() => randomShapes(random));
      const plain = readAll(rows, shapes, false, unseen, keyed);
      const general = readAll(rows, shapes, true, unseen, keyed);
      expect(plain).toEqual(general);
    }
  });

  test('the boxed rows really take the general path (no value of theirs is plain)', () => {
    const src = new Row(true).moveTo(0, ['A', '1', 100, 90, null, null, null, null], []);
    expect(src.cells.some((v) => isPlainCell(v) || v === undefined)).toBe(false);
    // And they read as the plain ones do.
    const rows = [['A', '1', 100, 90, 3, null, 'x', null]];
    expect(readAll(rows, [[]], true, false, true)).toEqual(readAll(rows, [[]], false, false, true));
  });

  test('a plain row is read into the columns as given', () => {
    const rows = [
      ['Đơn vị A', '1', 100, 90, 4, 3.5, 'QĐ 1', 'ghi chú'],
      ['Đơn vị A', '4', null, null, 8, null, null, null],
      ['Đơn vị A', '2', null, true, null, null, null, null],
    ];
    const read = readAll(rows, [[], [], []], false, true, false) as { figures: unknown[] };
    expect(read.figures).toEqual([
      ['Đơn vị A', '1', 100, 90, 4, 3.5, 'QĐ 1', 'ghi chú'],
      ['Đơn vị A', '4', null, null, 8, null, '', ''],
      ['Đơn vị A', '2', null, true, null, null, '', ''],
    ]);
  });
});
